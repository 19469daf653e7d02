package org.switchboard.it.failover;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.switchboard.failover.PeerLost;
import org.switchboard.failover.PeerStatusHeard;

/** Records the pair link's CDI events in the server, as H1's fencing hears them. */
@ApplicationScoped
public class PairEventsHeard {

    private final List<PeerStatusHeard> statuses = new CopyOnWriteArrayList<>();
    private final List<PeerLost> losses = new CopyOnWriteArrayList<>();

    void heard(@Observes PeerStatusHeard event) {
        statuses.add(event);
    }

    void lost(@Observes PeerLost event) {
        losses.add(event);
    }

    boolean heardFrom(String site) {
        return statuses.stream().anyMatch(event -> event.status().site().equals(site));
    }

    boolean lost(String site) {
        return losses.stream().anyMatch(event -> event.site().equals(site));
    }
}
