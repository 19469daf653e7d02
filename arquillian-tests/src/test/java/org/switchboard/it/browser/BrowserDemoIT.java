package org.switchboard.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Keys;
import org.switchboard.it.ShippedEar;
import org.switchboard.it.TestServer;

/**
 * The demo of {@code ./start.sh}, as the README tells a newcomer to try it: on the server with no Asterisk
 * configured (its demo PBX plays an office day, ten times faster here), she opens the console page, logs in as the
 * demo receptionist desk1 (password desk1) from the keyboard, paused so that the reception calls wait for her, and
 * handles one of them with keys only: takes it back, holds and retrieves it, parks it with a note, takes it back
 * and hangs up. Her desk phone (201) answers by itself, as the demo's phones do.
 */
@Tag("demo")
@ExtendWith(ArquillianExtension.class)
class BrowserDemoIT {

    /** The demo's reception callers arrive at random; ten times faster, one comes within seconds. */
    private static final Duration FIRST_CALLER = Duration.ofSeconds(60);
    private static final int TAKE_BACK_ATTEMPTS = 5;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return ShippedEar.asShipped();
    }

    private BrowserConsole page;

    @BeforeEach
    void openTheConsolePage() {
        page = BrowserConsole.open(TestServer.http("/switchboard/console/"));
    }

    @AfterEach
    void screenshotAndClose(TestInfo test) {
        page.screenshot(test.getTestMethod().orElseThrow().getName());
        BrowserFigures.add("demo: " + test.getTestMethod().orElseThrow().getName(), page);
        page.close();
    }

    /**
     * Takes back the first waiting caller with the keyboard and gives the call once connected on line 1. The demo's
     * callers hang up at random, sometimes just before the take back reaches the PBX (the command then fails: the
     * caller's channel is gone); she takes the next one, as a receptionist would.
     */
    private String takeBackAWaitingCaller() {
        for (int attempt = 1; attempt <= TAKE_BACK_ATTEMPTS; attempt++) {
            String waiting = page.awaitWaitingCall(FIRST_CALLER);
            page.press("takeBack", "t");
            Optional<String> connected = page.awaitLineStateUnlessGone(1, "Connected", waiting);
            if (connected.isPresent()) {
                return connected.get();
            }
        }
        throw new AssertionError(TAKE_BACK_ATTEMPTS + " waiting callers in a row hung up before the take back");
    }

    @Test
    void theDemoReceptionist_handlesADemoCall_withTheKeyboardOnly() {
        page.logInWithKeys("desk1", "desk1", true);
        page.awaitConsole();
        assertThat(page.text("receptionist")).contains("desk1");
        assertThat(page.text("site-name")).isEqualTo("it-demo");

        String call = takeBackAWaitingCaller();
        assertThat(page.focusedId()).isNotEqualTo("body");

        page.press("hold", "h");
        page.awaitLine(1, call, "On hold");
        page.press("retrieve", "r");
        page.awaitLine(1, call, "Connected");

        page.press("park", "p");
        page.awaitDialog("park-dialog");
        page.keys("Mrs Peeters, for sales", Keys.ENTER);
        page.awaitSupervised(call, "Parked");
        page.press("takeBack", "t");
        page.awaitLine(1, call, "Connected");
        assertThat(page.linePart(1, "note")).isEqualTo("Note: Mrs Peeters, for sales");
        assertThat(page.focusedId()).isNotEqualTo("body");
        Path picture = page.screenshot("demo-console");
        System.out.println("The demo console's screenshot: " + picture.toAbsolutePath());

        page.press("hangUp", "x");
        page.awaitFreeLine(1);
        assertThat(page.focusedId()).isNotEqualTo("body");
    }
}
