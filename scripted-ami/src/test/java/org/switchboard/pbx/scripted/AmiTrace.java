package org.switchboard.pbx.scripted;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.switchboard.pbx.scripted.state.PbxBuild;

/**
 * One recorded AMI session of a real Asterisk: {@code NAME.log} is the byte stream the server sent, and
 * {@code NAME.sent.log} beside it the actions the client sent, each after a {@code # t=+S rx_offset=BYTES}
 * line. The shared recordings are found by name with {@link #recorded(String)}.
 */
public final class AmiTrace implements StartupLists {

    /** The system property naming the directory of the recorded sessions. */
    public static final String DIRECTORY_PROPERTY = "switchboard.ami-traces";

    /** The sessions of Asterisk 20 with PJSIP, at the top of the trace directory. */
    public static final List<String> PJSIP = List.of(
            "startup-sync", "incoming-queue-answered-202", "incoming-queue-abandoned", "internal-203-to-204",
            "hold-resume", "originate-201-to-204", "park-ami-and-pickup", "transfer-blind-202-to-204",
            "phone-unregister", "queue-member-pause", "console-unavailable-congestion",
            "transfer-attended-202-to-204", "queue-member-add-remove");

    /** The sessions of the same Asterisk 20 with chan_sip, in {@code chan_sip/}. */
    public static final List<String> CHAN_SIP = List.of(
            "chan_sip/startup-sync", "chan_sip/startup-sync-snapshot", "chan_sip/incoming-queue-answered-202",
            "chan_sip/incoming-queue-abandoned", "chan_sip/hold-resume", "chan_sip/internal-203-to-204",
            "chan_sip/originate-201-to-204", "chan_sip/park-ami-and-pickup", "chan_sip/phone-unregister",
            "chan_sip/queue-member-pause", "chan_sip/queue-member-add-remove", "chan_sip/transfer-blind-202-to-204");

    /** The console's AMI actions on Asterisk 22 with PJSIP, in {@code actions/}. */
    public static final List<String> ACTIONS = List.of(
            "actions/park-slot-timeout-returns", "actions/couple-bridge-two-calls",
            "actions/hold-by-redirect-and-back", "actions/takeback-from-personal-queue",
            "actions/hangup-queued-caller", "actions/redirect-after-caller-left",
            "actions/originate-to-busy-then-free", "actions/blind-transfer-by-redirect",
            "actions/snapshot-no-registrations");

    /** Every recorded session, by the name {@link #recorded(String)} takes: its path without {@code .log}. */
    public static final List<String> RECORDED = java.util.stream.Stream.of(PJSIP, CHAN_SIP, ACTIONS)
            .flatMap(List::stream).toList();

    private static final Pattern MARK = Pattern.compile("^# t=\\+([0-9.]+) rx_offset=(\\d+)\\s*$");

    private final String name;
    private final String greeting;
    private final List<AmiFrame> frames;
    private final List<RecordedAction> actions;
    private final List<AmiMessage> events;

    private AmiTrace(String name, String greeting, List<AmiFrame> frames, List<RecordedAction> actions) {
        this.name = name;
        this.greeting = greeting;
        this.frames = List.copyOf(frames);
        this.actions = List.copyOf(actions);
        this.events = TraceEvents.unsolicited(this.frames, this.actions);
    }

    /** Reads {@code log} and the {@code .sent.log} beside it (absent: a trace without actions). */
    public static AmiTrace load(Path log) {
        String file = log.getFileName().toString();
        String base = file.endsWith(".log") ? file.substring(0, file.length() - 4) : file;
        Path sent = log.resolveSibling(base + ".sent.log");
        Path parent = log.getParent();
        String folder = parent == null ? "" : parent.getFileName().toString();
        String name = folder.equals("chan_sip") || folder.equals("actions") ? folder + "/" + base : base;
        try {
            String sentText = Files.exists(sent) ? Files.readString(sent, StandardCharsets.UTF_8) : "";
            return parse(name, Files.readAllBytes(log), sentText);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the AMI trace " + log, e);
        }
    }

    /**
     * One of the recorded sessions of the shared trace directory, by name (see {@link #RECORDED}), such as
     * {@code hold-resume} or {@code chan_sip/hold-resume}. The
     * directory is the system property {@value #DIRECTORY_PROPERTY}; the build sets it to
     * {@code ../shared/ami-traces} beside the repository.
     */
    public static AmiTrace recorded(String name) {
        if (!RECORDED.contains(name)) {
            throw new IllegalArgumentException("no recorded AMI trace named " + name + "; known: " + RECORDED);
        }
        return load(recordedDirectory().resolve(name + ".log"));
    }

    /** Where the recorded sessions are: the system property, else {@code shared/ami-traces} above the working directory. */
    public static Path recordedDirectory() {
        String configured = System.getProperty(DIRECTORY_PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        Path here = Path.of("").toAbsolutePath();
        for (Path dir = here; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolveSibling("shared").resolve("ami-traces");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("no recorded AMI traces: set " + DIRECTORY_PROPERTY
                + " or put shared/ami-traces beside the repository (looked up from " + here + ")");
    }

    /** A trace from the server's bytes and the client's annotated actions. */
    public static AmiTrace parse(String name, byte[] log, String sentLog) {
        Objects.requireNonNull(name, "name");
        try {
            AmiFrameReader reader = new AmiFrameReader(new ByteArrayInputStream(log));
            String greeting = reader.readLine().orElse("");
            List<AmiFrame> frames = new ArrayList<>();
            Optional<AmiFrame> frame;
            while ((frame = reader.next()).isPresent()) {
                if (!frame.get().message().headers().isEmpty()) {
                    frames.add(frame.get());
                }
            }
            return new AmiTrace(name, greeting, frames, actions(sentLog));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot parse the AMI trace " + name, e);
        }
    }

    private static List<RecordedAction> actions(String sentLog) {
        List<RecordedAction> actions = new ArrayList<>();
        for (String block : sentLog.split("\r?\n(?=# t=)")) {
            String[] lines = block.split("\r?\n", 2);
            Matcher mark = MARK.matcher(lines[0]);
            if (mark.matches() && lines.length == 2) {
                Duration at = Duration.ofNanos(new BigDecimal(mark.group(1)).movePointRight(9).longValue());
                actions.add(new RecordedAction(at, Long.parseLong(mark.group(2)), AmiMessage.parse(lines[1])));
            }
        }
        return actions;
    }

    public String name() {
        return name;
    }

    /** The first line the server sent, such as {@code Asterisk Call Manager/9.0.0}. */
    public String greeting() {
        return greeting;
    }

    /** Every frame the server sent after the greeting, with its byte offset in the log. */
    public List<AmiFrame> frames() {
        return frames;
    }

    /** The actions the client sent, in order. */
    public List<RecordedAction> actions() {
        return actions;
    }

    /**
     * The events the PBX produced by itself, in recorded order: without responses, without the list items
     * and completions that answer a recorded action, and without the FullyBooted and AMI SuccessfulAuth
     * events that greet the recorded client's own login (a replay must not look like a PBX restart).
     * Asynchronous results such as OriginateResponse are kept.
     */
    public List<AmiMessage> events() {
        return events;
    }

    /** The response to the recorded action with this ActionID. */
    public Optional<AmiMessage> response(String actionId) {
        return frames.stream().map(AmiFrame::message)
                .filter(m -> m.isResponse() && m.getOr("ActionID", "").equals(actionId))
                .findFirst();
    }

    /** The response to the first recorded action of this name (compared without case); empty if none. */
    public Optional<AmiMessage> responseTo(String actionName) {
        return actions.stream().filter(a -> a.name().equalsIgnoreCase(actionName)).findFirst()
                .flatMap(action -> response(action.actionId()));
    }

    /** The successful responses to the recorded actions of this name, in order (SIPshowpeer's peer details). */
    @Override
    public List<AmiMessage> details(String actionName) {
        return actions.stream().filter(a -> a.name().equalsIgnoreCase(actionName))
                .map(action -> response(action.actionId())).flatMap(Optional::stream)
                .filter(response -> response.getOr("Response", "").equals("Success")).toList();
    }

    /**
     * The build of the Asterisk that recorded this session: the greeting's AMI version, CoreSettings'
     * AsteriskVersion (else the default build's), chan_sip when SIPpeers was answered with a list, and the
     * actions it answered as unknown.
     */
    @Override
    public PbxBuild build() {
        PbxBuild standard = PbxBuild.ASTERISK_20_PJSIP;
        String ami = greeting.startsWith(PbxBuild.GREETING)
                ? greeting.substring(PbxBuild.GREETING.length()).strip() : standard.amiVersion();
        String asterisk = responseTo("CoreSettings").flatMap(r -> r.get("AsteriskVersion"))
                .filter(version -> !version.isBlank()).orElse(standard.asteriskVersion());
        boolean chanSip = responseTo("SIPpeers").flatMap(r -> r.get("Response")).filter("Success"::equals)
                .isPresent();
        Set<String> unknown = actions.stream()
                .filter(action -> response(action.actionId()).map(r -> r.getOr("Message", ""))
                        .filter(message -> message.startsWith(PbxBuild.UNKNOWN)).isPresent())
                .map(RecordedAction::name).collect(Collectors.toSet());
        return new PbxBuild(ami, asterisk, chanSip ? PbxBuild.ChannelDriver.CHAN_SIP : PbxBuild.ChannelDriver.PJSIP,
                unknown);
    }

    /** The list items (no completion event) that answered the first recorded action of this name; empty if none. */
    @Override
    public List<AmiMessage> listItems(String actionName) {
        Optional<String> actionId = actions.stream().filter(a -> a.name().equalsIgnoreCase(actionName))
                .map(RecordedAction::actionId).findFirst();
        if (actionId.isEmpty()) {
            return List.of();
        }
        return frames.stream().map(AmiFrame::message)
                .filter(m -> m.isEvent() && m.getOr("ActionID", "").equals(actionId.get()))
                .filter(m -> !m.has("EventList"))
                .toList();
    }

    /** The names of the events in {@link #events()}, without repeats. */
    public Set<String> eventTypes() {
        return events.stream().map(AmiMessage::type).collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    @Override
    public String toString() {
        return "AmiTrace[" + name + ", " + frames.size() + " frames, " + actions.size() + " actions]";
    }
}
