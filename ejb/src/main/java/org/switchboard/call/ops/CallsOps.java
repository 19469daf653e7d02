package org.switchboard.call.ops;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

import org.switchboard.call.model.Call;
import org.switchboard.call.model.ParkedCall;
import org.switchboard.call.model.Party;
import org.switchboard.pbx.LivePbx;
import org.switchboard.pbx.mirror.MirrorStatus;
import org.switchboard.runtime.PublishedMXBean;
import org.switchboard.runtime.TextTable;
import org.switchboard.shared.model.ChannelId;

/** Publishes {@link CallsMXBean} while the application runs. */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class CallsOps extends PublishedMXBean implements CallsMXBean {

    @Inject
    LivePbx pbx;

    @Inject
    Clock clock;

    @Override
    protected String type() {
        return "Calls";
    }

    @Override
    public String[] getCalls() {
        TextTable table = new TextTable("STATE", "DEVICE", "CHANNEL", "BRIDGED", "CALLER NAME", "CALLER NUMBER",
                "CALLED", "UNIQUE ID", "TYPE", "CALL ID");
        for (Call call : pbx.calls()) {
            Map<ChannelId, String> names = new HashMap<>();
            call.parties().forEach(party -> names.put(party.channel(), party.name()));
            for (Party party : call.activeParties()) {
                table.row(party.state(), party.device(), party.name(),
                        party.bridgedPeer().map(names::get).orElse(""), party.caller().name(),
                        party.caller().number(), call.calledNumber(), party.channel(),
                        call.direction().scope(), call.id());
            }
        }
        return table.lines();
    }

    @Override
    public String[] getParkedCalls() {
        TextTable table = new TextTable("LOT", "SPACE", "CHANNEL", "CALLER", "PARKER", "PARKED FOR", "TIME LEFT",
                "CALL ID");
        for (ParkedCall parked : pbx.parked()) {
            table.row(parked.lot(), parked.space(), parked.parkee(), parked.parkeeName(), parked.parker(),
                    seconds(parked.parkedFor(clock).getSeconds()), seconds(parked.remaining(clock).getSeconds()),
                    parked.call());
        }
        return table.lines();
    }

    @Override
    public int getCallCount() {
        return pbx.callCount();
    }

    @Override
    public String getModelState() {
        return pbx.status().summary();
    }

    @Override
    public String getModelCounters() {
        MirrorStatus status = pbx.status();
        return "events=" + status.eventsApplied() + " domainEvents=" + status.domainEvents() + " anomalies="
                + status.anomalies() + " " + status.anomaliesByEventType() + " resyncs=" + status.resyncs();
    }

    private static String seconds(long seconds) {
        return seconds + " s";
    }
}
