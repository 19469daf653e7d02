package org.switchboard.health.ops;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;

import org.switchboard.health.HealthBoard;
import org.switchboard.health.model.AvailabilityVerdict;
import org.switchboard.health.model.Probe;
import org.switchboard.health.model.ProbeReading;
import org.switchboard.runtime.PublishedMXBean;

/** Publishes {@link HealthMXBean} while the application runs. */
@Singleton
@Startup
@DependsOn("HealthBoard")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class HealthOps extends PublishedMXBean implements HealthMXBean {

    public static final String TYPE = "Health";

    @EJB
    HealthBoard board;

    @Override
    protected String type() {
        return TYPE;
    }

    @Override
    public String getVerdict() {
        return AvailabilityVerdict.describe(board.verdict());
    }

    @Override
    public String getPartsVerdict() {
        return AvailabilityVerdict.describe(board.partsVerdict());
    }

    @Override
    public boolean isAlive() {
        return board.alive();
    }

    @Override
    public String getLastProbeRound() {
        return board.lastRound().toString();
    }

    @Override
    public List<String> getProbes() {
        Map<Probe, ProbeReading> latest = board.latest().stream()
                .collect(Collectors.toMap(ProbeReading::probe, Function.identity()));
        return board.installed().stream().map(probe -> Optional.ofNullable(latest.get(probe)).map(HealthOps::line)
                .orElse(probe.label() + " not run yet")).toList();
    }

    @Override
    public List<String> history(String probe) {
        return parse(probe).map(p -> board.history(p).stream().map(HealthOps::line).toList())
                .orElseGet(() -> List.of(unknown(probe)));
    }

    @Override
    public String probeDetails(String probe) {
        return parse(probe).map(p -> p.label() + (p.critical() ? " (critical: its failure makes the site SMITH)" : "")
                + ": impact: " + p.impact() + "; cause: " + p.cause() + "; action: " + p.action())
                .orElseGet(() -> unknown(probe));
    }

    /** {@code LABEL level value (detail) at}. */
    static String line(ProbeReading reading) {
        return reading.probe().label() + " " + reading.level() + " " + reading.value()
                + (reading.detail().isBlank() ? "" : " (" + reading.detail() + ")") + " " + reading.at();
    }

    private static Optional<Probe> parse(String name) {
        return Arrays.stream(Probe.values()).filter(p -> p.name().equalsIgnoreCase(name == null ? "" : name.strip()))
                .findFirst();
    }

    private static String unknown(String name) {
        return "no probe '" + name + "'; probes are " + Arrays.toString(Probe.values());
    }
}
