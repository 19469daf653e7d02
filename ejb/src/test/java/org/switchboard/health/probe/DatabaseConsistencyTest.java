package org.switchboard.health.probe;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.switchboard.health.model.HealthSettings;
import org.switchboard.health.model.Probe;
import org.switchboard.health.model.ProbeLevel;
import org.switchboard.health.model.ProbeReading;

/**
 * The database consistency rules on a real H2 database whose tables are those the entities map (the columns the
 * rules read, with the entities' names and types): sane tables are OK; a table gone, a column gone or a row that
 * breaks an invariant is FAILED with the reason; restoring the table makes it OK again.
 */
class DatabaseConsistencyTest {

    private static final Duration TIMEOUT = HealthSettings.from(key -> null).dbTimeout();
    private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");

    private final JdbcDataSource database = new JdbcDataSource();

    @BeforeEach
    void createTables() throws SQLException {
        database.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        sql("CREATE TABLE receptionist_account (login VARCHAR(64) PRIMARY KEY, display_name VARCHAR(100) NOT NULL,"
                + " password_hash VARCHAR(255) NOT NULL, sip_realm VARCHAR(64) NOT NULL, ha1_md5 VARCHAR(32) NOT NULL,"
                + " ha1_sha256 VARCHAR(64) NOT NULL, phone_device VARCHAR(64) NOT NULL, extension VARCHAR(32) NOT NULL,"
                + " personal_queue VARCHAR(64) NOT NULL, enabled BOOLEAN NOT NULL)",
                "CREATE TABLE receptionist_general_queue (login VARCHAR(64) NOT NULL, position INTEGER NOT NULL,"
                + " queue_name VARCHAR(64) NOT NULL)",
                "CREATE TABLE call_record (call_id VARCHAR(64) PRIMARY KEY, started_at TIMESTAMP(6) WITH TIME ZONE"
                + " NOT NULL, ended_at TIMESTAMP(6) WITH TIME ZONE NOT NULL, wait_ms BIGINT NOT NULL,"
                + " talk_ms BIGINT NOT NULL)",
                "CREATE INDEX call_record_started_at ON call_record (started_at)",
                "CREATE TABLE site (name VARCHAR(23) PRIMARY KEY, role VARCHAR(16) NOT NULL, start_count INTEGER NOT NULL)",
                "CREATE TABLE presence_record (user_id VARCHAR(32) PRIMARY KEY, status VARCHAR(16) NOT NULL,"
                + " note VARCHAR(1000) NOT NULL, attributes VARCHAR(4000) NOT NULL, presence_version BIGINT NOT NULL)",
                "INSERT INTO receptionist_account VALUES ('desk1', 'Desk 1', '$argon2id$v=19$m=65536,t=3,p=1$c2FsdA$aGFzaA',"
                + " 'switchboard', '" + "a".repeat(32) + "', '" + "b".repeat(64) + "', 'PJSIP/201', '201', 'desk1', TRUE)",
                "INSERT INTO receptionist_general_queue VALUES ('desk1', 0, 'reception')",
                "INSERT INTO call_record VALUES ('1764158400.1', TIMESTAMP WITH TIME ZONE '2026-11-26 11:00:00+00',"
                + " TIMESTAMP WITH TIME ZONE '2026-11-26 11:02:00+00', 4000, 116000)",
                "INSERT INTO site VALUES ('site-a', 'primary', 3)",
                "INSERT INTO presence_record VALUES ('u1', 'AVAILABLE', '', '{}', 7)");
    }

    private void sql(String... statements) throws SQLException {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private ProbeReading directory() {
        return DatabaseConsistency.check(Probe.DB_DIRECTORY, DatabaseConsistency.DIRECTORY, database, TIMEOUT, NOW);
    }

    @Test
    void givenSaneTables_whenChecked_thenBothProbesOk() {
        ProbeReading directory = directory();
        ProbeReading attributes = DatabaseConsistency.check(Probe.DB_ATTRIBUTES, DatabaseConsistency.ATTRIBUTES,
                database, TIMEOUT, NOW);

        assertThat(directory.level()).as(directory.toString()).isEqualTo(ProbeLevel.OK);
        assertThat(directory.value()).startsWith("4 tables read in");
        assertThat(attributes.level()).as(attributes.toString()).isEqualTo(ProbeLevel.OK);
    }

    @Test
    void givenAccountTableRenamed_whenChecked_thenFailedSayingWhichTableAndOkOnceRestored() throws SQLException {
        sql("ALTER TABLE receptionist_account RENAME TO receptionist_account_moved");
        long start = System.nanoTime();

        ProbeReading broken = directory();

        Duration detected = Duration.ofNanos(System.nanoTime() - start);
        System.out.printf("FIGURE database broken (table gone) detected by DB_DIRECTORY in %.1f ms: %s%n",
                detected.toNanos() / 1e6, broken.detail());
        assertThat(broken.level()).isEqualTo(ProbeLevel.FAILED);
        assertThat(broken.detail()).isEqualTo(
                "table receptionist_account cannot be read: Table \"RECEPTIONIST_ACCOUNT\" not found");
        sql("ALTER TABLE receptionist_account_moved RENAME TO receptionist_account");
        assertThat(directory().level()).isEqualTo(ProbeLevel.OK);
    }

    @Test
    void givenColumnDropped_whenChecked_thenFailed() throws SQLException {
        sql("ALTER TABLE call_record DROP COLUMN talk_ms");

        ProbeReading broken = directory();

        assertThat(broken.level()).isEqualTo(ProbeLevel.FAILED);
        assertThat(broken.detail()).startsWith("table call_record cannot be read:").containsIgnoringCase("TALK_MS");
    }

    @Test
    void givenAccountWithoutPasswordHash_whenChecked_thenFailedCountingTheBrokenRows() throws SQLException {
        sql("INSERT INTO receptionist_account VALUES ('desk2', 'Desk 2', ' ', 'switchboard', '" + "c".repeat(32)
                + "', '" + "d".repeat(64) + "', 'PJSIP/202', '202', 'desk2', TRUE)");

        ProbeReading broken = directory();

        assertThat(broken.level()).isEqualTo(ProbeLevel.FAILED);
        assertThat(broken.detail()).isEqualTo("1 receptionist accounts without a login, a password hash, their SIP"
                + " digest credentials or a phone (receptionist_account)");
    }

    @Test
    void givenQueueOfNoAccountAndUnknownSiteRole_whenChecked_thenBothReported() throws SQLException {
        sql("INSERT INTO receptionist_general_queue VALUES ('gone', 0, 'reception')",
                "UPDATE site SET role = 'tertiary'");

        ProbeReading broken = directory();

        assertThat(broken.detail()).contains("1 general queue entries that are empty or belong to no account")
                .contains("1 sites without a name, with an unknown role or never started");
    }

    @Test
    void givenNegativeDurationInAnOldCallRecord_whenChecked_thenOnlyTheLastDayCounts() throws SQLException {
        sql("INSERT INTO call_record VALUES ('old', TIMESTAMP WITH TIME ZONE '2026-11-20 11:00:00+00',"
                + " TIMESTAMP WITH TIME ZONE '2026-11-20 11:00:00+00', -1, 0)");
        assertThat(directory().level()).as("a week old").isEqualTo(ProbeLevel.OK);

        sql("INSERT INTO call_record VALUES ('new', TIMESTAMP WITH TIME ZONE '2026-11-26 11:30:00+00',"
                + " TIMESTAMP WITH TIME ZONE '2026-11-26 11:31:00+00', 0, -5)");

        assertThat(directory().detail()).startsWith("1 call records of the last day");
    }

    @Test
    void givenPresenceWithoutStatus_whenAttributesChecked_thenFailedButDirectoryOk() throws SQLException {
        sql("INSERT INTO presence_record VALUES ('u2', '', '', '{}', 1)");

        ProbeReading attributes = DatabaseConsistency.check(Probe.DB_ATTRIBUTES, DatabaseConsistency.ATTRIBUTES,
                database, TIMEOUT, NOW);

        assertThat(attributes.level()).isEqualTo(ProbeLevel.FAILED);
        assertThat(attributes.probe()).isEqualTo(Probe.DB_ATTRIBUTES);
        assertThat(directory().level()).isEqualTo(ProbeLevel.OK);
    }

    @Test
    void givenUnreachableDatabase_whenChecked_thenFailed() {
        JdbcDataSource nowhere = new JdbcDataSource();
        nowhere.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";IFEXISTS=TRUE");

        ProbeReading reading = DatabaseConsistency.check(Probe.DB_DIRECTORY, DatabaseConsistency.DIRECTORY, nowhere,
                TIMEOUT, NOW);

        assertThat(reading.level()).isEqualTo(ProbeLevel.FAILED);
        assertThat(reading.detail()).startsWith("the database cannot be read:").contains("not found");
    }
}
