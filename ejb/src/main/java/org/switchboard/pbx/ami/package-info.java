/**
 * The AMI adapter: the only package that imports asterisk-java. It logs in to the PBX, keeps the link
 * alive and reconnects under its own backoff, turns every AMI event it knows into one
 * {@link org.switchboard.pbx.model.PbxEvent} behind a bounded pump, and resynchronises the models with a
 * {@link org.switchboard.pbx.model.PbxSnapshot} whenever the stream may have a gap. It also sends the
 * application's {@link org.switchboard.pbx.model.PbxCommand}s ({@code AmiCommands}) and brings each answer back
 * through the pump, in order with the events.
 */
package org.switchboard.pbx.ami;
