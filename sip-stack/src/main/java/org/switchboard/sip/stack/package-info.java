/**
 * JAIN-SIP plumbing shared by the server's SIP endpoint (sip-war) and the SIP test agent (test-kit): the
 * properties every stack is created with, the bridges that route the stack's logging and message trace into
 * JBoss Logging, TLS switched off (neither offers it), and a stop that really ends the stack's threads. The
 * stack instantiates several of these classes by name, so they are public with no-argument constructors.
 */
package org.switchboard.sip.stack;
