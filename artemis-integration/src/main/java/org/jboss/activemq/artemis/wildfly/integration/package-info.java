/**
 * Switchboard's own implementation of the hooks that WildFly's messaging subsystem expects from Artemis'
 * WildFly integration: the SSL context lookup by Elytron name, the XA resource wrapper the transaction manager
 * understands, and (in {@code recovery}) the base of the XA recovery registry. The package names are fixed by
 * the subsystem, which refers to these classes by name.
 */
package org.jboss.activemq.artemis.wildfly.integration;
