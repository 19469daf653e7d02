package org.switchboard.presence.ops;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;

import org.switchboard.presence.PresenceBusy;
import org.switchboard.presence.PresenceService;
import org.switchboard.presence.model.LoginId;
import org.switchboard.presence.model.LoginKind;
import org.switchboard.presence.model.PresenceLogin;
import org.switchboard.presence.model.UserId;
import org.switchboard.runtime.PublishedMXBean;

/** Publishes {@link PresenceMXBean} while the application runs. */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class PresenceOps extends PublishedMXBean implements PresenceMXBean {

    @EJB
    PresenceService presence;

    @Override
    protected String type() {
        return "Presence";
    }

    @Override
    public String[] logins(String user) {
        return ofUser(user, id -> PresenceTables.logins(presence.logins(id)));
    }

    @Override
    public String[] presence(String user) {
        return ofUser(user, id -> PresenceTables.presence(presence.fetch(id)));
    }

    @Override
    public String[] watchers(String user) {
        return ofUser(user, id -> PresenceTables.watchers(presence.watching(id)));
    }

    @Override
    public int getOnlineUserCount() {
        return presence.counts().onlineUsers();
    }

    @Override
    public int getLoginCount() {
        return presence.counts().logins();
    }

    @Override
    public int getWatcherCount() {
        return presence.counts().watchers();
    }

    @Override
    public int getWatchCount() {
        return presence.counts().watches();
    }

    @Override
    public String logInPassive(String user, String origin, long leaseSeconds) {
        Optional<UserId> id = UserId.parse(user);
        if (id.isEmpty()) {
            return "not a user id: " + user;
        }
        if (origin == null || origin.isBlank() || origin.length() > 64) {
            return "an origin is 1 to 64 characters";
        }
        try {
            PresenceLogin login = presence.logIn(id.get(), LoginKind.PASSIVE, LoginId.passiveKey(origin, UUID.randomUUID()),
                    origin, Optional.empty(), Duration.ofSeconds(leaseSeconds));
            return login.id().value();
        } catch (PresenceBusy busy) {
            return busy.getMessage();
        }
    }

    @Override
    public boolean logOut(String login) {
        return login != null && !login.isBlank() && login.length() <= 160
                && presence.logOut(new LoginId(login), "logged out over JMX");
    }

    @Override
    public int logOutAll(String origin) {
        return origin == null ? 0 : presence.logOutAll(origin, "logged out over JMX");
    }

    @Override
    public void restart() {
        presence.restart("restarted over JMX");
    }

    private static String[] ofUser(String user, Function<UserId, String[]> lines) {
        return UserId.parse(user).map(lines).orElseGet(() -> new String[] {"not a user id: " + user});
    }
}
