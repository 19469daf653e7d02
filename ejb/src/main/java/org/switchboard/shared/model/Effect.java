package org.switchboard.shared.model;

/**
 * Something a transition asks its service to do once the step is taken: send an update, act on the PBX,
 * start a timer. Effects are data (each machine declares its own sealed family of records implementing this);
 * the machine itself never does I/O, so that a table can be read, and tested, as the whole behaviour.
 */
public interface Effect {
}
