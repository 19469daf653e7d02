package org.switchboard.health.model;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The SIP_SELF_TEST verdict from the PBX's two answers: to a SIP OPTIONS and to an AMI Ping, both asked with the
 * same deadline. A deadlocked Asterisk answers neither; one that does not answer one of them in time is FAILED,
 * with which one in the detail. A part that could not be asked (no SIP address, no AMI login) makes the reading
 * UNKNOWN unless the other part failed.
 */
public final class PbxSelfTest {

    /** How one part of the PBX answered. */
    public sealed interface Answer {

        /** It answered, with what ({@code "200 OK"}, {@code "Pong"}), after this long. */
        record Answered(String what, Duration took) implements Answer {
        }

        /** Nothing came back within the deadline. */
        record Silent(Duration waited) implements Answer {
        }

        /** The question could not be sent, or the answer says the part is broken. */
        record Broken(String reason) implements Answer {
        }

        /** The part was not asked, and why ({@code "no PBX SIP address"}). */
        record NotAsked(String reason) implements Answer {
        }
    }

    private PbxSelfTest() {
    }

    /** The reading of one self test; {@code sipTarget} names where the OPTIONS went ({@code "192.0.2.10:5060"}). */
    public static ProbeReading reading(String sipTarget, Answer sip, Answer ami, Instant at, Duration took) {
        String value = "SIP " + sipTarget + ": " + describe(sip) + "; AMI: " + describe(ami);
        List<String> failed = new ArrayList<>();
        failure("SIP OPTIONS to " + sipTarget, sip).ifPresent(failed::add);
        failure("AMI Ping", ami).ifPresent(failed::add);
        if (!failed.isEmpty()) {
            return new ProbeReading(Probe.SIP_SELF_TEST, ProbeLevel.FAILED, value, String.join("; ", failed), at,
                    took);
        }
        List<String> unasked = new ArrayList<>();
        if (sip instanceof Answer.NotAsked notAsked) {
            unasked.add("SIP not asked: " + notAsked.reason());
        }
        if (ami instanceof Answer.NotAsked notAsked) {
            unasked.add("AMI not asked: " + notAsked.reason());
        }
        if (!unasked.isEmpty()) {
            return new ProbeReading(Probe.SIP_SELF_TEST, ProbeLevel.UNKNOWN, value, String.join("; ", unasked), at,
                    took);
        }
        return new ProbeReading(Probe.SIP_SELF_TEST, ProbeLevel.OK, value, "", at, took);
    }

    private static Optional<String> failure(String part, Answer answer) {
        if (answer instanceof Answer.Silent silent) {
            return Optional.of(part + ": no answer within " + silent.waited().toMillis() + " ms");
        }
        if (answer instanceof Answer.Broken broken) {
            return Optional.of(part + ": " + broken.reason());
        }
        return Optional.empty();
    }

    private static String describe(Answer answer) {
        if (answer instanceof Answer.Answered answered) {
            return answered.what() + " in " + answered.took().toMillis() + " ms";
        }
        if (answer instanceof Answer.Silent silent) {
            return "silent for " + silent.waited().toMillis() + " ms";
        }
        if (answer instanceof Answer.Broken broken) {
            return "broken (" + broken.reason() + ")";
        }
        return "not asked";
    }
}
