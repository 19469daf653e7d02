/**
 * A scripted Asterisk Manager Interface server: the public API that tests and the demo PBX use. It holds the
 * AMI message and its wire format, the recorded traces of a real Asterisk, and {@link
 * org.switchboard.pbx.scripted.ScriptedAmiServer}, which speaks AMI over TCP, keeps a simulated PBX state and
 * injects faults. JDK only.
 */
package org.switchboard.pbx.scripted;
