/**
 * How Artemis finds WildFly's transaction manager. The package name is fixed by the messaging subsystem,
 * whose jar names the locator as a service.
 */
package org.jboss.activemq.artemis.wildfly.transactions;
