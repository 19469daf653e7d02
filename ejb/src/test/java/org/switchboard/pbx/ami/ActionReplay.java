package org.switchboard.pbx.ami;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Predicate;

import org.switchboard.pbx.model.ConnectionEvent.PbxSynchronized;
import org.switchboard.pbx.model.PbxEvent;
import org.switchboard.pbx.scripted.AmiAccount;
import org.switchboard.pbx.scripted.AmiFrame;
import org.switchboard.pbx.scripted.AmiMessage;
import org.switchboard.pbx.scripted.AmiTrace;
import org.switchboard.pbx.scripted.RecordedAction;
import org.switchboard.pbx.scripted.ScriptedAmiServer;
import org.switchboard.testkit.Await;

/**
 * One recorded console action replayed against the real adapter: a scripted AMI server brought into the
 * recorded situation (seeded with the recorded office of the same channel driver, then fed the recorded events up to the moment the
 * action was sent), an {@link AmiConnection} over TCP, and the two event streams to compare afterwards: what
 * the real Asterisk emitted after its answer, and what the simulator emitted after the same action.
 */
final class ActionReplay implements AutoCloseable {

    static final Duration WAIT = Duration.ofSeconds(10);
    /** The simulated phones answer and parked calls time out this much faster than the recorded ones. */
    static final double PACE = 20;
    private static final String SECRET = "console-secret";
    /** The events compared: the life of channels, bridges, dials, music, parking, queues and Originate. */
    static final Set<String> COMPARED = Set.of("Newchannel", "Newstate", "Hangup", "BridgeCreate", "BridgeEnter",
            "BridgeLeave", "BridgeDestroy", "DialBegin", "DialEnd", "MusicOnHoldStart", "MusicOnHoldStop",
            "ParkedCall", "ParkedCallTimeOut", "QueueCallerAbandon", "QueueCallerLeave", "QueueMemberAdded",
            "QueueMemberRemoved", "QueueMemberPause", "OriginateResponse", "BlindTransfer", "AttendedTransfer");
    private static final List<String> KEYS = List.of("DialStatus", "Cause", "ChannelStateDesc", "BridgeType",
            "Class", "ParkingSpace", "ParkingTimeout", "ParkerDialString", "Queue", "Interface", "Paused",
            "PausedReason", "Membership", "Response", "Reason", "Result", "Extension");

    final AmiTrace trace;
    final RecordedAction action;
    final ScriptedAmiServer server;
    final AmiConnection connection;
    final List<PbxEvent> handed = new CopyOnWriteArrayList<>();
    private final List<AmiMessage> emitted = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2);
    private volatile boolean recording;

    private ActionReplay(String traceName, String actionId) {
        trace = AmiTrace.recorded(traceName);
        action = trace.actions().stream().filter(a -> a.actionId().equals(actionId)).findFirst().orElseThrow();
        server = ScriptedAmiServer.start(AmiAccount.of("console", SECRET));
        server.seed(AmiTrace.recorded(traceName.startsWith("chan_sip/") ? "chan_sip/startup-sync" : "startup-sync"));
        server.pace(PACE);
        server.onEmit(event -> {
            if (recording) {
                emitted.add(event);
            }
        });
        AmiSettings settings = new AmiSettings("127.0.0.1", server.port(), "console", SECRET, Duration.ofSeconds(2),
                Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofMillis(50), Duration.ofMillis(400), 10_000);
        connection = new AmiConnection(settings, handed::add, Clock.systemUTC(), Thread::new, scheduler);
    }

    /** Connected, synchronised, and the PBX in the state it was in when the recorded client sent the action. */
    static ActionReplay at(String traceName, String actionId) {
        ActionReplay replay = new ActionReplay(traceName, actionId);
        replay.connection.start();
        Await.until("synchronised", () -> replay.handed.stream().anyMatch(PbxSynchronized.class::isInstance), WAIT);
        Set<AmiMessage> unsolicited = new HashSet<>(replay.trace.events());
        replay.server.emit(replay.trace.frames().stream().filter(frame -> frame.offset() < replay.action.rxOffset())
                .map(AmiFrame::message).filter(unsolicited::contains).toList());
        replay.recording = true;
        return replay;
    }

    /** Asterisk's response to the action. */
    AmiMessage recordedResponse() {
        return trace.response(action.actionId()).orElseThrow();
    }

    /** Asterisk's OriginateResponse to the action (an Originate). */
    AmiMessage recordedOriginateResponse() {
        return trace.frames().stream().map(AmiFrame::message)
                .filter(m -> m.type().equals("OriginateResponse") && m.getOr("ActionID", "").equals(action.actionId()))
                .findFirst().orElseThrow();
    }

    /**
     * An event that closes a window: the {@code nth} (from 1) of this type on a channel whose name starts with
     * the prefix; written {@code Type@prefix} or {@code Type@prefix#n}.
     */
    record Mark(String type, String channelPrefix, int nth) {
        static List<Mark> parse(String marks) {
            return java.util.Arrays.stream(marks.split(",")).map(String::strip).filter(mark -> !mark.isEmpty())
                    .map(mark -> {
                        String[] typeAndRest = mark.split("@", 2);
                        String[] prefixAndNth = typeAndRest[1].split("#", 2);
                        return new Mark(typeAndRest[0], prefixAndNth[0],
                                prefixAndNth.length > 1 ? Integer.parseInt(prefixAndNth[1]) : 1);
                    }).toList();
        }
    }

    /** The compared events of {@code events} up to the last of the marks; empty if a mark is missing. */
    static java.util.Optional<List<AmiMessage>> window(List<AmiMessage> events, List<Mark> marks) {
        return end(events, marks).map(end -> events.subList(0, end).stream()
                .filter(event -> COMPARED.contains(event.type())).toList());
    }

    /** The index just after the last of the marks in {@code events}; empty if a mark is missing. */
    private static java.util.Optional<Integer> end(List<AmiMessage> events, List<Mark> marks) {
        Map<Mark, Integer> seen = new HashMap<>();
        Set<Mark> reached = new HashSet<>();
        for (int i = 0; i < events.size() && reached.size() < marks.size(); i++) {
            AmiMessage event = events.get(i);
            for (Mark mark : marks) {
                if (event.type().equals(mark.type()) && channelOf(event).startsWith(mark.channelPrefix())
                        && seen.merge(mark, 1, Integer::sum) == mark.nth()) {
                    reached.add(mark);
                }
            }
            if (reached.size() == marks.size()) {
                return java.util.Optional.of(i + 1);
            }
        }
        return java.util.Optional.empty();
    }

    /** What Asterisk emitted after its response (its OriginateResponse included), up to the last of the marks. */
    List<AmiMessage> recordedUntil(List<Mark> marks) {
        return window(recordedAfterResponse(), marks)
                .orElseThrow(() -> new IllegalStateException("the recording lacks " + marks));
    }

    /** What Asterisk emitted after the last of {@code after} (counted from its response), up to the last of {@code until}. */
    List<AmiMessage> recordedBetween(List<Mark> after, List<Mark> until) {
        List<AmiMessage> events = recordedAfterResponse();
        int start = end(events, after).orElseThrow(() -> new IllegalStateException("the recording lacks " + after));
        return window(events.subList(start, events.size()), until)
                .orElseThrow(() -> new IllegalStateException("the recording lacks " + until));
    }

    private List<AmiMessage> recordedAfterResponse() {
        long responseAt = trace.frames().stream()
                .filter(frame -> frame.message().isResponse()
                        && frame.message().getOr("ActionID", "").equals(action.actionId()))
                .mapToLong(AmiFrame::offset).findFirst().orElseThrow();
        Set<AmiMessage> unsolicited = new HashSet<>(trace.events());
        return trace.frames().stream().filter(frame -> frame.offset() > responseAt)
                .map(AmiFrame::message)
                .filter(event -> unsolicited.contains(event) || isOurOriginateResponse(event)).toList();
    }

    private boolean isOurOriginateResponse(AmiMessage event) {
        return event.type().equals("OriginateResponse") && event.getOr("ActionID", "").equals(action.actionId());
    }

    /** Waits until the simulator has emitted every mark; returns its window, as {@link #recordedUntil}. */
    List<AmiMessage> simulatedUntil(List<Mark> marks) {
        return simulatedSince(0, marks);
    }

    /** The same, counting from the {@code from}th event the simulator emitted since the action. */
    List<AmiMessage> simulatedSince(int from, List<Mark> marks) {
        return Await.value("the simulator emits " + marks, () -> {
            List<AmiMessage> sofar = List.copyOf(emitted);
            return window(sofar.subList(Math.min(from, sofar.size()), sofar.size()), marks);
        }, WAIT);
    }

    /** How many events the simulator has emitted since the action. */
    int emittedCount() {
        return emitted.size();
    }

    /**
     * Both windows described for comparison: type, channels, linked id and key headers. The ids the simulator
     * made are renamed to the ids Asterisk made, in the order each first appears (ids that existed before the
     * action are the recording's in both).
     */
    List<List<String>> described(List<AmiMessage> recorded, List<AmiMessage> simulated) {
        Set<String> before = new HashSet<>();
        trace.frames().stream().filter(frame -> frame.offset() < action.rxOffset())
                .forEach(frame -> frame.message().headers().forEach(header -> before.add(header.value())));
        List<String> theirs = newIds(recorded, before::contains);
        Set<String> anywhere = new HashSet<>();
        trace.frames().forEach(frame -> frame.message().headers().forEach(header -> anywhere.add(header.value())));
        List<String> ours = newIds(simulated, anywhere::contains);
        Map<String, String> renamed = new HashMap<>();
        for (int i = 0; i < Math.min(theirs.size(), ours.size()); i++) {
            renamed.put(ours.get(i), theirs.get(i));
        }
        return List.of(recorded.stream().map(event -> describe(event, Map.of())).toList(),
                simulated.stream().map(event -> describe(event, renamed)).toList());
    }

    /**
     * The described events grouped by the channel they are about, each group in order; bridge and parking
     * events (whose order against a channel's own events differs between Asterisk 20 and 22) form group "".
     */
    static Map<String, List<String>> byChannel(List<String> described) {
        Map<String, List<String>> groups = new java.util.TreeMap<>();
        for (String event : described) {
            java.util.regex.Matcher channel = java.util.regex.Pattern.compile(" Channel=(\\S+)")
                    .matcher(event);
            groups.computeIfAbsent(channel.find() ? channel.group(1) : "", key -> new ArrayList<>()).add(event);
        }
        return groups;
    }

    private static final List<String> ID_KEYS = List.of("Channel", "DestChannel", "ParkeeChannel", "Linkedid",
            "TransfereeChannel");

    private static List<String> newIds(List<AmiMessage> events, Predicate<String> old) {
        List<String> ids = new ArrayList<>();
        for (AmiMessage event : events) {
            for (String key : ID_KEYS) {
                event.get(key).filter(value -> !old.test(value) && !ids.contains(value)).ifPresent(ids::add);
            }
        }
        return ids;
    }

    private static String describe(AmiMessage event, Map<String, String> renamed) {
        StringBuilder text = new StringBuilder(event.type());
        for (String key : ID_KEYS) {
            event.get(key).ifPresent(value ->
                    text.append(' ').append(key).append('=').append(renamed.getOrDefault(value, value)));
        }
        for (String key : KEYS) {
            event.get(key).ifPresent(value -> text.append(' ').append(key).append('=').append(value.strip()));
        }
        return text.toString();
    }

    private static String channelOf(AmiMessage event) {
        return event.get("Channel").or(() -> event.get("ParkeeChannel")).orElse("");
    }

    @Override
    public void close() {
        connection.close();
        server.close();
        scheduler.shutdownNow();
    }
}
