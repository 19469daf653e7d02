package org.switchboard.call.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.switchboard.pbx.model.CallerId;
import org.switchboard.shared.model.CallId;
import org.switchboard.shared.model.ChannelId;
import org.switchboard.shared.model.DeviceKind;

/** The call tracker's working copy of one call. Mutable, confined to the applying thread. */
final class ActiveCall {

    /** The first answer by a dialled party: the one the call detail record keeps. */
    record Answer(Instant at, String device, String channelName) {
    }

    private final CallId id;
    private final Instant start;
    private final boolean recovered;
    private final Map<ChannelId, ActiveChannel> channels = new LinkedHashMap<>();
    private ActiveChannel first;
    private String calledNumber = "";
    private String queue;
    private Answer answer;
    private Instant applicationAnswer;
    private boolean abandoned;
    private String lastDialStatus = "";
    private CallId continuedIn;

    ActiveCall(CallId id, Instant start, boolean recovered) {
        this.id = id;
        this.start = start;
        this.recovered = recovered;
    }

    void add(ActiveChannel channel) {
        channels.put(channel.id(), channel);
        if (first == null || channel.id().value().equals(id.value())) {
            first = channel;
            noteExtension(channel.exten());
        }
    }

    void remove(ChannelId channel) {
        channels.remove(channel);
    }

    Optional<ActiveChannel> channel(ChannelId channel) {
        return Optional.ofNullable(channels.get(channel));
    }

    Collection<ActiveChannel> channels() {
        return channels.values();
    }

    boolean over() {
        return channels.values().stream().allMatch(ActiveChannel::gone);
    }

    boolean isFirst(ActiveChannel channel) {
        return first == channel;
    }

    /** The called number is the first extension of the first channel that is not the catch-all {@code s}. */
    void noteExtension(String exten) {
        if (calledNumber.isEmpty() && exten != null && !exten.isBlank() && !"s".equals(exten)) {
            calledNumber = exten;
        }
    }

    void queued(String name) {
        if (queue == null) {
            queue = name;
        }
    }

    /** Records an answer by a dialled party; returns whether it was the first. */
    boolean answered(Instant at, ActiveChannel by) {
        if (answer != null) {
            return false;
        }
        answer = new Answer(at, by.device(), by.ref().name());
        return true;
    }

    /** The first channel went up without being dialled: a dialplan application answered it. */
    void answeredByApplication(Instant at) {
        if (applicationAnswer == null) {
            applicationAnswer = at;
        }
    }

    void abandoned() {
        abandoned = true;
    }

    /** A channel of this call went on in {@code other} (the first such call is kept). */
    void continuesIn(CallId other) {
        if (continuedIn == null) {
            continuedIn = other;
        }
    }

    Optional<CallId> continuedIn() {
        return Optional.ofNullable(continuedIn);
    }

    void dialStatus(String status) {
        lastDialStatus = status;
    }

    /**
     * Inbound when the caller is on a trunk; outbound when a phone called and a trunk took part; internal
     * otherwise. The caller is the first channel that took a role on a phone or a trunk.
     */
    Direction direction() {
        DeviceKind callerKind = channels.values().stream().filter(ActiveChannel::isParty)
                .map(ActiveChannel::kind).filter(kind -> kind != DeviceKind.OTHER).findFirst()
                .orElse(DeviceKind.PHONE);
        if (callerKind == DeviceKind.TRUNK) {
            return Direction.INBOUND;
        }
        boolean trunkTookPart = channels.values().stream()
                .anyMatch(c -> c.isParty() && c.kind() == DeviceKind.TRUNK);
        return trunkTookPart ? Direction.OUTBOUND : Direction.INTERNAL;
    }

    /** The parties are the channels that took a role; the halves of Local channels only connect them. */
    Call toCall(Function<ActiveChannel, Optional<ChannelId>> peerOf) {
        List<Party> parties = new ArrayList<>();
        for (ActiveChannel channel : channels.values()) {
            if (channel.isParty() && !channel.ref().local()) {
                parties.add(channel.toParty(peerOf.apply(channel)));
            }
        }
        return new Call(id, direction(), caller(), first().map(ActiveChannel::connected).orElse(CallerId.UNKNOWN),
                calledNumber, queue(), start, answer().map(Answer::at), answer().map(Answer::device), recovered,
                parties);
    }

    /** What the call model knows of this call now that it is over, at {@code end} (an estimate or not). */
    EndedCall ended(Instant end, boolean endEstimated) {
        Optional<ActiveChannel> firstChannel = first();
        return new EndedCall(id, caller(), calledNumber, direction(), queue(), start, end, endEstimated,
                answer().map(a -> new EndedCall.Answer(a.at(), a.device(), a.channelName())), applicationAnswer(),
                abandoned, lastDialStatus, firstChannel.flatMap(ActiveChannel::cause),
                firstChannel.map(c -> c.ref().name()).orElse(""), firstChannel.map(ActiveChannel::context).orElse(""),
                firstChannel.map(ActiveChannel::lastApplication).orElse(""),
                firstChannel.map(ActiveChannel::lastData).orElse(""));
    }

    CallId id() {
        return id;
    }

    Instant start() {
        return start;
    }

    Optional<ActiveChannel> first() {
        return Optional.ofNullable(first);
    }

    CallerId caller() {
        return first().map(ActiveChannel::caller).orElse(CallerId.UNKNOWN);
    }

    String calledNumber() {
        return calledNumber;
    }

    Optional<String> queue() {
        return Optional.ofNullable(queue);
    }

    Optional<Answer> answer() {
        return Optional.ofNullable(answer);
    }

    Optional<Instant> applicationAnswer() {
        return Optional.ofNullable(applicationAnswer);
    }

    boolean wasAbandoned() {
        return abandoned;
    }

    String lastDialStatus() {
        return lastDialStatus;
    }

    boolean recovered() {
        return recovered;
    }
}
