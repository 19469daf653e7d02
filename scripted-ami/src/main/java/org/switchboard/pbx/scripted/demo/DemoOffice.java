package org.switchboard.pbx.scripted.demo;

import java.time.Clock;
import java.util.List;
import java.util.NoSuchElementException;
import org.switchboard.pbx.scripted.AmiMessage;
import org.switchboard.pbx.scripted.StartupLists;

/**
 * The demo PBX's configuration: a small fictional office shaped like the PBX of the recorded traces. Six PJSIP
 * phones 201..206 register from 127.0.0.1 (201 and 202 are the reception desks), external calls arrive over
 * the endpoint {@code trunk}, the reception number 9000 queues callers in {@code GeneralQueue} (ringall, both
 * desks), each desk has a personal queue, and parking lot {@code default} parks at 700 in spaces 701..720 for
 * 120 seconds before ringing the parker again. Every name a user sees says "Demo", so nobody mistakes it for a
 * real PBX.
 *
 * <p>{@link #startupSync(Clock)} gives the answers of a startup sync, which is what
 * {@link org.switchboard.pbx.scripted.state.PbxState#seed(StartupLists)} learns the configuration from;
 * {@link #bootEvents(Clock)} gives what a booting PBX tells connected clients about it.
 */
public final class DemoOffice {

    /** One phone: its extension (also the PJSIP endpoint and AOR), the name it shows and its SIP port on 127.0.0.1. */
    public record Phone(String extension, String name, int port) {
    }

    /** One call queue and the extensions of its static members, in configuration order. */
    public record CallQueue(String name, List<String> members) {
    }

    /** An outside party: a number and the name its caller id shows. */
    public record Outsider(String number, String name) {
    }

    public static final String TRUNK = "trunk";
    public static final String CONSOLE_PEER = "npa10001";
    public static final String RECEPTION_NUMBER = "9000";
    public static final String GENERAL_QUEUE = "GeneralQueue";
    public static final String PARKING_LOT = "default";
    public static final int FIRST_SPACE = 701;
    public static final int LAST_SPACE = 720;
    public static final int PARKING_SECONDS = 120;

    private static final List<Phone> PHONES = List.of(
            new Phone("201", "Demo Reception 1", 5061), new Phone("202", "Demo Reception 2", 5062),
            new Phone("203", "Demo Ann Example", 5063), new Phone("204", "Demo Ben Sample", 5064),
            new Phone("205", "Demo Cleo Fictive", 5065), new Phone("206", "Demo Dan Placeholder", 5066));
    private static final List<CallQueue> QUEUES = List.of(
            new CallQueue(GENERAL_QUEUE, List.of("201", "202")),
            new CallQueue("PersonalQueue201", List.of("201")),
            new CallQueue("PersonalQueue202", List.of("202")));
    private static final List<Outsider> CALLERS = List.of(
            new Outsider("+3225550111", "Demo caller Ada"), new Outsider("+3225550122", "Demo caller Bram"),
            new Outsider("+3225550133", "Demo caller Chloe"), new Outsider("+3225550144", "Demo caller Daan"),
            new Outsider("+3225550155", "Demo caller Eva"), new Outsider("+3225550166", "Demo caller Finn"));
    private static final List<Outsider> DESTINATIONS = List.of(
            new Outsider("025550170", "Demo supplier"), new Outsider("025550181", "Demo courier"),
            new Outsider("025550192", "Demo customer"));

    private static final DemoOffice STANDARD = new DemoOffice(PHONES, QUEUES);
    private static final DemoOffice CONSOLE_RECEPTION = new DemoOffice(PHONES, QUEUES.stream()
            .map(queue -> new CallQueue(queue.name(), List.of())).toList());
    /** The first extension, and SIP port, of the desks {@link #withDesks} adds. */
    private static final int FIRST_ADDED_DESK = 301;
    private static final int FIRST_ADDED_PORT = 5301;
    /** The first extension, and SIP port, of the colleagues {@link #withColleagues} adds, and how many at most. */
    public static final int FIRST_COLLEAGUE = 10_000;
    private static final int FIRST_COLLEAGUE_PORT = 20_000;
    private static final int MAX_COLLEAGUES = 40_000;

    private final List<Phone> phones;
    private final List<CallQueue> queues;

    private DemoOffice(List<Phone> phones, List<CallQueue> queues) {
        this.phones = phones;
        this.queues = queues;
    }

    /** The demo office whose desks 201 and 202 are static members of the queues, as in the recorded PBX. */
    public static DemoOffice standard() {
        return STANDARD;
    }

    /**
     * The same office with queues that start without members, as a reception run from consoles is configured:
     * a receptionist's console logs the desk's phone in (QueueAdd), which a static member would refuse
     * ({@code Unable to add interface: Already there}). The demo PBX of {@code ./start.sh} is this office.
     */
    public static DemoOffice consoleReception() {
        return CONSOLE_RECEPTION;
    }

    /**
     * This office with {@code count} more reception desks run from consoles (for benchmarks of many consoles):
     * phones 301, 302, ... ("Demo Desk 301", registered from 127.0.0.1 on SIP ports 5301, ...), each with a
     * personal queue {@code PersonalQueue301}, ... that starts without members and that the trunk reaches at
     * 9301, ...; the office's own scripts leave them alone (they are in no queue of the office).
     */
    public DemoOffice withDesks(int count) {
        if (count < 0 || count > 99) {
            throw new IllegalArgumentException("between 0 and 99 desks can be added, not " + count);
        }
        List<Phone> morePhones = new java.util.ArrayList<>(phones);
        List<CallQueue> moreQueues = new java.util.ArrayList<>(queues);
        for (int i = 0; i < count; i++) {
            String extension = Integer.toString(FIRST_ADDED_DESK + i);
            morePhones.add(new Phone(extension, "Demo Desk " + extension, FIRST_ADDED_PORT + i));
            moreQueues.add(new CallQueue("PersonalQueue" + extension, List.of()));
        }
        return new DemoOffice(List.copyOf(morePhones), List.copyOf(moreQueues));
    }

    /**
     * This office with {@code count} more phones, one per colleague, for benchmarks of many users (presence): phones
     * 10000, 10001, ... ("Demo Colleague 10000", registered from 127.0.0.1 on SIP ports 20000, ...), in no queue; the
     * office's own scripts leave them alone.
     */
    public DemoOffice withColleagues(int count) {
        if (count < 0 || count > MAX_COLLEAGUES) {
            throw new IllegalArgumentException("between 0 and " + MAX_COLLEAGUES + " colleagues can be added, not "
                    + count);
        }
        List<Phone> morePhones = new java.util.ArrayList<>(phones);
        for (int i = 0; i < count; i++) {
            String extension = Integer.toString(FIRST_COLLEAGUE + i);
            morePhones.add(new Phone(extension, "Demo Colleague " + extension, FIRST_COLLEAGUE_PORT + i));
        }
        return new DemoOffice(List.copyOf(morePhones), queues);
    }

    public List<Phone> phones() {
        return phones;
    }

    public Phone phone(String extension) {
        return phones.stream().filter(phone -> phone.extension().equals(extension)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("no demo phone " + extension));
    }

    /** The reception desks the office's own scripts drive: the static members of the general queue (maybe none). */
    public List<String> desks() {
        return queue(GENERAL_QUEUE).members();
    }

    public List<CallQueue> queues() {
        return queues;
    }

    public CallQueue queue(String name) {
        return queues.stream().filter(queue -> queue.name().equals(name)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("no demo queue " + name));
    }

    /** The external callers who phone the reception. */
    public List<Outsider> callers() {
        return CALLERS;
    }

    /** The outside numbers the office phones. */
    public List<Outsider> destinations() {
        return DESTINATIONS;
    }

    /** The answers a startup sync gets from this PBX at rest, in a form {@code PbxState.seed} accepts. */
    public StartupLists startupSync(Clock clock) {
        return new OfficeStartup(this, clock).startupSync();
    }

    /** What a booting PBX with this configuration tells a connected client: contacts, device states, queue members. */
    public List<AmiMessage> bootEvents(Clock clock) {
        return new OfficeStartup(this, clock).bootEvents();
    }
}
