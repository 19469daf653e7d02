package org.switchboard.it.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.switchboard.console.persistence.ReceptionistAccount;
import org.switchboard.console.persistence.ReceptionistAccountRepository;
import org.switchboard.it.ShippedEar;

/** Receptionist accounts through JPA and Hibernate on the configured database: H2 by default, PostgreSQL in its run. */
@ExtendWith(ArquillianExtension.class)
@Tag("database")
class ReceptionistAccountStoreIT {

    private static final ReceptionistAccount.Credentials CREDENTIALS = new ReceptionistAccount.Credentials(
            "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$" + "A".repeat(43), "switchboard",
            "0".repeat(32), "f".repeat(64));

    @Deployment
    static EnterpriseArchive deployment() {
        return ShippedEar.withTestsOf(ReceptionistAccountStoreIT.class);
    }

    @Inject
    ReceptionistAccountRepository accounts;

    @Inject
    UserTransaction transaction;

    @PersistenceContext(unitName = "switchboard")
    EntityManager em;

    private static String newLogin() {
        return "it-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static ReceptionistAccount.Profile profile(String name, List<String> generalQueues) {
        return new ReceptionistAccount.Profile(name, "PJSIP/203", "203", "PersonalQueue203", generalQueues);
    }

    @Test
    void givenAnAccountWritten_whenReadInAnotherTransaction_thenEveryFieldAndTheQueueOrderComeBack() throws Exception {
        String login = newLogin();
        Instant created = Instant.now().truncatedTo(ChronoUnit.MILLIS);

        inTransaction(() -> accounts.add(ReceptionistAccount.create(login, CREDENTIALS,
                profile("Ann Example", List.of("Overflow", "GeneralQueue")), created)));
        ReceptionistAccount read = inTransaction(() -> accounts.find(login).orElseThrow());

        assertThat(read.login()).isEqualTo(login);
        assertThat(read.displayName()).isEqualTo("Ann Example");
        assertThat(read.passwordHash()).isEqualTo(CREDENTIALS.passwordHash());
        assertThat(read.sipRealm()).isEqualTo("switchboard");
        assertThat(read.ha1Md5()).isEqualTo(CREDENTIALS.ha1Md5());
        assertThat(read.ha1Sha256()).isEqualTo(CREDENTIALS.ha1Sha256());
        assertThat(read.phoneDevice()).isEqualTo("PJSIP/203");
        assertThat(read.extension()).isEqualTo("203");
        assertThat(read.personalQueue()).isEqualTo("PersonalQueue203");
        assertThat(read.generalQueues()).containsExactly("Overflow", "GeneralQueue");
        assertThat(read.enabled()).isTrue();
        assertThat(read.createdAt()).isEqualTo(created);
        assertThat(read.updatedAt()).isEqualTo(created);
    }

    @Test
    void givenAnAccount_whenItsProfileAndCredentialsChange_thenTheNewQueuesReplaceTheOldAndCreationStays() throws Exception {
        String login = newLogin();
        Instant created = Instant.parse("2026-01-01T08:00:00Z");
        Instant changed = Instant.parse("2026-01-02T08:00:00Z");
        inTransaction(() -> accounts.add(ReceptionistAccount.create(login, CREDENTIALS,
                profile("Ann Example", List.of("GeneralQueue", "Overflow")), created)));

        inTransaction(() -> {
            ReceptionistAccount account = accounts.find(login).orElseThrow();
            account.changeProfile(profile("Ann Renamed", List.of("Night")), changed);
            account.changeCredentials(new ReceptionistAccount.Credentials("$argon2id$other", "other-realm",
                    "1".repeat(32), "2".repeat(64)), changed);
            account.enable(false, changed);
            return account;
        });
        ReceptionistAccount read = inTransaction(() -> accounts.find(login).orElseThrow());

        assertThat(read.displayName()).isEqualTo("Ann Renamed");
        assertThat(read.generalQueues()).containsExactly("Night");
        assertThat(read.sipRealm()).isEqualTo("other-realm");
        assertThat(read.ha1Md5()).isEqualTo("1".repeat(32));
        assertThat(read.enabled()).isFalse();
        assertThat(read.createdAt()).isEqualTo(created);
        assertThat(read.updatedAt()).isEqualTo(changed);
    }

    @Test
    void givenAccountsWithSeveralQueues_whenAllAreListed_thenEachComesOnceByLoginWithItsQueues() throws Exception {
        String prefix = newLogin();
        Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        inTransaction(() -> accounts.add(ReceptionistAccount.create(prefix + "-b", CREDENTIALS,
                profile("B", List.of("GeneralQueue", "Overflow", "Night")), at)));
        inTransaction(() -> accounts.add(ReceptionistAccount.create(prefix + "-a", CREDENTIALS,
                profile("A", List.of()), at)));

        List<ReceptionistAccount> mine = inTransaction(() -> accounts.all()).stream()
                .filter(account -> account.login().startsWith(prefix)).toList();

        assertThat(mine).extracting(ReceptionistAccount::login).containsExactly(prefix + "-a", prefix + "-b");
        assertThat(mine.get(0).generalQueues()).isEmpty();
        assertThat(mine.get(1).generalQueues()).containsExactly("GeneralQueue", "Overflow", "Night");
    }

    @Test
    void givenATakenLogin_whenAnotherAccountIsAddedUnderIt_thenTheTransactionFailsAndTheFirstStays() throws Exception {
        String login = newLogin();
        Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        inTransaction(() -> accounts.add(ReceptionistAccount.create(login, CREDENTIALS, profile("First", List.of()), at)));

        assertThatThrownBy(() -> inTransaction(() -> accounts.add(
                ReceptionistAccount.create(login, CREDENTIALS, profile("Second", List.of()), at))))
                .isInstanceOf(Exception.class);

        assertThat(inTransaction(() -> accounts.find(login).orElseThrow().displayName())).isEqualTo("First");
    }

    private <T> T inTransaction(Callable<T> work) throws Exception {
        transaction.begin();
        try {
            T result = work.call();
            em.flush();
            em.clear();
            transaction.commit();
            return result;
        } catch (Exception | AssertionError e) {
            if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
                transaction.rollback();
            }
            throw e;
        }
    }
}
