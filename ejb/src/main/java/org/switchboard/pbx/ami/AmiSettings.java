package org.switchboard.pbx.ami;

import java.time.Duration;
import java.util.Objects;
import java.util.function.UnaryOperator;

import org.switchboard.shared.model.InvalidSetting;
import org.switchboard.shared.model.SettingSource;

/**
 * Where the PBX's manager interface is and how patiently we talk to it, read once at startup.
 *
 * @param host the PBX's address; empty means no PBX (the demo runs without AMI)
 * @param connectTimeout how long a TCP connect may take
 * @param readTimeout how long an answer to one action (login, ping, one list) may take
 * @param pingInterval how often we ping; a peer that stops answering is noticed within two intervals
 * @param backoffMin the wait before the first reconnect attempt; it doubles after each failure
 * @param backoffMax the longest wait between attempts, so the longest the server stays blind once the PBX is
 *        back (see {@link ReconnectBackoff})
 * @param queueCapacity how many events may wait between asterisk-java's reader and our consumer
 */
public record AmiSettings(String host, int port, String user, String secret, Duration connectTimeout,
        Duration readTimeout, Duration pingInterval, Duration backoffMin, Duration backoffMax, int queueCapacity) {

    public static final String HOST = "switchboard.ami.host";
    public static final String PORT = "switchboard.ami.port";
    public static final String USER = "switchboard.ami.user";
    public static final String SECRET = "switchboard.ami.secret";
    public static final String CONNECT_TIMEOUT = "switchboard.ami.connect-timeout";
    public static final String READ_TIMEOUT = "switchboard.ami.read-timeout";
    public static final String PING_INTERVAL = "switchboard.ami.ping-interval";
    public static final String BACKOFF_MIN = "switchboard.ami.backoff-min";
    public static final String BACKOFF_MAX = "switchboard.ami.backoff-max";
    public static final String QUEUE_CAPACITY = "switchboard.ami.queue-capacity";

    public static final int DEFAULT_PORT = 5038;

    public AmiSettings {
        host = host == null ? "" : host.strip();
        user = user == null ? "" : user.strip();
        secret = secret == null ? "" : secret;
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        Objects.requireNonNull(pingInterval, "pingInterval");
        Objects.requireNonNull(backoffMin, "backoffMin");
        Objects.requireNonNull(backoffMax, "backoffMax");
    }

    /**
     * Reads and validates the settings; {@code source} returns null for a key that is not set. Durations
     * are ISO-8601 ({@code PT5S}) or a number of milliseconds.
     */
    public static AmiSettings from(UnaryOperator<String> source) {
        String host = source.apply(HOST);
        int port = integer(source, PORT, DEFAULT_PORT, 1, 65_535);
        String user = source.apply(USER);
        boolean demo = host == null || host.isBlank();
        if (!demo && (user == null || user.isBlank())) {
            throw new InvalidSetting(USER, user, "the AMI user name when " + HOST + " is set");
        }
        Duration connectTimeout = duration(source, CONNECT_TIMEOUT, Duration.ofSeconds(5));
        Duration readTimeout = duration(source, READ_TIMEOUT, Duration.ofSeconds(5));
        Duration pingInterval = duration(source, PING_INTERVAL, Duration.ofSeconds(5));
        Duration backoffMin = duration(source, BACKOFF_MIN, Duration.ofSeconds(1));
        Duration backoffMax = duration(source, BACKOFF_MAX, Duration.ofSeconds(2));
        if (backoffMax.compareTo(backoffMin) < 0) {
            throw new InvalidSetting(BACKOFF_MAX, source.apply(BACKOFF_MAX), "at least " + BACKOFF_MIN);
        }
        int capacity = integer(source, QUEUE_CAPACITY, 10_000, 16, 10_000_000);
        return new AmiSettings(host, port, user, source.apply(SECRET), connectTimeout, readTimeout, pingInterval,
                backoffMin, backoffMax, capacity);
    }

    /** Whether no PBX is configured: the server then runs the demo without an AMI link. */
    public boolean demo() {
        return host.isEmpty();
    }

    /** The settings with the secret masked: safe for logs and consoles. */
    @Override
    public String toString() {
        return "AmiSettings[host=" + host + ", port=" + port + ", user=" + user + ", secret="
                + (secret.isEmpty() ? "" : "******") + ", connectTimeout=" + connectTimeout + ", readTimeout="
                + readTimeout + ", pingInterval=" + pingInterval + ", backoff=" + backoffMin + ".." + backoffMax
                + ", queueCapacity=" + queueCapacity + "]";
    }

    private static int integer(UnaryOperator<String> source, String key, int fallback, int min, int max) {
        return new SettingSource(source).integer(key, fallback, min, max);
    }

    private static Duration duration(UnaryOperator<String> source, String key, Duration fallback) {
        return new SettingSource(source).duration(key, fallback);
    }
}
