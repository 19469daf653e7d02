package org.switchboard.console;

import java.util.Optional;

import org.switchboard.console.model.Attempt;
import org.switchboard.console.model.ConsoleDuty;
import org.switchboard.console.model.ConsoleState;
import org.switchboard.protocol.Bounds;
import org.switchboard.protocol.SiteUpdate;

/**
 * The site's console duty as the sessions see it: the one heard last from the fencing ({@link ConsoleDuty#UNDECIDED}
 * until then), handed to each session on its own lane, and the SITE updates it makes for a client that keeps a
 * link to both sites ({@code LOG_IN} with {@code failover}): one right after log in, then one on each change.
 * A session always reads the duty as it is when its task runs, so a session created while the duty changes learns
 * the newest one.
 */
final class DeskDuty {

    private final String site;
    private final SiteUpdate.Role role;
    private final StepFiring firing;
    private volatile ConsoleDuty duty = ConsoleDuty.UNDECIDED;

    DeskDuty(String site, SiteUpdate.Role role, StepFiring firing) {
        this.site = site;
        this.role = role;
        this.firing = firing;
    }

    /** The duty heard last. */
    ConsoleDuty now() {
        return duty;
    }

    /** Remembers the newer duty (any thread); each session must then be told on its lane ({@link #apply}). */
    void changed(ConsoleDuty newer) {
        duty = newer;
    }

    /**
     * On the desk's lane: the session learns the duty (a logged-out one only notes it, for its next log in; a
     * logged-in one moves to PASSIVE or back to work, with its effects and its STATE update), then its client
     * hears the SITE update if it asked for them and was not told this duty yet.
     */
    void apply(Desk desk) {
        ConsoleDuty now = duty;
        if (desk.session().dutyHere() != now.workHere()) {
            Attempt attempt = Attempt.of(now.trigger()).withArgument(now.reason());
            if (desk.session().state() == ConsoleState.LOGGED_OUT) {
                desk.session().fire(attempt);
                desk.refreshInterest();
            } else {
                firing.fire(desk, attempt);
            }
        }
        tell(desk, now);
    }

    /** On the desk's lane, after a log in: the client that asked hears where to work. */
    void tellAfterLogIn(Desk desk) {
        tell(desk, duty);
    }

    private void tell(Desk desk, ConsoleDuty now) {
        Optional<ClientLink> link = desk.link();
        if (link.isEmpty() || !desk.wantsSite() || desk.session().state() == ConsoleState.LOGGED_OUT
                || desk.toldDuty().filter(now::equals).isPresent()) {
            return;
        }
        boolean active = desk.session().state() != ConsoleState.PASSIVE;
        link.get().push(new SiteUpdate(desk.id(), desk.nextSeq(), site, role, active,
                Bounds.text(now.reason(), Bounds.DETAIL_CHARS)));
        desk.told(now);
    }
}
