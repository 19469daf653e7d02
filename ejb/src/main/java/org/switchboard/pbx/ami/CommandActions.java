package org.switchboard.pbx.ami;

import java.util.TreeMap;

import org.asteriskjava.manager.action.AtxferAction;
import org.asteriskjava.manager.action.BridgeAction;
import org.asteriskjava.manager.action.HangupAction;
import org.asteriskjava.manager.action.ManagerAction;
import org.asteriskjava.manager.action.OriginateAction;
import org.asteriskjava.manager.action.QueueAddAction;
import org.asteriskjava.manager.action.QueuePauseAction;
import org.asteriskjava.manager.action.QueueRemoveAction;
import org.asteriskjava.manager.action.RedirectAction;
import org.switchboard.pbx.model.PbxCommand;
import org.switchboard.pbx.model.PbxCommand.AttendedTransfer;
import org.switchboard.pbx.model.PbxCommand.BlindTransfer;
import org.switchboard.pbx.model.PbxCommand.Bridge;
import org.switchboard.pbx.model.PbxCommand.Hangup;
import org.switchboard.pbx.model.PbxCommand.Originate;
import org.switchboard.pbx.model.PbxCommand.Park;
import org.switchboard.pbx.model.PbxCommand.QueueAdd;
import org.switchboard.pbx.model.PbxCommand.QueuePause;
import org.switchboard.pbx.model.PbxCommand.QueueRemove;
import org.switchboard.pbx.model.PbxCommand.Redirect;

/**
 * The one mapping from a {@link PbxCommand} to the AMI action that does it, with the headers a console sends
 * (see the recorded {@code .sent.log} files). A visitor, so a new command does not compile until it has a row.
 */
final class CommandActions implements PbxCommand.Visitor<ManagerAction> {

    private static final CommandActions ACTIONS = new CommandActions();

    private CommandActions() {
    }

    static ManagerAction of(PbxCommand command) {
        return command.accept(ACTIONS);
    }

    @Override
    public ManagerAction originate(Originate originate) {
        OriginateAction action = new OriginateAction();
        action.setChannel(originate.dialString());
        action.setContext(originate.target().context());
        action.setExten(originate.target().exten());
        action.setPriority(originate.target().priority());
        if (!originate.callerId().isEmpty()) {
            action.setCallerId(originate.callerId());
        }
        action.setTimeout(originate.timeout().toMillis());
        action.setAsync(true);
        if (!originate.variables().isEmpty()) {
            action.setVariables(new TreeMap<>(originate.variables()));
        }
        originate.channelId().ifPresent(action::setChannelId);
        return action;
    }

    @Override
    public ManagerAction redirect(Redirect redirect) {
        return new RedirectAction(redirect.channel(), redirect.target().context(), redirect.target().exten(),
                redirect.target().priority());
    }

    @Override
    public ManagerAction hangup(Hangup hangup) {
        return new HangupAction(hangup.channel(), hangup.cause());
    }

    @Override
    public ManagerAction park(Park park) {
        return new ParkIntoSpaceAction(park.channel(), park.returnTo().orElse(null), park.lot().orElse(null),
                park.space().map(String::valueOf).orElse(null),
                park.timeout().map(timeout -> Math.toIntExact(timeout.toMillis())).orElse(null));
    }

    @Override
    public ManagerAction bridge(Bridge bridge) {
        return new BridgeAction(bridge.channel1(), bridge.channel2(), bridge.tone());
    }

    @Override
    public ManagerAction attendedTransfer(AttendedTransfer transfer) {
        return new AtxferAction(transfer.channel(), transfer.target().context(), transfer.target().exten(),
                transfer.target().priority());
    }

    @Override
    public ManagerAction blindTransfer(BlindTransfer transfer) {
        return new BlindTransferAction(transfer.channel(), transfer.target().context(), transfer.target().exten());
    }

    @Override
    public ManagerAction queueAdd(QueueAdd add) {
        QueueAddAction action = new QueueAddAction(add.queue(), add.memberInterface(), add.penalty());
        if (!add.memberName().isEmpty()) {
            action.setMemberName(add.memberName());
        }
        if (!add.stateInterface().isEmpty()) {
            action.setStateInterface(add.stateInterface());
        }
        action.setPaused(add.paused());
        if (!add.reason().isEmpty()) {
            action.setReason(add.reason());
        }
        return action;
    }

    @Override
    public ManagerAction queueRemove(QueueRemove remove) {
        return new QueueRemoveAction(remove.queue(), remove.memberInterface());
    }

    @Override
    public ManagerAction queuePause(QueuePause pause) {
        QueuePauseAction action = new QueuePauseAction(pause.memberInterface(), pause.paused());
        pause.queue().ifPresent(action::setQueue);
        if (!pause.reason().isEmpty()) {
            action.setReason(pause.reason());
        }
        return action;
    }
}
