package org.switchboard.web.admin;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import org.switchboard.presence.PresenceEventsCodec;
import org.switchboard.presence.PresenceService;
import org.switchboard.presence.model.Presence;
import org.switchboard.presence.model.PresenceLogin;
import org.switchboard.presence.model.UserId;

/**
 * The admin console's presence page: the counts of this node, and for the user asked for (her extension, the
 * {@code user} parameter) her logins, her presence and her watchers on this node.
 */
@Named
@RequestScoped
public class PresenceView {

    /** One login as the page shows it. */
    public record LoginRow(String id, String kind, String origin, String status, String since, String leaseEnds) {
    }

    /** One watcher as the page shows it. */
    public record WatcherRow(String watcher, String location) {
    }

    @EJB
    PresenceService presence;

    private String user = "";

    public String getUser() {
        return user;
    }

    public void setUser(String user) {
        this.user = user == null ? "" : user.strip();
    }

    public PresenceService.Counts getCounts() {
        return presence.counts();
    }

    /** Whether a user was asked for and her id is valid. */
    public boolean isShown() {
        return asked().isPresent();
    }

    /** Why nothing is shown for what was asked, or empty. */
    public String getProblem() {
        return !user.isEmpty() && asked().isEmpty() ? "'" + user + "' is not a user id (an extension such as 201)" : "";
    }

    public List<LoginRow> getLogins() {
        return asked().map(presence::logins).orElse(List.of()).stream().map(PresenceView::row).toList();
    }

    public String getStatus() {
        return presence().map(p -> PresenceEventsCodec.word(p.status())).orElse("");
    }

    private Optional<Presence> presence() {
        return asked().map(presence::fetch);
    }

    public String getNote() {
        return presence().map(Presence::note).orElse("");
    }

    public Map<String, String> getAttributes() {
        return presence().map(p -> (Map<String, String>) new TreeMap<>(p.attributes())).orElse(Map.of());
    }

    public String getOnPhone() {
        return presence().map(p -> p.onPhone() ? "yes" : "no").orElse("");
    }

    public long getVersion() {
        return presence().map(Presence::version).orElse(0L);
    }

    public String getChangedAt() {
        return presence().map(p -> p.changedAt().toString()).orElse("");
    }

    public List<WatcherRow> getWatchers() {
        return asked().map(presence::watching).orElse(List.of()).stream()
                .map(w -> new WatcherRow(w.watcher().value(), w.location().map(Enum::name).orElse(""))).toList();
    }

    private Optional<UserId> asked() {
        return UserId.parse(user);
    }

    private static LoginRow row(PresenceLogin login) {
        return new LoginRow(login.id().value(), login.kind().name(), login.origin(),
                login.status().map(PresenceEventsCodec::word).orElse("-"), login.since().toString(),
                login.leaseEnds().toString());
    }
}
