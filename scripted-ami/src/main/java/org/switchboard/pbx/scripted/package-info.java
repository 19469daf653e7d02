/**
 * A scripted Asterisk Manager Interface server: the public API that tests and the demo PBX use. It holds the
 * AMI message and its wire format and {@link org.switchboard.pbx.scripted.ScriptedAmiServer}, which speaks AMI
 * over TCP and keeps a simulated PBX state, and {@link org.switchboard.pbx.scripted.LiveOffice}, the callers and
 * phones around that PBX that tests and the demo drive a console's journeys with. The test tools of this package (the recorded traces of a real
 * Asterisk, their paced replay, the fault injection) are in the module's tests jar, not here. JDK only.
 */
package org.switchboard.pbx.scripted;
