package org.switchboard.call.model;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import org.switchboard.pbx.model.CallerId;
import org.switchboard.pbx.model.HangupCause;
import org.switchboard.shared.model.CallId;

/**
 * What the call model knows of a call that is over, in its own terms: the facts a detail record is made of
 * (the {@code cdr} domain decides the record and its disposition from them, see
 * {@code cdr.model.CallDetailRecords}).
 *
 * @param calledNumber the first real extension the first channel reached
 * @param queue the first queue the call waited in
 * @param end when the call ended; an estimate when {@code endEstimated}
 * @param endEstimated the model missed the end (the call vanished while the link was down or events were
 *        lost) and {@code end} is the last moment the call was known to live
 * @param answer the first answer by a dialled party
 * @param applicationAnswer when a dialplan application answered the first channel without a dial
 * @param abandoned the caller hung up while waiting in a queue
 * @param lastDialStatus the last failed dial status (BUSY, CONGESTION, CHANUNAVAIL...), "" if none
 * @param firstCause the hang-up cause of the first channel, when it hung up
 * @param firstChannel the name of the first channel; {@code context}, {@code lastApplication} and
 *        {@code lastData} are its own
 */
public record EndedCall(CallId id, CallerId caller, String calledNumber, Direction direction, Optional<String> queue,
        Instant start, Instant end, boolean endEstimated, Optional<Answer> answer,
        Optional<Instant> applicationAnswer, boolean abandoned, String lastDialStatus,
        Optional<HangupCause> firstCause, String firstChannel, String context, String lastApplication,
        String lastData) {

    public EndedCall {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
    }

    /** The first answer by a dialled party: when, which device, on which channel. */
    public record Answer(Instant at, String device, String channelName) {
    }
}
