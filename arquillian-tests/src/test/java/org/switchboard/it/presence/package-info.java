/**
 * The presence service in the deployed EAR: its UserOffline and PresenceChanged topics read by a plain JMS
 * subscriber, the seed's scenario step by step, restarts, its JMX view and admin page.
 */
package org.switchboard.it.presence;
