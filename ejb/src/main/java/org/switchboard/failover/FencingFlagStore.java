package org.switchboard.failover;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.switchboard.failover.model.FencingFlags;

/**
 * This site's fencing flags on disk, where they survive a restart and a broken database: the files {@code SMITH}
 * and {@code STONITH} (and on the secondary {@code ACTIVITY}) in one directory, each holding {@code 0} or
 * {@code 1}. A write goes to a temporary file that is forced to disk, moved over the old file atomically, and
 * then the directory is forced too, so a crash leaves either the old or the new value.
 *
 * <p>Read at start: a missing file is {@code 0} (a site that never fenced). A file that cannot be read, or that
 * holds anything but {@code 0} or {@code 1}, counts as {@code 1} (fail safe: a primary then refuses calls, a
 * secondary keeps demanding STONITH until an operator activates it) and is reported.
 */
public final class FencingFlagStore {

    static final String SMITH = "SMITH";
    static final String STONITH = "STONITH";
    static final String ACTIVITY = "ACTIVITY";

    private final Path directory;

    public FencingFlagStore(Path directory) {
        this.directory = Objects.requireNonNull(directory, "directory");
    }

    public Path directory() {
        return directory;
    }

    /** What the files hold, and what was wrong with any of them. */
    public Stored read() {
        List<String> problems = new ArrayList<>();
        boolean smith = readFlag(SMITH, problems);
        boolean stonith = readFlag(STONITH, problems);
        boolean activity = readFlag(ACTIVITY, problems);
        return new Stored(new FencingFlags(smith, stonith), activity, List.copyOf(problems));
    }

    /** Writes both flags, STONITH first: a crash between the two leaves STONITH set, which a primary reads as 11. */
    public void write(FencingFlags flags) throws IOException {
        writeFlag(STONITH, flags.stonith());
        writeFlag(SMITH, flags.smith());
    }

    public void writeActivity(boolean detected) throws IOException {
        writeFlag(ACTIVITY, detected);
    }

    private boolean readFlag(String name, List<String> problems) {
        Path file = directory.resolve(name);
        String content;
        try {
            content = Files.readString(file, StandardCharsets.US_ASCII).strip();
        } catch (NoSuchFileException e) {
            return false;
        } catch (IOException | RuntimeException e) {
            problems.add(file + " cannot be read (" + e + "): taken as 1");
            return true;
        }
        if (content.equals("0")) {
            return false;
        }
        if (!content.equals("1")) {
            problems.add(file + " holds '" + abbreviate(content) + "' instead of 0 or 1: taken as 1");
        }
        return true;
    }

    private void writeFlag(String name, boolean value) throws IOException {
        Files.createDirectories(directory);
        Path temporary = directory.resolve(name + ".tmp");
        try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            channel.write(ByteBuffer.wrap((value ? "1\n" : "0\n").getBytes(StandardCharsets.US_ASCII)));
            channel.force(true);
        }
        Files.move(temporary, directory.resolve(name), StandardCopyOption.ATOMIC_MOVE,
                StandardCopyOption.REPLACE_EXISTING);
        forceDirectory();
    }

    private void forceDirectory() throws IOException {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (AccessDeniedException | UnsupportedOperationException e) {
            // a file system (or OS) that cannot open a directory for syncing: the move itself is atomic there
        }
    }

    private static String abbreviate(String content) {
        String printable = content.replaceAll("\\p{Cntrl}", "?");
        return printable.length() > 20 ? printable.substring(0, 20) + "…" : printable;
    }

    /**
     * The files' content.
     *
     * @param flags SMITH and STONITH
     * @param activity whether the secondary had detected activity
     * @param problems one line per file that was unreadable or held garbage (each taken as 1)
     */
    public record Stored(FencingFlags flags, boolean activity, List<String> problems) {
    }
}
