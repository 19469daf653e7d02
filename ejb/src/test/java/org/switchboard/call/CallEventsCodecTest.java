package org.switchboard.call;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;
import org.switchboard.call.model.CallAnswered;
import org.switchboard.call.model.CallEnded;
import org.switchboard.call.model.CallOffered;
import org.switchboard.call.model.CallParked;
import org.switchboard.call.model.CallTransferred;
import org.switchboard.call.model.CallUnparked;
import org.switchboard.call.model.Direction;
import org.switchboard.call.model.EndedCall;
import org.switchboard.call.model.PartyJoined;
import org.switchboard.pbx.model.CallerId;
import org.switchboard.pbx.mirror.MirrorSynchronised;
import org.switchboard.phone.model.ContactAddress;
import org.switchboard.phone.model.PhoneRegistrationChanged;
import org.switchboard.phone.model.PhoneStatus;
import org.switchboard.phone.model.PhoneStatusChanged;
import org.switchboard.phone.model.Registration;
import org.switchboard.queue.model.QueueChanged;
import org.switchboard.shared.model.CallId;
import org.switchboard.shared.model.ChannelId;
import org.switchboard.shared.model.DomainEvent;

/** The CallEvents wire form, field by field: what docs/call-events.md promises. */
class CallEventsCodecTest {

    private static final Instant AT = Instant.parse("2026-11-25T09:15:02.250Z");
    private static final CallId CALL = new CallId("1795300732.10");

    private final CallEventsCodec codec = new CallEventsCodec();

    private JsonObject encode(DomainEvent event) {
        CallEventsCodec.Encoded encoded = codec.encode(event).orElseThrow();
        return Json.createReader(new StringReader(encoded.json())).readObject();
    }

    @Test
    void everyMessageCarriesSchemaVersionEventNameTimeAndCallId() {
        JsonObject json = encode(new CallAnswered(CALL, AT, "PJSIP/202", new ChannelId("1795300732.14"), true));

        assertThat(json.getString("schema")).isEqualTo("switchboard/call-events");
        assertThat(json.getInt("version")).isEqualTo(1);
        assertThat(json.getString("event")).isEqualTo("CallAnswered");
        assertThat(json.getString("at")).isEqualTo("2026-11-25T09:15:02.250Z");
        assertThat(json.getString("callId")).isEqualTo("1795300732.10");
        assertThat(json.getString("device")).isEqualTo("PJSIP/202");
        assertThat(json.getString("channel")).isEqualTo("1795300732.14");
        assertThat(json.getBoolean("first")).isTrue();
    }

    @Test
    void anOfferNamesItsQueueOrItsDevice() {
        assertThat(encode(new CallOffered(CALL, AT, new CallOffered.ToQueue("GeneralQueue"))).getString("queue"))
                .isEqualTo("GeneralQueue");
        JsonObject toDevice = encode(new CallOffered(CALL, AT,
                new CallOffered.ToDevice("PJSIP/201", new ChannelId("1795300732.12"))));
        assertThat(toDevice.getString("device")).isEqualTo("PJSIP/201");
        assertThat(toDevice.containsKey("queue")).isFalse();
    }

    @Test
    void anEndedCallCarriesItsRecordWithOptionalFieldsLeftOutWhenAbsent() {
        EndedCall facts = new EndedCall(CALL, new CallerId("+3225550101", "External Caller"), "9000",
                Direction.INBOUND, Optional.of("GeneralQueue"), AT, AT.plusSeconds(67), false,
                Optional.of(new EndedCall.Answer(AT.plusSeconds(7), "PJSIP/202", "PJSIP/202-00000003")),
                Optional.empty(), false, "ANSWER", Optional.empty(), "PJSIP/trunk-00000001", "reception", "Queue",
                "GeneralQueue");
        JsonObject json = encode(new CallEnded(CALL, AT.plusSeconds(67), facts, CallEnded.Ending.HUNG_UP,
                Optional.empty()));

        assertThat(json.getString("ending")).isEqualTo("HUNG_UP");
        assertThat(json.getBoolean("endEstimated")).isFalse();
        assertThat(json.containsKey("continuedIn")).isFalse();
        JsonObject cdr = json.getJsonObject("record");
        assertThat(cdr.getString("direction")).isEqualTo("INBOUND");
        assertThat(cdr.getString("disposition")).isEqualTo("ANSWERED");
        assertThat(cdr.getString("answer")).isEqualTo("2026-11-25T09:15:09.250Z");
        assertThat(cdr.getInt("waitSeconds")).isEqualTo(7);
        assertThat(cdr.getInt("talkSeconds")).isEqualTo(60);
        assertThat(cdr.getString("queue")).isEqualTo("GeneralQueue");
        assertThat(cdr.getString("answeredBy")).isEqualTo("PJSIP/202");
    }

    @Test
    void transfersParkingPhonesAndQueuesHaveTheirOwnFields() {
        JsonObject transfer = encode(new CallTransferred(CALL, AT, CallTransferred.Kind.BLIND, "PJSIP/202",
                Optional.of(new ChannelId("1795300732.10")), "204@internal"));
        assertThat(transfer.getString("kind")).isEqualTo("BLIND");
        assertThat(transfer.getString("target")).isEqualTo("204@internal");
        assertThat(transfer.getString("transferee")).isEqualTo("1795300732.10");
        assertThat(encode(new CallParked(CALL, AT, new ChannelId("1795300732.10"), "default", "701", "PJSIP/202",
                Duration.ofSeconds(120))).getInt("timeoutSeconds")).isEqualTo(120);
        JsonObject unparked = encode(new CallUnparked(CALL, AT, new ChannelId("1795300732.10"), "default", "701",
                CallUnparked.How.TIMED_OUT, Optional.empty()));
        assertThat(unparked.getString("how")).isEqualTo("TIMED_OUT");
        assertThat(unparked.containsKey("retriever")).isFalse();
        JsonObject joined = encode(new PartyJoined(CALL, AT, "PJSIP/204", new ChannelId("1795642139.15"),
                new CallId("1795642139.12")));
        assertThat(joined.getString("from")).isEqualTo("1795642139.12");
        assertThat(joined.getString("device")).isEqualTo("PJSIP/204");
        JsonObject phone = encode(new PhoneStatusChanged("PJSIP/203", AT, PhoneStatus.IDLE, PhoneStatus.BUSY_INTERNAL));
        assertThat(phone.containsKey("callId")).isFalse();
        assertThat(phone.getString("now")).isEqualTo("BUSY_INTERNAL");
        JsonObject registered = encode(new PhoneRegistrationChanged("PJSIP/204", AT, Registration.REGISTERED,
                Optional.of(ContactAddress.parse("sip:204@127.0.0.1:5063"))));
        assertThat(registered.getJsonObject("contact").getInt("port")).isEqualTo(5063);
        JsonObject queue = encode(new QueueChanged("GeneralQueue", AT, QueueChanged.Change.MEMBER_PAUSED,
                Optional.empty(), Optional.of("PJSIP/201"), "lunch"));
        assertThat(queue.getString("change")).isEqualTo("MEMBER_PAUSED");
        assertThat(queue.getString("detail")).isEqualTo("lunch");
        JsonObject synchronised = encode(new MirrorSynchronised(AT, "connected", false));
        assertThat(synchronised.getString("event")).isEqualTo("MirrorSynchronised");
        assertThat(synchronised.containsKey("callId")).isFalse();
        assertThat(synchronised.getString("cause")).isEqualTo("connected");
        assertThat(synchronised.getBoolean("complete")).isFalse();
    }

    @Test
    void everyDomainEventOfTheApplicationHasAWireForm() throws IOException, URISyntaxException {
        Path classes = Path.of(DomainEvent.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<? extends DomainEvent>> events;
        try (Stream<Path> files = Files.walk(classes)) {
            events = files.filter(file -> file.toString().endsWith(".class")).map(file -> load(classes, file))
                    .filter(type -> type != null && type.isRecord() && DomainEvent.class.isAssignableFrom(type))
                    .<Class<? extends DomainEvent>>map(type -> type.asSubclass(DomainEvent.class)).toList();
        }

        assertThat(events).hasSizeGreaterThanOrEqualTo(12);
        assertThat(events).allSatisfy(type -> assertThat(codec.knows(type)).as(type.getName()).isTrue());
    }

    private static Class<?> load(Path root, Path file) {
        String name = root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
        try {
            return Class.forName(name, false, CallEventsCodecTest.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
    }
}
