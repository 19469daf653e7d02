package org.switchboard.health.model;

import java.time.Duration;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import org.switchboard.shared.model.InvalidSetting;
import org.switchboard.shared.model.SettingSource;

/**
 * The probes' thresholds and deadlines, and where they look (how often they run is {@link ProbeSchedule}'s), read once at startup from
 * {@code switchboard.health.*} and {@code switchboard.pbx.sip-address} (set by wildfly-config from
 * {@code SWB_HEALTH_*} and {@code SWB_PBX_SIP_ADDRESS}). One default each; a WARNING threshold must lie below
 * its FAILED one.
 *
 * @param cpuLoad the CPU load average per core at which CPU_LOAD warns and fails
 * @param memory the percent of the heap (after garbage collection) or of the machine's memory in use at which
 *               MEMORY warns and fails
 * @param disk the percent of a partition in use at which DISK_DATA and DISK_ROOT warn and fail
 * @param dataDir the directory whose partition DISK_DATA watches; empty: the server's data directory
 * @param networkMaxBytesPerSecond the traffic in or out, bytes per second over all interfaces but the loopback,
 *                                 above which NETWORK_TRAFFIC fails
 * @param pbxSipAddress the PBX's SIP address ({@code host:port}) that SIP_SELF_TEST sends OPTIONS to; empty: the
 *                      AMI host and port 5060
 * @param pbxTimeout how long SIP_SELF_TEST waits for the PBX's answer to OPTIONS and to an AMI Ping
 * @param dbTimeout the query timeout of DB_DIRECTORY and DB_ATTRIBUTES
 * @param webTimeout how long WEB_SERVER waits for its own HTTP listener's answer
 */
public record HealthSettings(Thresholds cpuLoad, Thresholds memory, Thresholds disk,
        Optional<String> dataDir, double networkMaxBytesPerSecond, Optional<String> pbxSipAddress,
        Duration pbxTimeout, Duration dbTimeout, Duration webTimeout) {

    public static final String PREFIX = "switchboard.health.";
    public static final String CPU_LOAD_WARNING = PREFIX + "cpu-load-warning";
    public static final String CPU_LOAD_MAX = PREFIX + "cpu-load-max";
    public static final String MEMORY_WARNING_PERCENT = PREFIX + "memory-warning-percent";
    public static final String MEMORY_MAX_PERCENT = PREFIX + "memory-max-percent";
    public static final String DISK_WARNING_PERCENT = PREFIX + "disk-warning-percent";
    public static final String DISK_MAX_PERCENT = PREFIX + "disk-max-percent";
    public static final String DATA_DIR = PREFIX + "data-dir";
    public static final String NETWORK_MAX_BYTES_PER_SECOND = PREFIX + "network-max-bytes-per-second";
    public static final String PBX_SIP_ADDRESS = "switchboard.pbx.sip-address";
    public static final String PBX_TIMEOUT = PREFIX + "pbx-timeout";
    public static final String DB_TIMEOUT = PREFIX + "db-timeout";
    public static final String WEB_TIMEOUT = PREFIX + "web-timeout";

    /** The SIP port of a PBX whose SIP address is not set. */
    public static final int DEFAULT_SIP_PORT = 5060;

    private static final Pattern HOST_PORT = Pattern.compile("[A-Za-z0-9.\\-]+:[0-9]{1,5}");
    private static final Pattern ANY_PATH = Pattern.compile(".+");

    /** A WARNING and a FAILED threshold of one measure: the reading is WARNING from the first, FAILED from the second. */
    public record Thresholds(double warning, double failed) {

        /** The level of a measured value. */
        public ProbeLevel levelOf(double value) {
            if (value >= failed) {
                return ProbeLevel.FAILED;
            }
            return value >= warning ? ProbeLevel.WARNING : ProbeLevel.OK;
        }
    }

    public HealthSettings {
        requireBelow(CPU_LOAD_WARNING, cpuLoad, CPU_LOAD_MAX);
        requireBelow(MEMORY_WARNING_PERCENT, memory, MEMORY_MAX_PERCENT);
        requireBelow(DISK_WARNING_PERCENT, disk, DISK_MAX_PERCENT);
    }

    /** Reads and validates the settings; {@code source} returns null for a key that is not set. */
    public static HealthSettings from(UnaryOperator<String> source) {
        SettingSource settings = new SettingSource(source);
        String sipAddress = settings.text(PBX_SIP_ADDRESS, "", HOST_PORT, "host:port, such as 192.0.2.10:5060");
        if (!sipAddress.isEmpty()) {
            int port = Integer.parseInt(sipAddress.substring(sipAddress.lastIndexOf(':') + 1));
            if (port < 1 || port > 65_535) {
                throw new InvalidSetting(PBX_SIP_ADDRESS, sipAddress, "a port from 1 to 65535");
            }
        }
        return new HealthSettings(
                new Thresholds(settings.number(CPU_LOAD_WARNING, 1.0, 0.01, 1000),
                        settings.number(CPU_LOAD_MAX, 2.0, 0.01, 1000)),
                new Thresholds(settings.integer(MEMORY_WARNING_PERCENT, 85, 1, 100),
                        settings.integer(MEMORY_MAX_PERCENT, 95, 1, 100)),
                new Thresholds(settings.integer(DISK_WARNING_PERCENT, 90, 1, 100),
                        settings.integer(DISK_MAX_PERCENT, 98, 1, 100)),
                Optional.of(settings.text(DATA_DIR, "", ANY_PATH, "a directory")).filter(dir -> !dir.isEmpty()),
                settings.number(NETWORK_MAX_BYTES_PER_SECOND, 100_000_000, 1, 1e12),
                Optional.of(sipAddress).filter(address -> !address.isEmpty()),
                settings.duration(PBX_TIMEOUT, Duration.ofSeconds(2)),
                settings.duration(DB_TIMEOUT, Duration.ofSeconds(2)),
                settings.duration(WEB_TIMEOUT, Duration.ofSeconds(2)));
    }

    private static void requireBelow(String warningKey, Thresholds thresholds, String failedKey) {
        if (thresholds.warning() > thresholds.failed()) {
            throw new InvalidSetting(warningKey, format(thresholds.warning()),
                    "at most " + failedKey + " (" + format(thresholds.failed()) + ")");
        }
    }

    private static String format(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
