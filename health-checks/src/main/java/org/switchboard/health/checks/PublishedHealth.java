package org.switchboard.health.checks;

import java.lang.management.ManagementFactory;

import javax.management.InstanceNotFoundException;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.MalformedObjectNameException;
import javax.management.ObjectName;

/**
 * The site's health MXBean ({@code org.switchboard:type=Health}, published by the EJB module's
 * {@code health.ops.HealthOps}), read by attribute name: the EAR's lib cannot see the EJB module's classes, so the
 * checks share none with it. An attribute that cannot be read (the bean not published while the application starts
 * or stops) reads as {@code unknown: <why>}.
 */
final class PublishedHealth {

    static final String OBJECT_NAME = "org.switchboard:type=Health";

    /** The verdict of a site that takes calls, as the MXBean's {@code Verdict} attribute shows it. */
    static final String AVAILABLE = "available";

    private final MBeanServer server;
    private final ObjectName name;

    PublishedHealth(MBeanServer server) {
        this.server = server;
        try {
            this.name = new ObjectName(OBJECT_NAME);
        } catch (MalformedObjectNameException e) {
            throw new IllegalStateException(OBJECT_NAME, e);
        }
    }

    static PublishedHealth ofThisServer() {
        return new PublishedHealth(ManagementFactory.getPlatformMBeanServer());
    }

    /** {@code available}, {@code refusing: <reason>}, or {@code unknown: <why>}. */
    String verdict() {
        return read("Verdict");
    }

    /** Whether the probe rounds still run: the {@code Alive} attribute, false when it cannot be read. */
    boolean alive() {
        return Boolean.parseBoolean(read("Alive"));
    }

    /** When the last probe round started (ISO-8601), or {@code unknown: <why>}. */
    String lastProbeRound() {
        return read("LastProbeRound");
    }

    private String read(String attribute) {
        try {
            return String.valueOf(server.getAttribute(name, attribute));
        } catch (InstanceNotFoundException e) {
            return "unknown: " + OBJECT_NAME + " is not published (the application is starting or stopping)";
        } catch (JMException e) {
            return "unknown: " + OBJECT_NAME + " " + attribute + " cannot be read: " + e;
        }
    }
}
