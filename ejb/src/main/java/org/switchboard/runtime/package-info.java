/**
 * The running server itself: its version, when it started, the clock everything reads, and the JNDI names
 * of the resources that wildfly-config defines.
 */
package org.switchboard.runtime;
