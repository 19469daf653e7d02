package org.switchboard.failover.model;

import java.util.ArrayList;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The phones of both sites: the other site's, kept from its PHONES messages, merged with this site's own. A phone
 * only this site's PBX knows is Local, one only the other's knows is Remote, one both know is Aggregated. Also works
 * out what this site must send: a full listing, or the phones that changed since the last one sent.
 *
 * <p>Not thread-safe: its owner serialises the calls.
 */
public final class PairPhones {

    /** One phone of the merged list. */
    public record MergedPhone(PhoneLine line, PhoneSource source) {
        public String shown() {
            return line.shown(source);
        }
    }

    private final Map<String, PhoneLine> remote = new TreeMap<>();
    private final Map<String, PhoneLine> lastSent = new LinkedHashMap<>();

    /** Takes the other site's phones in: a full listing replaces what was known, changes update it. */
    public void heard(PairMessage.Phones message) {
        if (message.full()) {
            remote.clear();
        }
        message.gone().forEach(remote::remove);
        message.phones().forEach(line -> remote.put(line.device(), line));
    }

    /** The other site is gone: its phones are no longer known. */
    public void forgetRemote() {
        remote.clear();
    }

    public int remoteCount() {
        return remote.size();
    }

    /** Every phone of both sites, by device, each with its source. */
    public List<MergedPhone> merged(Collection<PhoneLine> local) {
        Map<String, MergedPhone> byDevice = new TreeMap<>();
        remote.values().forEach(line -> byDevice.put(line.device(), new MergedPhone(line, PhoneSource.REMOTE)));
        for (PhoneLine line : local) {
            PhoneLine there = remote.get(line.device());
            byDevice.put(line.device(), there == null ? new MergedPhone(line, PhoneSource.LOCAL)
                    : new MergedPhone(line.aggregatedWith(there), PhoneSource.AGGREGATED));
        }
        return List.copyOf(byDevice.values());
    }

    /**
     * What to send the other site about this site's {@code local} phones: every phone when {@code full} (on joining
     * and on each view change), otherwise those that changed since the last message and those gone; empty when
     * nothing changed.
     */
    public Optional<PairMessage.Phones> toSend(String site, Instant at, Collection<PhoneLine> local,
            boolean full) {
        Map<String, PhoneLine> now = new LinkedHashMap<>();
        local.stream().sorted(Comparator.comparing(PhoneLine::device)).forEach(line -> now.put(line.device(), line));
        List<PhoneLine> changed = new ArrayList<>();
        List<String> gone = new ArrayList<>();
        if (!full) {
            now.values().stream().filter(line -> !line.equals(lastSent.get(line.device()))).forEach(changed::add);
            lastSent.keySet().stream().filter(device -> !now.containsKey(device)).forEach(gone::add);
        }
        lastSent.clear();
        lastSent.putAll(now);
        if (full) {
            return Optional.of(new PairMessage.Phones(site, at, true, List.copyOf(now.values()), List.of()));
        }
        return changed.isEmpty() && gone.isEmpty() ? Optional.empty()
                : Optional.of(new PairMessage.Phones(site, at, false, changed, gone));
    }
}
