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
 * The SIP presence account of a colleague who is not a receptionist: her user id (extension) is the digest user
 * name, and she may SUBSCRIBE to presence and PUBLISH her own. It holds the digest HA1s of one realm, never the
 * password.
 */
@Entity
@Table(name = "presence_sip_account")
@NamedQuery(name = SipPresenceAccount.ALL_BY_USER, query = "select a from SipPresenceAccount a order by a.userId")
public class SipPresenceAccount {

    public static final String ALL_BY_USER = "SipPresenceAccount.allByUser";

    @Id
    @Column(name = "user_id", length = 32)
    private String userId;

    @Column(name = "sip_realm", length = 64, nullable = false)
    private String sipRealm;

    @Column(name = "ha1_md5", length = 32, nullable = false)
    private String ha1Md5;

    @Column(name = "ha1_sha256", length = 64, nullable = false)
    private String ha1Sha256;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected SipPresenceAccount() {
        // for JPA
    }

    public static SipPresenceAccount create(String userId, String sipRealm, String ha1Md5, String ha1Sha256,
            Instant at) {
        SipPresenceAccount account = new SipPresenceAccount();
        account.userId = Objects.requireNonNull(userId, "userId");
        account.createdAt = Objects.requireNonNull(at, "at");
        account.changeCredentials(sipRealm, ha1Md5, ha1Sha256, at);
        return account;
    }

    public void changeCredentials(String sipRealm, String ha1Md5, String ha1Sha256, Instant at) {
        this.sipRealm = Objects.requireNonNull(sipRealm, "sipRealm");
        this.ha1Md5 = Objects.requireNonNull(ha1Md5, "ha1Md5");
        this.ha1Sha256 = Objects.requireNonNull(ha1Sha256, "ha1Sha256");
        this.updatedAt = Objects.requireNonNull(at, "at");
    }

    public String userId() {
        return userId;
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

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
