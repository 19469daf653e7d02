package org.switchboard.presence.ops;

import java.util.List;
import java.util.TreeMap;

import org.switchboard.presence.PresenceEventsCodec;
import org.switchboard.presence.PresenceService;
import org.switchboard.presence.model.Presence;
import org.switchboard.presence.model.PresenceLogin;
import org.switchboard.runtime.TextTable;

/** A user's logins, presence and watchers as text tables, for JMX (the admin page shows the same columns). */
public final class PresenceTables {

    private PresenceTables() {
    }

    public static String[] logins(List<PresenceLogin> logins) {
        TextTable table = new TextTable("LOGIN", "KIND", "ORIGIN", "STATUS", "SINCE", "LEASE ENDS");
        logins.forEach(login -> table.row(login.id(), login.kind(), login.origin(),
                login.status().map(PresenceEventsCodec::word).orElse(""), login.since(), login.leaseEnds()));
        return table.lines();
    }

    public static String[] presence(Presence presence) {
        return new TextTable("USER", "STATUS", "ON PHONE", "NOTE", "ATTRIBUTES", "VERSION", "CHANGED AT")
                .row(presence.user(), PresenceEventsCodec.word(presence.status()), presence.onPhone() ? "yes" : "no",
                        presence.note(), new TreeMap<>(presence.attributes()), presence.version(),
                        presence.changedAt())
                .lines();
    }

    public static String[] watchers(List<PresenceService.Watching> watching) {
        TextTable table = new TextTable("WATCHER", "LOCATION");
        watching.forEach(w -> table.row(w.watcher(), w.location().map(Enum::name).orElse("")));
        return table.lines();
    }
}
