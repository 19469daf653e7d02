package org.switchboard.health.probe;

import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.switchboard.health.ProbeCheck;
import org.switchboard.health.model.HealthSettings;
import org.switchboard.health.model.Probe;
import org.switchboard.health.model.ProbeReading;
import org.switchboard.pbx.PbxLink;
import org.switchboard.pbx.ami.AmiSettings;
import org.switchboard.pbx.demo.DemoPbx;

/**
 * SIP_SELF_TEST (critical): the PBX answers a SIP OPTIONS and an AMI Ping within {@code SWB_HEALTH_PBX_TIMEOUT}
 * ({@link PbxSelfTestRun}). The SIP address is {@code SWB_PBX_SIP_ADDRESS}, else the AMI host on port 5060; with
 * the demo PBX, the demo's own SIP side. The AMI Ping goes over the server's AMI link.
 */
@ApplicationScoped
public class SipSelfTestProbe implements ProbeCheck {

    @Inject
    HealthSettings settings;

    @Inject
    AmiSettings ami;

    @EJB
    PbxLink link;

    @EJB
    DemoPbx demo;

    private PbxSelfTestRun run;

    @PostConstruct
    void create() {
        Optional<InetSocketAddress> sip = settings.pbxSipAddress().map(SipSelfTestProbe::address)
                .or(() -> ami.demo() ? demo.sipAddress() : Optional.of(InetSocketAddress.createUnresolved(ami.host(),
                        HealthSettings.DEFAULT_SIP_PORT)));
        run = new PbxSelfTestRun(sip, "no PBX SIP address", link::ping, settings.pbxTimeout());
    }

    @Override
    public Probe probe() {
        return Probe.SIP_SELF_TEST;
    }

    @Override
    public ProbeReading check(Instant now) {
        return run.check(now);
    }

    /** The address of {@code host:port}, resolved at each run (a PBX whose address changes is still found). */
    private static InetSocketAddress address(String hostPort) {
        int colon = hostPort.lastIndexOf(':');
        return InetSocketAddress.createUnresolved(hostPort.substring(0, colon),
                Integer.parseInt(hostPort.substring(colon + 1)));
    }
}
