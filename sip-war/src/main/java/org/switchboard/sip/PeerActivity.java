package org.switchboard.sip;

/**
 * Hears that a peer is alive (it sent a request or a response) or that the stack saw its connection fail.
 * The dispatcher calls it from the stack's thread for every message, so it must be quick.
 */
public interface PeerActivity {

    PeerActivity NONE = new PeerActivity() {
        @Override
        public void heard(Peer peer) {
            // nobody listens
        }

        @Override
        public void failed(Peer peer, String reason) {
            // nobody listens
        }
    };

    void heard(Peer peer);

    void failed(Peer peer, String reason);
}
