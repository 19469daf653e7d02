package org.switchboard.sip.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import gov.nist.core.LogLevels;
import gov.nist.core.StackLogger;

/** Runs with JBoss Logging on java.util.logging (the surefire configuration), as in the other modules. */
class StackLogBridgeTest {

    private final Logger category = Logger.getLogger(StackLogBridge.CATEGORY);
    private final List<LogRecord> records = new CopyOnWriteArrayList<>();
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            records.add(record);
        }

        @Override
        public void flush() {
            // nothing buffered
        }

        @Override
        public void close() {
            // nothing to release
        }
    };
    private final String id = UUID.randomUUID().toString();
    private Level levelBefore;

    @BeforeEach
    void captureTheCategory() {
        levelBefore = category.getLevel();
        category.setLevel(Level.ALL);
        category.setUseParentHandlers(false);
        handler.setLevel(Level.ALL);
        category.addHandler(handler);
    }

    @AfterEach
    void releaseTheCategory() {
        category.removeHandler(handler);
        category.setUseParentHandlers(true);
        category.setLevel(levelBefore);
    }

    @Test
    void givenTheServersBridge_thenErrorsAndWarningsKeepTheirLevelAndInfoAndDebugGoLower() {
        logOneOfEach(new StackLogBridge());

        assertThat(levelsByMessage()).containsExactly("fatal ERROR", "error ERROR", "exception ERROR",
                "warning WARN", "info DEBUG", "debug TRACE", "trace TRACE");
    }

    @Test
    void givenTheQuietBridge_thenErrorsGoToWarnAndWarningsToDebug() {
        logOneOfEach(new QuietStackLogBridge());

        assertThat(levelsByMessage()).containsExactly("fatal WARN", "error WARN", "exception WARN",
                "warning DEBUG", "info DEBUG", "debug TRACE", "trace TRACE");
    }

    @Test
    void givenTheCategoryAtWarn_thenTheStackAsksForErrorsAndWarningsOnly() {
        category.setLevel(Level.WARNING);
        StackLogger bridge = new StackLogBridge();

        assertThat(bridge.isLoggingEnabled(LogLevels.TRACE_ERROR)).isTrue();
        assertThat(bridge.isLoggingEnabled(LogLevels.TRACE_WARN)).isTrue();
        assertThat(bridge.isLoggingEnabled(LogLevels.TRACE_INFO)).isFalse();
        assertThat(bridge.isLoggingEnabled(LogLevels.TRACE_DEBUG)).isFalse();
        assertThat(bridge.isLoggingEnabled(LogLevels.TRACE_NONE)).isFalse();
    }

    @Test
    void givenTheCategoryAtWarn_thenTheQuietBridgeAsksForErrorsOnly() {
        category.setLevel(Level.WARNING);
        StackLogger bridge = new QuietStackLogBridge();

        assertThat(bridge.isLoggingEnabled(LogLevels.TRACE_ERROR)).isTrue();
        assertThat(bridge.isLoggingEnabled(LogLevels.TRACE_WARN)).isFalse();
    }

    @Test
    void whenTheStackDisablesLogging_thenNothingIsLoggedUntilItEnablesItAgain() {
        StackLogger bridge = new StackLogBridge();

        bridge.disableLogging();
        bridge.logError(id + " while disabled");
        boolean enabledWhileDisabled = bridge.isLoggingEnabled(LogLevels.TRACE_ERROR);
        bridge.enableLogging();
        bridge.logError(id + " after enabling");

        assertThat(enabledWhileDisabled).isFalse();
        assertThat(levelsByMessage()).containsExactly("after enabling ERROR");
    }

    private void logOneOfEach(StackLogger bridge) {
        bridge.logFatalError(id + " fatal");
        bridge.logError(id + " error");
        bridge.logException(new IllegalStateException(id + " exception"));
        bridge.logWarning(id + " warning");
        bridge.logInfo(id + " info");
        bridge.logDebug(id + " debug");
        bridge.logTrace(id + " trace");
    }

    /** "message LEVEL" for each record of this test, the exception's message standing for the record's. */
    private List<String> levelsByMessage() {
        return records.stream()
                .map(r -> (r.getThrown() != null ? r.getThrown().getMessage() : r.getMessage())
                        + " " + r.getLevel().getName())
                .filter(line -> line.startsWith(id))
                .map(line -> line.substring(id.length() + 1))
                .toList();
    }
}
