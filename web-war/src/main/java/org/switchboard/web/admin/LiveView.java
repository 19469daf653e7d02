package org.switchboard.web.admin;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.switchboard.call.model.Call;
import org.switchboard.call.model.Party;
import org.switchboard.pbx.LivePbx;
import org.switchboard.phone.model.ContactAddress;
import org.switchboard.phone.model.Phone;
import org.switchboard.queue.model.Queue;

/**
 * The admin console's live page: calls, queues, parked calls and phones as the model sees them now. The
 * page re-renders its live panel every few seconds through Faces Ajax, so it moves without a reload.
 */
@Named
@RequestScoped
public class LiveView {

    @EJB
    LivePbx pbx;

    @Inject
    Clock clock;

    /** One line of the calls table: a channel of a live call. */
    public record CallLine(String callId, String state, String device, String channel, String caller,
            String called, String type, String since) {
    }

    /** One line of the queues table. */
    public record QueueLine(String name, String strategy, int waiting, String longestWait, String members) {
    }

    /** One line of the parked calls table. */
    public record ParkedLine(String space, String caller, String parker, String parkedFor, String timeLeft) {
    }

    /** One line of the phones table. */
    public record PhoneLine(String device, String status, String statusClass, String registration, String contact) {
    }

    public String getModelState() {
        return pbx.status().summary();
    }

    public boolean isStale() {
        return pbx.status().stale();
    }

    public List<CallLine> getCalls() {
        List<CallLine> lines = new ArrayList<>();
        for (Call call : pbx.calls()) {
            for (Party party : call.activeParties()) {
                lines.add(new CallLine(call.id().value(), party.state().name(), party.device(), party.name(),
                        party.caller().display(), call.calledNumber(), call.direction().scope(),
                        Uptime.format(Duration.between(party.since(), clock.instant()))));
            }
        }
        return lines;
    }

    public List<QueueLine> getQueues() {
        return pbx.queues().stream().map(this::line).toList();
    }

    private QueueLine line(Queue queue) {
        long longest = queue.longestWait(clock).toSeconds();
        String members = String.join(", ", queue.members().stream()
                .map(m -> m.name() + " (" + (m.paused() ? "paused" : m.status().name().toLowerCase(Locale.ROOT)) + ")")
                .toList());
        return new QueueLine(queue.name(), queue.strategy(), queue.callers().size(), longest + " s", members);
    }

    public List<ParkedLine> getParked() {
        return pbx.parked().stream()
                .map(p -> new ParkedLine(p.lot() + "/" + p.space(), p.parkeeName(), p.parker(),
                        p.parkedFor(clock).getSeconds() + " s", p.remaining(clock).getSeconds() + " s"))
                .toList();
    }

    public List<PhoneLine> getPhones() {
        boolean stale = pbx.status().stale();
        return pbx.phones().stream().map(phone -> line(phone, stale)).toList();
    }

    private static PhoneLine line(Phone phone, boolean stale) {
        String status = phone.status().name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return new PhoneLine(phone.device(), status, "phone-" + phone.status().name().toLowerCase(Locale.ROOT),
                phone.registrationShown(stale),
                phone.contact().map(ContactAddress::hostAndPort).orElse(""));
    }
}
