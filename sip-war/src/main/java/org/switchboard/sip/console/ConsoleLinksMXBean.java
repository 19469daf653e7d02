package org.switchboard.sip.console;

/** The console clients' links over SIP ({@code org.switchboard:type=ConsoleLinks}). */
public interface ConsoleLinksMXBean {

    /** Console links open now. */
    int getOpenLinks();

    /** Failed console log ins since the server started (wrong credentials, unknown logins, replays, throttled). */
    long getFailedLogIns();
}
