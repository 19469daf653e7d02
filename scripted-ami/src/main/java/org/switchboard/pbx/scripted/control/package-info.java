/**
 * The simulated PBX acting on the control actions a console sends (Originate, Redirect, Hangup, Park, Bridge,
 * BlindTransfer, Atxfer, QueueAdd, QueueRemove, QueuePause): each answers as the recorded Asterisk 22 answered,
 * errors included, and emits the events the recorded Asterisk emitted for it, in their order, from what the
 * simulated PBX state holds. Phones that are dialled ring and answer after a while, as the demo's phones do.
 */
package org.switchboard.pbx.scripted.control;
