package org.switchboard.pbx.scripted;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.switchboard.pbx.scripted.control.Control;
import org.switchboard.pbx.scripted.demo.DemoOfficeDay;

/**
 * The recorded traces, their replay and the fault injection are test sources (the tests jar, which test-kit
 * brings to tests), so the jar the EAR ships for the demo PBX has none of them; the server, the simulated PBX
 * and the demo office are main sources. The EAR side is checked by the enforcer rule in {@code ear/pom.xml}.
 */
class TestToolsStayInTheTestsJarTest {

    private static Path origin(Class<?> type) throws URISyntaxException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    @Test
    void traceReplayAndFaults_comeFromTheTestOutput_theServerAndTheDemoFromTheMainOutput() throws URISyntaxException {
        Path tests = origin(TestToolsStayInTheTestsJarTest.class);
        for (Class<?> tool : List.of(AmiTrace.class, TraceEvents.class, RecordedAction.class, Pacing.class,
                AmiFaults.class)) {
            assertThat(origin(tool)).as(tool.getSimpleName()).isEqualTo(tests);
        }
        for (Class<?> shipped : List.of(ScriptedAmiServer.class, Control.class, DemoOfficeDay.class,
                StartupLists.class)) {
            assertThat(origin(shipped)).as(shipped.getSimpleName()).isNotEqualTo(tests);
        }
    }
}
