package org.switchboard.cdr.model;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import org.switchboard.call.model.CallEnded;
import org.switchboard.call.model.EndedCall;
import org.switchboard.pbx.model.HangupCause;

/**
 * Writes the detail record of a finished call from what the call model reports of it ({@link EndedCall}),
 * and decides its disposition, first rule that applies:
 * <ol>
 * <li>a dialled party answered: ANSWERED (answer time and device are the first answer's);</li>
 * <li>the caller hung up while waiting in a queue: ABANDONED;</li>
 * <li>the first channel was answered by a dialplan application without being dialled (voicemail, an IVR,
 * a parked-call pickup): ANSWERED, with no answering device;</li>
 * <li>otherwise the last failed dial status of the call (BUSY, CONGESTION, CHANUNAVAIL) or, failing
 * that, the first channel's hang-up cause: 17 BUSY; 34, 38, 42 CONGESTION; 1, 3, 20, 21, 27, 28 FAILED;
 * anything else NO_ANSWER.</li>
 * </ol>
 * The account code is left empty: the PBX events the model receives do not carry it. An estimated end (the
 * model missed it) is carried over, so the stored record says so.
 *
 * <p>The answer time is a choice: the first answer by a party the call dialled, that is when the
 * conversation began. A call made with AMI Originate starts with the PBX ringing the originating phone (its
 * first channel, dialled without a caller); that phone's answer is not the call's answer, which is the
 * answer of the party it then dials. So the wait runs from the originating phone's first ring to the called
 * party's answer, and the talk time is the conversation. Asterisk's own CDR counts from the first leg's
 * answer instead (the originating phone's), so its billsec is longer by the time the called party rang. An
 * originated call whose called party is busy is BUSY, with no answer.
 */
public final class CallDetailRecords {

    private static final Set<Integer> CONGESTION_CAUSES = Set.of(34, 38, 42);
    private static final Set<Integer> FAILURE_CAUSES = Set.of(1, 3, 20, 21, 27, 28);
    private static final int USER_BUSY = 17;

    private CallDetailRecords() {
    }

    /** The record of the call this event ended. */
    public static CallDetailRecord of(CallEnded ended) {
        return of(ended.facts());
    }

    public static CallDetailRecord of(EndedCall call) {
        Optional<EndedCall.Answer> answer = call.answer();
        Optional<Instant> answeredAt = answer.map(EndedCall.Answer::at);
        Disposition disposition = disposition(call);
        if (answeredAt.isEmpty() && disposition == Disposition.ANSWERED) {
            answeredAt = call.applicationAnswer();
        }
        Instant end = call.end();
        Instant talkFrom = answeredAt.orElse(end);
        return new CallDetailRecord(call.id(), call.caller().number(), call.caller().name(), call.calledNumber(),
                call.start(), answeredAt, end, between(call.start(), talkFrom), between(talkFrom, end),
                disposition, call.direction(), call.queue(), answer.map(EndedCall.Answer::device),
                call.firstChannel(), answer.map(EndedCall.Answer::channelName).orElse(""), call.context(),
                call.lastApplication(), call.lastData(), "", call.endEstimated());
    }

    static Disposition disposition(EndedCall call) {
        if (call.answer().isPresent()) {
            return Disposition.ANSWERED;
        }
        if (call.abandoned()) {
            return Disposition.ABANDONED;
        }
        if (call.applicationAnswer().isPresent()) {
            return Disposition.ANSWERED;
        }
        Optional<Disposition> byDial = byDialStatus(call.lastDialStatus());
        if (byDial.isPresent()) {
            return byDial.get();
        }
        return call.firstCause().map(CallDetailRecords::byCause).orElse(Disposition.NO_ANSWER);
    }

    private static Optional<Disposition> byDialStatus(String status) {
        return switch (status) {
            case "BUSY" -> Optional.of(Disposition.BUSY);
            case "CONGESTION" -> Optional.of(Disposition.CONGESTION);
            case "CHANUNAVAIL" -> Optional.of(Disposition.FAILED);
            default -> Optional.empty();
        };
    }

    private static Disposition byCause(HangupCause cause) {
        if (cause.code() == USER_BUSY) {
            return Disposition.BUSY;
        }
        if (CONGESTION_CAUSES.contains(cause.code())) {
            return Disposition.CONGESTION;
        }
        return FAILURE_CAUSES.contains(cause.code()) ? Disposition.FAILED : Disposition.NO_ANSWER;
    }

    private static Duration between(Instant from, Instant to) {
        return to.isBefore(from) ? Duration.ZERO : Duration.between(from, to);
    }
}
