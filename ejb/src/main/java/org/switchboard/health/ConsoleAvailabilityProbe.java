package org.switchboard.health;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.switchboard.health.model.ConsoleAvailability;
import org.switchboard.health.model.Probe;
import org.switchboard.health.model.ProbeReading;
import org.switchboard.pbx.LivePbx;
import org.switchboard.pbx.PbxLink;
import org.switchboard.pbx.ami.AmiConnection;
import org.switchboard.pbx.mirror.MirrorStatus;

/**
 * The console availability aggregate ({@link ConsoleAvailability}): the PBX link up, the PBX model live, the SIP
 * endpoint listening. Reads what those parts report; never waits on them.
 */
@ApplicationScoped
public class ConsoleAvailabilityProbe implements ProbeCheck {

    @EJB
    PbxLink link;

    @EJB
    LivePbx pbx;

    @EJB
    SipEndpointStatus sip;

    @Inject
    Clock clock;

    private volatile Instant staleSince;

    @Override
    public Probe probe() {
        return Probe.CONSOLE_AVAILABILITY;
    }

    @Override
    public ProbeReading check(Instant now) {
        AmiConnection.Stats ami = link.stats();
        MirrorStatus mirror = pbx.status();
        Instant since = staleSince;
        if (!mirror.stale()) {
            staleSince = null;
        } else if (since == null) {
            staleSince = now;
        }
        Duration staleFor = mirror.stale() && since != null ? Duration.between(since, now) : Duration.ZERO;
        ConsoleAvailability aggregate = new ConsoleAvailability(ami.state().name(),
                ami.state() == AmiConnection.State.CONNECTED, ami.lastConnectedAt().isPresent(), mirror.stale(),
                mirror.staleReason(), staleFor, sip.listeningPoints().size());
        return aggregate.reading(now, Duration.between(now, clock.instant()));
    }
}
