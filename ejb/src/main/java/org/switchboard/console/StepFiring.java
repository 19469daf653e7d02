package org.switchboard.console;

import org.switchboard.console.model.Attempt;
import org.switchboard.console.model.Step;

/** Fires one trigger on a desk, on its lane: {@link DeskWork#fire}. */
@FunctionalInterface
interface StepFiring {

    Step fire(Desk desk, Attempt attempt);
}
