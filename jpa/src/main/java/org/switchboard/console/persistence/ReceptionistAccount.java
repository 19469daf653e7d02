package org.switchboard.console.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A receptionist's account, known by its login. It holds a password hash (for HTTP logins) and the SIP digest
 * HA1s of one realm (for the console's SIP log in), never the password. The general queues are rows of their
 * own, in the receptionist's order, so that "who serves this queue" is a query.
 */
@Entity
@Table(name = "receptionist_account")
@NamedQuery(name = ReceptionistAccount.ALL_BY_LOGIN,
        query = "select distinct a from ReceptionistAccount a left join fetch a.generalQueues order by a.login")
public class ReceptionistAccount {

    public static final String ALL_BY_LOGIN = "ReceptionistAccount.allByLogin";

    @Id
    @Column(name = "login", length = 64)
    private String login;

    @Column(name = "display_name", length = 100, nullable = false)
    private String displayName;

    @Column(name = "password_hash", length = 255, nullable = false)
    private String passwordHash;

    @Column(name = "sip_realm", length = 64, nullable = false)
    private String sipRealm;

    @Column(name = "ha1_md5", length = 32, nullable = false)
    private String ha1Md5;

    @Column(name = "ha1_sha256", length = 64, nullable = false)
    private String ha1Sha256;

    @Column(name = "phone_device", length = 64, nullable = false)
    private String phoneDevice;

    @Column(name = "extension", length = 32, nullable = false)
    private String extension;

    @Column(name = "personal_queue", length = 64, nullable = false)
    private String personalQueue;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "receptionist_general_queue", joinColumns = @JoinColumn(name = "login"))
    @OrderColumn(name = "position")
    @Column(name = "queue_name", length = 64, nullable = false)
    private List<String> generalQueues = new ArrayList<>();

    @Column(name = "enabled", nullable = false)
    private boolean enabled;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected ReceptionistAccount() {
        // for JPA
    }

    /** A new, enabled account; its credentials and profile are set before it is stored. */
    public static ReceptionistAccount create(String login, Credentials credentials, Profile profile, Instant at) {
        ReceptionistAccount account = new ReceptionistAccount();
        account.login = Objects.requireNonNull(login, "login");
        account.createdAt = Objects.requireNonNull(at, "at");
        account.enabled = true;
        account.changeCredentials(credentials, at);
        account.changeProfile(profile, at);
        return account;
    }

    /** New credentials: after a password change, or to bind the digest HA1s to another realm. */
    public void changeCredentials(Credentials credentials, Instant at) {
        this.passwordHash = credentials.passwordHash();
        this.sipRealm = credentials.sipRealm();
        this.ha1Md5 = credentials.ha1Md5();
        this.ha1Sha256 = credentials.ha1Sha256();
        this.updatedAt = Objects.requireNonNull(at, "at");
    }

    /** What the console shows and uses: name, phone and queues. */
    public void changeProfile(Profile profile, Instant at) {
        this.displayName = profile.displayName();
        this.phoneDevice = profile.phoneDevice();
        this.extension = profile.extension();
        this.personalQueue = profile.personalQueue();
        this.generalQueues.clear();
        this.generalQueues.addAll(profile.generalQueues());
        this.updatedAt = Objects.requireNonNull(at, "at");
    }

    public void enable(boolean enable, Instant at) {
        this.enabled = enable;
        this.updatedAt = Objects.requireNonNull(at, "at");
    }

    /** The stored secrets: a password hash and the SIP digest HA1s (hex) of one realm. */
    public record Credentials(String passwordHash, String sipRealm, String ha1Md5, String ha1Sha256) {
        public Credentials {
            Objects.requireNonNull(passwordHash, "passwordHash");
            Objects.requireNonNull(sipRealm, "sipRealm");
            Objects.requireNonNull(ha1Md5, "ha1Md5");
            Objects.requireNonNull(ha1Sha256, "ha1Sha256");
        }
    }

    /** Name, phone and queues, as the service validated them. */
    public record Profile(String displayName, String phoneDevice, String extension, String personalQueue,
            List<String> generalQueues) {
        public Profile {
            Objects.requireNonNull(displayName, "displayName");
            Objects.requireNonNull(phoneDevice, "phoneDevice");
            Objects.requireNonNull(extension, "extension");
            Objects.requireNonNull(personalQueue, "personalQueue");
            generalQueues = List.copyOf(generalQueues);
        }
    }

    public String login() {
        return login;
    }

    public String displayName() {
        return displayName;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public String sipRealm() {
        return sipRealm;
    }

    public String ha1Md5() {
        return ha1Md5;
    }

    public String ha1Sha256() {
        return ha1Sha256;
    }

    public String phoneDevice() {
        return phoneDevice;
    }

    public String extension() {
        return extension;
    }

    public String personalQueue() {
        return personalQueue;
    }

    public List<String> generalQueues() {
        return List.copyOf(generalQueues);
    }

    public boolean enabled() {
        return enabled;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
