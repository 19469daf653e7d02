package org.switchboard.pbx.model;

import java.time.Duration;

/**
 * Events about the link to the PBX and the PBX's own life. They travel through the same pipe as the
 * call events, so the models see a disconnect, a reboot or a resync exactly where it happened in the
 * stream.
 */
public sealed interface ConnectionEvent extends PbxEvent {

    /** We logged in to the PBX at {@code host:port}; the models are stale until the next {@link PbxSynchronized}. */
    record AmiConnected(Stamp stamp, String host, int port, String pbxVersion) implements ConnectionEvent {
        @Override
        public PbxEventKind kind() {
            return PbxEventKind.AMI_CONNECTED;
        }
    }

    /** The link to the PBX is gone; what the models show may be stale until the next resync. */
    record AmiDisconnected(Stamp stamp, String reason) implements ConnectionEvent {
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
