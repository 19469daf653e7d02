package org.switchboard.console;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

import org.switchboard.console.model.Attempt;
import org.switchboard.console.model.CallEntry;
import org.switchboard.console.model.HistoryEntry;
import org.switchboard.console.model.LineNo;

/**
 * The receptionists' bug reports: a snapshot of both lines (each call's number, name, owner, note and whole
 * history) with the receptionist's note and the chosen call, written to the log (SWB2010) and kept, newest first,
 * for the admin console. Keeps the last {@link #KEPT}.
 */
public final class BugReports {

    static final int KEPT = 200;

    private final Clock clock;
    private final Deque<BugReport> reports = new ArrayDeque<>();

    BugReports(Clock clock) {
        this.clock = clock;
    }

    /** One report as stored. */
    public record BugReport(Instant at, String session, String login, String note, Optional<String> callId, String text) {
    }

    void write(Desk desk, Attempt attempt) {
        StringBuilder text = new StringBuilder();
        text.append("**** Note: ").append(attempt.note().orElse("")).append('\n');
        attempt.call().ifPresent(call -> text.append("**** Call: ").append(call).append('\n'));
        for (LineNo line : LineNo.values()) {
            text.append("**** Line ").append(line.number()).append(" ****\n");
            desk.session().onLine(line).ifPresentOrElse(entry -> describe(text, desk, entry),
                    () -> text.append("    free\n"));
        }
        BugReport report = new BugReport(clock.instant(), desk.id(), desk.session().login(),
                attempt.note().orElse(""), attempt.call().map(Object::toString), text.toString());
        ConsoleLog.LOG.bugReport(desk.session().login(), report.text());
        synchronized (reports) {
            reports.addFirst(report);
            while (reports.size() > KEPT) {
                reports.removeLast();
            }
        }
    }

    List<BugReport> latest() {
        synchronized (reports) {
            return List.copyOf(reports);
        }
    }

    private static void describe(StringBuilder text, Desk desk, CallEntry entry) {
        text.append("    [id=").append(entry.call()).append("][number=").append(entry.facts().number())
                .append("][name=").append(entry.facts().name()).append("][disposition=")
                .append(entry.facts().disposition()).append("]\n    [ownerid=").append(desk.id())
                .append("][ownername=").append(desk.session().displayName()).append("][state=")
                .append(entry.state()).append("][note=").append(entry.note().isEmpty() ? "EMPTY" : entry.note())
                .append("]\n");
        if (entry.historyDropped() > 0) {
            text.append("      (").append(entry.historyDropped()).append(" older steps not kept)\n");
        }
        for (int i = entry.history().size() - 1; i >= 0; i--) {
            HistoryEntry step = entry.history().get(i);
            text.append("      [history: ").append(step).append("]\n");
        }
    }
}
