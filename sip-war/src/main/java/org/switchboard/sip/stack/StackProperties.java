package org.switchboard.sip.stack;

import java.util.Properties;

import org.switchboard.sip.screen.ScreeningNetworkLayer;
import org.switchboard.sip.screen.ScreeningParserFactory;

/** The one list of JAIN-SIP properties the endpoint's stack is created with, and why. */
public final class StackProperties {

    private StackProperties() {
    }

    /** Properties for a new stack; {@code stackName} must be unique in the JVM. */
    public static Properties named(String stackName) {
        Properties properties = new Properties();
        properties.setProperty("javax.sip.STACK_NAME", stackName);
        // logging and message trace into JBoss Logging; nothing to stdout, nothing to log4j
        properties.setProperty("gov.nist.javax.sip.STACK_LOGGER", StackLogBridge.class.getName());
        properties.setProperty("gov.nist.javax.sip.SERVER_LOGGER", MessageTrace.class.getName());
        // no TLS, and no warnings about its missing key stores
        properties.setProperty("gov.nist.javax.sip.SECURITY_MANAGER_PROVIDER", NoTls.class.getName());
        properties.setProperty("gov.nist.javax.sip.TLS_SECURITY_POLICY", "gov.nist.javax.sip.stack.DefaultTlsSecurityPolicy");
        // sockets that answer malformed requests with 400 before the stack drops them
        properties.setProperty("gov.nist.javax.sip.NETWORK_LAYER", ScreeningNetworkLayer.class.getName());
        properties.setProperty("gov.nist.javax.sip.MESSAGE_PARSER_FACTORY", ScreeningParserFactory.class.getName());
        // the console protocol uses no dialogs: requests stand alone
        properties.setProperty("javax.sip.AUTOMATIC_DIALOG_SUPPORT", "off");
        // THREAD_POOL_SIZE stays unset: one short-lived thread per datagram. With a pool, a stack stopped
        // right after it started (a port in use) leaves the pool's threads waiting forever.
        // The congestion auditor only watches that pool's queue; its timer thread leaks in the same case.
        properties.setProperty("gov.nist.javax.sip.CONGESTION_CONTROL_TIMEOUT", "0");
        return properties;
    }
}
