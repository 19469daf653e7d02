package org.switchboard.queue.model;

import java.time.Instant;

import org.switchboard.pbx.model.QueueEvent;
import org.switchboard.queue.model.QueueChanged.Change;
import org.switchboard.queue.model.QueueMonitor.QueueBook;
import org.switchboard.shared.model.Consequences;

/**
 * The member events of one queue: added, removed, paused, and the full status the PBX sends whenever
 * anything about a member changes (reported only when its status, pause or being in a call differ).
 * Connect and complete only flip "in call"; the PBX's next status carries the call counts.
 */
final class MemberChanges {

    private final QueueBook book;
    private final Instant at;
    private final Consequences out;

    MemberChanges(QueueBook book, Instant at, Consequences out) {
        this.book = book;
        this.at = at;
        this.out = out;
    }

    void added(QueueEvent.QueueMemberAdded added) {
        QueueMember member = QueueMember.of(added.member());
        book.put(member);
        report(Change.MEMBER_ADDED, member, "");
    }

    void changed(QueueEvent.QueueMemberChanged changed) {
        QueueMember now = QueueMember.of(changed.member());
        book.member(now.memberInterface()).ifPresentOrElse(before -> compare(before, now),
                () -> report(Change.MEMBER_STATUS, now, now.status().name()));
        book.put(now);
    }

    void removed(QueueEvent.QueueMemberRemoved removed) {
        book.remove(removed.memberInterface()).ifPresentOrElse(member -> report(Change.MEMBER_REMOVED, member, ""),
                () -> out.anomaly(QueueMonitor.anomaly(removed, "unknown member " + removed.memberInterface())));
    }

    void paused(QueueEvent.QueueMemberPaused paused) {
        book.member(paused.memberInterface()).ifPresentOrElse(before -> {
            QueueMember now = before.paused(paused.paused(), paused.reason());
            book.put(now);
            compare(before, now);
        }, () -> out.anomaly(QueueMonitor.anomaly(paused, "unknown member " + paused.memberInterface())));
    }

    /** AgentConnect and AgentComplete: the member takes a call from this queue, or finished one. */
    void inCall(String memberInterface, boolean inCall) {
        book.member(memberInterface).ifPresent(member -> book.put(member.inCall(inCall)));
    }

    private void compare(QueueMember before, QueueMember now) {
        if (before.paused() != now.paused() || !before.pausedReason().equals(now.pausedReason())) {
            report(now.paused() ? Change.MEMBER_PAUSED : Change.MEMBER_UNPAUSED, now, now.pausedReason());
        }
        if (before.status() != now.status() || before.inCall() != now.inCall()) {
            report(Change.MEMBER_STATUS, now, now.status().name());
        }
    }

    private void report(Change change, QueueMember member, String detail) {
        out.add(QueueMonitor.change(book, at, change, null, member.memberInterface(), detail));
    }
}
