package org.switchboard.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.switchboard.console.model.Receptionist;
import org.switchboard.pbx.scripted.demo.DemoOffice;

/** The demo receptionists are the demo office's reception desks, with the office's own phones and queues. */
class DemoReceptionistsTest {

    @Test
    void eachDeskOfTheDemoOfficeHasAReceptionistOnItsPhoneAndQueues() {
        List<Receptionist> demo = DemoReceptionists.of(DemoOffice.standard());

        assertThat(demo).containsExactly(
                new Receptionist("desk1", "Demo Reception 1", "PJSIP/201", "201", "PersonalQueue201",
                        List.of("GeneralQueue"), true),
                new Receptionist("desk2", "Demo Reception 2", "PJSIP/202", "202", "PersonalQueue202",
                        List.of("GeneralQueue"), true));
    }

    @Test
    void theDemoPasswordIsTheLogin() {
        Receptionist desk1 = DemoReceptionists.of(DemoOffice.standard()).get(0);

        assertThat(DemoReceptionists.passwordOf(desk1)).isEqualTo("desk1");
    }
}
