/**
 * The link to the PBX in the container: the AMI settings, the singleton that owns the AMI connection and
 * feeds the live model, the command port ({@link org.switchboard.pbx.PbxCommands}) through which the
 * application acts on the PBX, and (in {@code pbx.ami}) the adapter that is the only code importing asterisk-java.
 */
package org.switchboard.pbx;
