package org.switchboard.pbx.model;

import java.time.Duration;
import java.time.Instant;

/**
 * Events about the link to the PBX and the PBX's own life. They travel through the same pipe as the
 * call events, so the models see a disconnect, a reboot or a resync exactly where it happened in the
 * stream.
 */
public sealed interface ConnectionEvent extends PbxEvent {

    /**
     * We logged in to the PBX at {@code host:port}; the models are stale until the next {@link PbxSynchronized}.
     *
     * @param pbxVersion Asterisk's version as it reports it, such as {@code 20.20.1}
     */
    record AmiConnected(Stamp stamp, String host, int port, String pbxVersion) implements ConnectionEvent {
        @Override
        public PbxEventKind kind() {
            return PbxEventKind.AMI_CONNECTED;
        }
    }

    /**
     * The link to the PBX is gone; what the models show may be stale until the next resync.
     *
     * @param lastHeard the last time the link heard anything from the PBX (an event or an answer, a pong
     *        included), on our clock: the last moment the PBX, and every call the models had, was known alive
     */
    record AmiDisconnected(Stamp stamp, String reason, Instant lastHeard) implements ConnectionEvent {
        @Override
        public PbxEventKind kind() {
            return PbxEventKind.AMI_DISCONNECTED;
        }
    }

    /** FullyBooted: the PBX finished starting; a small uptime means it restarted and every call is gone. */
    record PbxFullyBooted(Stamp stamp, Duration uptime, Duration sinceReload) implements ConnectionEvent {
        @Override
        public PbxEventKind kind() {
            return PbxEventKind.PBX_FULLY_BOOTED;
        }
    }

    /** Reload: the PBX reloaded its configuration (queues and parking may have changed). */
    record PbxReloaded(Stamp stamp, String module) implements ConnectionEvent {
        @Override
        public PbxEventKind kind() {
            return PbxEventKind.PBX_RELOADED;
        }
    }

    /** Shutdown: the PBX is stopping or restarting. */
    record PbxShuttingDown(Stamp stamp, boolean restarting) implements ConnectionEvent {
        @Override
        public PbxEventKind kind() {
            return PbxEventKind.PBX_SHUTTING_DOWN;
        }
    }

    /**
     * The PBX's whole state at one moment. The models drop what they had and rebuild from it; the
     * events after this one in the pipe happened after the snapshot.
     */
    record PbxSynchronized(Stamp stamp, PbxSnapshot snapshot, String cause) implements ConnectionEvent {
        @Override
        public PbxEventKind kind() {
            return PbxEventKind.PBX_SYNCHRONIZED;
        }
    }
}
