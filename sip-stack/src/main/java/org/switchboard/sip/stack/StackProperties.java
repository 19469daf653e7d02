package org.switchboard.sip.stack;

import java.util.Properties;

/**
 * The JAIN-SIP properties every stack of ours is created with, the server's and the test agent's, and why.
 * A stack adds its own choices on top (the server's endpoint adds its request screen).
 */
public final class StackProperties {

    private StackProperties() {
    }

    /**
     * Properties for a new stack that logs through {@link StackLogBridge}; {@code stackName} must be unique in
     * the JVM.
     */
    public static Properties named(String stackName) {
        return named(stackName, StackLogBridge.class);
    }

    /**
     * Properties for a new stack that logs through this bridge, for example {@link QuietStackLogBridge} for a
     * test peer; {@code stackName} must be unique in the JVM.
     */
    public static Properties named(String stackName, Class<? extends StackLogBridge> logBridge) {
        Properties properties = new Properties();
        properties.setProperty("javax.sip.STACK_NAME", stackName);
        // logging and message trace into JBoss Logging; nothing to stdout, nothing to log4j
        properties.setProperty("gov.nist.javax.sip.STACK_LOGGER", logBridge.getName());
        properties.setProperty("gov.nist.javax.sip.SERVER_LOGGER", MessageTrace.class.getName());
        // no TLS, and no warnings about its missing key stores
        properties.setProperty("gov.nist.javax.sip.SECURITY_MANAGER_PROVIDER", NoTls.class.getName());
        properties.setProperty("gov.nist.javax.sip.TLS_SECURITY_POLICY", "gov.nist.javax.sip.stack.DefaultTlsSecurityPolicy");
        // the console protocol uses no dialogs: requests stand alone
        properties.setProperty("javax.sip.AUTOMATIC_DIALOG_SUPPORT", "off");
        // THREAD_POOL_SIZE stays unset: one short-lived thread per datagram. With a pool, a stack stopped
        // right after it started (a port in use) leaves the pool's threads waiting forever.
        // The congestion auditor only watches that pool's queue; its timer thread leaks in the same case.
        properties.setProperty("gov.nist.javax.sip.CONGESTION_CONTROL_TIMEOUT", "0");
        return properties;
    }
}
