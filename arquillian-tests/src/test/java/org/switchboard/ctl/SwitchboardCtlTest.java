package org.switchboard.ctl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The command line of switchboard-ctl, its listings and the runbook's verdict on two sites' console sessions. */
class SwitchboardCtlTest {

    private static final String HEADER = "USER      SESSION  STATE    PAUSED  LINE 1  LINE 2  SUPERVISED  CLIENT";

    private static SwitchboardCtl.Invocation parse(String[] args) throws SwitchboardCtl.UsageException {
        return SwitchboardCtl.parse(args, variable -> null);
    }

    @Test
    void givenOnlyACommand_thenTheLocalManagementPortAndLocalAuthenticationAreUsed() throws Exception {
        SwitchboardCtl.Invocation invocation = parse(new String[] {"status"});

        assertThat(invocation).isEqualTo(new SwitchboardCtl.Invocation("127.0.0.1", 9990, null, null, "status", null));
        assertThat(invocation.url()).hasToString("service:jmx:remote+http://127.0.0.1:9990");
    }

    @Test
    void givenOptionsAroundTheCommand_thenEachIsTaken() throws Exception {
        SwitchboardCtl.Invocation invocation = parse(new String[] {"--host", "site-b", "history",
            "--port", "10490", "SIP_SELF_TEST", "--user", "ops", "--password", "secret"});

        assertThat(invocation).isEqualTo(new SwitchboardCtl.Invocation("site-b", 10490, "ops", "secret", "history",
                "SIP_SELF_TEST"));
    }

    @Test
    void givenAUserWithoutPassword_thenThePasswordComesFromTheEnvironment() throws Exception {
        SwitchboardCtl.Invocation invocation = SwitchboardCtl.parse(new String[] {"--user", "ops", "probes"},
                variable -> variable.equals("SWB_CTL_PASSWORD") ? "from-env" : null);

        assertThat(invocation.password()).isEqualTo("from-env");
    }

    @Test
    void givenAWrongCommandLine_thenTheReasonIsGiven() {
        assertThatThrownBy(() -> parse(new String[] {"reboot"})).hasMessage("unknown command reboot");
        assertThatThrownBy(() -> parse(new String[0])).hasMessage("no command given");
        assertThatThrownBy(() -> parse(new String[] {"history"}))
                .hasMessage("history needs one argument");
        assertThatThrownBy(() -> parse(new String[] {"status", "now"}))
                .hasMessage("status takes no argument, got now");
        assertThatThrownBy(() -> parse(new String[] {"--port", "http", "status"}))
                .hasMessage("--port must be a number, got http");
        assertThatThrownBy(() -> parse(new String[] {"--port"})).hasMessage("--port needs a value");
        assertThatThrownBy(() -> parse(new String[] {"--user", "ops", "status"}))
                .hasMessage("--user needs --password or the environment variable SWB_CTL_PASSWORD");
        assertThatThrownBy(() -> parse(new String[] {"--password", "secret", "status"}))
                .hasMessage("--password needs --user");
        assertThatThrownBy(() -> parse(new String[] {"--verbose", "status"}))
                .hasMessage("unknown option --verbose");
    }

    @Test
    void givenAnUnknownCommand_whenRun_thenItExitsTwoWithTheReasonAndTheUsage() {
        Output output = new Output();

        int exit = SwitchboardCtl.run(new String[] {"reboot"}, output.out, output.err);

        assertThat(exit).isEqualTo(SwitchboardCtl.USAGE);
        assertThat(output.err()).startsWith("switchboard-ctl: unknown command reboot").contains("compare-sessions");
        assertThat(output.out()).isEmpty();
    }

    @Test
    void givenSeveralAttributes_thenEachIsPrintedByName_andAListIndented() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("Verdict", "available");
        values.put("Probes", new String[] {"CPU load OK 0.4", "memory use OK 41%"});
        Output output = new Output();

        SwitchboardCtl.print(values, output.out);

        assertThat(output.out()).isEqualTo("Verdict: available\nProbes:\n  CPU load OK 0.4\n  memory use OK 41%\n");
    }

    @Test
    void givenOneListAttribute_thenItsLinesArePrintedAsTheyAre() {
        Map<String, Object> values = Map.of("Sessions", new String[] {HEADER, "anna  s-1  IDLE"});
        Output output = new Output();

        SwitchboardCtl.print(values, output.out);

        assertThat(output.out()).isEqualTo(HEADER + "\nanna  s-1  IDLE\n");
    }

    @Test
    void givenAnOperationWithItsResult_thenTheResultsLinesArePrinted() {
        Output output = new Output();

        String[] history = {"CPU load OK 0.4 at 12:00:00", "CPU load WARNING 3.9 at 12:00:02"};
        SwitchboardCtl.print(history, output.out);
        SwitchboardCtl.print("active, primary, row 0000 (valid)", output.out);

        assertThat(output.out()).isEqualTo("CPU load OK 0.4 at 12:00:00\nCPU load WARNING 3.9 at 12:00:02\n"
                + "active, primary, row 0000 (valid)\n");
    }

    @Test
    void givenEachUserOnBothSites_passiveOnExactlyOne_thenTheListsAreConsistent() {
        SwitchboardCtl.Comparison comparison = SwitchboardCtl.Comparison.of(
                List.of(HEADER, "anna  s-1  IDLE     no  -  -  -  test", "bob   s-2  PASSIVE  no  -  -  -  test"),
                List.of("anna  s-1  PASSIVE  no  -  -  -  test", "bob   s-2  CONVERSATION  no  -  -  -  test"));
        Output output = new Output();

        comparison.print(output.out);

        assertThat(comparison.consistent()).isTrue();
        assertThat(output.out()).contains("consistent: the same 2 sessions on both sites")
                .containsPattern("anna +IDLE +PASSIVE").containsPattern("bob +PASSIVE +CONVERSATION");
    }

    @Test
    void givenAUserPassiveOnBoth_activeOnBoth_orOnOneSiteOnly_thenEachIsNamed() {
        SwitchboardCtl.Comparison comparison = SwitchboardCtl.Comparison.of(
                List.of(HEADER, "anna  s-1  PASSIVE", "bob  s-2  IDLE", "carla  s-3  IDLE"),
                List.of(HEADER, "anna  s-1  PASSIVE", "bob  s-2  IDLE"));

        assertThat(comparison.consistent()).isFalse();
        assertThat(comparison.differences()).containsExactly("this site has 3 sessions, the peer 2",
                "anna: PASSIVE on both sites", "bob: PASSIVE on neither site", "carla: a session on this site only");
    }

    @Test
    void givenNoSessionsOnEitherSite_thenTheListsAreConsistent() {
        assertThat(SwitchboardCtl.Comparison.of(List.of(HEADER), List.of()).consistent()).isTrue();
    }

    private static final class Output {
        private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
        private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        final PrintStream out = new PrintStream(outBytes, true, StandardCharsets.UTF_8);
        final PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);

        String out() {
            return outBytes.toString(StandardCharsets.UTF_8);
        }

        String err() {
            return errBytes.toString(StandardCharsets.UTF_8);
        }
    }
}
