package org.switchboard.bench;

import java.util.ArrayList;
import java.util.List;

import javax.management.MBeanServerConnection;
import javax.management.ObjectName;

/**
 * Passive logins opened and ended over JMX ({@code org.switchboard:type=Presence}, {@code logInPassive} and
 * {@code logOut}): the operators' path into the same {@code PresenceService.logIn} and {@code logOut} the REST API
 * calls, without the API's per-request password check. Each answer comes once the change is stored and published.
 * The requests spread over a few JMX connections of their own.
 */
final class JmxLoginChanges implements LoginChanges {

    static final String ORIGIN = "bench-jmx";
    private static final long LEASE_SECONDS = 3_600;
    private static final String[] LOG_IN = {String.class.getName(), String.class.getName(), long.class.getName()};
    private static final String[] LOG_OUT = {String.class.getName()};

    private final List<ServerGauges> connections = new ArrayList<>();
    private final ObjectName presence = ServerGauges.name("Presence");
    private final String[] logins;

    JmxLoginChanges(int managementPort, int connectionCount, int users) throws InterruptedException {
        for (int i = 0; i < connectionCount; i++) {
            connections.add(ServerGauges.connect(managementPort));
        }
        this.logins = new String[users];
    }

    @Override
    public void change(int index, String user) throws Exception {
        MBeanServerConnection jmx = connections.get((int) (Thread.currentThread().getId() % connections.size()))
                .connection();
        String login = logins[index];
        if (login == null) {
            String answer = (String) jmx.invoke(presence, "logInPassive", new Object[] {user, ORIGIN, LEASE_SECONDS},
                    LOG_IN);
            if (!answer.startsWith("passive:")) {
                throw new IllegalStateException("logInPassive(" + user + ") answered " + answer);
            }
            logins[index] = answer;
        } else {
            logins[index] = null;
            if (!(Boolean) jmx.invoke(presence, "logOut", new Object[] {login}, LOG_OUT)) {
                throw new IllegalStateException("logOut(" + login + ") answered false");
            }
        }
    }

    @Override
    public String describe() {
        return "passive log in (no status stated) or log out over JMX";
    }

    @Override
    public void close() {
        connections.forEach(ServerGauges::close);
    }
}
