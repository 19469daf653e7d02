package org.switchboard.pbx.scripted;

import java.util.List;
import java.util.Map;

/**
 * The answers a PBX gave to the list actions of a start-up sync (QueueStatus, PJSIPShowEndpoints, ...), from
 * which {@link org.switchboard.pbx.scripted.state.PbxState#seed} learns the PBX's configuration: the demo
 * office's own, or (in tests) a recorded session's.
 */
@FunctionalInterface
public interface StartupLists {

    /** The items (no completion event) that answered the action of this name; empty if it was not asked. */
    List<AmiMessage> listItems(String actionName);

    /** Answers kept by action name. */
    static StartupLists of(Map<String, List<AmiMessage>> itemsByAction) {
        Map<String, List<AmiMessage>> copy = Map.copyOf(itemsByAction);
        return actionName -> copy.getOrDefault(actionName, List.of());
    }
}
