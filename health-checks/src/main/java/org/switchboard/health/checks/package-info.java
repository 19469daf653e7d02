/**
 * The site's MicroProfile Health checks, served by WildFly at {@code /health/ready} and {@code /health/live} on the
 * management interface. They live in the EAR's lib because WildFly's MicroProfile Health registers only the checks of
 * the top-level deployment's bean archives; they read the verdict the EJB module publishes over JMX
 * ({@code org.switchboard:type=Health}) and decide nothing themselves.
 */
package org.switchboard.health.checks;
