package org.switchboard.console;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.switchboard.console.model.ConsoleState;
import org.switchboard.console.model.Receptionist;
import org.switchboard.queue.model.Queue;
import org.switchboard.queue.model.QueueMember;

/**
 * Compares the console sessions with Asterisk's queues, as the seed's health check does by hand: a logged-in
 * receptionist's phone is a member of each of her queues, paused exactly when her session is; a logged-out or PASSIVE
 * one's phone is absent from them or paused (a client that vanished leaves its phone paused; a site that lost the
 * console duty pauses it).
 */
public final class QueueConsistency {

    private QueueConsistency() {
    }

    public static List<String> differences(List<Desk.Summary> sessions,
            Function<String, Optional<Receptionist>> receptionists, List<Queue> queues) {
        List<String> differences = new ArrayList<>();
        for (Desk.Summary session : sessions) {
            Optional<Receptionist> receptionist = receptionists.apply(session.login());
            if (receptionist.isEmpty()) {
                continue;
            }
            boolean loggedIn = !session.state().equals(ConsoleState.LOGGED_OUT.name());
            boolean passive = session.state().equals(ConsoleState.PASSIVE.name());
            for (String name : Desk.queuesOf(receptionist.get())) {
                Optional<QueueMember> member = queues.stream().filter(q -> q.name().equals(name)).findFirst()
                        .flatMap(q -> q.member(receptionist.get().phoneDevice()));
                String where = session.login() + " (" + receptionist.get().phoneDevice() + ") in " + name + ": ";
                if (passive) {
                    if (member.map(m -> !m.paused()).orElse(false)) {
                        differences.add(where + "passive (the receptionists work on the other site), but the phone"
                                + " is an unpaused member");
                    }
                } else if (loggedIn && member.isEmpty()) {
                    differences.add(where + "logged in, but the phone is not a member");
                } else if (loggedIn && member.get().paused() != session.paused()) {
                    differences.add(where + "the session is " + (session.paused() ? "paused" : "not paused")
                            + ", the member " + (member.get().paused() ? "paused" : "not paused"));
                } else if (!loggedIn && member.map(m -> !m.paused()).orElse(false)) {
                    differences.add(where + "logged out, but the phone is an unpaused member");
                }
            }
        }
        return differences;
    }
}
