package org.switchboard.cdr.model;

/** How a finished call ended, with the word Asterisk's Master.csv uses for it. */
public enum Disposition {
    ANSWERED("ANSWERED"),
    NO_ANSWER("NO ANSWER"),
    /** The caller hung up while waiting in a queue; Master.csv has no word of its own for it. */
    ABANDONED("NO ANSWER"),
    BUSY("BUSY"),
    FAILED("FAILED"),
    CONGESTION("CONGESTION");

    private final String masterCsv;

    Disposition(String masterCsv) {
        this.masterCsv = masterCsv;
    }

    public String masterCsv() {
        return masterCsv;
    }
}
