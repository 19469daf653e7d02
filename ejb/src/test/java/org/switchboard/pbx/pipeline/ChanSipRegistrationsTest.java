package org.switchboard.pbx.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.switchboard.pbx.scripted.AmiTrace;
import org.switchboard.phone.model.ContactAddress;
import org.switchboard.phone.model.PhoneRegistrationChanged;
import org.switchboard.phone.model.Registration;

/** chan_sip reports registrations with PeerStatus: the phones follow them, with the address they registered from. */
class ChanSipRegistrationsTest {

    private final Pipeline pipeline = Pipeline.connected("chan_sip/startup-sync", server -> { });

    @AfterEach
    void close() {
        pipeline.close();
    }

    @Test
    void givenChanSip_whenA205RegistersAndItsRegistrationExpires_thenThePhoneIsRegisteredThenUnregistered() {
        pipeline.play(AmiTrace.recorded("chan_sip/phone-unregister").events());

        assertThat(pipeline.events(PhoneRegistrationChanged.class))
                .extracting(PhoneRegistrationChanged::device, PhoneRegistrationChanged::now,
                        changed -> changed.contact().map(ContactAddress::port))
                .containsExactly(tuple("SIP/205", Registration.REGISTERED, Optional.of(5065)),
                        tuple("SIP/205", Registration.UNREGISTERED, Optional.empty()));
        assertThat(pipeline.mirror.phone("SIP/205").orElseThrow().registration()).isEqualTo(Registration.UNREGISTERED);
        assertThat(pipeline.mirror.phone("SIP/201").orElseThrow().registration()).isEqualTo(Registration.REGISTERED);
        assertThat(pipeline.anomalies()).isEmpty();
    }
}
