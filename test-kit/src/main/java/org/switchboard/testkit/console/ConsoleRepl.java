package org.switchboard.testkit.console;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;

import org.switchboard.protocol.ConsoleCommand;
import org.switchboard.protocol.LineNo;
import org.switchboard.protocol.PhonesUpdate;
import org.switchboard.protocol.PresenceUpdate;
import org.switchboard.protocol.SiteUpdate;
import org.switchboard.protocol.StateUpdate;

/**
 * A receptionist's console on a terminal, over the console test client: it logs in, prints every update, and
 * turns typed lines into commands ({@code help} lists them). For a newcomer to try the server with the demo PBX:
 * {@code ./console.sh desk1 desk1}, or over the SIP WebSocket as the browser's console connects:
 * {@code ./console.sh desk1 desk1 ws://127.0.0.1:8080/sip/ws}. With both sites of a pair, comma-separated
 * ({@code ./console.sh desk1 desk1 5460,5560}), it keeps a link to each and works where the SITE updates say
 * ({@link ConsolePair}).
 */
public final class ConsoleRepl {

    private static final String HELP = String.join("\n",
            "commands (lines are 1 or 2):",
            "  take <call id>            take back a waiting or supervised call",
            "  hold <line> | retrieve <line> | hangup <line>",
            "  dial <line> <number>      couple               join line 1 and line 2",
            "  park <line> [note]        dpark <line> <extension> [note]",
            "  camp <line> <extension>   note <call id> <text>",
            "  presence                  the colleagues' presence",
            "  presence <available|away|busy|do-not-disturb> [note]   state yours (an empty note: \"\" clears it)",
            "  pause | unpause | reset | resync | bug [call id] <text> | quit");

    /** Where the typed commands go: the one client, or the site a pair works on. */
    private final java.util.function.Supplier<ConsoleTestClient> client;
    private final PrintStream out;

    private ConsoleRepl(java.util.function.Supplier<ConsoleTestClient> client, PrintStream out) {
        this.client = client;
        this.out = out;
    }

    /**
     * {@code login password [port | ws://host:port/sip/ws]}: logs in over TCP on 127.0.0.1 (or over the SIP WebSocket
     * at that URI) and reads commands from the terminal.
     */
    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: ConsoleRepl <login> <password> [sip port, 5060 | ws://127.0.0.1:8080/sip/ws]"
                    + "[,the other site's port or ws:// URI]");
            System.exit(2);
        }
        String where = args.length > 2 ? args[2] : "5060";
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (where.contains(",")) {
            pair(args[0], args[1], where.split(",", 2), out);
            return;
        }
        try (ConsoleTestClient client = connect(where)) {
            ConsoleRepl repl = new ConsoleRepl(() -> client, out);
            client.onUpdate(received -> repl.show(received.update()));
            ConsoleTestClient.Answer answer = client.logIn(args[0], args[1], false, true);
            out.println("LOG_IN: " + answer.status() + " " + answer.reason());
            if (answer.status() != 200) {
                System.exit(1);
            }
            client.keepAlive(Duration.ofSeconds(15));
            out.println(HELP);
            repl.read(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)));
        }
    }

    /**
     * The pair mode: a link to each site, logged in on both with failover; the commands go to the site whose SITE
     * update says active, and each update is shown with the site it came from.
     */
    private static void pair(String login, String password, String[] sites, PrintStream out) throws Exception {
        try (ConsolePair pair = ConsolePair.of(connect(sites[0].trim()), connect(sites[1].trim()))) {
            ConsoleRepl repl = new ConsoleRepl(pair::working, out);
            for (ConsoleTestClient client : pair.clients()) {
                client.onUpdate(received -> {
                    out.print("[" + client.site().map(SiteUpdate::site).orElse("?") + "] ");
                    repl.show(received.update());
                });
            }
            List<ConsoleTestClient.Answer> answers = pair.logIn(login, password, false);
            out.println("LOG_IN: " + answers.stream().map(a -> a.status() + " " + a.reason()).toList());
            if (answers.stream().noneMatch(answer -> answer.status() == 200)) {
                System.exit(1);
            }
            pair.clients().forEach(client -> client.keepAlive(Duration.ofSeconds(15)));
            out.println(HELP);
            repl.read(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)));
        }
    }

    private static ConsoleTestClient connect(String where) {
        return where.startsWith("ws://") ? ConsoleTestClient.connectWebSocket(java.net.URI.create(where))
                : ConsoleTestClient.connect(Integer.parseInt(where));
    }

    private void read(BufferedReader in) throws Exception {
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            String[] words = line.trim().split("\\s+");
            if (words[0].isEmpty()) {
                continue;
            }
            if (words[0].equals("quit")) {
                client.get().send(seq -> new ConsoleCommand.LogOut(seq));
                return;
            }
            if (words[0].equals("presence") && words.length == 1) {
                client.get().presence().values().stream().sorted(java.util.Comparator.comparing(
                        PresenceUpdate.UserPresence::user)).forEach(user -> out.println("   " + presence(user)));
                continue;
            }
            try {
                Optional<LongFunction<ConsoleCommand>> command = command(words);
                if (command.isEmpty()) {
                    out.println(HELP);
                    continue;
                }
                ConsoleTestClient.Answer answer = client.get().send(command.get());
                out.println("-> " + answer.status() + " " + answer.reason());
            } catch (RuntimeException e) {
                out.println("cannot send that: " + e.getMessage());
            }
        }
    }

    private static Optional<LongFunction<ConsoleCommand>> command(String[] w) {
        String rest2 = w.length > 2 ? String.join(" ", Arrays.copyOfRange(w, 2, w.length)) : "";
        String rest3 = w.length > 3 ? String.join(" ", Arrays.copyOfRange(w, 3, w.length)) : "";
        LongFunction<ConsoleCommand> command = switch (w[0]) {
            case "take" -> seq -> new ConsoleCommand.TakeBack(seq, w[1]);
            case "hold" -> seq -> new ConsoleCommand.Hold(seq, line(w[1]));
            case "retrieve" -> seq -> new ConsoleCommand.Retrieve(seq, line(w[1]));
            case "hangup" -> seq -> new ConsoleCommand.HangUp(seq, line(w[1]));
            case "dial" -> seq -> new ConsoleCommand.Dial(seq, line(w[1]), w[2]);
            case "couple" -> seq -> new ConsoleCommand.Couple(seq);
            case "park" -> seq -> new ConsoleCommand.Park(seq, line(w[1]), text(rest2));
            case "dpark" -> seq -> new ConsoleCommand.DirectedPark(seq, line(w[1]), w[2], text(rest3));
            case "camp" -> seq -> new ConsoleCommand.CampOn(seq, line(w[1]), w[2]);
            case "note" -> seq -> new ConsoleCommand.Note(seq, w[1], rest2);
            case "pause" -> seq -> new ConsoleCommand.Pause(seq, Optional.empty());
            case "unpause" -> seq -> new ConsoleCommand.Unpause(seq);
            case "reset" -> seq -> new ConsoleCommand.Reset(seq);
            case "resync" -> seq -> new ConsoleCommand.Resync(seq);
            case "presence" -> seq -> new ConsoleCommand.SetPresence(seq, PresenceUpdate.Status.fromWire(w[1])
                    .orElseThrow(() -> new IllegalArgumentException("no status " + w[1])),
                    w.length < 3 ? Optional.empty() : Optional.of(rest2.equals("\"\"") ? "" : rest2));
            case "bug" -> w.length > 2 && w[1].contains(".")
                    ? seq -> new ConsoleCommand.BugReport(seq, rest2, Optional.of(w[1]))
                    : seq -> new ConsoleCommand.BugReport(seq, String.join(" ", Arrays.copyOfRange(w, 1, w.length)),
                            Optional.empty());
            default -> null;
        };
        return Optional.ofNullable(command);
    }

    private static LineNo line(String number) {
        return LineNo.of(Integer.parseInt(number));
    }

    private static Optional<String> text(String text) {
        return text.isBlank() ? Optional.empty() : Optional.of(text);
    }

    private void show(org.switchboard.protocol.ConsoleUpdate update) {
        if (update instanceof SiteUpdate site) {
            out.println("#" + site.seq() + " SITE " + site.site() + " (" + site.role().wireName() + ") "
                    + (site.active() ? "active: work here" : "passive: work on the other site") + " - "
                    + site.reason());
            return;
        }
        if (update instanceof PhonesUpdate phones) {
            phones.phones().forEach(p -> out.println("   phone " + p.extension() + " " + p.status()
                    + (p.registered() ? "" : " (not registered)")));
            return;
        }
        if (update instanceof PresenceUpdate presence) {
            presence.users().forEach(user -> out.println("   presence " + presence(user)));
            return;
        }
        StateUpdate state = (StateUpdate) update;
        out.println("#" + state.seq() + " " + state.state() + (state.paused() ? " (paused)" : "")
                + state.pending().map(p -> " waiting for the PBX: " + p.command()).orElse(""));
        for (StateUpdate.LineView line : state.lines()) {
            out.println("   line " + line.line().number() + ": " + line.call().map(ConsoleRepl::entry).orElse("free"));
        }
        state.waiting().forEach(entry -> out.println("   waiting: " + entry(entry)));
        state.supervised().forEach(entry -> out.println("   supervised: " + entry(entry)));
        state.error().ifPresent(error -> out.println("   ERROR " + error.code() + " " + error.command() + ": "
                + error.reason()));
        state.loggedOut().ifPresent(end -> out.println("   logged out: " + end.reason()));
        out.println("   allowed: " + state.allowed());
    }

    private static String presence(PresenceUpdate.UserPresence user) {
        return user.user() + " " + user.status().wireName() + (user.note().isEmpty() ? "" : " (" + user.note() + ")");
    }

    private static String entry(StateUpdate.CallEntry entry) {
        return entry.state() + " " + entry.callId() + " " + entry.number() + " " + entry.name()
                + entry.extension().map(e -> " for " + e).orElse("")
                + entry.deadline().map(d -> " until " + d).orElse("")
                + entry.note().map(n -> " note: " + n).orElse("");
    }
}
