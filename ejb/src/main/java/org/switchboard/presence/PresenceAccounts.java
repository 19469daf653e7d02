package org.switchboard.presence;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.switchboard.console.ReceptionistAccounts;
import org.switchboard.console.model.AccountSettings;
import org.switchboard.console.model.DigestCredentials;
import org.switchboard.console.model.Receptionist;
import org.switchboard.presence.model.UserId;
import org.switchboard.presence.persistence.SipPresenceAccount;
import org.switchboard.presence.persistence.SipPresenceAccountRepository;
import org.switchboard.runtime.PasswordHash;

/**
 * Who may use SIP presence (SUBSCRIBE, PUBLISH), with SIP digest in the receptionists' realm
 * ({@code SWB_SIP_REALM}): every enabled receptionist, by her login and console password, as the user of her
 * account's extension; and every colleague with a SIP presence account, by her user id (extension) and its password.
 * A presence account is never named like a receptionist's login, so that a digest user name means one account. A
 * password given here is turned into the HA1s of the realm and forgotten: it is never stored nor logged. Each method
 * runs in a transaction of its own, or in the caller's.
 */
@ApplicationScoped
public class PresenceAccounts {

    @Inject
    SipPresenceAccountRepository accounts;

    @Inject
    ReceptionistAccounts receptionists;

    @Inject
    AccountSettings settings;

    @Inject
    Clock clock;

    /** Who a digest user name is: the user she is for presence, and her HA1s in the configured realm. */
    public record SipCredentials(String login, UserId user, DigestCredentials digest) {
    }

    /** A presence account as operators see it. */
    public record Account(UserId user, String realm, Instant createdAt, Instant updatedAt) {
    }

    /**
     * The credentials of {@code login} in the configured realm: an enabled receptionist's (user: her extension), else
     * a presence account's; empty for anybody else and for credentials of another realm.
     */
    @Transactional
    public Optional<SipCredentials> credentials(String login) {
        Optional<DigestCredentials> receptionist = receptionists.digestCredentials(login);
        if (receptionist.isPresent()) {
            return receptionists.find(login).map(Receptionist::extension).flatMap(UserId::parse)
                    .map(user -> new SipCredentials(login, user, receptionist.get()));
        }
        return accounts.find(login).filter(row -> row.sipRealm().equals(settings.sipRealm()))
                .map(row -> new SipCredentials(login, new UserId(row.userId()),
                        new DigestCredentials(row.sipRealm(), row.ha1Md5(), row.ha1Sha256())));
    }

    /** Every presence account, by user id. */
    @Transactional
    public List<Account> list() {
        return accounts.all().stream().map(row -> new Account(new UserId(row.userId()), row.sipRealm(),
                row.createdAt(), row.updatedAt())).toList();
    }

    /** Creates the presence account of {@code user}; refused when she has one or a receptionist logs in so. */
    @Transactional
    public UserId create(String user, String password) {
        UserId valid = valid(user);
        PasswordHash.checkPassword(password);
        if (accounts.find(valid.value()).isPresent()) {
            throw refused(user, "the user " + user + " has a SIP presence account already");
        }
        if (receptionists.find(valid.value()).isPresent()) {
            throw refused(user, user + " is a receptionist's login; she uses SIP presence with it");
        }
        DigestCredentials digest = DigestCredentials.of(valid.value(), settings.sipRealm(), password);
        accounts.add(SipPresenceAccount.create(valid.value(), digest.realm(), digest.ha1Md5(), digest.ha1Sha256(),
                clock.instant()));
        PresenceAccountsLog.LOG.created(valid.value(), settings.sipRealm());
        return valid;
    }

    /** Stores the HA1s of a new password in the configured realm. */
    @Transactional
    public void changePassword(String user, String password) {
        PasswordHash.checkPassword(password);
        SipPresenceAccount row = accounts.find(user == null ? "" : user)
                .orElseThrow(() -> refused(user, "no SIP presence account of " + user));
        DigestCredentials digest = DigestCredentials.of(row.userId(), settings.sipRealm(), password);
        row.changeCredentials(digest.realm(), digest.ha1Md5(), digest.ha1Sha256(), clock.instant());
        PresenceAccountsLog.LOG.passwordSet(row.userId(), settings.sipRealm());
    }

    /** Deletes the account: from now on its requests are refused. False when there was none. */
    @Transactional
    public boolean remove(String user) {
        boolean removed = user != null && accounts.remove(user);
        if (removed) {
            PresenceAccountsLog.LOG.removed(user);
        }
        return removed;
    }

    public String realm() {
        return settings.sipRealm();
    }

    private static UserId valid(String user) {
        return UserId.parse(user).orElseThrow(() -> refused(user, "a user id is 1 to 32 letters, digits or . _ - +"));
    }

    private static IllegalArgumentException refused(String user, String reason) {
        PresenceAccountsLog.LOG.refused(user, reason);
        return new IllegalArgumentException(reason);
    }
}
