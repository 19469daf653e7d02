package org.switchboard.health.probe;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import javax.sql.DataSource;

import org.switchboard.health.model.Probe;
import org.switchboard.health.model.ProbeLevel;
import org.switchboard.health.model.ProbeReading;

/**
 * The database consistency probes' rules and their run: each rule is one cheap query that reads a table the
 * console needs and counts its rows that break an invariant the application always keeps. All run in one
 * read-only transaction of its own (rolled back; the connection is given back as it came) with a query timeout; an error (a table or column gone, the database
 * unreachable, the timeout) or a broken row is FAILED with the reason. Plain JDBC: the same rules run on H2 and
 * PostgreSQL, in the server on its datasource and in tests on an H2 database.
 */
public final class DatabaseConsistency {

    /** How far back the call records are checked (the index on started_at keeps it cheap). */
    static final Duration RECENT_CALLS = Duration.ofDays(1);

    /**
     * One invariant: {@code countBroken} counts the rows that break it ({@code ?}, if any, is the start of the
     * recent window), {@code broken} says what such a row is.
     */
    public record Rule(String table, String countBroken, String broken) {

        public Rule {
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(countBroken, "countBroken");
            Objects.requireNonNull(broken, "broken");
        }
    }

    /** DB_DIRECTORY: the receptionists' accounts and queues, the recent call records, the sites. */
    public static final List<Rule> DIRECTORY = List.of(
            new Rule("receptionist_account", "SELECT COUNT(*) FROM receptionist_account WHERE login IS NULL"
                    + " OR TRIM(login) = '' OR password_hash IS NULL OR TRIM(password_hash) = ''"
                    + " OR ha1_md5 IS NULL OR LENGTH(ha1_md5) <> 32 OR ha1_sha256 IS NULL OR LENGTH(ha1_sha256) <> 64"
                    + " OR TRIM(phone_device) = ''",
                    "receptionist accounts without a login, a password hash, their SIP digest credentials or a phone"),
            new Rule("receptionist_general_queue", "SELECT COUNT(*) FROM receptionist_general_queue q"
                    + " WHERE TRIM(q.queue_name) = '' OR NOT EXISTS"
                    + " (SELECT 1 FROM receptionist_account a WHERE a.login = q.login)",
                    "general queue entries that are empty or belong to no account"),
            new Rule("call_record", "SELECT COUNT(*) FROM call_record WHERE started_at >= ?"
                    + " AND (TRIM(call_id) = '' OR wait_ms < 0 OR talk_ms < 0)",
                    "call records of the last day without a call id or with a negative duration"),
            new Rule("site", "SELECT COUNT(*) FROM site WHERE TRIM(name) = ''"
                    + " OR LOWER(role) NOT IN ('primary', 'secondary') OR start_count < 1",
                    "sites without a name, with an unknown role or never started"));

    /** DB_ATTRIBUTES: the stored presences (status, note, attributes). */
    public static final List<Rule> ATTRIBUTES = List.of(
            new Rule("presence_record", "SELECT COUNT(*) FROM presence_record WHERE TRIM(user_id) = ''"
                    + " OR status IS NULL OR TRIM(status) = '' OR attributes IS NULL OR presence_version < 0",
                    "presence records without a user, a status or attributes, or with a negative version"));

    private DatabaseConsistency() {
    }

    /** Runs the rules; never throws. */
    public static ProbeReading check(Probe probe, List<Rule> rules, DataSource database, Duration timeout,
            Instant now) {
        long start = System.nanoTime();
        List<String> broken = new ArrayList<>();
        String reading = "the database";
        try (Connection connection = database.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
            try {
                for (Rule rule : rules) {
                    reading = "table " + rule.table();
                    long count = countBroken(connection, rule, timeout, now);
                    if (count > 0) {
                        broken.add(count + " " + rule.broken() + " (" + rule.table() + ")");
                    }
                }
            } finally {
                connection.rollback();
                connection.setReadOnly(false);
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException | RuntimeException e) {
            return new ProbeReading(probe, ProbeLevel.FAILED, "unreadable", reason(reading, e), now, since(start));
        }
        String value = rules.size() + " tables read in " + since(start).toMillis() + " ms";
        return broken.isEmpty() ? new ProbeReading(probe, ProbeLevel.OK, value, "", now, since(start))
                : new ProbeReading(probe, ProbeLevel.FAILED, value, String.join("; ", broken), now, since(start));
    }

    private static long countBroken(Connection connection, Rule rule, Duration timeout, Instant now)
            throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(rule.countBroken())) {
            query.setQueryTimeout((int) Math.max(1, (timeout.toMillis() + 999) / 1000));
            if (rule.countBroken().indexOf('?') >= 0) {
                query.setTimestamp(1, Timestamp.from(now.minus(RECENT_CALLS)));
            }
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    /** Why {@code what} could not be read: the first line of the driver's message, without the SQL it quotes. */
    private static String reason(String what, Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        String firstLine = message.lines().findFirst().orElse(message);
        int quoted = firstLine.indexOf("; SQL statement");
        return what + " cannot be read: " + (quoted > 0 ? firstLine.substring(0, quoted) : firstLine);
    }

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
