package org.switchboard.sip.console;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;

import org.switchboard.console.ClientLink;
import org.switchboard.console.ConsoleDesk;
import org.switchboard.protocol.ConsoleCodec;
import org.switchboard.sip.Peer;
import org.switchboard.sip.PeerActivity;
import org.switchboard.sip.SipSender;

/**
 * The open console links, by session and by peer (the client's connection). A request or response heard from
 * a peer keeps its links alive; this is how a keep-alive OPTIONS, which names no session, is tied to the
 * sessions on its connection. A connection failure reported by the stack loses its links. {@link #check()},
 * run every second, loses the links whose client fell silent or left an update unanswered.
 */
final class ConsoleLinks implements PeerActivity {

    private final ConsoleSipSettings settings;
    private final ConsoleDesk desk;
    private final ConsoleCodec codec;
    private final SipSender sender;
    private final Executor executor;
    private final Clock clock;
    private final Map<String, SipClientLink> bySession = new ConcurrentHashMap<>();
    private final Map<Peer, List<SipClientLink>> byPeer = new ConcurrentHashMap<>();
    private volatile boolean stopped;

    ConsoleLinks(ConsoleSipSettings settings, ConsoleDesk desk, ConsoleCodec codec, SipSender sender, Executor executor,
            Clock clock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.desk = Objects.requireNonNull(desk, "desk");
        this.codec = Objects.requireNonNull(codec, "codec");
        this.sender = Objects.requireNonNull(sender, "sender");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** A new link to the client on {@code peer}, kept by peer at once and by session once bound. */
    SipClientLink newLink(Peer peer, String login) {
        SipClientLink link = new SipClientLink(peer, login, this, sender.newCallId(), clock.millis());
        byPeer.computeIfAbsent(peer, p -> new CopyOnWriteArrayList<>()).add(link);
        return link;
    }

    /** The session's link from now on; an older link of the session stays until the desk closes it. */
    void bind(String sessionId, SipClientLink link) {
        bySession.put(sessionId, link);
    }

    Optional<SipClientLink> ofSession(String sessionId) {
        return Optional.ofNullable(bySession.get(sessionId));
    }

    void remove(SipClientLink link) {
        String session = link.sessionId();
        if (session != null) {
            bySession.remove(session, link);
        }
        byPeer.computeIfPresent(link.peer(), (peer, links) -> {
            links.remove(link);
            return links.isEmpty() ? null : links;
        });
        List<SipClientLink> others = byPeer.get(link.peer());
        if (others != null) {
            others.forEach(SipClientLink::resume);
        }
    }

    /**
     * True when an older link on the same connection is still delivering its last updates (it was closed,
     * for example replaced by a log in on this connection): its updates go first, so that the client never
     * sees the new link's updates before the old link's last one.
     */
    boolean olderStillClosing(SipClientLink link) {
        List<SipClientLink> links = byPeer.get(link.peer());
        if (links == null) {
            return false;
        }
        for (SipClientLink other : links) {
            if (other == link) {
                return false;
            }
            if (other.closing()) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void heard(Peer peer) {
        List<SipClientLink> links = byPeer.get(peer);
        if (links != null) {
            long now = clock.millis();
            links.forEach(link -> link.heard(now));
        }
    }

    @Override
    public void failed(Peer peer, String reason) {
        List<SipClientLink> links = byPeer.get(peer);
        if (links != null) {
            links.forEach(link -> link.lost(reason));
        }
    }

    /** Loses the links whose client is silent or slow to answer; run every second. */
    void check() {
        if (stopped) {
            return;
        }
        long now = clock.millis();
        byPeer.values().forEach(links -> links.forEach(link -> link.check(now)));
    }

    /** How many links are open, for the operators. */
    int size() {
        return byPeer.values().stream().mapToInt(List::size).sum();
    }

    ConsoleSipSettings settings() {
        return settings;
    }

    /** Tells the desk a session's link is lost, unless the transport is stopping (its sockets close then). */
    void reportLost(String sessionId, ClientLink link, String reason) {
        if (!stopped) {
            desk.linkLost(sessionId, link, reason);
        }
    }

    /** From now on nothing is reported to the desk: the server is stopping. */
    void stop() {
        stopped = true;
    }

    ConsoleCodec codec() {
        return codec;
    }

    SipSender sender() {
        return sender;
    }

    Executor executor() {
        return executor;
    }

    Clock clock() {
        return clock;
    }
}
