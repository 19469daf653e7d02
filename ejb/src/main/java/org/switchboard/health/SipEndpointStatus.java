package org.switchboard.health;

import java.util.List;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;

import org.switchboard.health.model.ListeningPoint;

/**
 * What the SIP endpoint listens on, as reported by the endpoint itself once its stack is up. Empty while the
 * endpoint is stopped.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class SipEndpointStatus {

    private volatile List<ListeningPoint> listeningPoints = List.of();

    public List<ListeningPoint> listeningPoints() {
        return listeningPoints;
    }

    public void started(List<ListeningPoint> points) {
        listeningPoints = List.copyOf(points);
    }

    public void stopped() {
        listeningPoints = List.of();
    }
}
