package org.switchboard.it.presence;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.switchboard.presence.PresenceRestarted;

/**
 * What the test's own sources and watchers do when the presence service restarts, as the console sessions and the
 * SIP side do: announce themselves again (the CDI event {@link PresenceRestarted}).
 */
@ApplicationScoped
public class RestartAnnouncements {

    private final List<Runnable> announcements = new CopyOnWriteArrayList<>();

    void add(Runnable announcement) {
        announcements.add(announcement);
    }

    void clear() {
        announcements.clear();
    }

    void restarted(@Observes PresenceRestarted restarted) {
        announcements.forEach(Runnable::run);
    }
}
