package org.switchboard.web.admin;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import org.switchboard.failover.Fencing;
import org.switchboard.failover.model.FencingRow;
import org.switchboard.failover.model.FencingTable;
import org.switchboard.failover.model.FencingView;
import org.switchboard.failover.model.SiteStatus;
import org.switchboard.health.HealthBoard;
import org.switchboard.health.model.AvailabilityVerdict;
import org.switchboard.health.model.Probe;
import org.switchboard.health.model.ProbeReading;

/**
 * The admin console's Site page: this site's verdict, its probes, its fencing flags with the pair's row of the
 * fencing table and what it means, and the peer's flags as last heard. One snapshot per request.
 */
@Named
@RequestScoped
public class SiteView {

    @EJB
    HealthBoard board;

    @EJB
    Fencing fencing;

    private FencingView view;

    private FencingView view() {
        if (view == null) {
            view = fencing.view();
        }
        return view;
    }

    public String getVerdict() {
        return AvailabilityVerdict.describe(board.verdict());
    }

    public boolean isTakesCalls() {
        return board.verdict().takesCalls();
    }

    public List<ProbeLine> getProbes() {
        Map<Probe, ProbeReading> latest = board.latest().stream()
                .collect(Collectors.toMap(ProbeReading::probe, Function.identity()));
        return board.installed().stream().map(probe -> ProbeLine.of(probe, latest.get(probe))).toList();
    }

    public String getSite() {
        return view().site();
    }

    public String getRole() {
        return view().role().label();
    }

    public String getStatusLine() {
        return view().statusLine();
    }

    public String getOwnFlags() {
        return view().flags().code();
    }

    public String getRow() {
        return view().row().code();
    }

    public String getRowValidity() {
        return switch (view().row().validity()) {
            case VALID -> "valid";
            case INVALID -> "INVALID: not acted on";
            case NOT_KNOWN -> "not known until the peer is heard";
        };
    }

    public boolean isRowInvalid() {
        return view().row().validity() == FencingTable.Validity.INVALID;
    }

    public String getRowNote() {
        return view().row().note();
    }

    public String getMeaning() {
        return view().behaviour().meaning();
    }

    public String getWhy() {
        return view().why().isEmpty() ? "flags clear" : view().why();
    }

    public boolean isConsolesWorkHere() {
        return view().consolesWorkHere();
    }

    public boolean isPeerHeard() {
        return view().peer().isPresent();
    }

    public String getPeer() {
        return view().peer().map(SiteView::describe).orElse("not heard");
    }

    public String getPeerFlags() {
        return view().peerFlags();
    }

    public String getPeerLost() {
        return view().peerLostAt().map(at -> "left the cluster view at " + at).orElse("");
    }

    /** The sixteen rows, the one that matches marked. */
    public List<TableLine> getTable() {
        String current = view().row().code();
        return FencingTable.ROWS.stream().map(row -> TableLine.of(row, row.code().equals(current))).toList();
    }

    private static String describe(SiteStatus peer) {
        return peer.site() + " (" + peer.role().label() + ", version " + peer.serverVersion() + "): "
                + (peer.takesCalls() ? "takes calls" : "refuses calls: " + peer.reason())
                + (peer.activityDetected() ? "; activity detected" : "")
                + (peer.demandsStonith() ? "; demands STONITH of the primary" : "") + "; heard at " + peer.at();
    }

    /** One probe as the page shows it. */
    public record ProbeLine(String label, boolean critical, String level, String value, String detail, String at,
            String impact, String cause, String action) {

        static ProbeLine of(Probe probe, ProbeReading reading) {
            return reading == null
                    ? new ProbeLine(probe.label(), probe.critical(), "NOT RUN YET", "", "", "", probe.impact(),
                            probe.cause(), probe.action())
                    : new ProbeLine(probe.label(), probe.critical(), reading.level().name(), reading.value(),
                            reading.detail(), reading.at().toString(), probe.impact(), probe.cause(), probe.action());
        }
    }

    /** One row of the fencing table as the page shows it. */
    public record TableLine(String code, String valid, String primary, String secondary, String note, boolean current) {

        static TableLine of(FencingRow row, boolean current) {
            return new TableLine(row.code(), row.valid() ? "yes" : "no", row.primary().meaning(),
                    row.secondary().meaning(), row.note(), current);
        }
    }
}
