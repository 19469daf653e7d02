/**
 * The demo PBX: when no Asterisk is configured, the server runs the scripted AMI server on 127.0.0.1 with a
 * simulated office day and connects to it through the real AMI adapter, so a newcomer sees calls, queues
 * and phones move. Everything it shows is labelled as a demo.
 */
package org.switchboard.pbx.demo;
