package org.switchboard.console;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.switchboard.protocol.ConsoleUpdate;

/** A client link for tests: keeps what the session pushed, in order (safe to read from the test's thread). */
final class PushedUpdates implements ClientLink {

    final List<ConsoleUpdate> updates = new CopyOnWriteArrayList<>();

    @Override
    public void push(ConsoleUpdate update) {
        updates.add(update);
    }

    @Override
    public void close(String reason) {
    }

    @Override
    public String describe() {
        return "test client";
    }

    /** The updates of one kind, in order. */
    <T extends ConsoleUpdate> List<T> of(Class<T> kind) {
        return updates.stream().filter(kind::isInstance).map(kind::cast).toList();
    }
}
