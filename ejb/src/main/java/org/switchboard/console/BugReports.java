package org.switchboard.console;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;

import org.switchboard.console.model.Attempt;
import org.switchboard.console.model.CallEntry;
import org.switchboard.console.model.HistoryEntry;
import org.switchboard.console.model.LineNo;

/**
 * The receptionists' bug reports: a snapshot of both lines (each call's number, name, owner, note and whole
 * history) with the receptionist's note and the chosen call, written to the log (SWB2010) and handed to the
 * store (in the server, {@link BugReportStore} on another thread, so that the session never waits for the
 * database).
 */
public final class BugReports {

    private final Clock clock;
    private final Consumer<BugReport> store;

    BugReports(Clock clock, Consumer<BugReport> store) {
        this.clock = clock;
        this.store = store;
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
        store.accept(report);
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
