package org.switchboard.pbx.scripted;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.switchboard.pbx.scripted.control.Control;
import org.switchboard.pbx.scripted.state.ChannelView;
import org.switchboard.pbx.scripted.state.PbxBuild;
import org.switchboard.pbx.scripted.state.PbxState;

/**
 * The people around the simulated PBX, for tests and the demo to drive its calls as a console's journeys need
 * them, with the event sequences of the recordings: outside callers on the trunk, the office's phones, and
 * their hanging up. Commands of a console (Redirect, Originate, Bridge, Park, Hangup, QueueAdd, ...) come over
 * AMI as usual; this is what no AMI client can do.
 * <pre>{@code
 * LiveOffice office = server.office().answerOnCommand();    // phones ring until the test answers them
 * LiveOffice.Caller caller = office.trunkCallsQueue("9000"); // waits in GeneralQueue, rings the free members
 * office.phone("202").answer();                              // 202 picks up: caller and desk are bridged
 * office.hangUp(caller);                                     // the caller hangs up, wherever the call is
 * office.phone("204").dials("203");                          // 204 is busy for a while (camp-on)
 * office.phone("205").registers();                           // 205's phone registers, as recorded
 * }</pre>
 * Each method emits its events before it returns. Thread-safe.
 */
public final class LiveOffice {

    /** How long {@link Phone#answer()} waits for its phone to ring. */
    public static final Duration RING_WAIT = Duration.ofSeconds(10);
    /** The outside caller of the recordings. */
    public static final String CALLER_NUMBER = "+3225550101";
    public static final String CALLER_NAME = "External Caller";

    /**
     * One party of a call: the channel it is on ({@code PJSIP/trunk-00005001}), its unique id and its call id
     * (linked id), and the number it shows.
     */
    public record Caller(String channel, String uniqueId, String callId, String number) {
    }

    private final ScriptedAmiServer server;
    private final PbxState state;
    private final Control control;
    private final Object changes = new Object();

    LiveOffice(ScriptedAmiServer server, PbxState state, Control control) {
        this.server = server;
        this.state = state;
        this.control = control;
        server.onEmit(event -> {
            synchronized (changes) {
                changes.notifyAll();
            }
        });
    }

    /** From now on the phones answer only when told to ({@link Phone#answer()}) and never hang up by themselves. */
    public LiveOffice answerOnCommand() {
        control.answerOnCommand(true);
        return this;
    }

    /** The outside caller of the recordings dials {@code dialled} from the trunk: 9000, 9201 or 9202. */
    public Caller trunkCallsQueue(String dialled) {
        return trunkCalls(dialled, CALLER_NUMBER, CALLER_NAME);
    }

    /** An outside caller dials {@code dialled} from the trunk; the call waits in its queue and rings the free members. */
    public Caller trunkCalls(String dialled, String number, String name) {
        return caller(server.act(() -> control.trunkCall(dialled, number, name)));
    }

    /** The office phone of an extension ({@code 201} to {@code 206} in the recorded office). */
    public Phone phone(String extension) {
        String technology = state.build().driver() == PbxBuild.ChannelDriver.CHAN_SIP ? "SIP/" : "PJSIP/";
        return new Phone(technology + extension);
    }

    /** The party on this channel hangs up wherever the call is: queued, ringing, talking, on hold, parked. */
    public void hangUp(Caller party) {
        hangUp(party.channel());
    }

    /** The same, by channel name; nothing if the channel is gone already. */
    public void hangUp(String channel) {
        server.act(() -> control.partyHangsUp(channel));
    }

    /** The caller on this channel hangs up if it still waits in a queue; false when it does not (any more). */
    public boolean giveUpIfWaiting(String channel) {
        return !server.act(() -> state.channel(channel).filter(found -> !found.queue().isEmpty())
                .map(found -> control.partyHangsUp(channel)).orElse(List.of())).isEmpty();
    }

    /**
     * The extensions whose phones are queue members now (the desks consoles logged in) or have a live channel:
     * what a script of the demo must leave alone.
     */
    public java.util.Set<String> takenExtensions() {
        java.util.Set<String> taken = new java.util.TreeSet<>();
        state.queueStatus("", "").stream().filter(item -> item.type().equals("QueueMember"))
                .map(item -> item.getOr("Location", "")).forEach(device -> taken.add(extension(device)));
        state.coreShowChannels().stream().map(item -> item.getOr("Channel", ""))
                .filter(name -> name.startsWith("PJSIP/20") || name.startsWith("SIP/20"))
                .forEach(name -> taken.add(extension(name.substring(0, name.lastIndexOf('-')))));
        return taken;
    }

    private static String extension(String device) {
        return device.substring(device.indexOf('/') + 1);
    }

    /** Whether the channel is still up (alive), for tests that wait for a call to end. */
    public boolean alive(String channel) {
        return state.channel(channel).isPresent();
    }

    /** One phone of the office. */
    public final class Phone {

        private final String device;

        private Phone(String device) {
            this.device = device;
        }

        public String device() {
            return device;
        }

        /** Whether the phone rings and waits to be answered (only while phones answer on command). */
        public boolean ringing() {
            return control.ringingOn(device).isPresent();
        }

        /** Whether the phone has a call (ringing, dialling or talking): a colleague is then busy. */
        public boolean busy() {
            return state.deviceInUse(device);
        }

        /** The phone's channel now: a conversation first, else any; empty when the phone is idle. */
        public Optional<String> channel() {
            return state.channelsOfDevice(device).stream()
                    .sorted(java.util.Comparator.comparing(channel -> channel.bridgeId().isEmpty()))
                    .map(ChannelView::name).findFirst();
        }

        /**
         * Picks up the call the phone rings with, waiting up to {@link #RING_WAIT} for it to ring; returns the
         * phone's channel. Fails with {@link IllegalStateException} when it does not ring in that time, or when
         * the phones answer by themselves (no {@link #answerOnCommand()}).
         */
        public String answer() {
            if (!control.answersOnCommand()) {
                throw new IllegalStateException("the phones answer by themselves: call answerOnCommand() first");
            }
            String ringingChannel = await(() -> control.ringingOn(device), "phone " + device + " to ring");
            server.act(() -> control.answer(device));
            return ringingChannel;
        }

        /**
         * The user hangs up (a BYE): the phone's call ends, or a consultation completes its transfer; a phone
         * that rings for a queue or a transfer declines it as busy.
         */
        public void hangUp() {
            channel().ifPresent(LiveOffice.this::hangUp);
        }

        /** Whether the phone is registered at the PBX now. */
        public boolean registered() {
            return control.registered(device);
        }

        /**
         * The phone registers (again), with the events the recorded Asterisk sent ({@code phone-unregister}): the
         * digest challenge and its success, its hint idle, its device NOT_INUSE, its contact reachable. Nothing
         * when it is registered already.
         */
        public void registers() {
            server.act(() -> control.phoneRegisters(device));
        }

        /**
         * The phone's registration goes away (a REGISTER with Expires 0), with the recorded events: its contact
         * removed, its device UNAVAILABLE, its hint unavailable. Nothing when it is not registered. Fails with
         * {@link IllegalStateException} while the phone has a call: the recordings have no phone that unregistered
         * in a call.
         */
        public void unregisters() {
            if (busy()) {
                throw new IllegalStateException("phone " + device + " has a call: it does not unregister in one");
            }
            server.act(() -> control.phoneUnregisters(device));
        }

        /** The phone goes off hook and dials an internal extension: the new call, its caller being this phone. */
        public Caller dials(String extension) {
            return caller(server.act(() -> control.phoneDials(device, extension)));
        }
    }

    private <T> T await(Supplier<Optional<T>> condition, String what) {
        long deadline = System.nanoTime() + RING_WAIT.toNanos();
        synchronized (changes) {
            Optional<T> value = condition.get();
            while (value.isEmpty()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new IllegalStateException("waited " + RING_WAIT.toSeconds() + " s for the " + what);
                }
                try {
                    changes.wait(Math.max(1, Math.min(50, left / 1_000_000)));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted waiting for the " + what, e);
                }
                value = condition.get();
            }
            return value.get();
        }
    }

    private static Caller caller(List<AmiMessage> events) {
        AmiMessage first = events.stream().filter(event -> event.type().equals("Newchannel")).findFirst()
                .orElseThrow(() -> new IllegalStateException("no channel was made"));
        return new Caller(first.getOr("Channel", ""), first.getOr("Uniqueid", ""), first.getOr("Linkedid", ""),
                first.getOr("CallerIDNum", ""));
    }
}
