package org.switchboard.cdr.ops;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

import org.switchboard.cdr.CdrExport;
import org.switchboard.cdr.CdrService;
import org.switchboard.cdr.model.CdrSettings;
import org.switchboard.runtime.PublishedMXBean;

/** Publishes {@link CdrMXBean} while the application runs. */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class CdrOps extends PublishedMXBean implements CdrMXBean {

    @Inject
    CdrService cdrs;

    @Inject
    CdrExport export;

    @Inject
    CdrSettings settings;

    @Override
    protected String type() {
        return "Cdr";
    }

    @Override
    public String getExportDirectory() {
        return settings.exportDirectory().toString();
    }

    @Override
    public String getZone() {
        return settings.zone().getId();
    }

    @Override
    public long countOfDay(String day) {
        return cdrs.countOfDay(parse(day), settings.zone());
    }

    @Override
    public String exportDay(String day) {
        CdrExport.Export done = export.export(parse(day));
        return done.records() + " records of " + done.day() + " written to " + done.file();
    }

    private static LocalDate parse(String day) {
        try {
            return LocalDate.parse(day == null ? "" : day.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("expected a day as YYYY-MM-DD, got '" + day + "'");
        }
    }
}
