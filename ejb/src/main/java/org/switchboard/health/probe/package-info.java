/**
 * The probes that measure this site (CPU, memory, disks, network, web server, database consistency, the PBX self
 * test), one {@link org.switchboard.health.ProbeCheck} bean each, and the plain-Java checks behind the ones that
 * do I/O (the SIP OPTIONS ping, the database rules), which tests run without a container. What a measure means is
 * decided in {@code health.model}.
 */
package org.switchboard.health.probe;
