package org.switchboard.cdr.model;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import org.switchboard.call.model.Direction;
import org.switchboard.shared.model.CallId;

/**
 * One finished call, as the receptionist's company sees it: who called whom, when it started, was
 * answered and ended, how long the caller waited and talked, how it ended, through which queue and who
 * answered. The fields after {@code direction} mirror Asterisk's Master.csv so the CSV export can carry
 * both.
 *
 * @param callId the call's linked id
 * @param callerNumber the number of the party that started the call
 * @param callerName its name, empty when unknown
 * @param calledNumber the number that was dialled (the first extension the call reached)
 * @param start when the first channel appeared
 * @param answer when someone answered, if anyone did
 * @param end when the last channel went away
 * @param waited from start to answer, or to end when unanswered
 * @param talked from answer to end, zero when unanswered
 * @param queue the queue the call waited in, if any
 * @param answeredBy the device that answered, e.g. {@code PJSIP/202}, if any
 * @param channel the first channel's name
 * @param destinationChannel the answering channel's name, empty when unanswered
 * @param context the dialplan context the call started in
 * @param lastApplication the last dialplan application the first channel ran
 * @param lastData that application's arguments
 * @param accountCode the first channel's account code
 * @param endEstimated the end was not seen but estimated: the call ended while the link to the PBX was down
 *        (or events were lost), and {@code end} is the last moment it was known to live
 */
public record CallDetailRecord(CallId callId, String callerNumber, String callerName, String calledNumber,
        Instant start, Optional<Instant> answer, Instant end, Duration waited, Duration talked,
        Disposition disposition, Direction direction, Optional<String> queue, Optional<String> answeredBy,
        String channel, String destinationChannel, String context, String lastApplication, String lastData,
        String accountCode, boolean endEstimated) {

    public CallDetailRecord {
        Objects.requireNonNull(callId, "callId");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(disposition, "disposition");
        Objects.requireNonNull(direction, "direction");
        callerNumber = text(callerNumber);
        callerName = text(callerName);
        calledNumber = text(calledNumber);
        channel = text(channel);
        destinationChannel = text(destinationChannel);
        context = text(context);
        lastApplication = text(lastApplication);
        lastData = text(lastData);
        accountCode = text(accountCode);
    }

    /** The whole call, from its first channel to its last (Master.csv "duration"). */
    public Duration duration() {
        return Duration.between(start, end);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
