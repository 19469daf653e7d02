/**
 * The simulated PBX's truth: live channels, bridges, queues with their members and callers, parked calls,
 * device and extension states, PJSIP endpoints and contacts. {@link org.switchboard.pbx.scripted.state.PbxState}
 * is updated from every event the server emits and renders the items of the AMI list actions, in the
 * formats a real Asterisk 20 uses. JDK only.
 */
package org.switchboard.pbx.scripted.state;
