package org.switchboard.it.presence;

import java.util.HashMap;
import java.util.Map;

import org.switchboard.presence.model.PresenceStatus;
import org.switchboard.testkit.sip.SipReply;
import org.switchboard.testkit.sip.SipTestAgent;
import org.switchboard.testkit.sip.SipTransport;

/**
 * A SIP client of the randomised test that publishes users' presence (RFC 3903 PUBLISH with a PIDF body): each
 * publication is a login of its user stating what the document says, until the client removes it (Expires 0). It
 * publishes for each user with her SIP presence account (user name: the user id), all of one password.
 */
final class SipPublisher implements AutoCloseable {

    /** RFC 3903's default, longer than any run: a publication ends only when removed (or forgotten by a restart). */
    private static final String EXPIRES = "3600";

    private final SipTestAgent agent = SipTestAgent.start();
    private final SipTransport transport;
    private final String password;

    SipPublisher(SipTransport transport, String password) {
        this.transport = transport;
        this.password = password;
    }

    /** Publishes a new document for the user; the entity tag that names the publication. */
    String publish(String user, PresenceStatus status) {
        SipReply reply = send(user, Map.of("Expires", EXPIRES), PidfText.open(user, status));
        return reply.header("SIP-ETag").orElseThrow(() -> new AssertionError("PUBLISH answered no SIP-ETag"));
    }

    /** Removes the publication (Expires 0 with its entity tag). */
    void remove(String user, String entityTag) {
        send(user, Map.of("Expires", "0", "SIP-If-Match", entityTag), null);
    }

    private SipReply send(String user, Map<String, String> extra, String body) {
        Map<String, String> headers = new HashMap<>(Map.of("Event", "presence"));
        headers.putAll(extra);
        agent.answerChallengesAs(user, password); // an account publishes only for its own user
        SipReply reply = agent.request("PUBLISH", user, SipSubscriber.server(), transport, headers,
                body == null ? null : SipSubscriber.PIDF, body);
        if (reply.status() != 200) {
            throw new AssertionError("PUBLISH for " + user + " " + extra + " answered " + reply);
        }
        return reply;
    }

    @Override
    public void close() {
        agent.close();
    }
}
