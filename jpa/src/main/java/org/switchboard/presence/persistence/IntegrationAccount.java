package org.switchboard.presence.persistence;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The account of an integration, a CTI server that logs users in passively through the presence REST API. Its name
 * is what it logs in with over HTTP Basic and the origin of its passive logins; it holds a password hash (Argon2id),
 * never the password.
 */
@Entity
@Table(name = "integration_account")
@NamedQuery(name = IntegrationAccount.ALL_BY_NAME, query = "select a from IntegrationAccount a order by a.name")
public class IntegrationAccount {

    public static final String ALL_BY_NAME = "IntegrationAccount.allByName";

    @Id
    @Column(name = "name", length = 64)
    private String name;

    @Column(name = "password_hash", length = 255, nullable = false)
    private String passwordHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected IntegrationAccount() {
        // for JPA
    }

    public static IntegrationAccount create(String name, String passwordHash, Instant at) {
        IntegrationAccount account = new IntegrationAccount();
        account.name = Objects.requireNonNull(name, "name");
        account.createdAt = Objects.requireNonNull(at, "at");
        account.changePasswordHash(passwordHash, at);
        return account;
    }

    public void changePasswordHash(String passwordHash, Instant at) {
        this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
        this.updatedAt = Objects.requireNonNull(at, "at");
    }

    public String name() {
        return name;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
