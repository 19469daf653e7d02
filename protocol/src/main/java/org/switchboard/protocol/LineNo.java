package org.switchboard.protocol;

/** One of the receptionist's two lines: 1 or 2 on the wire. */
public record LineNo(int number) {

    public static final LineNo ONE = new LineNo(1);
    public static final LineNo TWO = new LineNo(2);

    public LineNo {
        if (number != 1 && number != 2) {
            throw new IllegalArgumentException("line must be 1 or 2, not " + number);
        }
    }

    public static LineNo of(int number) {
        return number == 1 ? ONE : number == 2 ? TWO : new LineNo(number);
    }

    /** The other line: the one {@code COUPLE} joins with this one. */
    public LineNo other() {
        return number == 1 ? TWO : ONE;
    }

    @Override
    public String toString() {
        return "line " + number;
    }
}
