package org.switchboard.protocol;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Supplier;
import org.switchboard.protocol.PhonesUpdate.PhoneStatus;
import org.switchboard.protocol.PhonesUpdate.PhoneView;
import org.switchboard.protocol.StateUpdate.CallEntry;
import org.switchboard.protocol.StateUpdate.CommandError;
import org.switchboard.protocol.StateUpdate.ErrorCode;
import org.switchboard.protocol.StateUpdate.HistoryEntry;
import org.switchboard.protocol.StateUpdate.HistoryKind;
import org.switchboard.protocol.StateUpdate.LineView;
import org.switchboard.protocol.StateUpdate.LoggedOut;
import org.switchboard.protocol.StateUpdate.Owner;
import org.switchboard.protocol.StateUpdate.Pending;
import org.switchboard.protocol.StateUpdate.Receptionist;

/** Valid messages with random values drawn from the whole range of each field, from a seeded {@link Random}. */
final class RandomMessages {

    private static final String ID_CHARS = "ABCxyz019._:@-";
    private static final String TEXT_CHARS = "aZ09 \"\\/\n\té€😀<>&'{}[]";
    private static final String DIAL_CHARS = "0123456789+*#";

    private final Random random;

    RandomMessages(long seed) {
        this.random = new Random(seed);
    }

    ConsoleCommand command() {
        long seq = count();
        LineNo line = line();
        return switch (pick(CommandName.values())) {
            case LOG_IN -> new ConsoleCommand.LogIn(seq, random.nextBoolean(), maybe(() -> text(100)),
                    random.nextBoolean(), maybe(this::settableStatus), random.nextBoolean());
            case LOG_OUT -> new ConsoleCommand.LogOut(seq);
            case PAUSE -> new ConsoleCommand.Pause(seq, maybe(() -> text(100)));
            case UNPAUSE -> new ConsoleCommand.Unpause(seq);
            case TAKE_BACK -> new ConsoleCommand.TakeBack(seq, id());
            case HANG_UP -> new ConsoleCommand.HangUp(seq, line);
            case HOLD -> new ConsoleCommand.Hold(seq, line);
            case RETRIEVE -> new ConsoleCommand.Retrieve(seq, line);
            case DIAL -> new ConsoleCommand.Dial(seq, line, dialable());
            case COUPLE -> new ConsoleCommand.Couple(seq);
            case PARK -> new ConsoleCommand.Park(seq, line, maybe(() -> text(Bounds.NOTE_CHARS)));
            case DIRECTED_PARK -> new ConsoleCommand.DirectedPark(seq, line, dialable(),
                    maybe(() -> text(Bounds.NOTE_CHARS)));
            case CAMP_ON -> new ConsoleCommand.CampOn(seq, line, dialable());
            case RESET -> new ConsoleCommand.Reset(seq);
            case NOTE -> new ConsoleCommand.Note(seq, id(), text(Bounds.NOTE_CHARS));
            case BUG_REPORT -> new ConsoleCommand.BugReport(seq, text(Bounds.NOTE_CHARS), maybe(this::id));
            case RESYNC -> new ConsoleCommand.Resync(seq);
            case SET_PRESENCE -> new ConsoleCommand.SetPresence(seq, settableStatus(),
                    maybe(() -> text(Bounds.PRESENCE_NOTE_CHARS)));
        };
    }

    private PresenceUpdate.Status settableStatus() {
        return pick(List.of(PresenceUpdate.Status.values()).stream().filter(PresenceUpdate.Status::settable)
                .toArray(PresenceUpdate.Status[]::new));
    }

    ConsoleUpdate update() {
        return switch (random.nextInt(5)) {
            case 0 -> phones();
            case 1 -> presence();
            case 2 -> site();
            default -> state();
        };
    }

    private SiteUpdate site() {
        return new SiteUpdate(id(), 1 + random.nextInt(Integer.MAX_VALUE), id(), pick(SiteUpdate.Role.values()),
                random.nextBoolean(), text(Bounds.DETAIL_CHARS));
    }

    private PresenceUpdate presence() {
        List<PresenceUpdate.UserPresence> users = list(12, () -> new PresenceUpdate.UserPresence(
                chars("AZaz09._+-", 1 + random.nextInt(32)), pick(PresenceUpdate.Status.values()),
                text(Bounds.PRESENCE_NOTE_CHARS), random.nextBoolean(), count()));
        return new PresenceUpdate(id(), 1 + random.nextInt(Integer.MAX_VALUE), random.nextBoolean(), users);
    }

    private PhonesUpdate phones() {
        List<PhoneView> phones = list(12, () -> new PhoneView(dialable(), "PJSIP/" + dialable(),
                pick(PhoneStatus.values()), random.nextBoolean()));
        return new PhonesUpdate(id(), 1 + random.nextInt(Integer.MAX_VALUE), random.nextBoolean(), phones);
    }

    private StateUpdate state() {
        List<CommandName> allowed = new ArrayList<>(List.of(CommandName.values()));
        java.util.Collections.shuffle(allowed, random);
        return new StateUpdate(id(), 1 + (count() >>> 1), time(), constant(), new Receptionist(id(), text(80)),
                random.nextBoolean(), allowed.subList(0, random.nextInt(allowed.size() + 1)),
                maybe(() -> new Pending(pick(CommandName.values()), count())),
                List.of(new LineView(LineNo.ONE, maybe(this::call)), new LineView(LineNo.TWO, maybe(this::call))),
                list(4, this::call), random.nextInt(100), list(4, this::call), random.nextInt(100),
                maybe(() -> new CommandError(count(), pick(CommandName.values()), pick(ErrorCode.values()), text(200))),
                maybe(() -> new LoggedOut(pick(LoggedOut.Reason.values()), maybe(() -> text(200)))), maybe(this::id));
    }

    private CallEntry call() {
        return new CallEntry(id(), text(Bounds.NUMBER_CHARS), text(80), text(80),
                maybe(() -> new Owner(id(), text(80))), constant(), maybe(this::id), maybe(this::dialable), time(),
                maybe(this::time), maybe(() -> text(Bounds.NOTE_CHARS)),
                list(Bounds.HISTORY, () -> new HistoryEntry(time(), constant(), constant(), pick(HistoryKind.values()),
                        maybe(this::line), maybe(() -> text(200)))),
                random.nextInt(Integer.MAX_VALUE));
    }

    private long count() {
        return random.nextInt(4) == 0 ? Long.MAX_VALUE - random.nextInt(3) : random.nextInt(1_000);
    }

    private LineNo line() {
        return LineNo.of(1 + random.nextInt(2));
    }

    private Instant time() {
        return Instant.ofEpochMilli(random.nextLong(Instant.parse("0000-01-01T00:00:00Z").toEpochMilli(),
                Instant.parse("9999-12-31T23:59:59.999Z").toEpochMilli()));
    }

    private String id() {
        return chars(ID_CHARS, 1 + random.nextInt(64));
    }

    private String dialable() {
        return chars(DIAL_CHARS, 1 + random.nextInt(32));
    }

    private String constant() {
        return "S" + chars("ABCZ_019", random.nextInt(40));
    }

    private String text(int max) {
        return Bounds.text(chars(TEXT_CHARS, random.nextInt(max + 1)), max);
    }

    private String chars(String alphabet, int length) {
        int[] codePoints = alphabet.codePoints().toArray();
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.appendCodePoint(codePoints[random.nextInt(codePoints.length)]);
        }
        return text.toString();
    }

    private <T> Optional<T> maybe(Supplier<T> value) {
        return random.nextBoolean() ? Optional.of(value.get()) : Optional.empty();
    }

    private <T> List<T> list(int max, Supplier<T> element) {
        List<T> list = new ArrayList<>();
        for (int i = random.nextInt(max + 1); i > 0; i--) {
            list.add(element.get());
        }
        return list;
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }
}
