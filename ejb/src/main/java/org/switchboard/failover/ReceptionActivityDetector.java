package org.switchboard.failover;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.switchboard.console.ReceptionistAccounts;
import org.switchboard.console.model.Receptionist;
import org.switchboard.failover.model.ReceptionActivityRule;
import org.switchboard.pbx.DomainEventConsumer;
import org.switchboard.queue.model.QueueChanged;
import org.switchboard.shared.model.CallId;
import org.switchboard.shared.model.DomainEvent;

/**
 * Tells the failover when a reception call reaches this site's PBX: a call joining a receptionist's personal queue
 * or one of the general queues (the receptionists' accounts say which queues those are), once per call, as
 * {@link ReceptionActivity}. It hears the call model's domain events on the dispatcher's lanes (container threads),
 * never on the AMI pump. What activity means (a secondary's failover) is the fencing's decision, not this one's.
 */
@ApplicationScoped
public class ReceptionActivityDetector implements DomainEventConsumer {

    @Inject
    ReceptionistAccounts accounts;

    @Inject
    Event<ReceptionActivity> activity;

    private final ReceptionActivityRule rule = new ReceptionActivityRule();
    private volatile Set<String> lastKnownQueues = Set.of();

    @Override
    public String name() {
        return "reception-activity";
    }

    @Override
    public boolean wants(DomainEvent event) {
        return event instanceof QueueChanged changed && ReceptionActivityRule.candidate(changed);
    }

    @Override
    public void accept(DomainEvent event) {
        QueueChanged joined = (QueueChanged) event;
        Set<String> queues = receptionQueues();
        Optional<CallId> reception;
        synchronized (rule) {
            reception = rule.activity(joined, queues);
        }
        reception.ifPresent(call -> {
            PairLog.LOG.receptionActivity(call.value(), joined.queue());
            activity.fire(new ReceptionActivity(call.value(), joined.at()));
        });
    }

    /** The receptionists' queues, read again for each caller joining a queue; the last ones read if the database fails. */
    private Set<String> receptionQueues() {
        try {
            Set<String> queues = new HashSet<>();
            for (Receptionist receptionist : accounts.list()) {
                queues.add(receptionist.personalQueue());
                queues.addAll(receptionist.generalQueues());
            }
            lastKnownQueues = Set.copyOf(queues);
        } catch (RuntimeException e) {
            PairLog.LOG.receptionQueuesUnread(lastKnownQueues.size(), e);
        }
        return lastKnownQueues;
    }
}
