package org.jboss.activemq.artemis.wildfly.integration;

import java.util.Map;

import javax.transaction.xa.XAResource;

import org.apache.activemq.artemis.service.extensions.xa.ActiveMQXAResourceWrapper;
import org.apache.activemq.artemis.service.extensions.xa.ActiveMQXAResourceWrapperFactory;
import org.apache.activemq.artemis.service.extensions.xa.ActiveMQXAResourceWrapperImpl;
import org.jboss.tm.XAResourceWrapper;

/**
 * Wraps the XA resources of Artemis sessions so that the transaction manager can tell, in its log and during
 * recovery, which product and which connection factory a resource belongs to.
 *
 * <p>Named as the {@code ActiveMQXAResourceWrapperFactory} service by the messaging subsystem's own jar.
 */
public class WildFlyActiveMQXAResourceWrapperFactory implements ActiveMQXAResourceWrapperFactory {

    @Override
    public ActiveMQXAResourceWrapper wrap(XAResource resource, Map<String, Object> properties) {
        return new TransactionManagerAwareWrapper(resource, properties);
    }

    /** Artemis' wrapper, also presented to the transaction manager as one of its resource wrappers. */
    static final class TransactionManagerAwareWrapper extends ActiveMQXAResourceWrapperImpl implements XAResourceWrapper {

        TransactionManagerAwareWrapper(XAResource resource, Map<String, Object> properties) {
            super(resource, properties);
        }
    }
}
