package org.switchboard.health.model;

/**
 * The probes that watch this site, each with what its failure means for the reception (impact), what usually
 * causes it, and what the operator does about it. A critical probe that fails makes the site shoot itself
 * (SMITH): it refuses reception calls until an operator recovers it.
 */
public enum Probe {
    CPU_LOAD("CPU load", false,
            "the server may behave erratically",
            "a process uses too much CPU",
            "find the process; if the server is unstable, force the failover (deactivate this site)"),
    DB_DIRECTORY("database consistency: directory", true,
            "reception calls are refused",
            "the tables the console needs are unreadable or corrupt",
            "automatic failover; repair the database, then follow the recovery runbook"),
    DB_ATTRIBUTES("database consistency: attributes", false,
            "none on the console",
            "an internal table (presence attributes) is unreadable or corrupt",
            "repair the database; force the failover only if the server is unstable too"),
    DISK_DATA("disk space: data partition", false,
            "at 100 % the console may be affected",
            "the data partition is filling up",
            "free space on the data partition; at 100 % force the failover"),
    DISK_ROOT("disk space: root partition", false,
            "at 100 % the console is affected",
            "the root partition is filling up",
            "free space on the root partition; at 100 % force the failover"),
    NETWORK_TRAFFIC("network traffic", false,
            "the server may become unstable",
            "a process sends or receives too much on the network",
            "take a network trace to find the process; if the server is unstable, force the failover"),
    MEMORY("memory use", false,
            "the server may slow down and become unstable",
            "a process uses too much memory and needs a restart",
            "if the server is unstable force the failover, else find the process that uses the memory"),
    SIP_SELF_TEST("PBX self test", true,
            "reception calls are refused",
            "the PBX does not answer (deadlocked or stopped)",
            "automatic failover; check the PBX"),
    WEB_SERVER("web server", false,
            "consoles cannot start; consoles already running are not affected",
            "the HTTP listener does not answer",
            "check the web server"),
    CONSOLE_AVAILABILITY("console availability", true,
            "reception calls are refused",
            "the console server or one of its dependencies (PBX link, SIP listener, call model) is down",
            "automatic failover; find the root cause in the log before recovering");

    private final String label;
    private final boolean critical;
    private final String impact;
    private final String cause;
    private final String action;

    Probe(String label, boolean critical, String impact, String cause, String action) {
        this.label = label;
        this.critical = critical;
        this.impact = impact;
        this.cause = cause;
        this.action = action;
    }

    /** The probe's name as operators read it. */
    public String label() {
        return label;
    }

    /** Whether its failure makes the site refuse reception calls and shoot itself (SMITH). */
    public boolean critical() {
        return critical;
    }

    /** What a failure means for the reception. */
    public String impact() {
        return impact;
    }

    /** What usually causes a failure. */
    public String cause() {
        return cause;
    }

    /** What the operator does about a failure. */
    public String action() {
        return action;
    }
}
