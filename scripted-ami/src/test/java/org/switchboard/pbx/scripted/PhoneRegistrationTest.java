package org.switchboard.pbx.scripted;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A phone of the office registers and unregisters at the scripted PBX ({@link LiveOffice.Phone#registers()},
 * {@link LiveOffice.Phone#unregisters()}) as phone 205 did at the recorded Asterisk 20 in {@code phone-unregister},
 * with PJSIP and with chan_sip: the same events in the same order, with the same headers and values, but for the
 * times, the REGISTERs' session ids (one per REGISTER, as recorded) and chan_sip's nonces; and the PBX's lists
 * follow.
 */
class PhoneRegistrationTest {

    private static final AmiAccount ACCOUNT = AmiAccount.of("console", "console-secret");
    /** What differs from one run to the next: times, and the nonce chan_sip challenges with. */
    private static final Set<String> VOLATILE = Set.of("Timestamp", "EventTV", "Challenge");

    private ScriptedAmiServer server;

    @AfterEach
    void close() {
        server.close();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"pjsip", "chan_sip"})
    void phone205RegistersAndUnregisters_withTheEventsOfTheRecording(String driver) {
        LiveOffice office = office(driver);
        EmittedEvents emitted = EmittedEvents.of(server, Duration.ofSeconds(5));
        LiveOffice.Phone phone = office.phone("205");
        assertThat(phone.registered()).isFalse();

        phone.registers();
        assertThat(phone.registered()).isTrue();
        phone.unregisters();

        assertThat(phone.registered()).isFalse();
        assertThat(comparable(emitted.all()))
                .isEqualTo(comparable(AmiTrace.recorded(folder(driver) + "phone-unregister").events()));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"pjsip", "chan_sip"})
    void aRegistrationThatIsThereAlready_orGoneAlready_changesNothing(String driver) {
        LiveOffice office = office(driver);
        EmittedEvents emitted = EmittedEvents.of(server, Duration.ofSeconds(5));

        office.phone("201").registers();
        office.phone("205").unregisters();

        assertThat(emitted.all()).isEmpty();
        assertThat(office.phone("201").registered()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"pjsip", "chan_sip"})
    void anUnregisteredDesk_isUnavailableInThePbxsLists_andRegisteredAgain_isBackWhereItWas(String driver) {
        LiveOffice office = office(driver);
        LiveOffice.Phone desk = office.phone("201");

        desk.unregisters();
        assertThat(server.state().deviceState(desk.device())).isEqualTo("UNAVAILABLE");
        assertThat(registeredIn(driver, "201")).isFalse();
        desk.registers();

        assertThat(server.state().deviceState(desk.device())).isEqualTo("NOT_INUSE");
        assertThat(registeredIn(driver, "201")).isTrue();
        assertThat(server.state().extensionStates()).filteredOn(hint -> hint.getOr("Exten", "").equals("201"))
                .singleElement().satisfies(hint -> assertThat(hint.get("StatusText")).contains("Idle"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"pjsip", "chan_sip"})
    void aPhoneInACall_doesNotUnregister_andAnUnknownPhone_doesNotRegister(String driver) {
        LiveOffice office = office(driver).answerOnCommand();
        office.phone("203").dials("204");

        assertThatThrownBy(() -> office.phone("203").unregisters()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("has a call");
        assertThatThrownBy(() -> office.phone("299").registers()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no phone");
        assertThat(office.phone("203").registered()).isTrue();
    }

    private LiveOffice office(String driver) {
        server = ScriptedAmiServer.start(ACCOUNT).seed(AmiTrace.recorded(folder(driver) + "startup-sync"));
        return server.office();
    }

    /** Where the driver's recordings are: the PJSIP ones at the top, chan_sip's in {@code chan_sip/}. */
    private static String folder(String driver) {
        return driver.equals("pjsip") ? "" : driver + "/";
    }

    private boolean registeredIn(String driver, String phone) {
        if (driver.equals("pjsip")) {
            return server.state().contacts().stream().anyMatch(contact -> contact.getOr("Endpoint", "").equals(phone));
        }
        return server.state().peer(phone).map(peer -> !peer.getOr("Address-IP", "(null)").equals("(null)"))
                .orElse(false);
    }

    /**
     * The events as lists of headers, with the volatile values left out and each REGISTER's session id replaced by
     * its rank (the first REGISTER's challenge and success share one, the next REGISTER has another).
     */
    private static List<List<String>> comparable(List<AmiMessage> events) {
        Map<String, Integer> sessions = new HashMap<>();
        List<List<String>> comparable = new ArrayList<>();
        for (AmiMessage event : events) {
            List<String> headers = new ArrayList<>();
            for (AmiMessage.Header header : event.headers()) {
                String value = VOLATILE.contains(header.key()) ? "*"
                        : header.key().equals("SessionID")
                                ? "session " + sessions.computeIfAbsent(header.value(), id -> sessions.size())
                                : header.value();
                headers.add(header.key() + ": " + value);
            }
            comparable.add(headers);
        }
        return comparable;
    }
}
