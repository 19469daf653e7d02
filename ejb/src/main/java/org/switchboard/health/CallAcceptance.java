package org.switchboard.health;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;

import org.switchboard.health.model.Availability;

/**
 * The one place that says whether this server takes calls. The SIP OPTIONS handler reads it on every
 * request; probes and the failover logic change it.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class CallAcceptance {

    private volatile Availability current = Availability.AVAILABLE;

    public Availability current() {
        return current;
    }

    public void accept() {
        current = Availability.AVAILABLE;
    }

    public void refuse(String reason) {
        current = Availability.unavailable(reason);
    }
}
