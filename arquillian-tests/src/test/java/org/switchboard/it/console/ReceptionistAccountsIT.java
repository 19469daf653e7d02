package org.switchboard.it.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.management.ManagementFactory;
import java.util.UUID;

import javax.management.JMX;

import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.switchboard.console.ReceptionistAccounts;
import org.switchboard.console.model.DigestCredentials;
import org.switchboard.console.model.Receptionist;
import org.switchboard.console.ops.ReceptionistsMXBean;
import org.switchboard.it.ShippedEar;
import org.switchboard.runtime.JmxRegistration;

/**
 * An administrator creates a receptionist over JMX in the deployed server (configured with an Asterisk, so
 * without demo accounts): the account is found, its password verifies and its digest credentials are the
 * configured realm's; bad input is refused with the reason.
 */
@ExtendWith(ArquillianExtension.class)
class ReceptionistAccountsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return ShippedEar.withTestsOf(ReceptionistAccountsIT.class);
    }

    @Inject
    ReceptionistAccounts accounts;

    private final ReceptionistsMXBean jmx = JMX.newMXBeanProxy(ManagementFactory.getPlatformMBeanServer(),
            JmxRegistration.nameOf("Receptionists"), ReceptionistsMXBean.class);

    private static String newLogin() {
        return "it-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void givenAReceptionistCreatedOverJmx_thenItIsFoundAndItsPasswordVerifies() {
        String login = newLogin();

        String answer = jmx.createReceptionist(login, "Ben Sample", "s3cret-Pass", "PJSIP/204", "204",
                "PersonalQueue204", "GeneralQueue, Overflow");

        assertThat(answer).contains(login).contains("PJSIP/204").doesNotContain("s3cret-Pass");
        assertThat(accounts.find(login)).contains(new Receptionist(login, "Ben Sample", "PJSIP/204", "204",
                "PersonalQueue204", java.util.List.of("GeneralQueue", "Overflow"), true));
        assertThat(accounts.verifyPassword(login, "s3cret-Pass")).isTrue();
        assertThat(accounts.verifyPassword(login, "s3cret-pass")).isFalse();
        assertThat(jmx.listReceptionists()).anyMatch(line -> line.startsWith(login + " ") && line.contains("PJSIP/204")
                && line.contains("GeneralQueue,Overflow"));
    }

    @Test
    void givenAReceptionistCreatedOverJmx_thenItsDigestCredentialsAreTheConfiguredRealms() {
        String login = newLogin();
        jmx.createReceptionist(login, "Cleo Fictive", "digest-pass", "PJSIP/205", "205", "PersonalQueue205", "");

        DigestCredentials digest = accounts.digestCredentials(login).orElseThrow();

        assertThat(jmx.getSipRealm()).isEqualTo("switchboard");
        assertThat(digest).isEqualTo(DigestCredentials.of(login, "switchboard", "digest-pass"));
    }

    @Test
    void givenANewPasswordSetOverJmx_thenOnlyTheNewPasswordVerifies() {
        String login = newLogin();
        jmx.createReceptionist(login, "Dan Placeholder", "first-pass", "PJSIP/206", "206", "PersonalQueue206", "");

        jmx.setReceptionistPassword(login, "second-pass");

        assertThat(accounts.verifyPassword(login, "first-pass")).isFalse();
        assertThat(accounts.verifyPassword(login, "second-pass")).isTrue();
        assertThat(accounts.digestCredentials(login)).contains(DigestCredentials.of(login, "switchboard", "second-pass"));
    }

    @Test
    void givenATakenLoginOrABadField_thenJmxRefusesWithTheReasonAndNothingChanges() {
        String login = newLogin();
        jmx.createReceptionist(login, "First", "pass-1", "PJSIP/203", "203", "PersonalQueue203", "GeneralQueue");

        assertThatThrownBy(() -> jmx.createReceptionist(login, "Second", "pass-2", "PJSIP/204", "204",
                "PersonalQueue204", "")).isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("taken");
        assertThatThrownBy(() -> jmx.createReceptionist(newLogin(), "Bad", "pass-3", "204", "204", "PersonalQueue204",
                "")).isExactlyInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("phoneDevice");
        assertThatThrownBy(() -> jmx.createReceptionist(newLogin(), "Bad", "", "PJSIP/204", "204", "PersonalQueue204",
                "")).isExactlyInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("password");
        assertThatThrownBy(() -> jmx.setReceptionistPassword(newLogin(), "pass-4"))
                .isExactlyInstanceOf(IllegalArgumentException.class).hasMessageContaining("no receptionist account");

        assertThat(accounts.find(login).orElseThrow().displayName()).isEqualTo("First");
        assertThat(accounts.verifyPassword(login, "pass-1")).isTrue();
    }

    @Test
    void anUnknownOrDisabledLoginNeverVerifies() {
        String login = newLogin();
        jmx.createReceptionist(login, "Soon Disabled", "pass-5", "PJSIP/203", "203", "PersonalQueue203", "");

        accounts.update(accounts.find(login).orElseThrow().withEnabled(false));

        assertThat(accounts.verifyPassword(login, "pass-5")).isFalse();
        assertThat(accounts.digestCredentials(login)).isEmpty();
        assertThat(accounts.verifyPassword(newLogin(), "pass-5")).isFalse();
    }

    @Test
    void withARealAsteriskConfigured_thereAreNoDemoAccounts() {
        assertThat(accounts.find("desk1")).isEmpty();
        assertThat(accounts.find("desk2")).isEmpty();
    }
}
