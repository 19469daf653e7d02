package org.switchboard.it.presence;

import java.util.List;
import java.util.Optional;

import org.switchboard.it.TestServer;
import org.switchboard.presence.model.PresenceStatus;
import org.switchboard.protocol.ConsoleCommand;
import org.switchboard.protocol.PresenceUpdate;
import org.switchboard.testkit.console.ConsoleTestClient;

/**
 * A receptionist of the randomised test at her desk: her account (on a desk phone of the recorded office, so her
 * user is its extension), and her console test client (over TCP or the SIP WebSocket) while she is logged in, which asked for the colleagues'
 * presence and so watches the users of the phones it shows.
 */
final class ReceptionDesk implements PresenceView {

    static final String PASSWORD = "s3cret-desk";

    private final String login;
    private final String user;
    private final List<String> shown;
    private final boolean overWebSocket;
    private ConsoleTestClient client;

    /** Her desk; her console connects over the SIP WebSocket (as the browser's console does) or over TCP. */
    ReceptionDesk(String login, String user, List<String> shown, boolean overWebSocket) {
        this.login = login;
        this.user = user;
        this.shown = shown;
        this.overWebSocket = overWebSocket;
    }

    String user() {
        return user;
    }

    /** The key of her console login in the reference model. */
    String key() {
        return "console:" + login;
    }

    boolean loggedIn() {
        return client != null;
    }

    /** Connects and logs in, paused in her queues (no queue call rings her), asking for presence. */
    void logIn() {
        ConsoleTestClient console = overWebSocket ? ConsoleTestClient.connectWebSocket(TestServer.sipWebSocket())
                : ConsoleTestClient.connect(TestServer.sipPort());
        ConsoleTestClient.Answer answer = console.logIn(login, PASSWORD, true, true);
        if (answer.status() != 200) {
            console.close();
            throw new AssertionError("log in of " + login + " answered " + answer.status() + " " + answer.reason());
        }
        client = console;
    }

    void logOut() {
        answered("LOG_OUT", client.send(seq -> new ConsoleCommand.LogOut(seq)));
        client.close();
        client = null;
    }

    void setPresence(PresenceStatus status, String note) {
        answered("SET_PRESENCE", client.setPresence(PresenceUpdate.Status.valueOf(status.name()), Optional.of(note)));
    }

    /** Stops answering the server's updates and sends nothing more, as a console whose machine froze. */
    void vanish() {
        client.answering(false);
        ConsoleTestClient gone = client;
        client = null;
        gone.vanish();
    }

    /** The server dropped the connection (the application stopped): she is logged out. */
    void dropped() {
        if (client != null) {
            client.close();
            client = null;
        }
    }

    private static void answered(String what, ConsoleTestClient.Answer answer) {
        if (answer.status() != 200) {
            throw new AssertionError(what + " answered " + answer.status() + " " + answer.reason());
        }
    }

    @Override
    public String name() {
        return "console of " + login + (overWebSocket ? " over WebSocket" : " over TCP");
    }

    @Override
    public List<String> watches() {
        return loggedIn() ? shown : List.of();
    }

    @Override
    public Optional<ExpectedPresence.Seen> seen(String colleague) {
        ConsoleTestClient console = client;
        if (console == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(console.presence().get(colleague)).map(told -> new ExpectedPresence.Seen(
                PresenceStatus.valueOf(told.status().name()), told.note()));
    }
}
