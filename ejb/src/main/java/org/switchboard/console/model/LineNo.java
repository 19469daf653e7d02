package org.switchboard.console.model;

/** One of the console's two lines. */
public enum LineNo {
    L1, L2;

    /** 1 or 2, as the protocol numbers them. */
    public int number() {
        return ordinal() + 1;
    }

    public LineNo other() {
        return this == L1 ? L2 : L1;
    }

    /** The line numbered 1 or 2. */
    public static LineNo of(int number) {
        if (number < 1 || number > 2) {
            throw new IllegalArgumentException("a line is 1 or 2, not " + number);
        }
        return values()[number - 1];
    }
}
