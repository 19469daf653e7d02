package org.switchboard.sip.websocket;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.switchboard.sip.Peer;

import gov.nist.javax.sip.ListeningPointExt;

/**
 * The open WebSockets of one stack, by the client's address and port, and the stack's WebSocket processors that
 * give them their channels. The SIP WebSocket endpoint opens a channel here for each new WebSocket and closes it
 * when the WebSocket closes; the stack finds the channel of a peer here to send it a response or a request. A
 * WebSocket is refused while no processor of its transport runs (before the stack started, after it stopped).
 */
public final class WebSocketConnections {

    private final Map<String, WebSocketProcessor> processors = new ConcurrentHashMap<>();
    private final Map<InetSocketAddress, WebSocketChannel> open = new ConcurrentHashMap<>();
    private volatile Consumer<Peer> whenClosed = peer -> { };

    void serve(WebSocketProcessor processor) {
        processors.put(processor.getTransport().toUpperCase(Locale.ROOT), processor);
    }

    /** The processor stopped: its WebSockets are closed, and no new one gets a channel from it. */
    void stopped(WebSocketProcessor processor) {
        processors.remove(processor.getTransport().toUpperCase(Locale.ROOT), processor);
        open.values().stream().filter(channel -> channel.getMessageProcessor() == processor)
                .forEach(channel -> channel.peer().close("the SIP endpoint stopped"));
    }

    /** A channel for a WebSocket that just opened; empty when the stack does not serve its transport now. */
    Optional<WebSocketChannel> open(WebSocketPeer peer) {
        WebSocketProcessor processor = processors.get(peer.secure() ? ListeningPointExt.WSS
                : ListeningPointExt.WS);
        if (processor == null) {
            return Optional.empty();
        }
        WebSocketChannel channel = new WebSocketChannel(processor, peer);
        open.put(peer.remote(), channel);
        return Optional.of(channel);
    }

    /** The WebSocket of this channel closed: the peer's links are told, once. */
    void closed(WebSocketChannel channel) {
        if (open.remove(channel.peer().remote(), channel)) {
            whenClosed.accept(channel.sipPeer());
        }
    }

    Optional<WebSocketChannel> to(InetAddress address, int port) {
        return Optional.ofNullable(open.get(new InetSocketAddress(address, port)));
    }

    /** True while a WebSocket from this address and port is open. */
    public boolean isOpen(String address, int port) {
        try {
            return isOpen(InetAddress.getByName(address), port);
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** True while a WebSocket from this address and port is open. */
    public boolean isOpen(InetAddress address, int port) {
        return to(address, port).isPresent();
    }

    boolean any(WebSocketProcessor processor) {
        return open.values().stream().anyMatch(channel -> channel.getMessageProcessor() == processor);
    }

    /** Hears the peer of every WebSocket that closes, once, on the closing thread. */
    public void whenClosed(Consumer<Peer> listener) {
        whenClosed = listener;
    }
}
