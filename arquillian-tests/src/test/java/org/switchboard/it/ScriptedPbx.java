package org.switchboard.it;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

import org.switchboard.pbx.ami.AmiSettings;
import org.switchboard.pbx.scripted.AmiAccount;
import org.switchboard.pbx.scripted.AmiMessage;
import org.switchboard.pbx.scripted.AmiTrace;
import org.switchboard.pbx.scripted.ScriptedAmiServer;
import org.switchboard.pbx.scripted.demo.DemoOffice;

/**
 * A scripted AMI server on the port the server under test was configured to reach (the failsafe execution
 * reserves it and passes it as SWB_AMI_PORT), seeded with the recorded PBX's configuration.
 */
public final class ScriptedPbx {

    public static final Duration SETTLE = Duration.ofSeconds(30);

    private ScriptedPbx() {
    }

    public static ScriptedAmiServer start() {
        int port = Integer.parseInt(System.getProperty(AmiSettings.PORT));
        String user = System.getProperty(AmiSettings.USER);
        String secret = System.getProperty(AmiSettings.SECRET);
        return withSipSide(ScriptedAmiServer.startOn(AmiAccount.of(user, secret), Clock.systemUTC(), port)
                .seed(AmiTrace.recorded("startup-sync")));
    }

    /**
     * Starts {@code pbx}'s SIP side where the server under test looks for the PBX's SIP (the execution's
     * SWB_PBX_SIP_ADDRESS), so that its PBX self test finds a PBX that answers, as beside a real Asterisk.
     */
    public static ScriptedAmiServer withSipSide(ScriptedAmiServer pbx) {
        String address = System.getenv("SWB_PBX_SIP_ADDRESS");
        if (address == null || address.isBlank()) {
            throw new IllegalStateException("the execution sets no SWB_PBX_SIP_ADDRESS for the scripted PBX's SIP side");
        }
        pbx.startSipOn(Integer.parseInt(address.substring(address.lastIndexOf(':') + 1)));
        return pbx;
    }

    /**
     * A scripted AMI server seeded as the demo's console reception: the recorded PBX, but with queues that start
     * without members, so that a console's log in adds its phone to them (QueueAdd) as on a PBX whose reception
     * queues have dynamic members only.
     */
    public static ScriptedAmiServer startReception() {
        int port = Integer.parseInt(System.getProperty(AmiSettings.PORT));
        Clock clock = Clock.systemUTC();
        return withSipSide(ScriptedAmiServer.startOn(AmiAccount.of(System.getProperty(AmiSettings.USER),
                System.getProperty(AmiSettings.SECRET)), clock, port)
                .seed(DemoOffice.consoleReception().startupSync(clock)));
    }

    private static final AtomicLong EPOCH = new AtomicLong(System.currentTimeMillis() / 1000 + 1_000_000);

    /**
     * The recorded events of a session with fresh unique and linked ids, so that every test has calls
     * of its own (the CDR store keeps one record per call id). Only the part before the dot changes.
     */
    public static List<AmiMessage> fresh(String trace) {
        String epoch = Long.toString(EPOCH.incrementAndGet());
        List<AmiMessage> events = new ArrayList<>();
        for (AmiMessage event : AmiTrace.recorded(trace).events()) {
            List<AmiMessage.Header> headers = new ArrayList<>();
            for (AmiMessage.Header header : event.headers()) {
                String key = header.key().toLowerCase(Locale.ROOT);
                boolean id = key.endsWith("uniqueid") || key.endsWith("linkedid");
                int dot = header.value().indexOf('.');
                headers.add(id && dot > 0 ? new AmiMessage.Header(header.key(), epoch + header.value().substring(dot))
                        : header);
            }
            events.add(AmiMessage.of(headers));
        }
        return events;
    }

    /** The call id (linked id) of the first channel of {@code events}. */
    public static String firstCallId(List<AmiMessage> events) {
        return events.stream().filter(e -> e.type().equals("Newchannel")).findFirst().orElseThrow()
                .get("Linkedid").orElseThrow();
    }

    /** The events before the first one that {@code cut} accepts. */
    public static List<AmiMessage> before(List<AmiMessage> events, Predicate<AmiMessage> cut) {
        int index = 0;
        while (index < events.size() && !cut.test(events.get(index))) {
            index++;
        }
        return events.subList(0, index);
    }

    public static Predicate<AmiMessage> firstOf(String type) {
        return event -> event.type().equals(type);
    }
}
