package org.switchboard.presence.model;

import java.util.List;

/** What a reconcile of a source changed, in the order the changes were made (starts and renewals, then ends). */
public record Reconciled(List<DirectoryChange> changes) {

    public Reconciled {
        changes = List.copyOf(changes);
    }

    public List<LoggedIn> started() {
        return changes.stream().filter(LoggedIn.class::isInstance).map(LoggedIn.class::cast).toList();
    }

    public List<LoggedOut> ended() {
        return changes.stream().filter(LoggedOut.class::isInstance).map(LoggedOut.class::cast).toList();
    }
}
