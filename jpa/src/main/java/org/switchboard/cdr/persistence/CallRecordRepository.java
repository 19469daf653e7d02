package org.switchboard.cdr.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

/** Call records by call id and by start time. Runs in the caller's transaction. */
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

    @PersistenceContext(unitName = "switchboard")
    private EntityManager em;

    /** The persistence unit's datasource (persistence.xml), asked once which database it is. */
    @Resource(lookup = "java:jboss/datasources/SwitchboardDS")
    private DataSource dataSource;

    private volatile String insertIfAbsent;

    public Optional<CallRecord> find(String callId) {
        return Optional.ofNullable(em.find(CallRecord.class, callId));
    }

    /**
     * Stores the record unless one with the same call id exists, in one SQL statement, so that two sites
     * storing the same call at the same moment both succeed and the table keeps one row; tells whether this
     * call stored it. PostgreSQL's {@code ON CONFLICT DO NOTHING} makes the race safe there; other databases
     * (the embedded H2 of a single server) get an insert guarded by {@code NOT EXISTS}.
     */
    public boolean addIfAbsent(CallRecord record) {
        Query insert = em.createNativeQuery(insertIfAbsent());
        for (int i = 0; i < COLUMNS.size(); i++) {
            insert.setParameter(i + 1, COLUMNS.get(i).value().apply(record));
        }
        if (!insertIfAbsent.contains("on conflict")) {
            insert.setParameter(COLUMNS.size() + 1, record.callId());
        }
        return insert.executeUpdate() == 1;
    }

    private String insertIfAbsent() {
        String sql = insertIfAbsent;
        if (sql == null) {
            String columns = COLUMNS.stream().map(Column::name).collect(Collectors.joining(", "));
            String values = COLUMNS.stream().map(column -> "?").collect(Collectors.joining(", "));
            sql = postgresql()
                    ? "insert into call_record (" + columns + ") values (" + values + ") on conflict (call_id) do nothing"
                    : "insert into call_record (" + columns + ") select " + values
                            + " where not exists (select 1 from call_record where call_id = ?)";
            insertIfAbsent = sql;
        }
        return sql;
    }

    private boolean postgresql() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot tell which database holds the call records", e);
        }
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
