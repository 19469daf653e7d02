/**
 * The call domain in the container: the service that runs the live PBX model on the AMI pump's thread,
 * hands its domain events to the rest of the application (CDI events, the CallEvents topic, the CDR
 * store), and answers the admin console and JMX with immutable views.
 */
package org.switchboard.call;
