package org.switchboard.runtime;

import java.lang.management.ManagementFactory;

import javax.management.InstanceNotFoundException;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.MalformedObjectNameException;
import javax.management.ObjectName;

import org.jboss.logging.Logger;

/**
 * Puts an MXBean in the platform MBean server under {@code org.switchboard:type=<type>} and takes it out
 * again. Every domain's {@code ops} bean registers itself through this when it starts and leaves when the
 * application stops, so a redeploy never finds a stale bean.
 */
public final class JmxRegistration implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(JmxRegistration.class);

    private final MBeanServer server = ManagementFactory.getPlatformMBeanServer();
    private final ObjectName name;

    private JmxRegistration(ObjectName name) {
        this.name = name;
    }

    /** Registers {@code bean}, replacing whatever a previous deployment left under the same name. */
    public static JmxRegistration register(String type, Object bean) {
        try {
            JmxRegistration registration = new JmxRegistration(nameOf(type));
            if (registration.server.isRegistered(registration.name)) {
                registration.server.unregisterMBean(registration.name);
            }
            registration.server.registerMBean(bean, registration.name);
            return registration;
        } catch (JMException e) {
            throw new IllegalStateException("cannot register the MXBean " + type, e);
        }
    }

    public static ObjectName nameOf(String type) {
        try {
            return new ObjectName("org.switchboard", "type", type);
        } catch (MalformedObjectNameException e) {
            throw new IllegalArgumentException(type, e);
        }
    }

    @Override
    public void close() {
        try {
            server.unregisterMBean(name);
        } catch (InstanceNotFoundException e) {
            LOG.debugf("MXBean %s was already gone", name);
        } catch (JMException e) {
            LOG.warnf(e, "Could not unregister the MXBean %s", name);
        }
    }
}
