package org.switchboard.cdr.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

/** Call records by call id and by start time; one insert per call. Runs in the caller's transaction. */
@ApplicationScoped
public class CallRecordRepository {

    /** Every column of {@code call_record}, in the order the insert binds them. */
    private static final List<Column> COLUMNS = List.of(
            new Column("call_id", CallRecord::callId),
            new Column("caller_number", CallRecord::callerNumber),
            new Column("caller_name", CallRecord::callerName),
            new Column("called_number", CallRecord::calledNumber),
            new Column("started_at", CallRecord::startedAt),
            new Column("answered_at", CallRecord::answeredAt),
            new Column("ended_at", CallRecord::endedAt),
            new Column("wait_ms", CallRecord::waitMillis),
            new Column("talk_ms", CallRecord::talkMillis),
            new Column("disposition", CallRecord::disposition),
            new Column("direction", CallRecord::direction),
            new Column("queue_name", CallRecord::queue),
            new Column("answered_by", CallRecord::answeredBy),
            new Column("channel", CallRecord::channel),
            new Column("destination_channel", CallRecord::destinationChannel),
            new Column("context", CallRecord::context),
            new Column("last_application", CallRecord::lastApplication),
            new Column("last_data", CallRecord::lastData),
            new Column("account_code", CallRecord::accountCode),
            new Column("end_estimated", CallRecord::endEstimated));

    private record Column(String name, Function<CallRecord, Object> value) {
    }

    private static final String INSERT = "insert into call_record ("
            + COLUMNS.stream().map(Column::name).collect(Collectors.joining(", ")) + ") values ("
            + COLUMNS.stream().map(column -> "?").collect(Collectors.joining(", ")) + ")";

    /** The SQL standard's state for a unique or primary key violation; H2 and PostgreSQL both report it. */
    private static final String UNIQUE_VIOLATION = "23505";

    @PersistenceContext(unitName = "switchboard")
    private EntityManager em;

    /** The persistence unit's datasource (persistence.xml): the insert's connection, enlisted in the caller's transaction. */
    @Resource(lookup = "java:jboss/datasources/SwitchboardDS")
    private DataSource dataSource;

    public Optional<CallRecord> find(String callId) {
        return Optional.ofNullable(em.find(CallRecord.class, callId));
    }

    /**
     * Inserts the record in the caller's transaction with one plain SQL insert, the same on every database.
     * When a record of the same call id is stored already, or is being stored by a transaction that then
     * commits, the database's primary key refuses it and this throws {@link CallRecordExistsException}: the
     * caller's transaction is then unusable (PostgreSQL aborts it), so the caller runs this in a transaction
     * of its own and rolls it back. The statement goes through the datasource, not through Hibernate, so that
     * a refused duplicate is not logged as an SQL error.
     */
    public void insert(CallRecord record) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (int i = 0; i < COLUMNS.size(); i++) {
                insert.setObject(i + 1, jdbcValue(COLUMNS.get(i).value().apply(record)));
            }
            insert.executeUpdate();
        } catch (SQLException e) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw new CallRecordExistsException(record.callId(), e);
            }
            throw new PersistenceException("could not store the record of call " + record.callId(), e);
        }
    }

    /** Instants bound as UTC timestamps, as Hibernate writes them ({@code hibernate.jdbc.time_zone} UTC). */
    private static Object jdbcValue(Object value) {
        return value instanceof Instant instant ? OffsetDateTime.ofInstant(instant, ZoneOffset.UTC) : value;
    }

    /** Records of calls that started in {@code [from, to)}, oldest first, one page at a time. */
    public List<CallRecord> startedBetween(Instant from, Instant to, int first, int max) {
        return em.createNamedQuery(CallRecord.STARTED_BETWEEN, CallRecord.class)
                .setParameter("from", from)
                .setParameter("to", to)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    public long countStartedBetween(Instant from, Instant to) {
        return em.createNamedQuery(CallRecord.COUNT_STARTED_BETWEEN, Long.class)
                .setParameter("from", from)
                .setParameter("to", to)
                .getSingleResult();
    }
}
