package org.switchboard.phone.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A busy lamp field's states: idle, ringing or busy, internal or external; busy wins over ringing. */
class PhoneStatusTest {

    @Test
    void aPhoneOnACall_ringsOrIsBusy_internalOrExternal() {
        assertThat(PhoneStatus.of(true, false)).isEqualTo(PhoneStatus.RINGING_INTERNAL);
        assertThat(PhoneStatus.of(true, true)).isEqualTo(PhoneStatus.RINGING_EXTERNAL);
        assertThat(PhoneStatus.of(false, false)).isEqualTo(PhoneStatus.BUSY_INTERNAL);
        assertThat(PhoneStatus.of(false, true)).isEqualTo(PhoneStatus.BUSY_EXTERNAL);
    }

    @Test
    void aPhoneTalkingAndRinging_isBusy_whateverKindTheRingingCallIs() {
        assertThat(PhoneStatus.BUSY_INTERNAL.and(PhoneStatus.RINGING_EXTERNAL)).isEqualTo(PhoneStatus.BUSY_INTERNAL);
        assertThat(PhoneStatus.RINGING_INTERNAL.and(PhoneStatus.BUSY_EXTERNAL)).isEqualTo(PhoneStatus.BUSY_EXTERNAL);
    }

    @Test
    void twoCallsOfOneKind_areExternalIfEitherIs() {
        assertThat(PhoneStatus.RINGING_INTERNAL.and(PhoneStatus.RINGING_EXTERNAL))
                .isEqualTo(PhoneStatus.RINGING_EXTERNAL);
        assertThat(PhoneStatus.BUSY_EXTERNAL.and(PhoneStatus.BUSY_INTERNAL)).isEqualTo(PhoneStatus.BUSY_EXTERNAL);
        assertThat(PhoneStatus.IDLE.and(PhoneStatus.RINGING_INTERNAL)).isEqualTo(PhoneStatus.RINGING_INTERNAL);
    }

    @Test
    void onlyAnIdlePhoneIsFree_andOnlyTheRingingStatesRing() {
        assertThat(PhoneStatus.values()).filteredOn(PhoneStatus::occupied).doesNotContain(PhoneStatus.IDLE)
                .hasSize(4);
        assertThat(PhoneStatus.values()).filteredOn(PhoneStatus::ringing)
                .containsExactly(PhoneStatus.RINGING_INTERNAL, PhoneStatus.RINGING_EXTERNAL);
    }
}
