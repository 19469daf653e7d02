package org.switchboard.pbx;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;
import org.switchboard.pbx.ami.AmiConnection;
import org.switchboard.pbx.ami.AmiEventPump;
import org.switchboard.pbx.ami.AmiSettings;
import org.switchboard.pbx.demo.DemoPbx;

/**
 * Owns the AMI connection for the application's life: connects to the configured Asterisk, or to the demo
 * PBX when none is configured, and hands every PBX event to {@link LivePbx} on the pump's one thread.
 */
@Singleton
@Startup
@DependsOn("DemoPbx")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class PbxLink {

    private static final Logger LOG = Logger.getLogger(PbxLink.class);

    @Inject
    AmiSettings configured;

    @EJB
    DemoPbx demo;

    @EJB
    LivePbx pbx;

    @Inject
    Clock clock;

    @Resource
    ManagedThreadFactory threads;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private AmiSettings settings;
    private AmiConnection connection;

    @PostConstruct
    void connect() {
        settings = demo.settings().orElse(configured);
        LOG.infof("PBX link: %s%s", settings, demo.running() ? " (demo PBX)" : "");
        connection = new AmiConnection(settings, pbx::accept, clock, threads, scheduler);
        connection.start();
    }

    @PreDestroy
    void disconnect() {
        connection.close();
    }

    public AmiSettings settings() {
        return settings;
    }

    public boolean demo() {
        return demo.running();
    }

    public AmiConnection.Stats stats() {
        return connection.stats();
    }

    public AmiEventPump.Stats pumpStats() {
        return connection.pumpStats();
    }

    /** The command port to the PBX (or to the demo PBX), over this link. */
    public PbxCommands commands() {
        return connection.commands()::send;
    }

    /** One AMI Ping over this link now, for the PBX self test (see {@link AmiConnection#pingNow()}). */
    public CompletableFuture<Duration> ping() {
        return connection.pingNow();
    }

    public void resyncNow() {
        connection.resyncNow();
    }
}
