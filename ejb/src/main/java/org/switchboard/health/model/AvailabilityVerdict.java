package org.switchboard.health.model;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * The one rule that says whether this site takes reception calls. In order, the first that holds gives the
 * reason for refusing:
 * <ol>
 * <li>the fencing flags refuse (a primary with SMITH or STONITH set);</li>
 * <li>a critical probe FAILED (on the primary the fencing then SMITHs, and the reason names the SMITH);</li>
 * <li>a critical probe answered UNKNOWN (it cannot tell);</li>
 * <li>a critical probe has not run yet (the site is starting);</li>
 * <li>the start barrier holds (a primary waiting for its peer's status).</li>
 * </ol>
 * Otherwise the site takes calls. Non-critical probes never refuse. Only the probes installed count: a probe
 * nobody runs is neither failed nor awaited.
 */
public final class AvailabilityVerdict {

    private AvailabilityVerdict() {
    }

    /**
     * @param installed the probes the board runs
     * @param latest the latest reading of each probe that has run
     * @param stance what the fencing says
     */
    public static Availability decide(Collection<Probe> installed, Map<Probe, ProbeReading> latest,
            FencingStance stance) {
        if (stance.refusal().isPresent()) {
            return Availability.unavailable(stance.refusal().get());
        }
        Optional<ProbeReading> failed = critical(installed, latest, ProbeLevel.FAILED);
        if (failed.isPresent()) {
            return Availability.unavailable(failure(failed.get()));
        }
        Optional<ProbeReading> unknown = critical(installed, latest, ProbeLevel.UNKNOWN);
        if (unknown.isPresent()) {
            return Availability.unavailable("critical probe " + unknown.get().probe().label() + " cannot tell: "
                    + unknown.get().detail());
        }
        Optional<Probe> notRun = installed.stream().filter(Probe::critical).filter(p -> !latest.containsKey(p))
                .sorted().findFirst();
        if (notRun.isPresent()) {
            return Availability.unavailable("starting: critical probe " + notRun.get().label() + " not known yet");
        }
        if (stance.waitingForPeer().isPresent()) {
            return Availability.unavailable("starting: " + stance.waitingForPeer().get());
        }
        return Availability.AVAILABLE;
    }

    /** A failed critical probe in the words of the verdict: {@code critical probe PBX self test failed: …}. */
    public static String failure(ProbeReading reading) {
        return "critical probe " + reading.probe().label() + " failed: " + reading.detail();
    }

    /** The verdict as JMX and the pages show it: {@code available} or {@code refusing: <reason>}. */
    public static String describe(Availability availability) {
        return availability instanceof Availability.Unavailable unavailable ? "refusing: " + unavailable.reason()
                : "available";
    }

    private static Optional<ProbeReading> critical(Collection<Probe> installed, Map<Probe, ProbeReading> latest,
            ProbeLevel level) {
        return installed.stream().filter(Probe::critical).sorted().map(latest::get)
                .filter(reading -> reading != null && reading.level() == level).findFirst();
    }
}
