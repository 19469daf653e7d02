package org.switchboard.shared.model;

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
 * Domain models and the PBX mirror are plain Java: no class in a {@code ..model} package or in
 * {@code pbx.mirror} may import the container, asterisk-java or JAIN-SIP. Reads the sources, so it also
 * catches imports of classes that happen to be missing from the test class path. The call model knows
 * nothing of the CDR domain: the CDR is written from the facts a CallEnded carries.
 */
class ModelImportsTest {

    private static final Path SOURCES = Path.of("src/main/java/org/switchboard");
    private static final Pattern FORBIDDEN =
            Pattern.compile("^\\s*import\\s+(static\\s+)?(jakarta\\.|org\\.asteriskjava|javax\\.sip)", Pattern.MULTILINE);

    @Test
    void modelAndMirrorSources_importNoContainerNorProtocolLibrary() {
        List<Path> scanned = plainJavaSources();

        assertThat(scanned).as("model sources found").isNotEmpty()
                .anyMatch(path -> path.toString().contains("call/model"))
                .anyMatch(path -> path.toString().contains("pbx/mirror"));
        assertThat(scanned).filteredOn(ModelImportsTest::importsForbidden).isEmpty();
    }

    @Test
    void callModel_doesNotDependOnTheCdrDomain() {
        Path callModel = SOURCES.resolve("call/model");

        assertThat(plainJavaSources()).filteredOn(path -> path.startsWith(callModel)).as("call model sources")
                .isNotEmpty().filteredOn(path -> read(path).contains("org.switchboard.cdr.")).isEmpty();
    }

    private static String read(Path source) {
        try {
            return Files.readString(source);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> plainJavaSources() {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(path -> path.toString().endsWith(".java"))
                    .filter(path -> {
                        String dir = SOURCES.relativize(path.getParent()).toString().replace('\\', '/');
                        return dir.endsWith("model") || dir.equals("pbx/mirror");
                    }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean importsForbidden(Path source) {
        try {
            return FORBIDDEN.matcher(Files.readString(source)).find();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
