package org.switchboard.presence.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A SIP subscription to a user's presence as it is kept across restarts: what it takes to send the next NOTIFY in
 * its dialog (RFC 6665) to the subscriber, and when it expires. The SIP side owns it; the presence service stores it.
 *
 * @param dialogId Call-ID, the subscriber's tag and the server's tag, which name the dialog on this server
 * @param localUri the watched user's URI, as the subscriber addressed it: From of the NOTIFYs, the PIDF entity
 * @param remoteUri the subscriber's URI (From of the SUBSCRIBE): To of the NOTIFYs
 * @param remoteTarget the subscriber's Contact: the Request-URI of the NOTIFYs
 * @param routeSet the Record-Route values of the SUBSCRIBE, in order; empty without proxies
 * @param transport how the subscriber reached the server: {@code UDP}, {@code TCP}, {@code WS}, {@code WSS}
 * @param peerAddress where the SUBSCRIBE came from (its source address), where the NOTIFYs go
 * @param localCseq the CSeq of the last NOTIFY sent
 * @param remoteCseq the CSeq of the last SUBSCRIBE taken
 */
public record SipWatch(String dialogId, UserId user, String callId, String localTag, String remoteTag,
        String localUri, String remoteUri, String remoteTarget, List<String> routeSet, String transport,
        String peerAddress, int peerPort, long localCseq, long remoteCseq, Instant expiresAt) {

    public SipWatch {
        Objects.requireNonNull(dialogId, "dialogId");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(callId, "callId");
        Objects.requireNonNull(localTag, "localTag");
        Objects.requireNonNull(remoteTag, "remoteTag");
        Objects.requireNonNull(localUri, "localUri");
        Objects.requireNonNull(remoteUri, "remoteUri");
        Objects.requireNonNull(remoteTarget, "remoteTarget");
        routeSet = List.copyOf(routeSet);
        Objects.requireNonNull(transport, "transport");
        Objects.requireNonNull(peerAddress, "peerAddress");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /** The dialog id of a subscription: its Call-ID and both tags. */
    public static String dialogId(String callId, String remoteTag, String localTag) {
        return callId + ";" + remoteTag + ";" + localTag;
    }

    public WatcherId watcherId() {
        return new WatcherId("sip:" + dialogId);
    }

    public boolean expiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }

    public SipWatch withExpiry(Instant at, long subscribeCseq) {
        return new SipWatch(dialogId, user, callId, localTag, remoteTag, localUri, remoteUri, remoteTarget, routeSet,
                transport, peerAddress, peerPort, localCseq, subscribeCseq, at);
    }

    public SipWatch withLocalCseq(long cseq) {
        return new SipWatch(dialogId, user, callId, localTag, remoteTag, localUri, remoteUri, remoteTarget, routeSet,
                transport, peerAddress, peerPort, cseq, remoteCseq, expiresAt);
    }
}
