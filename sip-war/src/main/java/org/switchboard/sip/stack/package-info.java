/**
 * What we plug into the JAIN-SIP stack itself: the properties it is created with, and the bridges that
 * route its logging and its message trace into JBoss Logging and switch off TLS, which the endpoint does not
 * offer. The stack instantiates these classes by name, so they are public with no-argument constructors.
 */
package org.switchboard.sip.stack;
