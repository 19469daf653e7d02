/**
 * The presence REST API of the deployed EAR over real HTTP, as a CTI server uses it: authentication per integration,
 * passive logins and their leases, a user's presence, note and attributes, and the OpenAPI document.
 */
package org.switchboard.it.presence;
