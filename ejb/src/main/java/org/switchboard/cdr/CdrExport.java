package org.switchboard.cdr;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

import org.switchboard.cdr.model.CdrSettings;
import org.switchboard.cdr.model.MasterCsv;

/**
 * Writes each day's call records to {@code cdr-YYYY-MM-DD.csv} a few minutes after midnight, and on demand.
 * The file is written beside its final name and moved into place, so a reader never sees half a day.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class CdrExport {

    @Inject
    CdrService cdrs;

    @Inject
    CdrSettings settings;

    @Inject
    Clock clock;

    @PostConstruct
    void announce() {
        CdrLog.LOG.settings(settings.exportDirectory().toString(), settings.zone().getId());
    }

    @Schedule(hour = "0", minute = "5", persistent = false, info = "daily CDR export")
    void exportYesterday() {
        LocalDate yesterday = LocalDate.now(clock.withZone(settings.zone())).minusDays(1);
        try {
            export(yesterday);
        } catch (UncheckedIOException e) {
            // already logged; the next night tries the next day, and an operator can redo this one over JMX
        }
    }

    /** Writes (or rewrites) the file of {@code day}; returns how many records it holds. */
    public synchronized Export export(LocalDate day) {
        Path file = settings.fileOf(day);
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        MasterCsv csv = new MasterCsv(settings.zone());
        try {
            Files.createDirectories(file.getParent());
            long count;
            try (BufferedWriter out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
                out.write(csv.header());
                out.write('\n');
                count = cdrs.forEachOfDay(day, settings.zone(), cdr -> writeLine(out, csv.line(cdr)));
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            CdrLog.LOG.exported(count, day.toString(), file.toString());
            return new Export(day, file, count);
        } catch (IOException | UncheckedIOException e) {
            CdrLog.LOG.exportFailed(day.toString(), file.toString(), e);
            throw e instanceof UncheckedIOException u ? u : new UncheckedIOException((IOException) e);
        }
    }

    private static void writeLine(BufferedWriter out, String line) {
        try {
            out.write(line);
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The result of one export. */
    public record Export(LocalDate day, Path file, long records) {
    }
}
