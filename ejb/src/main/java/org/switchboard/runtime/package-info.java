/**
 * The running server itself: its version, when it started, the clock everything reads, the JNDI names
 * of the resources that wildfly-config defines, and the password hashes of every account that logs in.
 */
package org.switchboard.runtime;
