package org.switchboard.it.console;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

import org.switchboard.console.ReceptionistAccounts;
import org.switchboard.console.model.Receptionist;
import org.switchboard.it.ScriptedPbx;
import org.switchboard.it.TestServer;
import org.switchboard.pbx.LivePbx;
import org.switchboard.pbx.PbxLink;
import org.switchboard.pbx.ami.AmiConnection;
import org.switchboard.pbx.scripted.LiveOffice;
import org.switchboard.pbx.scripted.ScriptedAmiServer;
import org.switchboard.protocol.ConsoleCommand;
import org.switchboard.protocol.LineNo;
import org.switchboard.protocol.StateUpdate;
import org.switchboard.testkit.Await;
import org.switchboard.testkit.console.ConsoleTestClient;

/**
 * The scene of a console journey in the deployed EAR: the scripted PBX the server is connected to, the people
 * around it ({@link LiveOffice}: callers and phones that answer when the test says so), and receptionists, each
 * with an account of her own (a unique login on a desk phone of the recorded office) and a console test client
 * over SIP on TCP, or over the SIP WebSocket as the browser's console. Closing it logs the receptionists out and stops the PBX.
 */
final class Reception implements AutoCloseable {

    static final String PASSWORD = "s3cret-desk";

    final ScriptedAmiServer server;
    final LiveOffice office;
    private final LivePbx pbx;
    private final ReceptionistAccounts accounts;
    private final Map<String, Receptionist> receptionists = new ConcurrentHashMap<>();
    private final List<ConsoleTestClient> clients = new ArrayList<>();

    private Reception(ScriptedAmiServer server, LivePbx pbx, ReceptionistAccounts accounts) {
        this.server = server;
        this.office = server.office().answerOnCommand();
        this.pbx = pbx;
        this.accounts = accounts;
    }

    /** A fresh scripted PBX, once the server has connected to it and synchronised its model. */
    static Reception open(LivePbx pbx, PbxLink link, ReceptionistAccounts accounts) {
        long connects = link.stats().connects();
        ScriptedAmiServer server = ScriptedPbx.start();
        Await.until("connected and synchronised", () -> link.stats().connects() > connects
                && link.stats().state() == AmiConnection.State.CONNECTED && !pbx.status().stale(), ScriptedPbx.SETTLE);
        return new Reception(server, pbx, accounts);
    }

    /** A new receptionist account on the desk phone {@code extension} (201 or 202), with its personal queue. */
    String receptionist(String extension) {
        String login = "desk" + extension + "-" + UUID.randomUUID().toString().substring(0, 8);
        Receptionist receptionist = new Receptionist(login, "Desk " + extension, "PJSIP/" + extension, extension,
                "PersonalQueue" + extension, List.of("GeneralQueue"), true);
        accounts.create(receptionist, PASSWORD);
        receptionists.put(login, receptionist);
        return login;
    }

    /** A console connected to the server's SIP port, not yet logged in. */
    ConsoleTestClient console() {
        ConsoleTestClient client = ConsoleTestClient.connect(TestServer.sipPort());
        clients.add(client);
        return client;
    }

    /** A console connected over the SIP WebSocket, as the browser's console connects, not yet logged in. */
    ConsoleTestClient consoleOverWebSocket() {
        ConsoleTestClient client = ConsoleTestClient.connectWebSocket(TestServer.sipWebSocket());
        clients.add(client);
        return client;
    }

    /**
     * A console logged in as {@code login}, paused in the queues or not, once its first IDLE state came and the PBX
     * has her phone in her queues as asked (the recorded office has the desks' phones as static, available members:
     * until her pause is through, a queue may ring her phone).
     */
    ConsoleTestClient loggedIn(String login, boolean paused) {
        return loggedIn(console(), login, paused);
    }

    /** A console over the SIP WebSocket logged in as {@code login}, available, once its first IDLE state came. */
    ConsoleTestClient loggedInOverWebSocket(String login) {
        return loggedIn(consoleOverWebSocket(), login, false);
    }

    private ConsoleTestClient loggedIn(ConsoleTestClient client, String login, boolean paused) {
        ConsoleTestClient.Answer answer = client.logIn(login, PASSWORD, paused);
        if (answer.status() != 200) {
            throw new AssertionError("log in of " + login + " answered " + answer.status() + " " + answer.reason());
        }
        client.awaitState("idle after log in", state -> state.state().equals("IDLE") && state.paused() == paused);
        Receptionist receptionist = receptionists.get(login);
        Await.until("her phone " + (paused ? "paused" : "available") + " in her queues",
                () -> inHerQueues(receptionist, paused), ConsoleTestClient.PATIENCE);
        return client;
    }

    private boolean inHerQueues(Receptionist receptionist, boolean paused) {
        List<String> queues = new ArrayList<>(receptionist.generalQueues());
        queues.add(receptionist.personalQueue());
        return queues.stream().allMatch(name -> pbx.queue(name).flatMap(queue -> queue.member(
                receptionist.phoneDevice())).filter(member -> member.paused() == paused).isPresent());
    }

    /** A trunk call to the personal queue of the desk {@code extension}, rung on its phone and answered there. */
    LiveOffice.Caller callAnsweredAt(ConsoleTestClient console, String extension) {
        LiveOffice.Caller caller = office.trunkCallsQueue("9" + extension);
        console.awaitState("the call ringing on line 1", in("NEW_INCOMING", LineNo.ONE, caller.callId(), "IN_RING"));
        office.phone(extension).answer();
        console.awaitState("in conversation on line 1", in("CONVERSATION", LineNo.ONE, caller.callId(),
                "CONVERSATION"));
        return caller;
    }

    /**
     * Sends a command once the console offers it, as a receptionist presses a button only once it is enabled (the
     * state updates that follow an event can take a few milliseconds to offer it: her phone freed after a hold,
     * say), and fails unless the session took it (200).
     */
    static void accepted(ConsoleTestClient console, java.util.function.LongFunction<ConsoleCommand> command) {
        org.switchboard.protocol.CommandName name = command.apply(0).name();
        console.awaitState(name + " offered", update -> update.allowed().contains(name));
        ConsoleTestClient.Answer answer = console.send(command);
        if (answer.status() != 200) {
            throw new AssertionError("the command was answered " + answer.status() + " " + answer.reason());
        }
    }

    static Predicate<StateUpdate> in(String state) {
        return update -> update.state().equals(state);
    }

    /** The session is in {@code state} with the call on the line in {@code lineState}. */
    static Predicate<StateUpdate> in(String state, LineNo line, String call, String lineState) {
        return update -> update.state().equals(state) && update.line(line).call()
                .filter(entry -> entry.callId().equals(call) && entry.state().equals(lineState)).isPresent();
    }

    static Predicate<StateUpdate> waiting(String call) {
        return update -> update.waiting().stream().anyMatch(entry -> entry.callId().equals(call));
    }

    static Predicate<StateUpdate> supervised(String call, String lineState) {
        return update -> update.supervised().stream()
                .anyMatch(entry -> entry.callId().equals(call) && entry.state().equals(lineState));
    }

    /**
     * Idle with nothing pending, both lines free, the call gone, and her phone free again (DIAL offered: the
     * update saying her phone is free can come a few milliseconds after the one that freed her lines).
     */
    static Predicate<StateUpdate> idleWithout(String call) {
        return update -> update.state().equals("IDLE") && update.pending().isEmpty()
                && update.allowed().contains(org.switchboard.protocol.CommandName.DIAL)
                && update.line(LineNo.ONE).call().isEmpty() && update.line(LineNo.TWO).call().isEmpty()
                && update.waiting().stream().noneMatch(entry -> entry.callId().equals(call))
                && update.supervised().stream().noneMatch(entry -> entry.callId().equals(call));
    }

    static StateUpdate.CallEntry onLine(StateUpdate update, LineNo line) {
        return update.line(line).call().orElseThrow(() -> new AssertionError("no call on line " + line));
    }

    static List<String> triggers(StateUpdate.CallEntry entry) {
        return entry.history().stream().map(StateUpdate.HistoryEntry::trigger).toList();
    }

    @Override
    public void close() {
        for (ConsoleTestClient client : clients) {
            try {
                if (client.session().isPresent() && !client.closedByServer()
                        && client.state().flatMap(StateUpdate::loggedOut).isEmpty()) {
                    client.send(seq -> new ConsoleCommand.LogOut(seq));
                }
            } catch (RuntimeException | AssertionError e) {
                // the journey may have left this console unable to log out; the next one starts anew anyway
            } finally {
                client.close();
            }
        }
        server.close();
    }
}
