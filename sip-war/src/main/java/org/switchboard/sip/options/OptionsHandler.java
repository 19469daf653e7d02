package org.switchboard.sip.options;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

import javax.sip.message.Request;

import org.switchboard.health.model.Availability;
import org.switchboard.protocol.ConsoleMediaTypes;
import org.switchboard.sip.InboundRequest;
import org.switchboard.sip.SipOutcome;
import org.switchboard.sip.SipRequestHandler;

/**
 * Answers OPTIONS with 200, the methods handled (Allow) and the console command type (Accept) while the
 * server takes calls, and with 503 and the reason while it does not. The availability is read on every
 * request; in the container it comes from {@code CallAcceptance}.
 */
public final class OptionsHandler implements SipRequestHandler {

    private final Supplier<Availability> availability;

    public OptionsHandler(Supplier<Availability> availability) {
        this.availability = Objects.requireNonNull(availability, "availability");
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
            return SipOutcome.now(new SipOutcome.Unavailable(unavailable.reason()));
        }
        return SipOutcome.now(new SipOutcome.Capabilities(List.of(ConsoleMediaTypes.COMMAND)));
    }
}
