package org.switchboard.pbx.demo;

import java.security.SecureRandom;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;
import org.switchboard.pbx.ami.AmiSettings;
import org.switchboard.pbx.scripted.AmiAccount;
import org.switchboard.pbx.scripted.ScriptedAmiServer;
import org.switchboard.pbx.scripted.demo.DemoOffice;
import org.switchboard.pbx.scripted.demo.DemoOfficeDay;
import org.switchboard.pbx.scripted.demo.ReceptionLine;

/**
 * Runs the demo PBX when {@value AmiSettings#HOST} is empty: a scripted AMI server on a free port of
 * 127.0.0.1, with a one-time secret, playing a simulated office day. The AMI link then connects to it
 * exactly as it would to Asterisk, and commands sent to it are executed on the simulated office: a call a
 * command touches leaves the day's script, and the phones it dials ring and answer. The office's queues start
 * without members ({@link DemoOffice#consoleReception()}): a receptionist's console logs its desk in with
 * QueueAdd, and the reception callers the PBX carries ring the desks logged in and unpaused (see the
 * package description of {@code org.switchboard.pbx.scripted.demo}). Its SIP side answers OPTIONS only, so that
 * the PBX self test asks the demo PBX as it asks an Asterisk.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class DemoPbx {

    /** How fast the office day runs: 1 is real time. */
    public static final String SPEED = "switchboard.demo.speed";

    private static final Logger LOG = Logger.getLogger(DemoPbx.class);
    private static final String USER = "demo";

    @Inject
    AmiSettings configured;

    @Inject
    Clock clock;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private ScriptedAmiServer server;
    private DemoOfficeDay day;
    private AmiSettings demoSettings;
    private InetSocketAddress sipAddress;

    @PostConstruct
    void start() {
        if (!configured.demo()) {
            return;
        }
        String secret = HexFormat.of().formatHex(new SecureRandom().generateSeed(16));
        DemoOffice office = DemoOffice.consoleReception();
        server = ScriptedAmiServer.start(AmiAccount.of(USER, secret), clock);
        server.seed(office.startupSync(clock));
        server.emit(office.bootEvents(clock));
        day = new DemoOfficeDay(office, clock, scheduler, server.daySink(), System.nanoTime(), speed())
                .reception(ReceptionLine.of(server.office()));
        server.pace(speed());
        sipAddress = server.startSip();
        server.onControl(day::release);
        day.start();
        demoSettings = new AmiSettings("127.0.0.1", server.port(), USER, secret, configured.connectTimeout(),
                configured.readTimeout(), configured.pingInterval(), configured.backoffMin(),
                configured.backoffMax(), configured.queueCapacity());
        LOG.infof("DEMO PBX: no Asterisk configured (%s is empty); a simulated office runs on 127.0.0.1:%d at speed %s",
                AmiSettings.HOST, server.port(), speed());
    }

    /** The settings to reach the demo PBX, when it runs. */
    public Optional<AmiSettings> settings() {
        return Optional.ofNullable(demoSettings);
    }

    /** The demo PBX's SIP side (it answers OPTIONS, for the PBX self test), when it runs. */
    public Optional<InetSocketAddress> sipAddress() {
        return Optional.ofNullable(sipAddress);
    }

    public boolean running() {
        return server != null;
    }

    /** Calls the demo day has started and finished, for the admin page's demo label. */
    public String activity() {
        return day == null ? "" : day.callsStarted() + " demo calls so far, " + day.callsInProgress() + " now";
    }

    private static double speed() {
        String value = System.getProperty(SPEED, "1");
        try {
            double speed = Double.parseDouble(value.strip());
            return speed > 0 ? speed : 1;
        } catch (NumberFormatException e) {
            throw new org.switchboard.shared.model.InvalidSetting(SPEED, value, "a positive number, 1 for real time");
        }
    }

    @PreDestroy
    void stop() {
        if (day != null) {
            day.stop();
        }
        if (server != null) {
            server.close();
        }
    }
}
