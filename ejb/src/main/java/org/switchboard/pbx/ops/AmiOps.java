package org.switchboard.pbx.ops;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;

import org.switchboard.pbx.LivePbx;
import org.switchboard.pbx.PbxLink;
import org.switchboard.runtime.PublishedMXBean;
import org.switchboard.runtime.TextTable;

/** Publishes {@link AmiMXBean} while the application runs. */
@Singleton
@Startup
@DependsOn("PbxLink")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class AmiOps extends PublishedMXBean implements AmiMXBean {

    @EJB
    PbxLink link;

    @Override
    protected String type() {
        return "Ami";
    }

    @EJB
    LivePbx pbx;

    @Override
    public String[] getConsumers() {
        TextTable table = new TextTable("CONSUMER", "DELIVERED", "FAILED", "DROPPED", "WAITING");
        pbx.consumers().forEach(c -> table.row(c.consumer(), c.delivered(), c.failed(), c.dropped(), c.waiting()));
        return table.lines();
    }

    @Override
    public String getState() {
        return link.stats().state().name();
    }

    @Override
    public String getPbx() {
        return link.settings().host() + ":" + link.settings().port() + (link.demo() ? " (demo PBX)" : "");
    }

    @Override
    public boolean isDemo() {
        return link.demo();
    }

    @Override
    public String getPbxVersion() {
        return link.stats().pbxVersion();
    }

    @Override
    public long getLagMillis() {
        return link.pumpStats().oldestWaiting().toMillis();
    }

    @Override
    public long getLastEventLagMillis() {
        return link.pumpStats().lastHandedLag().toMillis();
    }

    @Override
    public int getEventsWaiting() {
        return link.pumpStats().waiting();
    }

    @Override
    public long getEventsReceived() {
        return link.pumpStats().received();
    }

    @Override
    public long getEventsTranslated() {
        return link.pumpStats().translated();
    }

    @Override
    public long getEventsUnknown() {
        return link.pumpStats().unknown();
    }

    @Override
    public long getOverflows() {
        return link.pumpStats().overflows();
    }

    @Override
    public long getConnects() {
        return link.stats().connects();
    }

    @Override
    public long getDisconnects() {
        return link.stats().disconnects();
    }

    @Override
    public long getReconnectAttempts() {
        return link.stats().reconnectAttempts();
    }

    @Override
    public String getLastError() {
        return link.stats().lastError();
    }

    @Override
    public String getLastConnectedAt() {
        return link.stats().lastConnectedAt().map(Object::toString).orElse("");
    }

    @Override
    public void resyncNow() {
        link.resyncNow();
    }
}
