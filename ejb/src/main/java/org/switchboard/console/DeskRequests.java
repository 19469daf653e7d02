package org.switchboard.console;

import java.util.Optional;
import java.util.function.Supplier;

import org.switchboard.console.model.Attempt;
import org.switchboard.console.model.ConsoleTrigger;
import org.switchboard.console.model.Receptionist;
import org.switchboard.console.model.SessionId;
import org.switchboard.console.model.Step;
import org.switchboard.protocol.ConsoleCommand;
import org.switchboard.protocol.StateUpdate;
import org.switchboard.shared.model.CallId;

/**
 * What the client and the operators ask of a desk, each on the desk's lane: a log in (or a newer client taking the
 * session over), a command with the verdict its SIP answer gives, the client's link lost, a forced log out.
 */
final class DeskRequests {

    private final StepFiring firing;
    private final Supplier<CallId> callIds;
    private final DeskPresence presence;
    private final DeskPushes pushes;

    private final DeskDuty duty;

    DeskRequests(StepFiring firing, Supplier<CallId> callIds, DeskPresence presence, DeskPushes pushes,
            DeskDuty duty) {
        this.firing = firing;
        this.callIds = callIds;
        this.presence = presence;
        this.pushes = pushes;
        this.duty = duty;
    }

    /**
     * A log in (on the desk's lane): the session moves from logged out to idle (to PASSIVE where the receptionists
     * do not work); when it is logged in already, the newer client takes it over and the older one is told it was
     * replaced. A client that asked for SITE updates gets one after the state.
     */
    void logIn(Desk desk, Receptionist receptionist, ClientLink client, ConsoleCommand.LogIn command) {
        desk.receptionist(receptionist);
        duty.apply(desk);
        Optional<ClientLink> old = desk.link(client);
        desk.wantsSite(command.failover());
        presence.loggedIn(desk, command.presence(), command.status());
        if (desk.session().state().loggedIn()) {
            old.filter(previous -> previous != client).ifPresent(previous -> {
                ConsoleLog.LOG.replaced(desk.session().login(), client.describe(), previous.describe());
                pushes.lastUpdate(desk, previous, new StateUpdate.LoggedOut(StateUpdate.LoggedOut.Reason.REPLACED,
                        Optional.of("logged in again from " + client.describe())), "replaced by a newer log in");
            });
            pushes.pushEverything(desk);
            duty.tellAfterLogIn(desk);
            return;
        }
        Step step = firing.fire(desk, CommandAttempts.of(command, callIds));
        if (step.moved()) {
            ConsoleLog.LOG.loggedIn(desk.id(), desk.session().login(), client.describe());
            duty.tellAfterLogIn(desk);
        } else {
            desk.link(null);
            presence.ended(desk, "log in refused");
            client.close(step.rejection().orElse("log in refused"));
        }
    }

    /** A command of the client (on the desk's lane), with the verdict its SIP answer gives. */
    CommandVerdict command(Desk desk, ConsoleCommand command, CallClaims callClaims) {
        if (desk.link().isEmpty()) {
            return new CommandVerdict.UnknownSession("console session " + desk.id() + " is logged out");
        }
        if (command instanceof ConsoleCommand.SetPresence setPresence) {
            return presence.set(desk, setPresence);
        }
        if (command instanceof ConsoleCommand.LogIn) {
            return new CommandVerdict.NotAllowed("LOG_IN is not allowed in " + desk.session().state()
                    + ": the session is logged in (log in again from a new connection to take it over)");
        }
        Attempt attempt = CommandAttempts.of(command, callIds);
        boolean claimed = false;
        if (attempt.trigger() == ConsoleTrigger.TAKE_BACK) {
            CallId call = attempt.call().orElseThrow();
            Optional<SessionId> holder = callClaims.claim(call, desk.session().id());
            if (holder.isPresent()) {
                String reason = "TAKE_BACK of call " + call + " is not allowed: another receptionist (session "
                        + holder.get() + ") is taking it";
                ConsoleLog.LOG.refused(attempt.toString(), reason);
                return new CommandVerdict.NotAllowed(reason);
            }
            claimed = true;
        }
        Step step = firing.fire(desk, attempt);
        if (!step.moved()) {
            if (claimed) {
                callClaims.release(attempt.call().orElseThrow(), desk.session().id());
            }
            return new CommandVerdict.NotAllowed(step.rejection().orElseThrow());
        }
        return new CommandVerdict.Accepted();
    }

    /** The client's link is gone (on the desk's lane); a link already replaced by a newer log in is ignored. */
    void linkLost(Desk desk, ClientLink client, String reason) {
        if (desk.link().filter(current -> current == client).isEmpty()) {
            return;
        }
        ConsoleLog.LOG.linkLost(desk.id(), reason);
        firing.fire(desk, Attempt.of(ConsoleTrigger.LINK_LOST).withArgument(reason));
        desk.link(null);
    }

    void forceLogOut(Desk desk, String why) {
        if (desk.session().state().loggedIn()) {
            firing.fire(desk, Attempt.of(ConsoleTrigger.FORCE_LOG_OUT).withArgument(why));
        }
    }
}
