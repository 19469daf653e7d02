package org.jboss.activemq.artemis.wildfly.integration.recovery;

import java.util.HashMap;
import java.util.Map;

import javax.transaction.xa.XAResource;

import org.apache.activemq.artemis.service.extensions.xa.recovery.ActiveMQRegistry;
import org.apache.activemq.artemis.service.extensions.xa.recovery.ActiveMQXAResourceWrapper;
import org.apache.activemq.artemis.service.extensions.xa.recovery.XARecoveryConfig;
import org.jboss.tm.XAResourceRecovery;
import org.jboss.tm.XAResourceRecoveryRegistry;

/**
 * Registers one recoverable XA resource with the transaction manager per distinct Artemis recovery
 * configuration, so that in-doubt message transactions are completed after a crash.
 *
 * <p>The resource adapter registers a configuration each time a connection factory or an inbound activation
 * uses it, and unregisters it as often; the transaction manager sees it once, from the first registration to
 * the last unregistration.
 */
public abstract class WildFlyActiveMQRegistry implements ActiveMQRegistry {

    private static final long serialVersionUID = 1L;

    private final transient Map<XARecoveryConfig, Registration> registrations = new HashMap<>();

    /** The transaction manager's registry; supplied by the subsystem. */
    public abstract XAResourceRecoveryRegistry getTMRegistry();

    @Override
    public void init() {
        // nothing to prepare: registrations are made on demand
    }

    @Override
    public synchronized void register(XARecoveryConfig config) {
        Registration registration = registrations.get(config);
        if (registration == null) {
            registration = new Registration(new ActiveMQXAResourceWrapper(config));
            getTMRegistry().addXAResourceRecovery(registration);
            registrations.put(config, registration);
        }
        registration.users++;
    }

    @Override
    public synchronized void unRegister(XARecoveryConfig config) {
        Registration registration = registrations.get(config);
        if (registration == null) {
            return;
        }
        registration.users--;
        if (registration.users == 0) {
            registrations.remove(config);
            getTMRegistry().removeXAResourceRecovery(registration);
        }
    }

    @Override
    public synchronized void stop() {
        XAResourceRecoveryRegistry tm = getTMRegistry();
        registrations.values().forEach(tm::removeXAResourceRecovery);
        registrations.clear();
    }

    synchronized int registeredConfigurations() {
        return registrations.size();
    }

    private static final class Registration implements XAResourceRecovery {
        private final XAResource resource;
        private int users;

        private Registration(XAResource resource) {
            this.resource = resource;
        }

        @Override
        public XAResource[] getXAResources() {
            return new XAResource[] {resource};
        }
    }
}
