package org.switchboard.sip.console;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiFunction;

import org.switchboard.console.ClientLink;
import org.switchboard.console.CommandVerdict;
import org.switchboard.console.ConsoleDesk;
import org.switchboard.console.LogInResult;
import org.switchboard.protocol.ConsoleCommand;
import org.switchboard.protocol.ConsoleCommand.LogIn;

/**
 * A desk for the transport's component tests: it opens session {@code s-<login>} for every log in unless told
 * to refuse, keeps the links, answers commands with the verdict the test chose, and records what it was told.
 */
final class TestDesk implements ConsoleDesk {

    record Lost(String sessionId, String reason) {
    }

    record Submitted(String sessionId, ConsoleCommand command, String thread) {
    }

    final Map<String, ClientLink> links = new ConcurrentHashMap<>();
    final List<Lost> lost = new CopyOnWriteArrayList<>();
    final List<Submitted> submitted = new CopyOnWriteArrayList<>();
    final List<LogIn> logIns = new CopyOnWriteArrayList<>();
    volatile String refusal;
    volatile Runnable duringLogIn = () -> { };
    volatile BiFunction<String, ConsoleCommand, CompletionStage<CommandVerdict>> verdicts =
            (session, command) -> CompletableFuture.completedFuture(new CommandVerdict.Accepted());

    @Override
    public LogInResult logIn(String login, ClientLink link, LogIn command) {
        duringLogIn.run();
        logIns.add(command);
        if (refusal != null) {
            return new LogInResult.Refused(refusal);
        }
        String session = "s-" + login;
        ClientLink older = links.put(session, link);
        if (older != null) {
            older.close("replaced by a newer log in");
        }
        return new LogInResult.LoggedIn(session);
    }

    @Override
    public CompletionStage<CommandVerdict> submit(String sessionId, ConsoleCommand command) {
        submitted.add(new Submitted(sessionId, command, Thread.currentThread().getName()));
        if (!links.containsKey(sessionId)) {
            return CompletableFuture.completedFuture(new CommandVerdict.UnknownSession("no session " + sessionId));
        }
        return verdicts.apply(sessionId, command);
    }

    @Override
    public void linkLost(String sessionId, ClientLink link, String reason) {
        lost.add(new Lost(sessionId, reason));
    }

    ClientLink link(String sessionId) {
        return Optional.ofNullable(links.get(sessionId)).orElseThrow(() -> new AssertionError("no link for " + sessionId));
    }
}
