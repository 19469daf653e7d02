package org.switchboard.it.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.util.List;

import javax.management.JMX;

import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.switchboard.console.ReceptionistAccounts;
import org.switchboard.console.model.DigestCredentials;
import org.switchboard.console.model.Receptionist;
import org.switchboard.console.ops.ReceptionistsMXBean;
import org.switchboard.it.ShippedEar;
import org.switchboard.runtime.JmxRegistration;

/**
 * With no Asterisk configured, the deployed server has the demo receptionists the README promises, with the
 * demo passwords it states, so that a newcomer can log a console in after {@code ./start.sh}.
 */
@Tag("demo")
@ExtendWith(ArquillianExtension.class)
class DemoReceptionistsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return ShippedEar.withTestsOf(DemoReceptionistsIT.class);
    }

    @Inject
    ReceptionistAccounts accounts;

    @Test
    void theDemoDesksHaveAccountsOnTheirPhonesAndQueues() {
        assertThat(accounts.find("desk1")).contains(new Receptionist("desk1", "Demo Reception 1", "PJSIP/201", "201",
                "PersonalQueue201", List.of("GeneralQueue"), true));
        assertThat(accounts.find("desk2")).contains(new Receptionist("desk2", "Demo Reception 2", "PJSIP/202", "202",
                "PersonalQueue202", List.of("GeneralQueue"), true));
    }

    @Test
    void theDemoPasswordsOfTheReadmeVerify() {
        assertThat(accounts.verifyPassword("desk1", "desk1")).isTrue();
        assertThat(accounts.verifyPassword("desk2", "desk2")).isTrue();
        assertThat(accounts.verifyPassword("desk1", "desk2")).isFalse();
        assertThat(accounts.digestCredentials("desk1")).contains(DigestCredentials.of("desk1", "switchboard", "desk1"));
    }

    @Test
    void theDemoAccountsAreListedOverJmx() {
        ReceptionistsMXBean jmx = JMX.newMXBeanProxy(ManagementFactory.getPlatformMBeanServer(),
                JmxRegistration.nameOf("Receptionists"), ReceptionistsMXBean.class);

        assertThat(jmx.listReceptionists()).anyMatch(line -> line.startsWith("desk1 ") && line.contains("PJSIP/201"))
                .anyMatch(line -> line.startsWith("desk2 ") && line.contains("PJSIP/202"));
    }
}
