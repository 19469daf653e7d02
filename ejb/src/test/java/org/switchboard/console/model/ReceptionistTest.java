package org.switchboard.console.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

/** A receptionist's fields are checked where the value is made, and a refusal names the field. */
class ReceptionistTest {

    private static Receptionist desk(String device, String extension, String personal, List<String> general) {
        return new Receptionist("desk9", "Desk Nine", device, extension, personal, general, true);
    }

    @Test
    void aReceptionistWithPhoneAndQueuesIsAccepted() {
        Receptionist anna = new Receptionist("anna.r", "  Anna Reception ", "PJSIP/201", "201", "PersonalQueue201",
                List.of("GeneralQueue", "Overflow"), true);

        assertThat(anna.displayName()).isEqualTo("Anna Reception");
        assertThat(anna.generalQueues()).containsExactly("GeneralQueue", "Overflow");
        assertThat(anna.withEnabled(false).enabled()).isFalse();
    }

    @Test
    void aChanSipDeviceAndNoGeneralQueueAreAccepted() {
        assertThat(desk("SIP/201", "201", "PersonalQueue201", List.of()).generalQueues()).isEmpty();
        assertThat(desk("SIP/201", "201", "PersonalQueue201", null).generalQueues()).isEmpty();
    }

    @Test
    void aLoginThatCannotBeASipUserNameIsRefused() {
        assertThatThrownBy(() -> new Receptionist("desk 1", "Desk", "PJSIP/201", "201", "Q", List.of(), true))
                .isInstanceOf(InvalidReceptionist.class).hasMessageStartingWith("login is 'desk 1'");
        assertThatThrownBy(() -> new Receptionist("", "Desk", "PJSIP/201", "201", "Q", List.of(), true))
                .isInstanceOf(InvalidReceptionist.class).hasMessageStartingWith("login");
    }

    @Test
    void aBlankOrOverlongDisplayNameIsRefused() {
        assertThatThrownBy(() -> new Receptionist("d", " ", "PJSIP/201", "201", "Q", List.of(), true))
                .isInstanceOf(InvalidReceptionist.class).hasMessageStartingWith("displayName");
        assertThatThrownBy(() -> new Receptionist("d", "x".repeat(101), "PJSIP/201", "201", "Q", List.of(), true))
                .isInstanceOf(InvalidReceptionist.class).hasMessageStartingWith("displayName");
        assertThatThrownBy(() -> new Receptionist("d", "Desk\nOne", "PJSIP/201", "201", "Q", List.of(), true))
                .isInstanceOf(InvalidReceptionist.class).hasMessageStartingWith("displayName");
    }

    @Test
    void aDeviceWithoutTechnologyOrAnExtensionWithSpacesIsRefused() {
        assertThatThrownBy(() -> desk("201", "201", "Q", List.of())).isInstanceOf(InvalidReceptionist.class)
                .hasMessage("phoneDevice is '201'; expected a device such as PJSIP/201 or SIP/201");
        assertThatThrownBy(() -> desk("PJSIP/201", "2 01", "Q", List.of())).isInstanceOf(InvalidReceptionist.class)
                .hasMessageStartingWith("extension");
    }

    @Test
    void queueNamesWithCommasOrRepeatedQueuesAreRefused() {
        assertThatThrownBy(() -> desk("PJSIP/201", "201", "Personal,Queue", List.of()))
                .isInstanceOf(InvalidReceptionist.class).hasMessageStartingWith("personalQueue");
        assertThatThrownBy(() -> desk("PJSIP/201", "201", "P201", List.of("GeneralQueue", "")))
                .isInstanceOf(InvalidReceptionist.class).hasMessageStartingWith("generalQueues");
        assertThatThrownBy(() -> desk("PJSIP/201", "201", "P201", List.of("GeneralQueue", "GeneralQueue")))
                .isInstanceOf(InvalidReceptionist.class).hasMessageContaining("distinct");
        assertThatThrownBy(() -> desk("PJSIP/201", "201", "P201", List.of("P201")))
                .isInstanceOf(InvalidReceptionist.class).hasMessageContaining("personal queue");
    }

    @Test
    void aCommaSeparatedQueueListIsReadWithBlanksIgnoredAndEmptyNamesKeptForTheCheck() {
        assertThat(Receptionist.queueList(" GeneralQueue , Overflow")).containsExactly("GeneralQueue", "Overflow");
        assertThat(Receptionist.queueList("")).isEmpty();
        assertThat(Receptionist.queueList(null)).isEmpty();
        assertThat(Receptionist.queueList("GeneralQueue,,Overflow")).containsExactly("GeneralQueue", "", "Overflow");
    }
}
