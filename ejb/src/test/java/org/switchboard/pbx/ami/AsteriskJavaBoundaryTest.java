package org.switchboard.pbx.ami;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * asterisk-java stays behind the AMI adapter: no source outside {@code pbx.ami} imports
 * {@code org.asteriskjava}, so its types cannot travel into the models or the services.
 */
class AsteriskJavaBoundaryTest {

    private static final Path SOURCES = Path.of("src/main/java/org/switchboard");
    private static final Path ADAPTER = SOURCES.resolve("pbx/ami");
    private static final Pattern ASTERISK_JAVA =
            Pattern.compile("^\\s*import\\s+(static\\s+)?org\\.asteriskjava", Pattern.MULTILINE);

    @Test
    void onlyTheAmiAdapterImportsAsteriskJava() {
        List<Path> importers = sources().stream().filter(AsteriskJavaBoundaryTest::importsAsteriskJava).toList();

        assertThat(importers).as("sources importing asterisk-java").isNotEmpty()
                .allMatch(path -> path.startsWith(ADAPTER), "inside pbx/ami");
    }

    private static List<Path> sources() {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(path -> path.toString().endsWith(".java")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean importsAsteriskJava(Path source) {
        try {
            return ASTERISK_JAVA.matcher(Files.readString(source)).find();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
