package org.switchboard.pbx.ops;

/** The link to the PBX ({@code org.switchboard:type=Ami}). */
public interface AmiMXBean {

    /** DISCONNECTED, CONNECTING, SYNCHRONIZING or CONNECTED. */
    String getState();

    /** {@code host:port} of the PBX, with "(demo PBX)" when it is the built-in demo. */
    String getPbx();

    boolean isDemo();

    /** Asterisk's version as the PBX reported it at the last login (CoreSettings), such as {@code 20.20.1}. */
    String getPbxVersion();

    /** How long the oldest event has waited between asterisk-java's reader and our models, in ms. */
    long getLagMillis();

    /** How late the last event reached the models after it was read off the socket, in ms. */
    long getLastEventLagMillis();

    /** Events waiting in the pump now. */
    int getEventsWaiting();

    long getEventsReceived();

    long getEventsTranslated();

    long getEventsUnknown();

    long getOverflows();

    long getConnects();

    long getDisconnects();

    long getReconnectAttempts();

    String getLastError();

    String getLastConnectedAt();

    /**
     * How each consumer of the model's domain events keeps up: events delivered, failed, dropped because its
     * backlog was full, and waiting now.
     */
    String[] getConsumers();

    /** Takes a fresh snapshot of the PBX and rebuilds the models from it, in turn with the live events. */
    void resyncNow();
}
