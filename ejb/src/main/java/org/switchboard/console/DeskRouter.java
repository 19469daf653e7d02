package org.switchboard.console;

import java.util.Collection;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.switchboard.call.model.CallAnswered;
import org.switchboard.call.model.CallEnded;
import org.switchboard.call.model.CallHeld;
import org.switchboard.call.model.CallOffered;
import org.switchboard.call.model.CallParked;
import org.switchboard.call.model.CallTransferred;
import org.switchboard.call.model.CallUnparked;
import org.switchboard.call.model.PartyJoined;
import org.switchboard.console.model.Attempt;
import org.switchboard.pbx.mirror.MirrorSynchronised;
import org.switchboard.phone.model.PhoneRegistrationChanged;
import org.switchboard.phone.model.PhoneStatusChanged;
import org.switchboard.queue.model.QueueChanged;
import org.switchboard.shared.model.DomainEvent;

/**
 * Sends each domain event only to the desks it can concern, judged from what each desk publishes of itself
 * ({@link Desk.Interest}): the calls it follows, its phone, its queues. On the desk's lane the event becomes
 * triggers ({@link org.switchboard.console.model.DeskEvents}). Phone changes are gathered per desk and sent
 * as one PHONES batch every {@link #PHONE_BATCH_MS} milliseconds at most.
 */
final class DeskRouter {

    static final long PHONE_BATCH_MS = 100;

    private static final Set<Class<?>> ABOUT_CALLS = Set.of(CallOffered.class, CallAnswered.class, CallHeld.class,
            CallParked.class, CallUnparked.class, CallTransferred.class, PartyJoined.class, CallEnded.class);

    private final DeskWork work;
    private final ScheduledExecutorService timers;

    DeskRouter(DeskWork work, ScheduledExecutorService timers) {
        this.work = work;
        this.timers = timers;
    }

    static boolean understands(DomainEvent event) {
        return ABOUT_CALLS.contains(event.getClass()) || event instanceof MirrorSynchronised
                || event instanceof QueueChanged || event instanceof PhoneStatusChanged || event instanceof PhoneRegistrationChanged;
    }

    void route(DomainEvent event, Collection<Desk> desks) {
        if (event instanceof MirrorSynchronised) {
            desks.forEach(desk -> work.later(desk, "the PBX synchronised", () -> work.pbxSynchronised(desk)));
            return;
        }
        for (Desk desk : desks) {
            Desk.Interest interest = desk.interest();
            if (concerns(interest, event)) {
                work.later(desk, event.eventType(), () -> {
                    for (Attempt attempt : desk.events().attemptsFor(desk.session(), event)) {
                        work.fire(desk, attempt);
                    }
                });
            }
            String phone = phoneOf(event);
            if (phone != null && interest.atWork() && desk.phoneChanged(phone)) {
                timers.schedule(() -> work.later(desk, "a phone batch", () -> work.flushPhones(desk)),
                        PHONE_BATCH_MS, TimeUnit.MILLISECONDS);
            }
        }
    }

    private static boolean concerns(Desk.Interest interest, DomainEvent event) {
        if (event instanceof CallOffered offered) {
            return interest.calls().contains(offered.call()) || (offered.target() instanceof CallOffered.ToQueue queue
                    ? interest.atWork() && interest.queues().contains(queue.name())
                    : ((CallOffered.ToDevice) offered.target()).device().equals(interest.phoneDevice()));
        }
        if (event instanceof PartyJoined joined) {
            return interest.calls().contains(joined.call()) || interest.calls().contains(joined.from());
        }
        if (ABOUT_CALLS.contains(event.getClass())) {
            return event.callId().map(interest.calls()::contains).orElse(false);
        }
        if (event instanceof QueueChanged changed) {
            return interest.queues().contains(changed.queue());
        }
        return event instanceof PhoneStatusChanged changed
                && (interest.camping() || changed.device().equals(interest.phoneDevice()));
    }

    private static String phoneOf(DomainEvent event) {
        if (event instanceof PhoneStatusChanged changed) {
            return changed.device();
        }
        return event instanceof PhoneRegistrationChanged changed ? changed.device() : null;
    }
}
