/**
 * The demo PBX: a small fictional office whose calls are made up on the fly and told as the AMI events a real
 * Asterisk 20 with PJSIP would send. {@link org.switchboard.pbx.scripted.demo.DemoOffice} is its configuration,
 * {@link org.switchboard.pbx.scripted.demo.Scenarios} writes one call as a timed script, and
 * {@link org.switchboard.pbx.scripted.demo.DemoOfficeDay} plays such scripts, a few at a time, into an event sink.
 * JDK only.
 */
package org.switchboard.pbx.scripted.demo;
