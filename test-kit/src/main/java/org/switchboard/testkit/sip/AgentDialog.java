package org.switchboard.testkit.sip;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A dialog the test agent started with a request (a SUBSCRIBE) that the server answered with 2xx: its Call-ID, the
 * agent's tag and URI, the server's tag, URI and Contact. The next requests in it go through
 * {@link SipTestAgent#inDialog}.
 */
public final class AgentDialog {

    private final String callId;
    private final String localUri;
    private final String localTag;
    private final String remoteUri;
    private final String remoteTag;
    private final String remoteTarget;
    private final AtomicLong cseq;

    AgentDialog(String callId, String localUri, String localTag, String remoteUri, String remoteTag, String remoteTarget,
            long cseq) {
        this.callId = Objects.requireNonNull(callId, "callId");
        this.localUri = localUri;
        this.localTag = localTag;
        this.remoteUri = remoteUri;
        this.remoteTag = Objects.requireNonNull(remoteTag, "the server's answer has no To tag");
        this.remoteTarget = Objects.requireNonNull(remoteTarget, "the server's answer has no Contact");
        this.cseq = new AtomicLong(cseq);
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

    /** The server's Contact URI. */
    public String remoteTarget() {
        return remoteTarget;
    }

    String localUri() {
        return localUri;
    }

    String remoteUri() {
        return remoteUri;
    }

    long nextCseq() {
        return cseq.incrementAndGet();
    }
}
