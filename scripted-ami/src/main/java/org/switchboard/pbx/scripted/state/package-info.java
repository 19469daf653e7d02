/**
 * The simulated PBX's truth: live channels, bridges, queues with their members and callers, parked calls,
 * device and extension states, PJSIP endpoints and contacts, chan_sip peers, and what the PBX is
 * ({@link org.switchboard.pbx.scripted.state.PbxBuild}: versions, channel driver). {@link org.switchboard.pbx.scripted.state.PbxState}
 * is updated from every event the server emits and renders the items of the AMI list actions, in the
 * formats a real Asterisk 20 uses. JDK only.
 */
package org.switchboard.pbx.scripted.state;
