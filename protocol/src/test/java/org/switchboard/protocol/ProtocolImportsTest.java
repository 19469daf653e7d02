package org.switchboard.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The protocol is plain Java over JSON-P, so that the client SDK and other clients can share it: its
 * sources import only the JDK, the JSON-P API and the protocol itself (no container, no JSON-B, no
 * Parsson classes, no SIP stack). Reads the sources, so it also catches imports the class path would allow.
 */
class ProtocolImportsTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern IMPORT = Pattern.compile("^\\s*import\\s+(?:static\\s+)?([\\w.]+)", Pattern.MULTILINE);
    private static final Pattern ALLOWED = Pattern.compile("(java\\.|jakarta\\.json\\.|org\\.switchboard\\.protocol\\.).*");

    @Test
    void theProtocolImportsOnlyTheJdkAndTheJsonPApi() throws IOException {
        List<Path> sources;
        try (Stream<Path> files = Files.walk(SOURCES)) {
            sources = files.filter(file -> file.toString().endsWith(".java")).toList();
        }

        assertThat(sources).isNotEmpty();
        assertThat(sources.stream().flatMap(ProtocolImportsTest::imports))
                .isNotEmpty()
                .allMatch(imported -> ALLOWED.matcher(imported).matches());
    }

    private static Stream<String> imports(Path source) {
        try {
            Matcher matcher = IMPORT.matcher(Files.readString(source));
            return matcher.results().map(result -> result.group(1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
