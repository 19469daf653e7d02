package org.switchboard.pbx.scripted;

/**
 * The faults a test makes a {@link ScriptedAmiServer} commit: a test tool, in the tests jar, so the shipped
 * server (the demo PBX) has no public way to misbehave.
 */
public final class AmiFaults {

    private final ScriptedAmiServer server;

    private AmiFaults(ScriptedAmiServer server) {
        this.server = server;
    }

    public static AmiFaults of(ScriptedAmiServer server) {
        return new AmiFaults(server);
    }

    /** Closes every client socket abruptly; the PBX state is kept. Returns when their threads have ended. */
    public void dropConnections() {
        server.dropConnections();
    }

    /** Drops every connection and restarts the PBX: calls, bridges, parked calls and queue callers are gone. */
    public void restartPbx() {
        server.restartPbx();
    }

    /**
     * Stops answering and sending anything, keeping every socket open: a dead peer, or a deadlocked Asterisk (the
     * PBX's SIP side, when started, answers nothing either).
     */
    public void freeze() {
        server.freeze();
    }

    /** Ends {@link #freeze()}: actions and SIP requests that arrived meanwhile are answered now. */
    public void thaw() {
        server.thaw();
    }

    /** While true, connections are accepted and closed at once, before the greeting. */
    public void refuseConnections(boolean refuse) {
        server.refuseConnections(refuse);
    }

    /** Writes these characters as they are to every connected client: malformed lines, half frames, junk. */
    public void sendRaw(String raw) {
        server.sendRaw(raw);
    }
}
