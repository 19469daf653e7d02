package org.switchboard.failover.ops;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;

import org.switchboard.failover.Fencing;
import org.switchboard.health.HealthBoard;
import org.switchboard.health.model.AvailabilityVerdict;
import org.switchboard.runtime.PublishedMXBean;

/** Publishes {@link ConsoleServiceMXBean} while the application runs. */
@Singleton
@Startup
@DependsOn("Fencing")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ConsoleServiceOps extends PublishedMXBean implements ConsoleServiceMXBean {

    public static final String TYPE = "ConsoleService";

    @EJB
    Fencing fencing;

    @EJB
    HealthBoard board;

    @Override
    protected String type() {
        return TYPE;
    }

    @Override
    public String getStatus() {
        return fencing.view().statusLine();
    }

    @Override
    public String getRole() {
        return fencing.view().role().label();
    }

    @Override
    public String getRow() {
        return fencing.view().row().code();
    }

    @Override
    public boolean isRowValid() {
        return fencing.view().row().valid();
    }

    @Override
    public String getOwnFlags() {
        return fencing.view().flags().code();
    }

    @Override
    public String getPeerFlags() {
        return fencing.view().peerFlags();
    }

    @Override
    public boolean isTakesCalls() {
        return board.verdict().takesCalls();
    }

    @Override
    public String getVerdict() {
        return AvailabilityVerdict.describe(board.verdict());
    }

    @Override
    public boolean isActivityDetected() {
        return fencing.view().state().activityDetected();
    }

    @Override
    public boolean isConsolesWorkHere() {
        return fencing.view().consolesWorkHere();
    }

    @Override
    public String activate() {
        return fencing.activate();
    }

    @Override
    public String deactivate() {
        return fencing.deactivate();
    }
}
