package org.switchboard.it.presence;

import java.util.List;
import java.util.Optional;

/** A watcher of the randomised test, as the check reads it: whom it watches and what it was last told of each. */
interface PresenceView {

    String name();

    List<String> watches();

    /**
     * The status and note it was last told of the user, and her attributes when it can show them; empty when it was
     * told nothing yet.
     */
    Optional<ExpectedPresence.Seen> seen(String user);

    /** Whether it shows a user's attributes (the presence API's fetch does; the consoles and PIDF do not). */
    default boolean showsAttributes() {
        return false;
    }

    /** What else the view knows of how it was told (for a failure's message); empty unless it keeps anything. */
    default String told(String user) {
        return "";
    }
}
