package org.switchboard.sip.options;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

import javax.sip.address.SipURI;
import javax.sip.message.Request;

import org.switchboard.health.model.Availability;
import org.switchboard.protocol.ConsoleMediaTypes;
import org.switchboard.sip.InboundRequest;
import org.switchboard.sip.SipOutcome;
import org.switchboard.sip.SipRequestHandler;

/**
 * Answers OPTIONS with 200, the methods handled (Allow) and the console command type (Accept) while the site takes
 * calls, and with 503 and the reason while it does not, except to the PBX's qualify: a request whose Request-URI
 * user is the console peer's name ({@link OptionsSettings#qualifyUser()}) gets no answer at all while the site
 * refuses, because Asterisk's PJSIP qualify counts a 503 as reachable and only silence makes the reception
 * dialplan's ChanIsAvail fail (and the call go to Congestion, so the gateway tries the other site). The verdict is
 * read on every request; in the container it comes from the {@code HealthBoard}.
 */
public final class OptionsHandler implements SipRequestHandler {

    private final Supplier<Availability> availability;
    private final String qualifyUser;

    /** With the default settings (those of an empty environment). */
    public OptionsHandler(Supplier<Availability> availability) {
        this(availability, OptionsSettings.from(key -> null));
    }

    public OptionsHandler(Supplier<Availability> availability, OptionsSettings settings) {
        this.availability = Objects.requireNonNull(availability, "availability");
        this.qualifyUser = settings.qualifyUser();
    }

    @Override
    public String method() {
        return Request.OPTIONS;
    }

    /** OPTIONS changes nothing: a retransmission is answered again, without keeping a transaction. */
    @Override
    public boolean answeredStatelessly() {
        return true;
    }

    @Override
    public CompletionStage<SipOutcome> handle(InboundRequest request) {
        Availability now = availability.get();
        if (now instanceof Availability.Unavailable unavailable) {
            return SipOutcome.now(isQualify(request.request())
                    ? new SipOutcome.Unanswered("the PBX's qualify while refusing calls: " + unavailable.reason())
                    : new SipOutcome.Unavailable(unavailable.reason()));
        }
        return SipOutcome.now(new SipOutcome.Capabilities(List.of(ConsoleMediaTypes.COMMAND)));
    }

    private boolean isQualify(Request request) {
        return request.getRequestURI() instanceof SipURI uri && qualifyUser.equalsIgnoreCase(uri.getUser());
    }
}
