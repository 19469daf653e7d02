package org.switchboard.protocol;

import java.util.ArrayList;
import java.util.List;

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
        }
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
    static StateUpdate fit(StateUpdate head, List<StateUpdate.CallEntry> waiting,
            List<StateUpdate.CallEntry> supervised) {
        Cut<StateUpdate.CallEntry> firstWaiting = first(waiting, WAITING);
        Cut<StateUpdate.CallEntry> firstSupervised = first(supervised, SUPERVISED);
        StateUpdate counted = head.withCalls(firstWaiting.kept(), firstWaiting.omitted(), firstSupervised.kept(),
                firstSupervised.omitted());
        if (fits(counted)) {
            return counted;
        }
        List<StateUpdate.CallEntry> bareWaiting = withoutHistory(firstWaiting.kept());
        List<StateUpdate.CallEntry> bareSupervised = withoutHistory(firstSupervised.kept());
        StateUpdate bare = head.withCalls(bareWaiting, firstWaiting.omitted(), bareSupervised,
                firstSupervised.omitted());
        if (fits(bare)) {
            return bare;
        }
        return byteBudget(head, bareWaiting, waiting.size(), bareSupervised, supervised.size());
    }

    /** Supervised calls first (the receptionist answers for them), then waiting calls, while they fit. */
    private static StateUpdate byteBudget(StateUpdate head, List<StateUpdate.CallEntry> waiting, int allWaiting,
            List<StateUpdate.CallEntry> supervised, int allSupervised) {
        // the omitted counts at their largest, so that their digits are paid for
        int left = BODY_BYTES - size(head.withCalls(List.of(), allWaiting, List.of(), allSupervised));
        List<StateUpdate.CallEntry> keptSupervised = new ArrayList<>();
        List<StateUpdate.CallEntry> keptWaiting = new ArrayList<>();
        left = keep(supervised, keptSupervised, left);
        keep(waiting, keptWaiting, left);
        return head.withCalls(keptWaiting, allWaiting - keptWaiting.size(), keptSupervised,
                allSupervised - keptSupervised.size());
    }

    private static int keep(List<StateUpdate.CallEntry> from, List<StateUpdate.CallEntry> into, int left) {
        for (StateUpdate.CallEntry call : from) {
            int cost = UpdateWriter.callEntrySize(call) + 1; // and a comma
            if (cost > left) {
                break;
            }
            into.add(call);
            left -= cost;
        }
        return left;
    }

    private static List<StateUpdate.CallEntry> withoutHistory(List<StateUpdate.CallEntry> calls) {
        return calls.stream().map(StateUpdate.CallEntry::withoutHistory).toList();
    }

    private static boolean fits(StateUpdate update) {
        return size(update) <= BODY_BYTES;
    }

    private static int size(StateUpdate update) {
        return UpdateWriter.write(update).length;
    }
}
