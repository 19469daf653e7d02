/** The site's health over JMX ({@code org.switchboard:type=Health}): the verdict, the probes and their history. */
package org.switchboard.health.ops;
