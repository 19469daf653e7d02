package org.switchboard.pbx.ami;

import static org.switchboard.pbx.ami.AmiFields.blank;
import static org.switchboard.pbx.ami.AmiFields.channel;
import static org.switchboard.pbx.ami.AmiFields.epochSeconds;
import static org.switchboard.pbx.ami.AmiFields.flag;
import static org.switchboard.pbx.ami.AmiFields.memberStatus;
import static org.switchboard.pbx.ami.AmiFields.number;
import static org.switchboard.pbx.ami.AmiFields.seconds;
import static org.switchboard.pbx.ami.AmiFields.text;

import java.util.Optional;

import org.asteriskjava.manager.event.AgentCalledEvent;
import org.asteriskjava.manager.event.AgentCompleteEvent;
import org.asteriskjava.manager.event.AgentConnectEvent;
import org.asteriskjava.manager.event.AgentRingNoAnswerEvent;
import org.asteriskjava.manager.event.QueueCallerAbandonEvent;
import org.asteriskjava.manager.event.QueueCallerJoinEvent;
import org.asteriskjava.manager.event.QueueCallerLeaveEvent;
import org.asteriskjava.manager.event.QueueMemberAddedEvent;
import org.asteriskjava.manager.event.QueueMemberEvent;
import org.asteriskjava.manager.event.QueueMemberRemovedEvent;
import org.switchboard.pbx.model.ChannelRef;
import org.switchboard.pbx.model.QueueEvent;
import org.switchboard.pbx.model.QueueEvent.QueueCallerAbandoned;
import org.switchboard.pbx.model.QueueEvent.QueueCallerJoined;
import org.switchboard.pbx.model.QueueEvent.QueueCallerLeft;
import org.switchboard.pbx.model.QueueEvent.QueueMemberAdded;
import org.switchboard.pbx.model.QueueEvent.QueueMemberChanged;
import org.switchboard.pbx.model.QueueEvent.QueueMemberCompleted;
import org.switchboard.pbx.model.QueueEvent.QueueMemberConnected;
import org.switchboard.pbx.model.QueueEvent.QueueMemberMissed;
import org.switchboard.pbx.model.QueueEvent.QueueMemberPaused;
import org.switchboard.pbx.model.QueueEvent.QueueMemberRemoved;
import org.switchboard.pbx.model.QueueEvent.QueueMemberRung;
import org.switchboard.pbx.model.QueueMemberInfo;
import org.switchboard.pbx.model.Stamp;

/**
 * The queue rows of the translator's table. Caller events name the waiting caller in the Channel headers;
 * the Agent* events name the member's channel in the Dest* headers and the member in Interface.
 */
final class QueueTranslations {

    private QueueTranslations() {
    }

    static Optional<QueueEvent> callerJoined(QueueCallerJoinEvent e, Stamp stamp) {
        return caller(e.getQueue(), e.getUniqueId(), e.getLinkedId(), e.getChannel()).map(ch ->
                new QueueCallerJoined(stamp, e.getQueue(), ch, number(e.getPosition()), number(e.getCount())));
    }

    static Optional<QueueEvent> callerLeft(QueueCallerLeaveEvent e, Stamp stamp) {
        return caller(e.getQueue(), e.getUniqueId(), e.getLinkedId(), e.getChannel()).map(ch ->
                new QueueCallerLeft(stamp, e.getQueue(), ch, number(e.getPosition()), number(e.getCount())));
    }

    static Optional<QueueEvent> callerAbandoned(QueueCallerAbandonEvent e, Stamp stamp) {
        return caller(e.getQueue(), e.getUniqueId(), e.getLinkedId(), e.getChannel()).map(ch ->
                new QueueCallerAbandoned(stamp, e.getQueue(), ch, number(e.getPosition()),
                        number(e.getOriginalPosition()), seconds(e.getHoldTime())));
    }

    static Optional<QueueEvent> memberRung(AgentCalledEvent e, Stamp stamp) {
        Optional<ChannelRef> member = channel(e.getDestUniqueId(), e.getDestLinkedId(), e.getDestChannel());
        return caller(e.getQueue(), e.getUniqueId(), e.getLinkedId(), e.getChannel()).flatMap(ch -> member.map(m ->
                new QueueMemberRung(stamp, e.getQueue(), ch, m, text(e.getInterface()), text(e.getMemberName()))));
    }

    static Optional<QueueEvent> memberMissed(AgentRingNoAnswerEvent e, Stamp stamp) {
        Optional<ChannelRef> member = channel(e.getDestUniqueId(), e.getDestLinkedId(), e.getDestChannel());
        return caller(e.getQueue(), e.getUniqueId(), e.getLinkedId(), e.getChannel()).flatMap(ch -> member.map(m ->
                new QueueMemberMissed(stamp, e.getQueue(), ch, m, text(e.getInterface()), seconds(e.getRingtime()))));
    }

    static Optional<QueueEvent> memberConnected(AgentConnectEvent e, Stamp stamp) {
        Optional<ChannelRef> member = channel(e.getDestUniqueId(), e.getDestLinkedId(), e.getDestChannel());
        return caller(e.getQueue(), e.getUniqueId(), e.getLinkedId(), e.getChannel()).flatMap(ch -> member.map(m ->
                new QueueMemberConnected(stamp, e.getQueue(), ch, m, text(e.getInterface()),
                        text(e.getMemberName()), seconds(e.getHoldTime()), seconds(e.getRingtime()))));
    }

    static Optional<QueueEvent> memberCompleted(AgentCompleteEvent e, Stamp stamp) {
        return caller(e.getQueue(), e.getUniqueId(), e.getLinkedId(), e.getChannel()).map(ch ->
                new QueueMemberCompleted(stamp, e.getQueue(), ch, text(e.getInterface()), seconds(e.getHoldTime()),
                        seconds(e.getTalkTime()), text(e.getReason())));
    }

    static Optional<QueueEvent> memberAdded(QueueMemberAddedEvent e, Stamp stamp) {
        String memberInterface = blank(e.getInterface()) ? e.getLocation() : e.getInterface();
        if (blank(e.getQueue()) || blank(memberInterface)) {
            return Optional.empty();
        }
        return Optional.of(new QueueMemberAdded(stamp, new QueueMemberInfo(e.getQueue(), memberInterface,
                text(e.getMemberName()), text(e.getStateinterface()), memberStatus(e.getStatus()),
                flag(e.getPaused()), e.getPausedReason(), number(e.getCallsTaken()), epochSeconds(e.getLastCall()),
                flag(e.getInCall()), number(e.getPenalty()), dynamic(e.getMembership()))));
    }

    /** QueueMemberStatus; its class is asterisk-java's QueueMember list item, which the snapshot reads too. */
    static Optional<QueueEvent> memberChanged(QueueMemberEvent e, Stamp stamp) {
        return member(e).map(info -> new QueueMemberChanged(stamp, info));
    }

    static Optional<QueueEvent> memberRemoved(QueueMemberRemovedEvent e, Stamp stamp) {
        String memberInterface = blank(e.getInterface()) ? e.getLocation() : e.getInterface();
        if (blank(e.getQueue()) || blank(memberInterface)) {
            return Optional.empty();
        }
        return Optional.of(new QueueMemberRemoved(stamp, e.getQueue(), memberInterface));
    }

    static Optional<QueueEvent> memberPaused(AmiQueueMemberPauseEvent e, Stamp stamp) {
        String memberInterface = blank(e.getInterface()) ? e.getLocation() : e.getInterface();
        if (blank(e.getQueue()) || blank(memberInterface)) {
            return Optional.empty();
        }
        String reason = blank(e.getPausedReason()) ? e.getReason() : e.getPausedReason();
        return Optional.of(new QueueMemberPaused(stamp, e.getQueue(), memberInterface, flag(e.getPaused()),
                text(reason)));
    }

    /** A member as QueueMember (list item) and QueueMemberStatus describe it. */
    static Optional<QueueMemberInfo> member(QueueMemberEvent e) {
        String memberInterface = blank(e.getInterface()) ? e.getLocation() : e.getInterface();
        if (blank(e.getQueue()) || blank(memberInterface)) {
            return Optional.empty();
        }
        String name = blank(e.getMemberName()) ? e.getName() : e.getMemberName();
        return Optional.of(new QueueMemberInfo(e.getQueue(), memberInterface, text(name),
                text(e.getStateinterface()), memberStatus(e.getStatus()), flag(e.getPaused()), e.getPausedreason(),
                number(e.getCallsTaken()), epochSeconds(e.getLastCall()), flag(e.getIncall()),
                number(e.getPenalty()), dynamic(e.getMembership())));
    }

    private static Optional<ChannelRef> caller(String queue, String uniqueId, String linkedId, String name) {
        return blank(queue) ? Optional.empty() : channel(uniqueId, linkedId, name);
    }

    private static boolean dynamic(String membership) {
        return !blank(membership) && !"static".equalsIgnoreCase(membership.strip());
    }
}
