package org.switchboard.cdr.ops;

/** Call detail records for operators ({@code org.switchboard:type=Cdr}). Days are ISO dates, e.g. 2026-11-21. */
public interface CdrMXBean {

    /** Where the daily files go. */
    String getExportDirectory();

    /** The zone that decides which calls belong to a day. */
    String getZone();

    /** How many calls started on {@code day}. */
    long countOfDay(String day);

    /** Writes the file of {@code day} now and says where it went and how many records it holds. */
    String exportDay(String day);
}
