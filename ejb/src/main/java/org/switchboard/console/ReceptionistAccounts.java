package org.switchboard.console;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.switchboard.console.model.AccountSettings;
import org.switchboard.console.model.DigestCredentials;
import org.switchboard.console.model.Receptionist;
import org.switchboard.console.persistence.ReceptionistAccount;
import org.switchboard.console.persistence.ReceptionistAccountRepository;
import org.switchboard.runtime.PasswordHash;

/**
 * The receptionists' accounts: read them, create and change them, check a password, and hand the SIP digest
 * credentials of the configured realm to the console's log in. A password given here is hashed (Argon2id, for
 * HTTP logins) and turned into the digest HA1s of the realm (for SIP), then forgotten: it is never stored
 * nor logged. Each method runs in a transaction of its own, or in the caller's.
 */
@ApplicationScoped
public class ReceptionistAccounts {

    @Inject
    ReceptionistAccountRepository accounts;

    @Inject
    AccountSettings settings;

    @Inject
    Clock clock;

    @Transactional
    public Optional<Receptionist> find(String login) {
        return accounts.find(login).map(ReceptionistRows::toValue);
    }

    /** Every account, by login. */
    @Transactional
    public List<Receptionist> list() {
        return accounts.all().stream().map(ReceptionistRows::toValue).toList();
    }

    /** Creates the account with {@code password}; refused when the login is taken. */
    @Transactional
    public Receptionist create(Receptionist receptionist, String password) {
        PasswordHash.checkPassword(password);
        if (accounts.find(receptionist.login()).isPresent()) {
            throw refused(receptionist.login(), "the login " + receptionist.login() + " is taken");
        }
        accounts.add(ReceptionistRows.newRow(receptionist, settings.sipRealm(), password, clock.instant()));
        AccountsLog.LOG.created(receptionist.login(), receptionist.displayName(), receptionist.phoneDevice(),
                receptionist.extension(), receptionist.personalQueue(), generalQueues(receptionist));
        return receptionist;
    }

    /** Changes the name, phone, queues and enabled flag of an existing account; its credentials stay. */
    @Transactional
    public Receptionist update(Receptionist receptionist) {
        ReceptionistAccount row = existing(receptionist.login());
        row.changeProfile(ReceptionistRows.profileOf(receptionist), clock.instant());
        row.enable(receptionist.enabled(), clock.instant());
        AccountsLog.LOG.changed(receptionist.login(), receptionist.displayName(), receptionist.phoneDevice(),
                receptionist.extension(), receptionist.personalQueue(), generalQueues(receptionist),
                receptionist.enabled() ? "enabled" : "disabled");
        return receptionist;
    }

    /** Stores a new password's hash and its HA1s in the configured realm (which rebinds an account of another realm). */
    @Transactional
    public void changePassword(String login, String password) {
        PasswordHash.checkPassword(password);
        ReceptionistAccount row = existing(login);
        row.changeCredentials(ReceptionistRows.credentialsOf(login, settings.sipRealm(), password), clock.instant());
        AccountsLog.LOG.passwordSet(login, settings.sipRealm());
    }

    /**
     * Whether {@code login} names an enabled account whose password is {@code password}. An unknown or disabled
     * login costs the same hash computation as a known one, so the answer's timing does not tell which logins exist.
     */
    @Transactional
    public boolean verifyPassword(String login, String password) {
        Optional<ReceptionistAccount> row = login == null ? Optional.empty() : accounts.find(login);
        if (row.isEmpty() || !row.get().enabled()) {
            PasswordHash.matchesNone(password);
            return false;
        }
        String hash = row.get().passwordHash();
        if (!PasswordHash.readable(hash)) {
            AccountsLog.LOG.unreadableHash(login);
            return false;
        }
        return PasswordHash.matches(hash, password);
    }

    /**
     * The SIP digest credentials of an enabled account, when they belong to the configured realm: what the
     * console's log in checks a digest response against. Empty for an unknown or disabled login, and for an
     * account whose HA1s were computed for another realm.
     */
    @Transactional
    public Optional<DigestCredentials> digestCredentials(String login) {
        return accounts.find(login)
                .filter(ReceptionistAccount::enabled)
                .filter(row -> row.sipRealm().equals(settings.sipRealm()))
                .map(ReceptionistRows::digestOf);
    }

    /** Logins whose digest credentials belong to another realm than the configured one, by login. */
    @Transactional
    public List<String> inAnotherRealm() {
        return accounts.all().stream().filter(row -> !row.sipRealm().equals(settings.sipRealm()))
                .map(ReceptionistAccount::login).toList();
    }

    private static String generalQueues(Receptionist receptionist) {
        return receptionist.generalQueues().isEmpty() ? "none" : String.join(",", receptionist.generalQueues());
    }

    public AccountSettings settings() {
        return settings;
    }

    private ReceptionistAccount existing(String login) {
        return accounts.find(login).orElseThrow(() -> refused(login, "no receptionist account " + login));
    }

    private static AccountRefused refused(String login, String reason) {
        AccountsLog.LOG.refused(login, reason);
        return new AccountRefused(reason);
    }
}
