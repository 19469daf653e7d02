package org.switchboard.presence;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.switchboard.presence.model.IntegrationName;
import org.switchboard.presence.persistence.IntegrationAccount;
import org.switchboard.presence.persistence.IntegrationAccountRepository;
import org.switchboard.runtime.PasswordHash;

/**
 * The accounts of the integrations (CTI servers) that make passive logins through the REST API: create, list and
 * remove them, set a password, check one. A password given here is hashed (Argon2id) and forgotten: it is never
 * stored nor logged. Each method runs in a transaction of its own, or in the caller's.
 */
@ApplicationScoped
public class IntegrationAccounts {

    @Inject
    IntegrationAccountRepository accounts;

    @Inject
    Clock clock;

    private VerifiedCredentials recentlyVerified;
    /** Two hashes at once, as many as the cores of a small server; a third waits up to two seconds. */
    private final HashingLimit hashing = new HashingLimit(2, java.time.Duration.ofSeconds(2));

    @PostConstruct
    void start() {
        recentlyVerified = new VerifiedCredentials(clock);
    }

    /** An account as operators see it. */
    public record Integration(IntegrationName name, Instant createdAt) {
    }

    /** Every account, by name. */
    @Transactional
    public List<Integration> list() {
        return accounts.all().stream()
                .map(row -> new Integration(new IntegrationName(row.name()), row.createdAt())).toList();
    }

    /** Creates the account with {@code password}; refused when the name is taken or not a name. */
    @Transactional
    public IntegrationName create(String name, String password) {
        IntegrationName valid = named(name);
        PasswordHash.checkPassword(password);
        if (accounts.find(valid.value()).isPresent()) {
            throw refused(name, "the integration " + name + " exists already");
        }
        accounts.add(IntegrationAccount.create(valid.value(), PasswordHash.of(password), clock.instant()));
        IntegrationsLog.LOG.created(valid.value());
        return valid;
    }

    @Transactional
    public void changePassword(String name, String password) {
        PasswordHash.checkPassword(password);
        accounts.find(name).orElseThrow(() -> refused(name, "no integration account " + name))
                .changePasswordHash(PasswordHash.of(password), clock.instant());
        recentlyVerified.forget(name);
        IntegrationsLog.LOG.passwordSet(name);
    }

    /** Deletes the account: from now on its requests are refused. False when there was none. */
    @Transactional
    public boolean remove(String name) {
        if (name == null) {
            return false;
        }
        recentlyVerified.forget(name);
        return accounts.remove(name);
    }

    /**
     * The integration whose name and password these are, or empty. An unknown name costs the same hash computation
     * as a known one, so the answer's timing does not tell which integrations exist. Credentials that verified
     * lately are taken without the hash ({@link VerifiedCredentials}), once the account is found to exist still.
     */
    @Transactional
    public Optional<IntegrationName> verify(String name, String password) {
        Optional<IntegrationAccount> row = IntegrationName.parse(name).flatMap(valid -> accounts.find(valid.value()));
        if (row.isEmpty()) {
            hashing.check(() -> PasswordHash.matchesNone(password));
            return Optional.empty();
        }
        String hash = row.get().passwordHash();
        if (!PasswordHash.readable(hash)) {
            IntegrationsLog.LOG.unreadableHash(name);
            return Optional.empty();
        }
        if (!recentlyVerified.recentlyVerified(name, password) && !recentlyVerified.checkOnce(name, password,
                () -> hashing.check(() -> PasswordHash.matches(hash, password)))) {
            return Optional.empty();
        }
        return Optional.of(new IntegrationName(row.get().name()));
    }

    private static IntegrationName named(String name) {
        return IntegrationName.parse(name).orElseThrow(() -> refused(name,
                "an integration name is 1 to " + IntegrationName.MAX_LENGTH + " letters, digits or . _ -"));
    }

    private static IllegalArgumentException refused(String name, String reason) {
        IntegrationsLog.LOG.refused(name, reason);
        return new IllegalArgumentException(reason);
    }
}
