/**
 * Values that more than one domain needs, and only those: the ids of calls, channels and bridges that
 * the call, queue, phone, console and CDR domains all refer to; the refusal of a configuration value;
 * the generic {@link org.switchboard.shared.model.TransitionTable} and its
 * {@link org.switchboard.shared.model.Outcome} that every state machine is declared with; how trunks are
 * told from phones; and the anomalies and consequences that the PBX models report. JDK only.
 */
package org.switchboard.shared.model;
