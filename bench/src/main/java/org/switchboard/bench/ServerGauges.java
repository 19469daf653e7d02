package org.switchboard.bench;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.management.Attribute;
import javax.management.AttributeList;
import javax.management.JMException;
import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

/**
 * What the running server says about itself over JMX ({@code remote+http} on its management port, authenticated
 * silently as the local user; the connector comes from the server's own module jars, which the script puts on the
 * class path): the link and pump ({@code org.switchboard:type=Ami}), the model ({@code type=Calls}) and the stored
 * records ({@code type=Cdr}). One reading takes two round trips.
 */
final class ServerGauges implements AutoCloseable {

    private static final Duration CONNECT = Duration.ofSeconds(60);
    private static final String[] AMI = {"State", "EventsReceived", "EventsTranslated", "EventsWaiting", "LagMillis",
        "LastEventLagMillis", "Overflows", "Disconnects", "Consumers"};
    /** Not CallCount: it copies and sorts every live call, too much for a reading 20 times a second. */
    private static final String[] CALLS = {"ModelCounters", "ModelState"};
    private static final Pattern COUNTERS = Pattern.compile(
            "events=(\\d+) domainEvents=(\\d+) anomalies=(\\d+) (\\{.*}) resyncs=(\\d+)");

    /** One consumer of the domain events, as the Consumers table shows it. */
    record Consumer(String name, long delivered, long failed, long dropped, long waiting) {
    }

    /** One reading of the gauges; {@code at} is {@link System#nanoTime()} when it was taken. */
    record Reading(long at, String state, String modelState, long received, long translated, int waiting,
            long lagMillis, long lastEventLagMillis, long overflows, long disconnects, List<Consumer> consumers,
            long applied, long domainEvents, long anomalies, String anomaliesByType, long resyncs) {

        long consumersWaiting() {
            return consumers.stream().mapToLong(Consumer::waiting).sum();
        }

        boolean synchronised() {
            return state.equals("CONNECTED") && modelState.startsWith("live");
        }
    }

    private final JMXConnector connector;
    private final MBeanServerConnection server;
    private final ObjectName ami = name("Ami");
    private final ObjectName calls = name("Calls");
    private final ObjectName cdr = name("Cdr");

    private ServerGauges(JMXConnector connector) throws IOException {
        this.connector = connector;
        this.server = connector.getMBeanServerConnection();
    }

    /** Connects to the management port of 127.0.0.1, retrying while the server opens it. */
    static ServerGauges connect(int managementPort) throws InterruptedException {
        JMXServiceURL url;
        try {
            url = new JMXServiceURL("service:jmx:remote+http://127.0.0.1:" + managementPort);
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
        long deadline = System.nanoTime() + CONNECT.toNanos();
        while (true) {
            try {
                return new ServerGauges(JMXConnectorFactory.connect(url, new HashMap<>()));
            } catch (IOException e) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("no JMX connection to " + url + " within " + CONNECT
                            + " (is the server's bin/client or module class path missing?)", e);
                }
                TimeUnit.MILLISECONDS.sleep(500);
            }
        }
    }

    Reading read() {
        try {
            AttributeList link = server.getAttributes(ami, AMI);
            AttributeList model = server.getAttributes(calls, CALLS);
            long at = System.nanoTime();
            Matcher counters = COUNTERS.matcher((String) value(model, "ModelCounters"));
            if (!counters.matches()) {
                throw new IllegalStateException("ModelCounters not understood: " + value(model, "ModelCounters"));
            }
            return new Reading(at, (String) value(link, "State"), (String) value(model, "ModelState"),
                    (Long) value(link, "EventsReceived"), (Long) value(link, "EventsTranslated"),
                    (Integer) value(link, "EventsWaiting"), (Long) value(link, "LagMillis"),
                    (Long) value(link, "LastEventLagMillis"), (Long) value(link, "Overflows"),
                    (Long) value(link, "Disconnects"), consumers((String[]) value(link, "Consumers")),
                    Long.parseLong(counters.group(1)),
                    Long.parseLong(counters.group(2)), Long.parseLong(counters.group(3)), counters.group(4),
                    Long.parseLong(counters.group(5)));
        } catch (IOException | JMException e) {
            throw new IllegalStateException("cannot read the server's MBeans", e);
        }
    }

    /** The JMX connection itself, for the readings and operations another benchmark needs. */
    MBeanServerConnection connection() {
        return server;
    }

    /** The live calls in the model now. */
    int callCount() {
        try {
            return (Integer) server.getAttribute(calls, "CallCount");
        } catch (IOException | JMException e) {
            throw new IllegalStateException("cannot read the call count", e);
        }
    }

    /** The records stored of calls that started on {@code day} in the server's CDR zone. */
    long cdrsOf(LocalDate day) {
        try {
            return (Long) server.invoke(cdr, "countOfDay", new Object[] {day.toString()},
                    new String[] {String.class.getName()});
        } catch (IOException | JMException e) {
            throw new IllegalStateException("cannot count the CDRs of " + day, e);
        }
    }

    ZoneId cdrZone() {
        try {
            return ZoneId.of((String) server.getAttribute(cdr, "Zone"));
        } catch (IOException | JMException e) {
            throw new IllegalStateException("cannot read the CDR zone", e);
        }
    }

    @Override
    public void close() {
        try {
            connector.close();
        } catch (IOException e) {
            System.err.println("closing the JMX connection: " + e);
        }
    }

    /** The rows of the Consumers table (a header line, then CONSUMER DELIVERED FAILED DROPPED WAITING). */
    private static List<Consumer> consumers(String[] table) {
        List<Consumer> rows = new ArrayList<>();
        for (int i = 1; i < table.length; i++) {
            String[] cells = table[i].strip().split("\\s+");
            rows.add(new Consumer(cells[0], Long.parseLong(cells[1]), Long.parseLong(cells[2]),
                    Long.parseLong(cells[3]), Long.parseLong(cells[4])));
        }
        return rows;
    }

    private static Object value(AttributeList attributes, String name) {
        return attributes.asList().stream().filter(attribute -> attribute.getName().equals(name))
                .map(Attribute::getValue).findFirst()
                .orElseThrow(() -> new IllegalStateException("the server did not return " + name));
    }

    /** {@code org.switchboard:type=<type>}, the name of one of the server's MBeans. */
    static ObjectName name(String type) {
        try {
            return new ObjectName("org.switchboard", "type", type);
        } catch (JMException e) {
            throw new IllegalArgumentException(type, e);
        }
    }
}
