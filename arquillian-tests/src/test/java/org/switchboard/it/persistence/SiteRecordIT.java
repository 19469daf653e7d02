package org.switchboard.it.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.concurrent.Callable;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.switchboard.failover.persistence.Site;
import org.switchboard.failover.persistence.SiteRepository;
import org.switchboard.it.ShippedEar;

/** The site record through JPA and Hibernate on the configured database: H2 by default, PostgreSQL in its run. */
@ExtendWith(ArquillianExtension.class)
@Tag("database")
class SiteRecordIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return ShippedEar.withTestsOf(SiteRecordIT.class);
    }

    @Inject
    SiteRepository sites;

    @Inject
    UserTransaction transaction;

    @PersistenceContext(unitName = "switchboard")
    EntityManager em;

    @Resource(lookup = "java:jboss/datasources/SwitchboardDS")
    DataSource dataSource;

    @Test
    void givenASiteWritten_whenReadInAnotherTransaction_thenEveryFieldComesBack() throws Exception {
        String name = "it-" + UUID.randomUUID().toString().substring(0, 8);
        Instant firstStart = Instant.now().truncatedTo(ChronoUnit.MILLIS);

        inTransaction(() -> sites.add(Site.firstStart(name, "secondary", "9.9.9", firstStart)));
        Site read = inTransaction(() -> sites.find(name).orElseThrow());

        assertThat(read.name()).isEqualTo(name);
        assertThat(read.role()).isEqualTo("secondary");
        assertThat(read.serverVersion()).isEqualTo("9.9.9");
        assertThat(read.firstStartedAt()).isEqualTo(firstStart);
        assertThat(read.lastStartedAt()).isEqualTo(firstStart);
        assertThat(read.startCount()).isEqualTo(1);
    }

    @Test
    void givenASiteRestarted_thenItsStartIsCountedAndTheFirstStartKept() throws Exception {
        String name = "it-" + UUID.randomUUID().toString().substring(0, 8);
        Instant firstStart = Instant.parse("2026-01-01T08:00:00Z");
        Instant restart = Instant.parse("2026-01-02T08:00:00Z");
        inTransaction(() -> sites.add(Site.firstStart(name, "primary", "1.0", firstStart)));

        inTransaction(() -> {
            sites.find(name).orElseThrow().recordStart("secondary", "1.1", restart);
            return null;
        });
        Site read = inTransaction(() -> sites.find(name).orElseThrow());

        assertThat(read.startCount()).isEqualTo(2);
        assertThat(read.firstStartedAt()).isEqualTo(firstStart);
        assertThat(read.lastStartedAt()).isEqualTo(restart);
        assertThat(read.role()).isEqualTo("secondary");
        assertThat(read.serverVersion()).isEqualTo("1.1");
    }

    @Test
    void theServerRecordedItsOwnStartWhenTheApplicationDeployed() throws Exception {
        String ownSite = System.getProperty("switchboard.site.name");

        Site own = inTransaction(() -> sites.find(ownSite).orElseThrow());

        assertThat(own.startCount()).isGreaterThanOrEqualTo(1);
        assertThat(inTransaction(() -> sites.all())).extracting(Site::name).contains(ownSite);
    }

    @Test
    void theDatasourceIsTheDatabaseThisRunIsAbout() throws Exception {
        String product;
        try (Connection connection = dataSource.getConnection()) {
            product = connection.getMetaData().getDatabaseProductName();
        }

        String expected = "postgresql".equals(System.getenv("SWB_DB_DRIVER")) ? "PostgreSQL" : "H2";
        assertThat(product).isEqualTo(expected);
    }

    private <T> T inTransaction(Callable<T> work) throws Exception {
        transaction.begin();
        try {
            T result = work.call();
            em.flush();
            em.clear();
            transaction.commit();
            return result;
        } catch (Exception | AssertionError e) {
            transaction.rollback();
            throw e;
        }
    }
}
