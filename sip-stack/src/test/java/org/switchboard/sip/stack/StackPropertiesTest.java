package org.switchboard.sip.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import gov.nist.core.CommonLogger;
import gov.nist.javax.sip.SipStackImpl;

class StackPropertiesTest {

    @ParameterizedTest
    @ValueSource(classes = {StackLogBridge.class, QuietStackLogBridge.class})
    void givenTheProperties_whenAStackIsCreated_thenItLogsAndTracesThroughOurBridges(
            Class<? extends StackLogBridge> bridge) throws Exception {
        // the constructor fails when a class the properties name (NoTls among them) cannot be instantiated
        SipStackImpl stack = new SipStackImpl(StackProperties.named("properties-test-" + UUID.randomUUID(), bridge));
        try {
            // JAIN-SIP keeps the stack logger it created last in this static field
            assertThat(CommonLogger.legacyLogger).isExactlyInstanceOf(bridge);
            assertThat(stack.getServerLogger()).isInstanceOf(MessageTrace.class);
        } finally {
            StackShutdown.stop(stack);
        }
    }
}
