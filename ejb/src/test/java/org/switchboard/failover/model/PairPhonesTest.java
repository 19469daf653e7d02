package org.switchboard.failover.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.switchboard.phone.model.PhoneStatus;
import org.switchboard.phone.model.Registration;

class PairPhonesTest {

    private static final Instant AT = Instant.parse("2026-11-26T12:00:00Z");

    private final PairPhones phones = new PairPhones();

    @Test
    void ownPhonesAreLocal_theOtherSitesRemote_andOneKnownOnBothAggregated() {
        phones.heard(full(idle("PJSIP/301", "10.0.2.5:5060"), unregistered("PJSIP/201")));

        List<String> list = shown(phones.merged(List.of(idle("PJSIP/201", "10.0.1.7:5061"), unregistered("PJSIP/202"))));

        assertThat(list).containsExactly(
                "PJSIP/201:Idle(Unknown) 10.0.1.7:5061 Registered (Aggregated)",
                "PJSIP/202:Idle(Unknown) -:0 Unregistered (Local)",
                "PJSIP/301:Idle(Unknown) 10.0.2.5:5060 Registered (Remote)");
    }

    @Test
    void anAggregatedPhone_showsTheBusierStatus_andTheAddressOfTheSideWhereItIsRegistered() {
        phones.heard(full(new PhoneLine("PJSIP/201", PhoneStatus.BUSY_EXTERNAL, Registration.REGISTERED, "10.0.2.9:5060")));

        List<String> list = shown(phones.merged(List.of(new PhoneLine("PJSIP/201", PhoneStatus.RINGING_INTERNAL,
                Registration.UNREGISTERED, ""))));

        assertThat(list).containsExactly("PJSIP/201:Busy(External) 10.0.2.9:5060 Registered (Aggregated)");
    }

    @Test
    void changesFromTheOtherSite_updateAndRemoveItsPhones_andAFullListingReplacesThemAll() {
        phones.heard(full(idle("PJSIP/301", "a:1"), idle("PJSIP/302", "a:2")));
        phones.heard(new PairMessage.Phones("site-b", AT, false,
                List.of(new PhoneLine("PJSIP/301", PhoneStatus.RINGING_EXTERNAL, Registration.REGISTERED, "a:1")),
                List.of("PJSIP/302")));

        assertThat(shown(phones.merged(List.of()))).containsExactly("PJSIP/301:Ring(External) a:1 Registered (Remote)");

        phones.heard(full(idle("PJSIP/303", "a:3")));

        assertThat(shown(phones.merged(List.of()))).containsExactly("PJSIP/303:Idle(Unknown) a:3 Registered (Remote)");
    }

    @Test
    void whenTheOtherSiteIsForgotten_onlyLocalPhonesRemain() {
        phones.heard(full(idle("PJSIP/201", "a:1"), idle("PJSIP/301", "a:3")));

        phones.forgetRemote();

        assertThat(shown(phones.merged(List.of(idle("PJSIP/201", "b:1")))))
                .containsExactly("PJSIP/201:Idle(Unknown) b:1 Registered (Local)");
    }

    @Test
    void toSend_givesAFullListingWhenAsked_thenOnlyWhatChanged_andNothingWhenNothingDid() {
        PhoneLine anna = idle("PJSIP/201", "a:1");
        PhoneLine bob = idle("PJSIP/202", "a:2");
        PhoneLine annaBusy = new PhoneLine("PJSIP/201", PhoneStatus.BUSY_INTERNAL, Registration.REGISTERED, "a:1");

        assertThat(phones.toSend("site-a", AT, List.of(bob, anna), true))
                .contains(new PairMessage.Phones("site-a", AT, true, List.of(anna, bob), List.of()));
        assertThat(phones.toSend("site-a", AT, List.of(anna, bob), false)).isEmpty();
        assertThat(phones.toSend("site-a", AT, List.of(annaBusy), false))
                .contains(new PairMessage.Phones("site-a", AT, false, List.of(annaBusy), List.of("PJSIP/202")));
        assertThat(phones.toSend("site-a", AT, List.of(annaBusy), true))
                .contains(new PairMessage.Phones("site-a", AT, true, List.of(annaBusy), List.of()));
    }

    private static PairMessage.Phones full(PhoneLine... lines) {
        return new PairMessage.Phones("site-b", AT, true, List.of(lines), List.of());
    }

    private static PhoneLine idle(String device, String address) {
        return new PhoneLine(device, PhoneStatus.IDLE, Registration.REGISTERED, address);
    }

    private static PhoneLine unregistered(String device) {
        return new PhoneLine(device, PhoneStatus.IDLE, Registration.UNREGISTERED, "");
    }

    private static List<String> shown(List<PairPhones.MergedPhone> merged) {
        return merged.stream().map(PairPhones.MergedPhone::shown).toList();
    }
}
