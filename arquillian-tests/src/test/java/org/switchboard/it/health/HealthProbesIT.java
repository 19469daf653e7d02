package org.switchboard.it.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.switchboard.health.ProbeCheck;
import org.switchboard.health.model.HealthSettings;
import org.switchboard.health.model.Probe;
import org.switchboard.health.model.ProbeLevel;
import org.switchboard.health.model.ProbeReading;
import org.switchboard.it.ShippedEar;

/**
 * The probes in the shipped EAR, found as the probe scheduler finds them ({@code @Any Instance<ProbeCheck>}): each
 * gives a reading of its own probe within its deadline; the database probes read the schema Hibernate made (on
 * H2, and on PostgreSQL in its run) and find it sane, also when called inside a transaction; the web server probe reaches the server's own listener; a
 * table of the directory renamed through the datasource makes DB_DIRECTORY FAILED, and renaming it back OK.
 */
@ExtendWith(ArquillianExtension.class)
@Tag("database")
class HealthProbesIT {

    /** The probes of this part of the work; CONSOLE_AVAILABILITY is the verdict's own. */
    private static final Set<Probe> MEASURED = EnumSet.complementOf(EnumSet.of(Probe.CONSOLE_AVAILABILITY));
    private static final Duration SLACK = Duration.ofSeconds(1);

    @Deployment
    static EnterpriseArchive deployment() {
        return ShippedEar.withTestsOf(HealthProbesIT.class);
    }

    @Inject
    @Any
    Instance<ProbeCheck> checks;

    @Inject
    HealthSettings settings;

    @Resource(lookup = "java:jboss/datasources/SwitchboardDS")
    DataSource dataSource;

    @Inject
    UserTransaction transaction;

    private Map<Probe, ProbeCheck> byProbe() {
        return checks.stream().collect(Collectors.toMap(ProbeCheck::probe, Function.identity()));
    }

    @Test
    void givenTheDeployedServer_whenEveryProbeRuns_thenEachReadsItsOwnProbeWithinItsDeadline() {
        Map<Probe, ProbeCheck> found = byProbe();
        assertThat(found.keySet()).containsAll(MEASURED);

        for (Probe probe : MEASURED) {
            long start = System.nanoTime();
            ProbeReading reading = found.get(probe).check(Instant.now());
            Duration took = Duration.ofNanos(System.nanoTime() - start);

            System.out.printf("PROBE %s: %s %s (%s) in %d ms%n", probe, reading.level(), reading.value(),
                    reading.detail(), took.toMillis());
            assertThat(reading.probe()).isEqualTo(probe);
            assertThat(took).as(probe.name()).isLessThan(settings.pbxTimeout().plus(SLACK));
        }
    }

    @Test
    void givenTheSchemaHibernateMade_whenDatabaseProbesRun_thenOk() {
        Map<Probe, ProbeCheck> found = byProbe();

        ProbeReading directory = found.get(Probe.DB_DIRECTORY).check(Instant.now());
        ProbeReading attributes = found.get(Probe.DB_ATTRIBUTES).check(Instant.now());

        assertThat(directory.level()).as(directory.toString()).isEqualTo(ProbeLevel.OK);
        assertThat(attributes.level()).as(attributes.toString()).isEqualTo(ProbeLevel.OK);
    }

    @Test
    void givenACallerInATransaction_whenDirectoryProbeRuns_thenItReadsOutsideItAndOk() throws Exception {
        ProbeCheck directory = byProbe().get(Probe.DB_DIRECTORY);
        ProbeReading reading;
        transaction.begin();
        try {
            reading = directory.check(Instant.now());
        } finally {
            transaction.rollback();
        }

        assertThat(reading.level()).as(reading.toString()).isEqualTo(ProbeLevel.OK);
    }

    @Test
    void givenTheServersOwnListener_whenWebServerProbeRuns_thenTheConsolePageAnswers() {
        ProbeReading web = byProbe().get(Probe.WEB_SERVER).check(Instant.now());

        assertThat(web.level()).as(web.toString()).isEqualTo(ProbeLevel.OK);
        assertThat(web.value()).startsWith("HTTP 200 from http://").contains("/switchboard/console/index.html");
    }

    @Test
    void givenTheAccountsTableRenamed_whenDirectoryProbeRuns_thenFailedUntilRestored() throws Exception {
        ProbeCheck directory = byProbe().get(Probe.DB_DIRECTORY);
        ProbeReading broken;
        Duration detected;
        execute("ALTER TABLE receptionist_account RENAME TO receptionist_account_hidden");
        try {
            long start = System.nanoTime();
            broken = directory.check(Instant.now());
            detected = Duration.ofNanos(System.nanoTime() - start);
        } finally {
            execute("ALTER TABLE receptionist_account_hidden RENAME TO receptionist_account");
        }

        System.out.printf("FIGURE database broken (table renamed) detected by DB_DIRECTORY in the server in %.1f ms:"
                + " %s%n", detected.toNanos() / 1e6, broken.detail());
        assertThat(broken.level()).isEqualTo(ProbeLevel.FAILED);
        assertThat(broken.detail()).startsWith("table receptionist_account cannot be read:");
        assertThat(directory.check(Instant.now()).level()).as("restored").isEqualTo(ProbeLevel.OK);
    }

    private void execute(String sql) throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
