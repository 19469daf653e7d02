package org.switchboard.it.presence;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.switchboard.it.TestServer;
import org.switchboard.testkit.sip.AgentDialog;
import org.switchboard.testkit.sip.DialogReply;
import org.switchboard.testkit.sip.ReceivedRequest;
import org.switchboard.testkit.sip.SipTarget;
import org.switchboard.testkit.sip.SipTestAgent;
import org.switchboard.testkit.sip.SipTransport;

/**
 * A SIP watcher of the randomised test: the SIP test agent subscribed to the presence of each user over one
 * transport (RFC 3856), keeping what the NOTIFY with the highest CSeq of each dialog said (the PIDF's basic status,
 * its RPID activity and its note: {@link NotifiedPresence}). A dialog the server terminated is remembered as such.
 */
final class SipSubscriber implements PresenceView, AutoCloseable {

    static final String PIDF = "application/pidf+xml";
    private static final Map<String, String> PRESENCE = Map.of("Event", "presence", "Accept", PIDF, "Expires", "3600");

    private final SipTransport transport;
    private final SipTestAgent agent = SipTestAgent.start();
    private final Map<String, String> userOfDialog = new ConcurrentHashMap<>();
    private final NotifiedPresence notified = new NotifiedPresence();
    private final List<String> users;

    private SipSubscriber(SipTransport transport, List<String> users) {
        this.transport = transport;
        this.users = users;
    }

    /**
     * Subscribes to each user, answering the digest challenges as {@code login} with {@code password}; fails unless
     * each SUBSCRIBE is answered 2xx.
     */
    static SipSubscriber subscribedTo(List<String> users, SipTransport transport, String login, String password) {
        SipSubscriber subscriber = new SipSubscriber(transport, users);
        subscriber.agent.answerChallengesAs(login, password);
        for (String user : users) {
            DialogReply reply = subscriber.agent.startDialog("SUBSCRIBE", user, server(), transport, PRESENCE, null,
                    null);
            if (reply.status() >= 300) {
                subscriber.close();
                throw new AssertionError("SUBSCRIBE to " + user + " over " + transport + " answered " + reply.reply());
            }
            AgentDialog dialog = reply.started();
            subscriber.userOfDialog.put(dialog.callId(), user);
        }
        return subscriber;
    }

    static SipTarget server() {
        return SipTarget.local(TestServer.sipPort());
    }

    @Override
    public String name() {
        return "SIP subscriber over " + transport;
    }

    @Override
    public List<String> watches() {
        return users;
    }

    @Override
    public synchronized Optional<ExpectedPresence.Seen> seen(String user) {
        drain();
        return notified.seen(user);
    }

    private void drain() {
        for (Optional<ReceivedRequest> next = agent.take("NOTIFY"); next.isPresent(); next = agent.take("NOTIFY")) {
            ReceivedRequest notify = next.get();
            String user = notify.header("Call-ID").map(userOfDialog::get).orElse(null);
            if (user != null) {
                notified.notified(user, notify.header("CSeq").orElse("0 NOTIFY"),
                        notify.header("Subscription-State").orElse(""), notify.body());
            }
        }
    }

    @Override
    public String told(String user) {
        return notified.told(user);
    }

    @Override
    public void close() {
        agent.close();
    }
}
