package org.switchboard.it.presence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.management.ManagementFactory;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import javax.management.JMX;

import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.switchboard.console.model.DigestCredentials;
import org.switchboard.console.ops.ReceptionistsMXBean;
import org.switchboard.it.ShippedEar;
import org.switchboard.presence.PresenceAccounts;
import org.switchboard.presence.model.UserId;
import org.switchboard.presence.ops.PresenceAccountsMXBean;
import org.switchboard.runtime.JmxRegistration;

/**
 * Who may use SIP presence, in the deployed server: a colleague's SIP presence account made over JMX
 * ({@code type=PresenceAccounts}, HA1s of the configured realm through JPA), and a receptionist by her console login as
 * the user of her extension; a presence account is never named like a receptionist's login.
 */
@ExtendWith(ArquillianExtension.class)
class PresenceAccountsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return ShippedEar.withTestsOf(PresenceAccountsIT.class);
    }

    @Inject
    PresenceAccounts accounts;

    private final PresenceAccountsMXBean jmx = JMX.newMXBeanProxy(ManagementFactory.getPlatformMBeanServer(),
            JmxRegistration.nameOf("PresenceAccounts"), PresenceAccountsMXBean.class);
    private final ReceptionistsMXBean receptionists = JMX.newMXBeanProxy(ManagementFactory.getPlatformMBeanServer(),
            JmxRegistration.nameOf("Receptionists"), ReceptionistsMXBean.class);

    @Test
    void aPresenceAccountMadeOverJmx_isItsUsersDigestCredentials_andANewPasswordReplacesThem() {
        String user = "it" + ThreadLocalRandom.current().nextInt(1_000_000, 10_000_000);

        String answer = jmx.createPresenceAccount(user, "first-pass");

        assertThat(answer).contains(user).doesNotContain("first-pass");
        assertThat(accounts.credentials(user)).hasValueSatisfying(credentials -> {
            assertThat(credentials.user()).isEqualTo(new UserId(user));
            assertThat(credentials.digest()).isEqualTo(DigestCredentials.of(user, jmx.getSipRealm(), "first-pass"));
        });
        assertThat(jmx.listPresenceAccounts()).anyMatch(line -> line.startsWith(user + " "));

        jmx.setPresenceAccountPassword(user, "second-pass");
        assertThat(accounts.credentials(user).orElseThrow().digest())
                .isEqualTo(DigestCredentials.of(user, jmx.getSipRealm(), "second-pass"));

        jmx.removePresenceAccount(user);
        assertThat(accounts.credentials(user)).isEmpty();
    }

    @Test
    void aReceptionist_isTheUserOfHerExtension_andNoPresenceAccountTakesHerLogin() {
        String login = "it-" + UUID.randomUUID().toString().substring(0, 8);
        receptionists.createReceptionist(login, "Eve Example", "desk-pass", "PJSIP/207", "207", "PersonalQueue207", "");

        assertThat(accounts.credentials(login)).hasValueSatisfying(credentials -> {
            assertThat(credentials.user()).isEqualTo(new UserId("207"));
            assertThat(credentials.digest()).isEqualTo(DigestCredentials.of(login, jmx.getSipRealm(), "desk-pass"));
        });
        assertThatThrownBy(() -> jmx.createPresenceAccount(login, "other-pass"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("receptionist");
        assertThatThrownBy(() -> jmx.createPresenceAccount("not a user", "pass"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("user id");
    }
}
