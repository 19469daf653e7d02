/**
 * The presence service in the deployed EAR: its UserOffline and PresenceChanged topics read by a plain JMS
 * subscriber, the seed's scenario step by step, restarts, its JMX view and admin page; and its REST API over real
 * HTTP, as a CTI server uses it: authentication per integration, passive logins and their leases, a user's
 * presence, note and attributes, and the OpenAPI document.
 */
package org.switchboard.it.presence;
