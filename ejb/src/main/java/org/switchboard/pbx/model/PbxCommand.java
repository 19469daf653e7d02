package org.switchboard.pbx.model;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One thing the application asks the PBX to do, as the AMI action a console sends for it. Channels are
 * named as Asterisk names them ({@code PJSIP/trunk-00000005}); a device to dial is a dial string
 * ({@code PJSIP/202}). Every text is checked when the record is made: a blank value, or one with a line
 * break (which would end the AMI header), is refused with an {@link IllegalArgumentException} naming the field.
 *
 * <p>A hold done by the server is two {@link Redirect}s: the caller to the music-on-hold extension
 * ({@code 8002} in the recorded PBX), then back to a phone (actions/hold-by-redirect-and-back).
 */
public sealed interface PbxCommand {

    /** The channel (or dial string) the command is about, for the logs. */
    String subject();

    /** The AMI action's name, for the logs. */
    String action();

    <R> R accept(Visitor<R> visitor);

    /** Does one thing per kind of command; a new command does not compile until every visitor handles it. */
    interface Visitor<R> {
        R originate(Originate command);

        R redirect(Redirect command);

        R hangup(Hangup command);

        R park(Park command);

        R bridge(Bridge command);

        R attendedTransfer(AttendedTransfer command);

        R blindTransfer(BlindTransfer command);

        R queueAdd(QueueAdd command);

        R queueRemove(QueueRemove command);

        R queuePause(QueuePause command);
    }

    /** A place in the dialplan: context, extension and priority. */
    record DialplanTarget(String context, String exten, int priority) {
        public DialplanTarget {
            Fields.text("context", context);
            Fields.text("exten", exten);
            if (priority < 1) {
                throw new IllegalArgumentException("priority must be 1 or more, not " + priority);
            }
        }

        /** Priority 1 of an extension. */
        public static DialplanTarget of(String context, String exten) {
            return new DialplanTarget(context, exten, 1);
        }
    }

    /**
     * Originate: Asterisk rings {@code dialString} and, when it answers, runs {@code target} on that channel.
     * Always sent asynchronously; the result comes with the OriginateResponse.
     *
     * <p>{@code channelId}, when present, is sent as the AMI header {@code ChannelId}: "Channel UniqueId to be
     * set on the channel" (Asterisk 20 manager documentation, AMI action Originate,
     * https://docs.asterisk.org/Asterisk_20_Documentation/API_Documentation/AMI_Actions/Originate; Asterisk 12
     * and later). The dialled channel then has that Uniqueid, and, as the first channel of its call, that
     * Linkedid: the call id is known before the first event arrives. Asterisk refuses an id longer than
     * {@value #MAX_CHANNEL_ID} characters ({@code AST_MAX_PUBLIC_UNIQUEID}), so the record does too. The
     * recordings of {@code ami-traces} do not cover {@code ChannelId} (no recorded Originate sent it).
     */
    record Originate(String dialString, DialplanTarget target, String callerId, Duration timeout,
            Map<String, String> variables, Optional<String> channelId) implements PbxCommand {

        /** The longest unique id Asterisk accepts ({@code AST_MAX_PUBLIC_UNIQUEID}). */
        public static final int MAX_CHANNEL_ID = 149;

        public Originate {
            Fields.text("dialString", dialString);
            Objects.requireNonNull(target, "target");
            Fields.optionalText("callerId", callerId);
            Fields.positive("timeout", timeout);
            variables = Map.copyOf(variables);
            variables.forEach((name, value) -> {
                Fields.text("variable name", name);
                Fields.optionalText("variable " + name, value);
            });
            Objects.requireNonNull(channelId, "channelId (use Optional.empty() for none)");
            channelId.ifPresent(value -> {
                Fields.text("channelId", value);
                if (value.length() > MAX_CHANNEL_ID || !value.equals(value.strip())) {
                    throw new IllegalArgumentException("channelId must be at most " + MAX_CHANNEL_ID
                            + " characters without surrounding spaces, not '" + value + "'");
                }
            });
        }

        /** An Originate whose channel gets the unique id Asterisk chooses. */
        public Originate(String dialString, DialplanTarget target, String callerId, Duration timeout,
                Map<String, String> variables) {
            this(dialString, target, callerId, timeout, variables, Optional.empty());
        }

        /** The same Originate, its channel to get this unique id (and so this call id). */
        public Originate withChannelId(String uniqueId) {
            return new Originate(dialString, target, callerId, timeout, variables, Optional.of(uniqueId));
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.originate(this);
        }

        @Override
        public String subject() {
            return dialString;
        }

        @Override
        public String action() {
            return "Originate";
        }
    }

    /** Redirect: the channel leaves whatever it does (a bridge, a queue, music on hold) for {@code target}. */
    record Redirect(String channel, DialplanTarget target) implements PbxCommand {
        public Redirect {
            Fields.text("channel", channel);
            Objects.requireNonNull(target, "target");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.redirect(this);
        }

        @Override
        public String subject() {
            return channel;
        }

        @Override
        public String action() {
            return "Redirect";
        }
    }

    /** Hangup with a Q.850 cause (16: normal clearing). */
    record Hangup(String channel, int cause) implements PbxCommand {
        public Hangup {
            Fields.text("channel", channel);
            if (cause < 0 || cause > 127) {
                throw new IllegalArgumentException("cause must be a Q.850 cause 0..127, not " + cause);
            }
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.hangup(this);
        }

        @Override
        public String subject() {
            return channel;
        }

        @Override
        public String action() {
            return "Hangup";
        }
    }

    /**
     * Park: the channel goes into a parking lot (the default lot when none is named), into a chosen space
     * or the first free one; after {@code timeout} (the lot's own when absent) it rings {@code returnTo},
     * the channel whose device gets the call back (the parker).
     */
    record Park(String channel, Optional<String> returnTo, Optional<String> lot, Optional<Integer> space,
            Optional<Duration> timeout) implements PbxCommand {
        public Park {
            Fields.text("channel", channel);
            returnTo.ifPresent(value -> Fields.text("returnTo", value));
            lot.ifPresent(value -> Fields.text("lot", value));
            space.ifPresent(value -> {
                if (value < 1) {
                    throw new IllegalArgumentException("space must be a positive number, not " + value);
                }
            });
            timeout.ifPresent(value -> Fields.positive("timeout", value));
        }

        /** Into the default lot's first free space, for the lot's time, back to {@code returnTo}. */
        public static Park inLot(String channel, String returnTo) {
            return new Park(channel, Optional.of(returnTo), Optional.empty(), Optional.empty(), Optional.empty());
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.park(this);
        }

        @Override
        public String subject() {
            return channel;
        }

        @Override
        public String action() {
            return "Park";
        }
    }

    /** Bridge: both channels leave what they are in and meet in a new bridge. */
    record Bridge(String channel1, String channel2, boolean tone) implements PbxCommand {
        public Bridge {
            Fields.text("channel1", channel1);
            Fields.text("channel2", channel2);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.bridge(this);
        }

        @Override
        public String subject() {
            return channel1;
        }

        @Override
        public String action() {
            return "Bridge";
        }
    }

    /** Atxfer: {@code channel} consults {@code target} (through Local channels) while its peer hears music. */
    record AttendedTransfer(String channel, DialplanTarget target) implements PbxCommand {
        public AttendedTransfer {
            Fields.text("channel", channel);
            Objects.requireNonNull(target, "target");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.attendedTransfer(this);
        }

        @Override
        public String subject() {
            return channel;
        }

        @Override
        public String action() {
            return "Atxfer";
        }
    }

    /** BlindTransfer: {@code channel}'s peer is sent to {@code target} and {@code channel} is hung up. */
    record BlindTransfer(String channel, DialplanTarget target) implements PbxCommand {
        public BlindTransfer {
            Fields.text("channel", channel);
            Objects.requireNonNull(target, "target");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.blindTransfer(this);
        }

        @Override
        public String subject() {
            return channel;
        }

        @Override
        public String action() {
            return "BlindTransfer";
        }
    }

    /** QueueAdd: a dynamic member, optionally paused with a reason. */
    record QueueAdd(String queue, String memberInterface, String memberName, String stateInterface, int penalty,
            boolean paused, String reason) implements PbxCommand {
        public QueueAdd {
            Fields.text("queue", queue);
            Fields.text("memberInterface", memberInterface);
            Fields.optionalText("memberName", memberName);
            Fields.optionalText("stateInterface", stateInterface);
            Fields.optionalText("reason", reason);
            if (penalty < 0) {
                throw new IllegalArgumentException("penalty must be 0 or more, not " + penalty);
            }
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.queueAdd(this);
        }

        @Override
        public String subject() {
            return memberInterface;
        }

        @Override
        public String action() {
            return "QueueAdd";
        }
    }

    /** QueueRemove: a dynamic member leaves the queue. */
    record QueueRemove(String queue, String memberInterface) implements PbxCommand {
        public QueueRemove {
            Fields.text("queue", queue);
            Fields.text("memberInterface", memberInterface);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.queueRemove(this);
        }

        @Override
        public String subject() {
            return memberInterface;
        }

        @Override
        public String action() {
            return "QueueRemove";
        }
    }

    /** QueuePause: pauses or unpauses a member in one queue, or in every queue when none is named. */
    record QueuePause(Optional<String> queue, String memberInterface, boolean paused, String reason)
            implements PbxCommand {
        public QueuePause {
            queue.ifPresent(value -> Fields.text("queue", value));
            Fields.text("memberInterface", memberInterface);
            Fields.optionalText("reason", reason);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.queuePause(this);
        }

        @Override
        public String subject() {
            return memberInterface;
        }

        @Override
        public String action() {
            return "QueuePause";
        }
    }

    /** The checks every command's fields share. */
    final class Fields {
        private Fields() {
        }

        static void text(String field, String value) {
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException(field + " must not be blank");
            }
            optionalText(field, value);
        }

        /** "" is allowed (not sent); null and line breaks are not. */
        static void optionalText(String field, String value) {
            if (value == null) {
                throw new IllegalArgumentException(field + " must not be null (use \"\" for none)");
            }
            if (value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0) {
                throw new IllegalArgumentException(field + " must not contain a line break");
            }
        }

        static void positive(String field, Duration value) {
            if (value == null || value.isNegative() || value.isZero()) {
                throw new IllegalArgumentException(field + " must be a positive duration, not " + value);
            }
        }
    }
}
