package org.switchboard.cdr.persistence;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * One finished call as stored: the columns of the CDR value, flattened to text, instants and milliseconds.
 * Rows are written once and never changed.
 */
@Entity
@Table(name = "call_record", indexes = @Index(name = "call_record_started_at", columnList = "started_at"))
@NamedQuery(name = CallRecord.STARTED_BETWEEN,
        query = "select r from CallRecord r where r.startedAt >= :from and r.startedAt < :to"
                + " order by r.startedAt, r.callId")
@NamedQuery(name = CallRecord.COUNT_STARTED_BETWEEN,
        query = "select count(r) from CallRecord r where r.startedAt >= :from and r.startedAt < :to")
public class CallRecord {

    public static final String STARTED_BETWEEN = "CallRecord.startedBetween";
    public static final String COUNT_STARTED_BETWEEN = "CallRecord.countStartedBetween";

    @Id
    @Column(name = "call_id", length = 64)
    private String callId;

    @Column(name = "caller_number", length = 64, nullable = false)
    private String callerNumber;

    @Column(name = "caller_name", length = 128, nullable = false)
    private String callerName;

    @Column(name = "called_number", length = 64, nullable = false)
    private String calledNumber;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "ended_at", nullable = false)
    private Instant endedAt;

    @Column(name = "wait_ms", nullable = false)
    private long waitMillis;

    @Column(name = "talk_ms", nullable = false)
    private long talkMillis;

    @Column(name = "disposition", length = 16, nullable = false)
    private String disposition;

    @Column(name = "direction", length = 16, nullable = false)
    private String direction;

    @Column(name = "queue_name", length = 128)
    private String queue;

    @Column(name = "answered_by", length = 128)
    private String answeredBy;

    @Column(name = "channel", length = 128, nullable = false)
    private String channel;

    @Column(name = "destination_channel", length = 128, nullable = false)
    private String destinationChannel;

    @Column(name = "context", length = 80, nullable = false)
    private String context;

    @Column(name = "last_application", length = 80, nullable = false)
    private String lastApplication;

    @Column(name = "last_data", length = 255, nullable = false)
    private String lastData;

    @Column(name = "account_code", length = 80, nullable = false)
    private String accountCode;

    /**
     * Whether ended_at is an estimate: the call ended while the link to the PBX was down. The default lets
     * the schema update add the column to a table that already has rows (their ends were not estimated).
     */
    @Column(name = "end_estimated", nullable = false, columnDefinition = "boolean default false not null")
    private boolean endEstimated;

    protected CallRecord() {
        // for JPA
    }

    /** Starts a record for a call; the remaining columns are set with the fluent setters below. */
    public CallRecord(String callId, Instant startedAt, Instant endedAt, String disposition, String direction) {
        this.callId = Objects.requireNonNull(callId, "callId");
        this.startedAt = Objects.requireNonNull(startedAt, "startedAt");
        this.endedAt = Objects.requireNonNull(endedAt, "endedAt");
        this.disposition = Objects.requireNonNull(disposition, "disposition");
        this.direction = Objects.requireNonNull(direction, "direction");
        this.callerNumber = "";
        this.callerName = "";
        this.calledNumber = "";
        this.channel = "";
        this.destinationChannel = "";
        this.context = "";
        this.lastApplication = "";
        this.lastData = "";
        this.accountCode = "";
    }

    public CallRecord parties(String newCallerNumber, String newCallerName, String newCalledNumber) {
        this.callerNumber = cut(newCallerNumber, 64);
        this.callerName = cut(newCallerName, 128);
        this.calledNumber = cut(newCalledNumber, 64);
        return this;
    }

    public CallRecord timing(Instant newAnsweredAt, long newWaitMillis, long newTalkMillis) {
        this.answeredAt = newAnsweredAt;
        this.waitMillis = newWaitMillis;
        this.talkMillis = newTalkMillis;
        return this;
    }

    /** Marks ended_at as an estimate (the end was not seen), or not. */
    public CallRecord endEstimated(boolean estimated) {
        this.endEstimated = estimated;
        return this;
    }

    public CallRecord routing(String newQueue, String newAnsweredBy) {
        this.queue = newQueue == null ? null : cut(newQueue, 128);
        this.answeredBy = newAnsweredBy == null ? null : cut(newAnsweredBy, 128);
        return this;
    }

    public CallRecord asterisk(String newChannel, String newDestinationChannel, String newContext,
            String newLastApplication, String newLastData, String newAccountCode) {
        this.channel = cut(newChannel, 128);
        this.destinationChannel = cut(newDestinationChannel, 128);
        this.context = cut(newContext, 80);
        this.lastApplication = cut(newLastApplication, 80);
        this.lastData = cut(newLastData, 255);
        this.accountCode = cut(newAccountCode, 80);
        return this;
    }

    private static String cut(String value, int max) {
        String text = value == null ? "" : value;
        return text.length() <= max ? text : text.substring(0, max);
    }

    public String callId() {
        return callId;
    }

    public String callerNumber() {
        return callerNumber;
    }

    public String callerName() {
        return callerName;
    }

    public String calledNumber() {
        return calledNumber;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant answeredAt() {
        return answeredAt;
    }

    public Instant endedAt() {
        return endedAt;
    }

    public long waitMillis() {
        return waitMillis;
    }

    public long talkMillis() {
        return talkMillis;
    }

    public String disposition() {
        return disposition;
    }

    public String direction() {
        return direction;
    }

    public String queue() {
        return queue;
    }

    public String answeredBy() {
        return answeredBy;
    }

    public String channel() {
        return channel;
    }

    public String destinationChannel() {
        return destinationChannel;
    }

    public String context() {
        return context;
    }

    public String lastApplication() {
        return lastApplication;
    }

    public String lastData() {
        return lastData;
    }

    public String accountCode() {
        return accountCode;
    }

    public boolean endEstimated() {
        return endEstimated;
    }
}
