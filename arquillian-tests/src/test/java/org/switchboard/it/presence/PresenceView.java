package org.switchboard.it.presence;

import java.util.List;
import java.util.Optional;

/** A watcher of the randomised test, as the check reads it: whom it watches and what it was last told of each. */
interface PresenceView {

    String name();

    List<String> watches();

    /** The status and note it was last told of the user; empty when it was told nothing yet. */
    Optional<ExpectedPresence.Seen> seen(String user);

    /** What else the view knows of how it was told (for a failure's message); empty unless it keeps anything. */
    default String told(String user) {
        return "";
    }
}
