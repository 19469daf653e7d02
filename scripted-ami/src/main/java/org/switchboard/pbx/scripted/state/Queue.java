package org.switchboard.pbx.scripted.state;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.switchboard.pbx.scripted.AmiMessage;

/** One call queue: its parameters, its members by interface and its waiting callers in position order. */
final class Queue {

    static final List<String> PARAMS = List.of("Max", "Strategy", "Calls", "Holdtime", "TalkTime", "Completed",
            "Abandoned", "ServiceLevel", "ServicelevelPerf", "ServicelevelPerf2", "Weight");
    static final List<String> MEMBER = List.of("Name", "Location", "StateInterface", "Membership", "Penalty",
            "CallsTaken", "LastCall", "LastPause", "LoginTime", "InCall", "Status", "Paused", "PausedReason",
            "Wrapuptime");
    private static final List<String> CALLER = List.of("Channel", "Uniqueid", "CallerIDNum", "CallerIDName",
            "ConnectedLineNum", "ConnectedLineName");
    private static final String NOT_IN_USE = "1";

    private record Caller(Map<String, String> fields, Instant joined) {
    }

    private final String name;
    private final Map<String, String> params = new LinkedHashMap<>();
    private final Map<String, Map<String, String>> members = new LinkedHashMap<>();
    private final List<Caller> callers = new ArrayList<>();

    Queue(String name) {
        this.name = name;
        PARAMS.forEach(key -> params.put(key, "0"));
        params.put("Strategy", "ringall");
        params.put("ServicelevelPerf", "0.0");
        params.put("ServicelevelPerf2", "0.0");
    }

    String name() {
        return name;
    }

    void configure(AmiMessage queueParams) {
        params.putAll(queueParams.pick(PARAMS));
    }

    /** Adds or updates a member from a QueueMember item (Name, Location) or a QueueMember* event (MemberName, Interface). */
    void updateMember(AmiMessage memberEvent) {
        String location = memberEvent.get("Location").orElseGet(() -> memberEvent.getOr("Interface", ""));
        Map<String, String> member = members.computeIfAbsent(location, key -> blankMember());
        member.putAll(memberEvent.pick(MEMBER));
        memberEvent.get("MemberName").ifPresent(value -> member.put("Name", value));
        member.put("Location", location);
    }

    void removeMember(AmiMessage memberEvent) {
        members.remove(memberEvent.get("Location").orElseGet(() -> memberEvent.getOr("Interface", "")));
    }

    void join(AmiMessage callerJoin, Instant now) {
        callers.add(new Caller(callerJoin.pick(CALLER), now));
    }

    void leave(AmiMessage callerLeave) {
        String uniqueId = callerLeave.getOr("Uniqueid", "");
        callers.removeIf(caller -> uniqueId.equals(caller.fields().get("Uniqueid")));
    }

    void count(String counter) {
        params.merge(counter, "1", (old, one) -> Long.toString(Long.parseLong(old) + 1));
    }

    void clearCallers() {
        callers.clear();
    }

    /** A copy of one member's fields (Name, Location, StateInterface, Paused, ...), if it is a member. */
    java.util.Optional<Map<String, String>> member(String location) {
        return java.util.Optional.ofNullable(members.get(location)).map(LinkedHashMap::new);
    }

    /** The caller's position, from 1; 0 when it does not wait here. */
    int position(String uniqueId) {
        for (int i = 0; i < callers.size(); i++) {
            if (uniqueId.equals(callers.get(i).fields().get("Uniqueid"))) {
                return i + 1;
            }
        }
        return 0;
    }

    /** How long the caller has waited, in seconds. */
    long waited(String uniqueId, Instant now) {
        return callers.stream().filter(caller -> uniqueId.equals(caller.fields().get("Uniqueid")))
                .mapToLong(caller -> Duration.between(caller.joined(), now).toSeconds()).findFirst().orElse(0);
    }

    /** Copies of every member's fields, in the order they joined. */
    List<Map<String, String>> members() {
        return members.values().stream().<Map<String, String>>map(LinkedHashMap::new).toList();
    }

    /** The unique ids of the waiting callers, in position order. */
    List<String> callerIds() {
        return callers.stream().map(caller -> caller.fields().get("Uniqueid")).toList();
    }

    boolean hasMember(String location) {
        return members.containsKey(location);
    }

    /** The items of a QueueStatus answer for this queue: QueueParams, then QueueMember and QueueEntry items. */
    List<AmiMessage> status(String memberFilter, Instant now) {
        List<AmiMessage> items = new ArrayList<>();
        items.add(AmiMessage.of("Event", "QueueParams", "Queue", name).withAll(params)
                .with("Calls", Integer.toString(callers.size())).with("ActionID", ""));
        members.values().stream()
                .filter(member -> memberFilter.isEmpty() || memberFilter.equals(member.get("Location"))
                        || memberFilter.equals(member.get("Name")))
                .forEach(member -> items.add(AmiMessage.of("Event", "QueueMember", "Queue", name)
                        .withAll(member).with("ActionID", "")));
        for (int i = 0; i < callers.size(); i++) {
            Caller caller = callers.get(i);
            items.add(AmiMessage.of("Event", "QueueEntry", "Queue", name, "Position", Integer.toString(i + 1))
                    .withAll(caller.fields())
                    .with("Wait", Long.toString(Duration.between(caller.joined(), now).toSeconds()))
                    .with("Priority", "0").with("ActionID", ""));
        }
        return items;
    }

    /** The QueueSummary item for this queue. */
    AmiMessage summary(Instant now) {
        long available = members.values().stream()
                .filter(member -> NOT_IN_USE.equals(member.get("Status")) && "0".equals(member.get("Paused"))).count();
        long longest = callers.stream().mapToLong(caller -> Duration.between(caller.joined(), now).toSeconds())
                .max().orElse(0);
        return AmiMessage.of("Event", "QueueSummary", "Queue", name,
                "LoggedIn", Integer.toString(members.size()), "Available", Long.toString(available),
                "Callers", Integer.toString(callers.size()), "HoldTime", params.get("Holdtime"),
                "TalkTime", params.get("TalkTime"), "LongestHoldTime", Long.toString(longest), "ActionID", "");
    }

    private static Map<String, String> blankMember() {
        Map<String, String> member = new LinkedHashMap<>();
        MEMBER.forEach(key -> member.put(key, "0"));
        member.put("Membership", "dynamic");
        member.put("PausedReason", "");
        return member;
    }
}
