package org.switchboard.pbx.scripted;

import java.util.List;
import java.util.Map;

import org.switchboard.pbx.scripted.state.PbxBuild;

/**
 * The answers a PBX gave to the list actions of a start-up sync (QueueStatus, PJSIPShowEndpoints, ...), and
 * which Asterisk gave them, from which {@link org.switchboard.pbx.scripted.state.PbxState#seed} learns the
 * PBX's configuration and build: the demo office's own (an Asterisk 20 with PJSIP), or (in tests) a recorded
 * session's.
 */
@FunctionalInterface
public interface StartupLists {

    /** The items (no completion event) that answered the action of this name; empty if it was not asked. */
    List<AmiMessage> listItems(String actionName);

    /**
     * The successful single answers to the actions of this name that are not lists (SIPshowpeer's details of a
     * peer, say), in order; none by default.
     */
    default List<AmiMessage> details(String actionName) {
        return List.of();
    }

    /** The Asterisk that answered: its versions, channel driver and the actions it did not know. */
    default PbxBuild build() {
        return PbxBuild.ASTERISK_20_PJSIP;
    }

    /** Answers kept by action name. */
    static StartupLists of(Map<String, List<AmiMessage>> itemsByAction) {
        Map<String, List<AmiMessage>> copy = Map.copyOf(itemsByAction);
        return actionName -> copy.getOrDefault(actionName, List.of());
    }
}
