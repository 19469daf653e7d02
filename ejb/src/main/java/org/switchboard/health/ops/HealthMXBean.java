package org.switchboard.health.ops;

import java.util.List;

/** The site's health ({@code org.switchboard:type=Health}): the one verdict and the probes behind it. */
public interface HealthMXBean {

    /** {@code available} or {@code refusing: <reason>}. */
    String getVerdict();

    /**
     * The verdict of the probes alone, as if the fencing flags were clear ({@code available} or
     * {@code refusing: <reason>}): whether an activate would make the site take calls.
     */
    String getPartsVerdict();

    /** Whether the probe rounds still run (the last one started within three intervals, at least 10 s). */
    boolean isAlive();

    /** When the last probe round started (ISO-8601). */
    String getLastProbeRound();

    /** One line per probe: {@code LABEL level value (detail) at}; {@code not run yet} for a probe without a reading. */
    List<String> getProbes();

    /** The kept readings of a probe (its enum name, such as {@code SIP_SELF_TEST}), oldest first, one line each. */
    List<String> history(String probe);

    /** What a probe's failure means: impact, cause and action, and whether it is critical. */
    String probeDetails(String probe);
}
