package org.switchboard.it.pair;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;

/**
 * The figures of the failover, printed in the test output and appended to {@code target/pair-figures.txt}: each a
 * scenario, what was measured, and how long it took from the failure.
 */
final class PairFigures {

    private static final Path FILE = Path.of(System.getProperty("switchboard.it.pair-dir", "target"), "pair-figures.txt");

    private PairFigures() {
    }

    /** Starts the file afresh (once per run of the pair). */
    static synchronized void reset() {
        write("# figures of the two-server failover tests, " + Instant.now() + "\n", StandardOpenOption.TRUNCATE_EXISTING);
    }

    /** {@code scenario: what <millis> ms} from {@code failure} to {@code at}; returns the duration. */
    static synchronized Duration record(String scenario, String what, Instant failure, Instant at) {
        Duration took = Duration.between(failure, at);
        String line = String.format("%-28s %-62s %6d ms%n", scenario, what, took.toMillis());
        System.out.print("PAIR FIGURE " + line);
        write(line, StandardOpenOption.APPEND);
        return took;
    }

    /** A figure that is a count or a note rather than a time. */
    static synchronized void note(String scenario, String what) {
        String line = String.format("%-28s %s%n", scenario, what);
        System.out.print("PAIR FIGURE " + line);
        write(line, StandardOpenOption.APPEND);
    }

    private static void write(String text, StandardOpenOption mode) {
        try {
            Files.createDirectories(FILE.getParent());
            Files.writeString(FILE, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    mode);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + FILE, e);
        }
    }
}
