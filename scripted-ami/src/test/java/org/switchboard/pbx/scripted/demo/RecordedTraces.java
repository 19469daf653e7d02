package org.switchboard.pbx.scripted.demo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.switchboard.pbx.scripted.AmiTrace;

/**
 * The recorded sessions of the real Asterisk, read from the shared directory: the system property
 * {@code switchboard.ami-traces} when set, else {@code ../../shared/ami-traces} from the module directory or
 * {@code ../shared/ami-traces} from the repository root. Without that directory, the copies bundled with the
 * module are used.
 */
final class RecordedTraces {

    static final String PROPERTY = "switchboard.ami-traces";

    private RecordedTraces() {
    }

    static AmiTrace load(String name) {
        return directory().map(dir -> AmiTrace.load(dir.resolve(name + ".log")))
                .orElseGet(() -> AmiTrace.bundled(name));
    }

    static Optional<Path> directory() {
        Stream<String> candidates = Optional.ofNullable(System.getProperty(PROPERTY)).map(Stream::of)
                .orElseGet(() -> List.of("../../shared/ami-traces", "../shared/ami-traces").stream());
        return candidates.map(Path::of).filter(Files::isDirectory).findFirst();
    }
}
