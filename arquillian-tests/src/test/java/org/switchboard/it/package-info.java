/**
 * Integration tests against the provisioned WildFly: deployments built from the shipped EAR, and the
 * addresses of the test server. Sub-packages follow the product's domains.
 */
package org.switchboard.it;
