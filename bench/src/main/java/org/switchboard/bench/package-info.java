/**
 * Benchmarks of the server's parts that run in one plain JVM, without WildFly: they drive the real code with
 * realistic load, print what they measure and assert nothing. Each has a {@code main} started by a script in
 * {@code bench/}.
 */
package org.switchboard.bench;
