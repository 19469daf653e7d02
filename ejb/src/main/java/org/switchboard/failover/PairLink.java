package org.switchboard.failover;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jgroups.Address;
import org.jgroups.JChannel;
import org.jgroups.Message;
import org.jgroups.Receiver;
import org.jgroups.View;
import org.switchboard.console.ConsoleService;
import org.switchboard.failover.model.PairMessage;
import org.switchboard.failover.model.PairPhones;
import org.switchboard.failover.model.PairSettings;
import org.switchboard.failover.model.PhoneLine;
import org.switchboard.failover.model.SessionLine;
import org.switchboard.failover.model.SiteSettings;
import org.switchboard.failover.model.SiteStatus;
import org.switchboard.pbx.LivePbx;
import org.switchboard.phone.model.ContactAddress;
import org.switchboard.runtime.KeyedSerialExecutor;
import org.switchboard.runtime.LogContext;

/**
 * The link between the two sites of the pair: a JGroups fork channel of WildFly's {@code ee} channel (configured in
 * wildfly-config's clustering.cli, TCP with static peers), never a socket of our own. It sends this site's latest
 * status (from {@link OwnStatusChanged}; nothing before the first) at once and every heartbeat, with its PBX's phones
 * (a full listing on joining and on every view change, then the changes, one batch a heartbeat) and its console
 * sessions (when they change); it hears the other site's, fires {@link PeerStatusHeard} for each status and
 * {@link PeerLost} when the site it heard leaves the view, republishes both sites' statuses on the node-local
 * FailoverEvents topic, and keeps the phones of both sites (Local, Remote, Aggregated) and the other site's sessions.
 *
 * <p>Everything the channel delivers is handed at once to one serial lane over the container's managed executor,
 * so CDI events are fired on container threads in the order the messages came, never on a JGroups thread.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class PairLink {

    /** The fork's name in the {@code ee} channel: also its JNDI name's last part and the fork id on the wire. */
    public static final String FORK = "switchboard-pair";
    public static final String CHANNEL = "java:jboss/jgroups/channel/" + FORK;
    /** How many deliveries may wait for the lane before new ones are dropped (and logged). */
    static final int BACKLOG = 10_000;

    /** The site heard on the link, where, its latest status and when it was heard. */
    public record Peer(String site, Address address, SiteStatus status, Instant heardAt) {
    }

    @Resource(lookup = CHANNEL)
    JChannel channel;

    @Resource
    ManagedExecutorService executor;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    SiteSettings site;

    @Inject
    PairSettings settings;

    @Inject
    Clock clock;

    @Inject
    LivePbx pbx;

    @EJB
    ConsoleService consoles;

    @EJB
    SiteStatusPublisher topic;

    @Inject
    Event<PeerStatusHeard> peerStatusHeard;

    @Inject
    Event<PeerLost> peerLost;

    private final PairPhones phones = new PairPhones();
    private KeyedSerialExecutor lane;
    private ScheduledFuture<?> heartbeat;
    private volatile SiteStatus ownStatus;
    private volatile Peer peer;
    private volatile View view;
    private volatile boolean peerInView;
    private volatile List<SessionLine> peerSessions = List.of();
    private List<SessionLine> sessionsSent;
    private boolean fullListingDue = true;

    @PostConstruct
    void start() {
        lane = new KeyedSerialExecutor(executor, BACKLOG, 1, (key, failure) -> PairLog.LOG.stepFailed(failure));
        channel.setReceiver(new Receiver() {
            @Override
            public void receive(Message message) {
                Address sender = message.getSrc();
                if (Objects.equals(sender, channel.getAddress())) {
                    return;
                }
                byte[] bytes;
                try {
                    bytes = message.getArray() == null ? new byte[0] : Arrays.copyOfRange(message.getArray(),
                            message.getOffset(), message.getOffset() + message.getLength());
                } catch (RuntimeException notBytes) {
                    PairLog.LOG.dropped(String.valueOf(sender), "not a message of bytes: " + message.getClass().getName());
                    return;
                }
                inLane("message from " + sender, () -> heard(sender, bytes));
            }

            @Override
            public void viewAccepted(View accepted) {
                inLane("view " + accepted.getViewId(), () -> viewChanged(accepted));
            }
        });
        PairLog.LOG.joined(site.name(), channel.getClusterName(), String.valueOf(channel.getAddress()), FORK,
                settings.heartbeat().toString());
        View current = channel.getView();
        if (current != null) {
            inLane("view " + current.getViewId(), () -> viewChanged(current));
        }
        long period = settings.heartbeat().toMillis();
        heartbeat = scheduler.scheduleAtFixedRate(() -> inLane("heartbeat", this::beat), period, period,
                TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (heartbeat != null) {
            heartbeat.cancel(false);
        }
        channel.setReceiver(null);
    }

    /** H1's fencing changed this site's status: the other site hears it at once. */
    public void ownStatusChanged(@Observes OwnStatusChanged changed) {
        ownStatus = changed.status();
        inLane("own status", this::sendStatus);
    }

    /** The site heard on the link, if any. */
    public Optional<Peer> peer() {
        return Optional.ofNullable(peer);
    }

    /** Whether the site heard on the link is in the current view. */
    public boolean peerInView() {
        return peerInView;
    }

    /** Whether any other member is in the view, heard from or not yet (a peer that just joined). */
    public boolean othersInView() {
        View current = view;
        return current != null && current.getMembers().stream().anyMatch(member -> !member.equals(channel.getAddress()));
    }

    /** The members of the current view, this one first marked {@code (this site)}. */
    public List<String> members() {
        View current = view;
        if (current == null) {
            return List.of();
        }
        return current.getMembers().stream()
                .map(member -> member.equals(channel.getAddress()) ? member + " (this site)" : String.valueOf(member))
                .toList();
    }

    /** The other site's console sessions as it last sent them (none when it is not in the view). */
    public List<SessionLine> peerSessions() {
        return peerSessions;
    }

    /** The phones of both sites, each with its source: this site's PBX, the other's, or both. */
    public List<PairPhones.MergedPhone> phones() {
        List<PhoneLine> local = localPhones();
        synchronized (phones) {
            return phones.merged(local);
        }
    }

    private void inLane(String what, Runnable task) {
        if (!lane.submit(FORK, task)) {
            PairLog.LOG.dropped(what, "the pair link's lane is full (" + BACKLOG + " waiting)");
        }
    }

    private void beat() {
        followView();
        sendStatus();
        sendListings();
    }

    private void sendListings() {
        Instant now = clock.instant();
        Optional<PairMessage.Phones> phoneChanges;
        synchronized (phones) {
            phoneChanges = phones.toSend(site.name(), now, localPhones(), fullListingDue);
        }
        phoneChanges.ifPresent(this::send);
        List<SessionLine> sessions = localSessions();
        if (fullListingDue || !sessions.equals(sessionsSent)) {
            send(new PairMessage.Sessions(site.name(), now, sessions));
            sessionsSent = sessions;
        }
        fullListingDue = false;
    }

    private void sendStatus() {
        SiteStatus status = ownStatus;
        if (status != null) {
            send(new PairMessage.Status(status));
            topic.publish(status);
        }
    }

    private void send(PairMessage message) {
        try {
            channel.send(null, PairCodec.encode(message));
        } catch (Exception e) {
            PairLog.LOG.sendFailed(message.kind().name(), e);
        }
    }

    private void heard(Address sender, byte[] bytes) {
        try (LogContext none = LogContext.only()) {
            PairCodec.Decoded decoded = PairCodec.decode(bytes);
            if (decoded instanceof PairCodec.Decoded.Invalid invalid) {
                PairLog.LOG.dropped(String.valueOf(sender), invalid.reason());
                return;
            }
            PairMessage message = ((PairCodec.Decoded.Ok) decoded).message();
            if (message.site().equals(site.name())) {
                PairLog.LOG.ownNameFromElsewhere(String.valueOf(sender), message.site());
                return;
            }
            if (message instanceof PairMessage.Status status) {
                statusHeard(sender, status.status());
            } else if (message instanceof PairMessage.Phones listing) {
                synchronized (phones) {
                    phones.heard(listing);
                }
            } else if (message instanceof PairMessage.Sessions sessions) {
                peerSessions = sessions.sessions();
            }
        }
    }

    private void statusHeard(Address sender, SiteStatus status) {
        followView();
        Peer before = peer;
        boolean newPeer = before == null || !before.site().equals(status.site()) || !before.address().equals(sender);
        peer = new Peer(status.site(), sender, status, clock.instant());
        // a member that sends is in the view, even when the fork has not been given that view (see followView)
        peerInView = true;
        if (newPeer) {
            PairLog.LOG.peerHeard(status.site(), status.role().label(), String.valueOf(sender));
            fullListingDue = true;
            sendStatus();
            sendListings();
        }
        peerStatusHeard.fire(new PeerStatusHeard(status));
        topic.publish(status);
    }

    /**
     * Takes the channel's current view if the view callback has not brought it yet. In PairLinkIT the server's fork
     * channel was never given the view in which the test's member joined (neither through the callback nor in
     * {@code getView()}), only the next one, after it left: so a member that sends a status counts as in the view, and
     * its leaving is seen in the first view without it.
     */
    private void followView() {
        View current = channel.getView();
        if (current != null && (view == null || !view.getViewId().equals(current.getViewId()))) {
            viewChanged(current);
        }
    }

    private void viewChanged(View accepted) {
        if (view != null && view.getViewId().equals(accepted.getViewId())) {
            return;
        }
        view = accepted;
        PairLog.LOG.viewChanged(String.valueOf(accepted.getViewId()), accepted.size(), accepted.getMembers().toString());
        fullListingDue = true;
        Peer known = peer;
        boolean inView = known != null && accepted.containsMember(known.address());
        if (known != null && peerInView && !inView) {
            PairLog.LOG.peerLost(known.site(), String.valueOf(known.address()));
            synchronized (phones) {
                phones.forgetRemote();
            }
            peerSessions = List.of();
            peerLost.fire(new PeerLost(known.site(), clock.instant()));
        }
        peerInView = inView;
        if (othersInView()) {
            sendStatus();
            sendListings();
        }
    }

    private List<PhoneLine> localPhones() {
        return pbx.phones().stream().map(phone -> new PhoneLine(phone.device(), phone.status(), phone.registration(),
                phone.contact().map(ContactAddress::hostAndPort).orElse(""))).toList();
    }

    private List<SessionLine> localSessions() {
        return consoles.sessions().stream().map(s -> new SessionLine(s.login(), s.session(), s.state())).toList();
    }
}
