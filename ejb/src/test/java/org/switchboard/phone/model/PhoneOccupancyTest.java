package org.switchboard.phone.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A phone's calls counted by status: the busiest status with a call left wins, whatever the order of the calls. */
class PhoneOccupancyTest {

    private final PhoneOccupancy phone = new PhoneOccupancy();

    @Test
    void givenNoCall_thenIdleAndEmpty() {
        assertThat(phone.status()).isEqualTo(PhoneStatus.IDLE);
        assertThat(phone.isEmpty()).isTrue();
    }

    @Test
    void givenInternalAndExternalCalls_whenTheExternalOneEnds_thenBackToInternal() {
        phone.add(PhoneStatus.BUSY_INTERNAL);
        phone.add(PhoneStatus.BUSY_EXTERNAL);
        assertThat(phone.status()).isEqualTo(PhoneStatus.BUSY_EXTERNAL);

        phone.remove(PhoneStatus.BUSY_EXTERNAL);

        assertThat(phone.status()).isEqualTo(PhoneStatus.BUSY_INTERNAL);
        assertThat(phone.isEmpty()).isFalse();
    }

    @Test
    void givenTwoExternalCalls_whenOneEnds_thenStillExternalUntilTheOtherEnds() {
        phone.add(PhoneStatus.BUSY_EXTERNAL);
        phone.add(PhoneStatus.BUSY_INTERNAL);
        phone.add(PhoneStatus.BUSY_EXTERNAL);

        phone.remove(PhoneStatus.BUSY_EXTERNAL);
        assertThat(phone.status()).isEqualTo(PhoneStatus.BUSY_EXTERNAL);

        phone.remove(PhoneStatus.BUSY_EXTERNAL);
        assertThat(phone.status()).isEqualTo(PhoneStatus.BUSY_INTERNAL);
    }

    @Test
    void givenHundredsOfCalls_whenAllEnd_thenIdleAndEmptyAgain() {
        for (int i = 0; i < 500; i++) {
            phone.add(i % 3 == 0 ? PhoneStatus.BUSY_EXTERNAL : PhoneStatus.BUSY_INTERNAL);
        }
        for (int i = 0; i < 500; i++) {
            phone.remove(i % 3 == 0 ? PhoneStatus.BUSY_EXTERNAL : PhoneStatus.BUSY_INTERNAL);
        }

        assertThat(phone.status()).isEqualTo(PhoneStatus.IDLE);
        assertThat(phone.isEmpty()).isTrue();
    }

    @Test
    void givenAStatusWithNoCall_whenRemoved_thenTheOtherCallsAreKept() {
        phone.add(PhoneStatus.BUSY_INTERNAL);

        phone.remove(PhoneStatus.BUSY_EXTERNAL);

        assertThat(phone.status()).isEqualTo(PhoneStatus.BUSY_INTERNAL);
        assertThat(phone.isEmpty()).isFalse();
    }
}
