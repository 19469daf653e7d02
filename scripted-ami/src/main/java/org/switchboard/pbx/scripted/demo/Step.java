package org.switchboard.pbx.scripted.demo;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.switchboard.pbx.scripted.AmiMessage;

/**
 * One moment of a call's script: how long after the previous step it happens, and the events it makes. The events
 * are written when the step is played, not when the script is made, so unique ids, timestamps, parking spaces and
 * device states come from the moment they are sent.
 */
record Step(Duration delay, Supplier<List<AmiMessage>> events) {
}
