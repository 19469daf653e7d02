/**
 * The bridge from Artemis' XA recovery configurations to the transaction manager's recovery registry.
 * WildFly's messaging subsystem subclasses {@link org.jboss.activemq.artemis.wildfly.integration.recovery.WildFlyActiveMQRegistry}
 * and supplies the registry.
 */
package org.jboss.activemq.artemis.wildfly.integration.recovery;
