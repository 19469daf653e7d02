package org.switchboard.pbx.scripted;

/**
 * A test's or the demo's say in how the server answers one kind of action (see
 * {@link ScriptedAmiServer#onAction(String, ActionHandler)}): it gets the action and the server's standard
 * reaction, and returns the reaction to carry out, for example {@code standard.thenEmit(events...)} to make
 * the PBX do what the action asked. Runs on the thread of the connection that sent the action.
 */
@FunctionalInterface
public interface ActionHandler {

    Reaction react(AmiMessage action, Reaction standard);
}
