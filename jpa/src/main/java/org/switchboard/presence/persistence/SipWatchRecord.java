package org.switchboard.presence.persistence;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * A SIP subscription to a user's presence that has not expired, with its dialog's state: enough to send the next
 * NOTIFY after a restart. The route set is stored one value a line.
 */
@Entity
@Table(name = "presence_sip_watch")
@NamedQuery(name = SipWatchRecord.ALL, query = "select w from SipWatchRecord w order by w.expiresAt")
@NamedQuery(name = SipWatchRecord.EXPIRED, query = "delete from SipWatchRecord w where w.expiresAt <= :now")
public class SipWatchRecord {

    public static final String ALL = "SipWatchRecord.all";
    public static final String EXPIRED = "SipWatchRecord.expired";

    @Id
    @Column(name = "dialog_id", length = 400)
    private String dialogId;

    @Column(name = "watched_user", length = 32, nullable = false)
    private String user;

    @Column(name = "call_id", length = 256, nullable = false)
    private String callId;

    @Column(name = "local_tag", length = 64, nullable = false)
    private String localTag;

    @Column(name = "remote_tag", length = 128, nullable = false)
    private String remoteTag;

    @Column(name = "local_uri", length = 512, nullable = false)
    private String localUri;

    @Column(name = "remote_uri", length = 512, nullable = false)
    private String remoteUri;

    @Column(name = "remote_target", length = 512, nullable = false)
    private String remoteTarget;

    @Column(name = "route_set", length = 4000, nullable = false)
    private String routeSet;

    @Column(name = "transport", length = 8, nullable = false)
    private String transport;

    @Column(name = "peer_address", length = 64, nullable = false)
    private String peerAddress;

    @Column(name = "peer_port", nullable = false)
    private int peerPort;

    @Column(name = "local_cseq", nullable = false)
    private long localCseq;

    @Column(name = "remote_cseq", nullable = false)
    private long remoteCseq;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    protected SipWatchRecord() {
        // for JPA
    }

    public SipWatchRecord(String dialogId, String user, String callId, String localTag, String remoteTag,
            String localUri, String remoteUri, String remoteTarget, String routeSet, String transport,
            String peerAddress, int peerPort, long localCseq, long remoteCseq, Instant expiresAt) {
        this.dialogId = dialogId;
        this.user = user;
        this.callId = callId;
        this.localTag = localTag;
        this.remoteTag = remoteTag;
        this.localUri = localUri;
        this.remoteUri = remoteUri;
        this.remoteTarget = remoteTarget;
        this.routeSet = routeSet;
        this.transport = transport;
        this.peerAddress = peerAddress;
        this.peerPort = peerPort;
        this.localCseq = localCseq;
        this.remoteCseq = remoteCseq;
        this.expiresAt = expiresAt;
    }

    public String dialogId() {
        return dialogId;
    }

    public String user() {
        return user;
    }

    public String callId() {
        return callId;
    }

    public String localTag() {
        return localTag;
    }

    public String remoteTag() {
        return remoteTag;
    }

    public String localUri() {
        return localUri;
    }

    public String remoteUri() {
        return remoteUri;
    }

    public String remoteTarget() {
        return remoteTarget;
    }

    public String routeSet() {
        return routeSet;
    }

    public String transport() {
        return transport;
    }

    public String peerAddress() {
        return peerAddress;
    }

    public int peerPort() {
        return peerPort;
    }

    public long localCseq() {
        return localCseq;
    }

    public long remoteCseq() {
        return remoteCseq;
    }

    public Instant expiresAt() {
        return expiresAt;
    }
}
