/**
 * Switchboard's own implementation of the two hooks that WildFly's messaging subsystem links against: the
 * SSL context lookup by Elytron name, and (in {@code recovery}) the base of the XA recovery registry. The
 * package name is fixed by the subsystem, which refers to these classes by name.
 */
package org.jboss.activemq.artemis.wildfly.integration;
