/**
 * What the PBX tells us, as immutable records and nothing else: the {@link org.switchboard.pbx.model.PbxEvent}
 * vocabulary that the AMI adapter produces and the call, queue, parking and phone models consume, and the
 * {@link org.switchboard.pbx.model.PbxSnapshot} taken on every (re)connect; and what we ask of it: the
 * {@link org.switchboard.pbx.model.PbxCommand}s and their {@link org.switchboard.pbx.model.CommandResult}s.
 * JDK only: no asterisk-java type ever appears here.
 */
package org.switchboard.pbx.model;
