package org.switchboard.cdr.model;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.UnaryOperator;

import org.switchboard.shared.model.InvalidSetting;

/**
 * Where and in which time zone the daily CDR files are written.
 *
 * @param exportDirectory the directory of the daily files {@code cdr-YYYY-MM-DD.csv}
 * @param zone the zone that decides which calls belong to a day, and in which the CSV times are written
 */
public record CdrSettings(Path exportDirectory, ZoneId zone) {

    public static final String EXPORT_DIRECTORY = "switchboard.cdr.export-dir";
    public static final String ZONE = "switchboard.cdr.zone";

    /**
     * Reads the settings; {@code source} returns null for a key that is not set.
     *
     * @param defaultDirectory used when {@link #EXPORT_DIRECTORY} is not set
     */
    public static CdrSettings from(UnaryOperator<String> source, Path defaultDirectory) {
        String directory = source.apply(EXPORT_DIRECTORY);
        Path exportDirectory;
        try {
            exportDirectory = directory == null || directory.isBlank() ? defaultDirectory : Path.of(directory.strip());
        } catch (InvalidPathException e) {
            throw new InvalidSetting(EXPORT_DIRECTORY, directory, "a directory path");
        }
        String zoneName = source.apply(ZONE);
        ZoneId zone;
        try {
            zone = zoneName == null || zoneName.isBlank() ? ZoneId.systemDefault() : ZoneId.of(zoneName.strip());
        } catch (DateTimeException e) {
            throw new InvalidSetting(ZONE, zoneName, "a time zone such as Europe/Brussels or UTC");
        }
        return new CdrSettings(exportDirectory, zone);
    }

    /** The file that holds one day's records. */
    public Path fileOf(LocalDate day) {
        return exportDirectory.resolve("cdr-" + day + ".csv");
    }
}
