/**
 * Benchmarks that drive the real code with realistic load, print what they measure and assert nothing: the server's
 * parts in one plain JVM without WildFly, and the deployed server, started from the last build and read over JMX.
 * Each has a {@code main} started by a script in {@code bench/}.
 */
package org.switchboard.bench;
