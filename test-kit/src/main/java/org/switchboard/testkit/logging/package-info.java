/**
 * Capture of log records in tests, to assert that a fact was logged once, at the right level, with its
 * correlation ids. It relies on JBoss Logging writing to java.util.logging, which the modules' surefire
 * configuration selects with {@code org.jboss.logging.provider=jdk}.
 */
package org.switchboard.testkit.logging;
