package org.switchboard.queue.ops;

import java.time.Clock;
import java.time.Duration;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

import org.switchboard.pbx.LivePbx;
import org.switchboard.pbx.model.DeviceState;
import org.switchboard.queue.model.Queue;
import org.switchboard.queue.model.QueueMember;
import org.switchboard.queue.model.WaitingCaller;
import org.switchboard.runtime.PublishedMXBean;
import org.switchboard.runtime.TextTable;

/** Publishes {@link QueuesMXBean} while the application runs. */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class QueuesOps extends PublishedMXBean implements QueuesMXBean {

    @Inject
    LivePbx pbx;

    @Inject
    Clock clock;

    @Override
    protected String type() {
        return "Queues";
    }

    @Override
    public String[] getQueues() {
        TextTable table = new TextTable("QUEUE", "STRATEGY", "WAITING", "LONGEST WAIT", "MEMBERS", "AVAILABLE",
                "PAUSED");
        for (Queue queue : pbx.queues()) {
            long longest = queue.longestWait(clock).toSeconds();
            long available = queue.members().stream()
                    .filter(m -> !m.paused() && m.status() == DeviceState.NOT_INUSE).count();
            long paused = queue.members().stream().filter(QueueMember::paused).count();
            table.row(queue.name(), queue.strategy(), queue.callers().size(), longest + " s", queue.members().size(),
                    available, paused);
        }
        return table.lines();
    }

    @Override
    public String[] members(String name) {
        Queue queue = find(name);
        TextTable table = new TextTable("INTERFACE", "NAME", "STATUS", "PAUSED", "REASON", "CALLS TAKEN",
                "IN CALL");
        for (QueueMember member : queue.members()) {
            table.row(member.memberInterface(), member.name(), member.status(), member.paused() ? "yes" : "no",
                    member.pausedReason(), member.callsTaken(), member.inCall() ? "yes" : "no");
        }
        return table.lines();
    }

    @Override
    public String[] callers(String name) {
        Queue queue = find(name);
        TextTable table = new TextTable("POSITION", "CALLER NAME", "CALLER NUMBER", "CHANNEL", "WAITED", "CALL ID");
        for (WaitingCaller caller : queue.callers()) {
            Duration waited = caller.waited(clock);
            table.row(caller.position(), caller.caller().name(), caller.caller().number(), caller.channel(),
                    waited.getSeconds() + " s", caller.call());
        }
        return table.lines();
    }

    private Queue find(String name) {
        return pbx.queue(name == null ? "" : name.strip())
                .orElseThrow(() -> new IllegalArgumentException("no queue named '" + name + "'; known: "
                        + pbx.queues().stream().map(Queue::name).toList()));
    }
}
