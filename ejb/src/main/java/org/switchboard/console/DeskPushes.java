package org.switchboard.console;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.switchboard.console.model.ConsoleState;
import org.switchboard.console.model.Step;
import org.switchboard.protocol.PhonesUpdate;
import org.switchboard.protocol.StateUpdate;

/**
 * What a desk pushes to its client: the STATE after each step (the last one saying why the session ended), every
 * phone after a log in, a reset or a resync, the phones that changed, and after the phones the presence of their
 * users to a client that wants it.
 */
final class DeskPushes {

    private final DeskUpdates updates;
    private final DeskPresence presence;
    private final Clock clock;
    private final String site;

    DeskPushes(DeskUpdates updates, DeskPresence presence, Clock clock, String site) {
        this.updates = updates;
        this.presence = presence;
        this.clock = clock;
        this.site = site;
    }

    /** Pushes the state after a step, and every phone too after a log in, a reset or a resync. */
    void push(Desk desk, Step step, boolean everything) {
        if (desk.session().state() == ConsoleState.LOGGED_OUT) {
            presence.ended(desk, "console session " + step.attempt().trigger());
        }
        Optional<ClientLink> link = desk.link();
        if (link.isEmpty()) {
            return;
        }
        Optional<StateUpdate.LoggedOut> loggedOut = desk.session().state() == ConsoleState.LOGGED_OUT
                ? Optional.of(DeskUpdates.loggedOut(step.attempt())) : Optional.empty();
        link.get().push(state(desk, desk.takeError(), loggedOut));
        if (everything) {
            pushPhones(desk, link.get(), updates.allPhones(desk), true);
        }
        if (loggedOut.isPresent()) {
            ConsoleLog.LOG.loggedOut(desk.id(), desk.session().login(), loggedOut.get().reason().name());
            desk.link(null).ifPresent(old -> old.close("logged out: " + loggedOut.get().reason()));
        }
    }

    /** The whole state and every phone, to the desk's client (a newer client that took the session over). */
    void pushEverything(Desk desk) {
        desk.link().ifPresent(client -> {
            client.push(state(desk, desk.takeError(), Optional.empty()));
            pushPhones(desk, client, updates.allPhones(desk), true);
        });
    }

    /** The last update of a client whose session goes on without it or ends with the server: why, then closed. */
    void lastUpdate(Desk desk, ClientLink client, StateUpdate.LoggedOut why, String closing) {
        client.push(state(desk, Optional.empty(), Optional.of(why)));
        client.close(closing);
    }

    /** Sends the phones that changed since the last batch (on the desk's lane). */
    void flushPhones(Desk desk) {
        desk.link().ifPresent(link -> pushPhones(desk, link, updates.changedPhones(desk), false));
    }

    /** The desk's next STATE update. */
    private StateUpdate state(Desk desk, Optional<StateUpdate.CommandError> error,
            Optional<StateUpdate.LoggedOut> loggedOut) {
        return StateUpdates.of(desk.session(), desk.nextSeq(), clock.instant(), site, error, loggedOut);
    }

    /** Pushes PHONES updates, then the presence of the users of those phones (to a client that wants it). */
    private void pushPhones(Desk desk, ClientLink client, List<PhonesUpdate> phones, boolean full) {
        phones.forEach(client::push);
        presence.shown(desk, client, phones, full);
    }
}
