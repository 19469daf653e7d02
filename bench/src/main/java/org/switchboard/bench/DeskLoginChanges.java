package org.switchboard.bench;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import org.switchboard.presence.PresenceDesk;
import org.switchboard.presence.model.LoginId;
import org.switchboard.presence.model.LoginKind;
import org.switchboard.presence.model.PresenceLogin;
import org.switchboard.presence.model.UserId;

/**
 * Passive logins opened and ended by calling the presence service's desk directly, in its own JVM: the calls the
 * REST API's resources make, without HTTP, the password check or the container. Each call returns once the change
 * is stored and published.
 */
final class DeskLoginChanges implements LoginChanges {

    static final String ORIGIN = "bench-desk";
    private static final Duration LEASE = Duration.ofHours(1);

    private final PresenceDesk desk;
    private final LoginId[] logins;

    DeskLoginChanges(PresenceDesk desk, int users) {
        this.desk = desk;
        this.logins = new LoginId[users];
    }

    @Override
    public void change(int index, String user) {
        LoginId login = logins[index];
        if (login == null) {
            PresenceLogin in = desk.logIn(new UserId(user), LoginKind.PASSIVE, UUID.randomUUID().toString(), ORIGIN,
                    Optional.empty(), LEASE);
            logins[index] = in.id();
        } else {
            logins[index] = null;
            if (!desk.logOut(login, "the benchmark logged it out")) {
                throw new IllegalStateException(login + " had ended already");
            }
        }
    }

    @Override
    public String describe() {
        return "passive log in (no status stated) or log out, calling the service";
    }

    @Override
    public void close() {
        // the service is closed by its owner
    }
}
