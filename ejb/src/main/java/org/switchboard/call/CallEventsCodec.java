package org.switchboard.call;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

import jakarta.json.Json;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObjectBuilder;

import org.switchboard.call.model.CallAnswered;
import org.switchboard.call.model.CallEnded;
import org.switchboard.call.model.CallHeld;
import org.switchboard.call.model.CallOffered;
import org.switchboard.call.model.CallParked;
import org.switchboard.call.model.CallRecovered;
import org.switchboard.call.model.CallRetrieved;
import org.switchboard.call.model.CallTransferred;
import org.switchboard.call.model.CallUnparked;
import org.switchboard.call.model.PartyJoined;
import org.switchboard.cdr.model.CallDetailRecord;
import org.switchboard.cdr.model.CallDetailRecords;
import org.switchboard.pbx.mirror.MirrorSynchronised;
import org.switchboard.phone.model.PhoneRegistrationChanged;
import org.switchboard.phone.model.PhoneStatusChanged;
import org.switchboard.queue.model.QueueChanged;
import org.switchboard.shared.model.DomainEvent;

/**
 * The wire form of the CallEvents topic, version {@value #VERSION}: one JSON object per domain event, written
 * field by field from this table (never a serialisation of the records, so a record can change without the
 * topic changing). Every message has {@code schema}, {@code version}, {@code event} (the stable event name,
 * also the JMS property {@code eventType}) and {@code at}; the rest depends on the event. Times are ISO-8601
 * instants in UTC, durations whole seconds, absent optional fields are left out. docs/call-events.md is the
 * reference; CallEventsCodecTest holds an example of every event.
 */
public final class CallEventsCodec {

    public static final String SCHEMA = "switchboard/call-events";
    public static final int VERSION = 1;

    /** A message ready to send: its event name, its call id (if any) and its JSON text. */
    public record Encoded(String event, Optional<String> callId, String json) {
    }

    /** One factory: {@code Json.createObjectBuilder()} looks the provider up with a ServiceLoader at every call. */
    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

    private final Map<Class<?>, Row<?>> table = new HashMap<>();

    private record Row<E extends DomainEvent>(Class<E> type, String name, BiConsumer<E, JsonObjectBuilder> fields) {
        void write(DomainEvent event, JsonObjectBuilder json) {
            fields.accept(type.cast(event), json);
        }
    }

    public CallEventsCodec() {
        on(CallOffered.class, "CallOffered", CallEventsCodec::offered);
        on(CallAnswered.class, "CallAnswered", (e, json) -> json.add("device", e.device())
                .add("channel", e.channel().value()).add("first", e.first()));
        on(CallHeld.class, "CallHeld", (e, json) -> json.add("device", e.device()).add("channel", e.channel().value()));
        on(CallRetrieved.class, "CallRetrieved", (e, json) -> json.add("device", e.device())
                .add("channel", e.channel().value()));
        on(CallTransferred.class, "CallTransferred", CallEventsCodec::transferred);
        on(PartyJoined.class, "PartyJoined", (e, json) -> json.add("device", e.device())
                .add("channel", e.channel().value()).add("from", e.from().value()));
        on(CallParked.class, "CallParked", (e, json) -> json.add("parkee", e.parkee().value()).add("lot", e.lot())
                .add("space", e.space()).add("parker", e.parker()).add("timeoutSeconds", seconds(e.timeout())));
        on(CallUnparked.class, "CallUnparked", CallEventsCodec::unparked);
        on(CallRecovered.class, "CallRecovered", (e, json) -> { });
        on(CallEnded.class, "CallEnded", CallEventsCodec::ended);
        on(PhoneStatusChanged.class, "PhoneStatusChanged", (e, json) -> json.add("device", e.device())
                .add("before", e.before().name()).add("now", e.now().name()));
        on(PhoneRegistrationChanged.class, "PhoneRegistrationChanged", CallEventsCodec::registration);
        on(QueueChanged.class, "QueueChanged", CallEventsCodec::queueChanged);
        on(MirrorSynchronised.class, "MirrorSynchronised", (e, json) -> json.add("cause", e.cause())
                .add("complete", e.complete()));
    }

    private <E extends DomainEvent> void on(Class<E> type, String name, BiConsumer<E, JsonObjectBuilder> fields) {
        if (table.put(type, new Row<>(type, name, fields)) != null) {
            throw new IllegalStateException("two rows for " + type.getName());
        }
    }

    /** Whether this event has a wire form. */
    public boolean knows(Class<? extends DomainEvent> type) {
        return table.containsKey(type);
    }

    /** The message for this event; empty for an event the table has no row for. */
    public Optional<Encoded> encode(DomainEvent event) {
        Row<?> row = table.get(event.getClass());
        if (row == null) {
            return Optional.empty();
        }
        Optional<String> callId = event.callId().map(id -> id.value());
        JsonObjectBuilder json = JSON.createObjectBuilder().add("schema", SCHEMA).add("version", VERSION)
                .add("event", row.name()).add("at", instant(event.at()));
        callId.ifPresent(id -> json.add("callId", id));
        row.write(event, json);
        return Optional.of(new Encoded(row.name(), callId, json.build().toString()));
    }

    private static void offered(CallOffered e, JsonObjectBuilder json) {
        if (e.target() instanceof CallOffered.ToQueue queue) {
            json.add("queue", queue.name());
        } else if (e.target() instanceof CallOffered.ToDevice device) {
            json.add("device", device.device()).add("channel", device.channel().value());
        }
    }

    private static void transferred(CallTransferred e, JsonObjectBuilder json) {
        json.add("kind", e.kind().name()).add("transferer", e.transferer()).add("target", e.target());
        e.transferee().ifPresent(channel -> json.add("transferee", channel.value()));
    }

    private static void unparked(CallUnparked e, JsonObjectBuilder json) {
        json.add("parkee", e.parkee().value()).add("lot", e.lot()).add("space", e.space()).add("how", e.how().name());
        e.retriever().ifPresent(device -> json.add("retriever", device));
    }

    private static void ended(CallEnded e, JsonObjectBuilder json) {
        json.add("ending", e.ending().name()).add("endEstimated", e.endEstimated());
        e.continuedIn().ifPresent(call -> json.add("continuedIn", call.value()));
        CallDetailRecord r = CallDetailRecords.of(e);
        JsonObjectBuilder record = JSON.createObjectBuilder().add("direction", r.direction().name())
                .add("disposition", r.disposition().name()).add("callerNumber", r.callerNumber())
                .add("callerName", r.callerName()).add("calledNumber", r.calledNumber())
                .add("start", instant(r.start())).add("end", instant(r.end()))
                .add("waitSeconds", seconds(r.waited())).add("talkSeconds", seconds(r.talked()));
        r.answer().ifPresent(at -> record.add("answer", instant(at)));
        r.queue().ifPresent(queue -> record.add("queue", queue));
        r.answeredBy().ifPresent(device -> record.add("answeredBy", device));
        json.add("record", record);
    }

    private static void registration(PhoneRegistrationChanged e, JsonObjectBuilder json) {
        json.add("device", e.device()).add("registration", e.now().name());
        e.contact().ifPresent(contact -> json.add("contact", JSON.createObjectBuilder().add("uri", contact.uri())
                .add("host", contact.host()).add("port", contact.port())));
    }

    private static void queueChanged(QueueChanged e, JsonObjectBuilder json) {
        json.add("queue", e.queue()).add("change", e.change().name());
        e.member().ifPresent(member -> json.add("member", member));
        if (!e.detail().isEmpty()) {
            json.add("detail", e.detail());
        }
    }

    private static String instant(Instant at) {
        return at.toString();
    }

    private static long seconds(Duration duration) {
        return duration.toSeconds();
    }
}
