package org.switchboard.console;

import org.switchboard.runtime.KeyedSerialExecutor;
import org.switchboard.runtime.LogContext;

/**
 * A serial lane per session on one executor: the console's own lane (every step of a session, its PBX answers and
 * its timers) or its presence lane (its calls to the presence service, in order, on threads of their own, so that a
 * presence slow to store and publish never holds up a console). Each task runs with the session's ids in the
 * logging context.
 */
final class DeskLane implements DeskPresence.Lanes {

    private final KeyedSerialExecutor executor;

    DeskLane(KeyedSerialExecutor executor) {
        this.executor = executor;
    }

    /** Runs {@code task} on the desk's lane; false (and logged) when the lane is full. */
    @Override
    public boolean later(Desk desk, String what, Runnable task) {
        boolean queued = executor.submit(desk.id(), () -> {
            try (LogContext ignored = LogContext.only(LogContext.SESSION, desk.id(), LogContext.USER,
                    desk.session().login())) {
                task.run();
            }
        });
        if (!queued) {
            ConsoleLog.LOG.laneFull(desk.id(), what);
        }
        return queued;
    }
}
