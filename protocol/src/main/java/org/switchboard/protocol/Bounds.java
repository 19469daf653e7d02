package org.switchboard.protocol;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.switchboard.protocol.StateUpdate.CallEntry;

/**
 * How big the protocol's bodies may grow, and the one place that cuts them to size, so that every producer
 * bounds the same way. Counts are fixed ({@link #HISTORY}, {@link #WAITING}, {@link #SUPERVISED},
 * {@link #PHONES}), every text field has a length limit, and a state update that would still outgrow
 * {@link #BODY_BYTES} loses first the history of its waiting and supervised calls, then the calls at the
 * end of those lists, all counted in its {@code …Omitted} fields. The two lines are always sent whole:
 * with every field at its limit they take about 40 KiB.
 */
public final class Bounds {

    /** The largest body, in bytes, either way; a bigger command is refused. */
    public static final int BODY_BYTES = 64 * 1024;
    /** History entries per call (the newest). */
    public static final int HISTORY = 20;
    /** Waiting calls per state update (the first in the queues' order). */
    public static final int WAITING = 50;
    /** Supervised calls per state update. */
    public static final int SUPERVISED = 50;
    /** Phones per PHONES update. */
    public static final int PHONES = 200;
    /**
     * Users per PRESENCE update: with every field at its limit (a 200-character note of three-byte characters)
     * such a batch takes about 45 KiB (BoundsTest proves it fits in {@link #BODY_BYTES}).
     */
    public static final int PRESENCE = 64;
    /** A user's presence note, in characters. */
    public static final int PRESENCE_NOTE_CHARS = 200;
    /** Notes, in characters. */
    public static final int NOTE_CHARS = 500;
    /** Names (people, dispositions), in characters. */
    public static final int NAME_CHARS = 80;
    /** A call's other party's number, in characters. */
    public static final int NUMBER_CHARS = 64;
    /** Reasons and details, in characters. */
    public static final int DETAIL_CHARS = 200;

    private Bounds() {
    }

    /** What is kept of a list and how many entries were left out. */
    public record Cut<T>(List<T> kept, int omitted) {
        public Cut {
            kept = List.copyOf(kept);
            WireRules.count("omitted", omitted);
        }
    }

    /**
     * A listing cut in batches of at most {@code size}, each made in turn by {@code batch} (told whether it is the
     * first of a full listing): no changes are no batch, a full listing of nothing is one empty batch.
     */
    static <T, B> List<B> batches(List<T> items, int size, boolean full, BiFunction<Boolean, List<T>, B> batch) {
        List<B> batches = new ArrayList<>();
        if (full && items.isEmpty()) {
            batches.add(batch.apply(true, List.of()));
        }
        for (int from = 0; from < items.size(); from += size) {
            batches.add(batch.apply(full && from == 0, items.subList(from, Math.min(items.size(), from + size))));
        }
        return List.copyOf(batches);
    }

    /** The newest {@link #HISTORY} entries of a call's history given newest first. */
    public static <T> Cut<T> history(List<T> newestFirst) {
        return first(newestFirst, HISTORY);
    }

    /** The first {@code limit} elements of {@code list}. */
    public static <T> Cut<T> first(List<T> list, int limit) {
        int kept = Math.min(limit, list.size());
        return new Cut<>(list.subList(0, kept), list.size() - kept);
    }

    /**
     * Free text from outside (a caller name from the PBX, a note) made fit for a text field: control
     * characters other than line feed and tab become spaces, and it is cut to {@code maxChars} without
     * splitting a character.
     */
    public static String text(String raw, int maxChars) {
        StringBuilder clean = new StringBuilder(Math.min(raw.length(), maxChars));
        for (int i = 0; i < raw.length(); ) {
            int c = raw.codePointAt(i);
            i += Character.charCount(c);
            if (clean.length() + Character.charCount(c) > maxChars) {
                break;
            }
            if (Character.getType(c) == Character.SURROGATE) {
                c = '?';
            } else if (Character.isISOControl(c) && c != '\n' && c != '\t') {
                c = ' ';
            }
            clean.appendCodePoint(c);
        }
        return clean.toString();
    }

    /** {@code head} with as many of these waiting and supervised calls as its bounds allow. */
    static StateUpdate fit(StateUpdate head, List<CallEntry> waiting, List<CallEntry> supervised) {
        return fit(head, new Cut<>(waiting, 0), new Cut<>(supervised, 0));
    }

    /** The update itself when its body fits, else the update cut to fit, adding to what it already left out. */
    static StateUpdate refit(StateUpdate update) {
        return fit(update, new Cut<>(update.waiting(), update.waitingOmitted()),
                new Cut<>(update.supervised(), update.supervisedOmitted()));
    }

    private static StateUpdate fit(StateUpdate head, Cut<CallEntry> waiting, Cut<CallEntry> supervised) {
        Cut<CallEntry> firstWaiting = first(waiting, WAITING);
        Cut<CallEntry> firstSupervised = first(supervised, SUPERVISED);
        StateUpdate counted = with(head, firstWaiting, firstSupervised);
        if (fits(counted)) {
            return counted;
        }
        Cut<CallEntry> bareWaiting = new Cut<>(withoutHistory(firstWaiting.kept()), firstWaiting.omitted());
        Cut<CallEntry> bareSupervised = new Cut<>(withoutHistory(firstSupervised.kept()), firstSupervised.omitted());
        StateUpdate bare = with(head, bareWaiting, bareSupervised);
        if (fits(bare)) {
            return bare;
        }
        return byteBudget(head, bareWaiting, bareSupervised);
    }

    /** Supervised calls first (the receptionist answers for them), then waiting calls, while they fit. */
    private static StateUpdate byteBudget(StateUpdate head, Cut<CallEntry> waiting, Cut<CallEntry> supervised) {
        // the omitted counts at their largest, so that their digits are paid for
        int left = BODY_BYTES - size(with(head, first(waiting, 0), first(supervised, 0)));
        List<CallEntry> keptSupervised = new ArrayList<>();
        List<CallEntry> keptWaiting = new ArrayList<>();
        left = keep(supervised.kept(), keptSupervised, left);
        keep(waiting.kept(), keptWaiting, left);
        return with(head, first(waiting, keptWaiting.size()), first(supervised, keptSupervised.size()));
    }

    private static int keep(List<CallEntry> from, List<CallEntry> into, int left) {
        for (CallEntry call : from) {
            int cost = UpdateWriter.callEntrySize(call) + 1; // and a comma
            if (cost > left) {
                break;
            }
            into.add(call);
            left -= cost;
        }
        return left;
    }

    /** The first {@code limit} of what a cut kept, adding the rest to what it left out. */
    private static <T> Cut<T> first(Cut<T> cut, int limit) {
        Cut<T> again = first(cut.kept(), limit);
        return new Cut<>(again.kept(), (int) Math.min(Integer.MAX_VALUE, (long) cut.omitted() + again.omitted()));
    }

    private static StateUpdate with(StateUpdate head, Cut<CallEntry> waiting, Cut<CallEntry> supervised) {
        return head.withCalls(waiting.kept(), waiting.omitted(), supervised.kept(), supervised.omitted());
    }

    private static List<CallEntry> withoutHistory(List<CallEntry> calls) {
        return calls.stream().map(CallEntry::withoutHistory).toList();
    }

    /**
     * The calls a STATE body always has room for, whatever their fields hold: the two lines and one more call at
     * every field's limit stay under {@link #BODY_BYTES} (BoundsTest proves it), so such a body is not written
     * just to be measured.
     */
    static final int CALLS_THAT_ALWAYS_FIT = 3;

    private static boolean fits(StateUpdate update) {
        int calls = update.waiting().size() + update.supervised().size()
                + (int) update.lines().stream().filter(line -> line.call().isPresent()).count();
        return calls <= CALLS_THAT_ALWAYS_FIT || size(update) <= BODY_BYTES;
    }

    private static int size(StateUpdate update) {
        return UpdateWriter.write(update).length;
    }
}
