package org.switchboard.call.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.switchboard.shared.model.DeviceKind;
import org.switchboard.shared.model.InvalidSetting;
import org.switchboard.shared.model.TrunkDevices;

class TrunkRuleTest {

    @Test
    void givenNoRule_thenTrunkEndpointsAreTrunksAndPhonesArePhones() {
        TrunkDevices trunks = TrunkRule.parse(null);

        assertThat(trunks.kindOf("PJSIP/trunk")).isEqualTo(DeviceKind.TRUNK);
        assertThat(trunks.kindOf("PJSIP/trunk-eu")).isEqualTo(DeviceKind.TRUNK);
        assertThat(trunks.kindOf("PJSIP/201")).isEqualTo(DeviceKind.PHONE);
        assertThat(trunks.kindOf("PJSIP/npa10001")).as("the console server's own peer").isEqualTo(DeviceKind.TRUNK);
    }

    @Test
    void givenNoRule_thenChanSipTrunksAndTheConsolePeerAreNotPhonesEither() {
        TrunkDevices trunks = TrunkRule.parse(" ");

        assertThat(trunks.kindOf("SIP/trunk")).isEqualTo(DeviceKind.TRUNK);
        assertThat(trunks.kindOf("SIP/npa10001")).isEqualTo(DeviceKind.TRUNK);
        assertThat(trunks.kindOf("SIP/201")).isEqualTo(DeviceKind.PHONE);
    }

    @Test
    void givenExactNamesAndPrefixes_thenEachMatchesIgnoringCase() {
        TrunkDevices trunks = TrunkRule.parse(" PJSIP/isp , SIP/carrier* ");

        assertThat(trunks.kindOf("pjsip/ISP")).isEqualTo(DeviceKind.TRUNK);
        assertThat(trunks.kindOf("PJSIP/isp2")).isEqualTo(DeviceKind.PHONE);
        assertThat(trunks.kindOf("SIP/carrier-b")).isEqualTo(DeviceKind.TRUNK);
        assertThat(trunks.kindOf("PJSIP/trunk")).isEqualTo(DeviceKind.PHONE);
    }

    @Test
    void givenStarInTheMiddleOrAlone_thenTheErrorNamesTheSetting() {
        assertThatThrownBy(() -> TrunkRule.parse("PJSIP/*trunk")).isInstanceOf(InvalidSetting.class)
                .hasMessageContaining(TrunkRule.TRUNKS);
        assertThatThrownBy(() -> TrunkRule.parse("*")).isInstanceOf(InvalidSetting.class);
        assertThatThrownBy(() -> TrunkRule.parse("PJSIP/a,,PJSIP/b")).isInstanceOf(InvalidSetting.class);
    }
}
