/**
 * The simulated PBX acting on the control actions a console sends (Originate, Redirect, Hangup, Park, Bridge,
 * BlindTransfer, Atxfer, QueueAdd, QueueRemove, QueuePause): each answers as the recorded Asterisk 22 answered,
 * errors included, and emits the events the recorded Asterisk emitted for it, in their order, from what the
 * simulated PBX state holds. Around it, what no AMI client does: callers from the trunk into the reception
 * queues ({@code QueueCalls}), phones that ring and answer, by
 * themselves or on a test's command ({@code Phones}), and parties who
 * hang up wherever their call is ({@code Callers}); tests reach them
 * through {@link org.switchboard.pbx.scripted.LiveOffice}.
 */
package org.switchboard.pbx.scripted.control;
