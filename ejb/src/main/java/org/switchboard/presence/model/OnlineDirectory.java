package org.switchboard.presence.model;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Every live login of every user, each its own record with its kind, its origin, the status it states (if any) and
 * its lease. Each operation returns what it changed as data ({@link DirectoryChange}); the directory does no I/O
 * and reads no clock: the caller passes {@code now}.
 *
 * <p>The directory also keeps the one-shot alerts for a user's next login that the subscription manager asks for
 * when a user goes offline.
 *
 * <p>Thread-safe (each method is atomic); the service still runs one user's changes on that user's lane, so that
 * a change reaches the status provider in the order the directory made it.
 */
public final class OnlineDirectory {

    private static final Comparator<PresenceLogin> OLDEST_FIRST =
            Comparator.comparing(PresenceLogin::since).thenComparing(login -> login.id().value());

    private final Map<LoginId, Lease> logins = new HashMap<>();
    private final Map<UserId, Set<LoginId>> byUser = new HashMap<>();
    private final Set<UserId> alerts = new HashSet<>();

    /**
     * Opens a login, or opens again the login with the same id (same kind and key) with the new origin, status and
     * lease; the user is online from now until it ends.
     *
     * @throws IllegalArgumentException when the lease is not positive, or the id is a live login of another user
     */
    public synchronized LoggedIn logIn(UserId user, LoginKind kind, String key, String origin,
            Optional<PresenceStatus> status, Duration lease, Instant now) {
        Objects.requireNonNull(user, "user");
        requirePositive(lease);
        LoginId id = LoginId.of(kind, key);
        Lease existing = logins.get(id);
        if (existing != null && !existing.login().user().equals(user)) {
            throw new IllegalArgumentException("login " + id + " is a live login of user " + existing.login().user()
                    + ", not of " + user);
        }
        Set<LoginId> ofUser = byUser.computeIfAbsent(user, ignored -> new LinkedHashSet<>());
        boolean first = ofUser.isEmpty();
        Instant since = existing == null ? now : existing.login().since();
        PresenceLogin login = new PresenceLogin(id, user, kind, origin, status, since, now.plus(lease), now);
        logins.put(id, new Lease(login, lease));
        ofUser.add(id);
        return new LoggedIn(login, first, alerts.remove(user));
    }

    /** Renews a live login's lease by its lease duration from {@code now}; empty when it has ended. */
    public synchronized Optional<LeaseRenewed> renew(LoginId id, Instant now) {
        Lease lease = logins.get(id);
        if (lease == null) {
            return Optional.empty();
        }
        PresenceLogin renewed = lease.login().withLease(now.plus(lease.duration()));
        logins.put(id, new Lease(renewed, lease.duration()));
        return Optional.of(new LeaseRenewed(renewed));
    }

    /**
     * The login states {@code status} from {@code now} (stating the same status again makes it the most recent),
     * or clears it; empty when it has ended.
     *
     * @throws IllegalArgumentException for offline: a login that is offline is logged out instead
     */
    public synchronized Optional<StatusStated> changeStatus(LoginId id, Optional<PresenceStatus> status,
            Instant now) {
        if (status.filter(s -> s == PresenceStatus.OFFLINE).isPresent()) {
            throw new IllegalArgumentException("login " + id + " cannot state offline: log it out instead");
        }
        Lease lease = logins.get(id);
        if (lease == null) {
            return Optional.empty();
        }
        PresenceLogin stated = lease.login().stating(status, now);
        logins.put(id, new Lease(stated, lease.duration()));
        return Optional.of(new StatusStated(stated, lease.login().status()));
    }

    /** Ends a login; empty when it had ended already. */
    public synchronized Optional<LoggedOut> logOut(LoginId id, String reason, Instant now) {
        Lease lease = logins.remove(id);
        if (lease == null) {
            return Optional.empty();
        }
        UserId user = lease.login().user();
        Set<LoginId> ofUser = byUser.get(user);
        ofUser.remove(id);
        boolean last = ofUser.isEmpty();
        if (last) {
            byUser.remove(user);
        }
        return Optional.of(new LoggedOut(lease.login(), reason, last, now));
    }

    /** Ends every login of {@code origin} (an integration that restarts), oldest first. */
    public synchronized List<LoggedOut> logOutAll(String origin, String reason, Instant now) {
        return endAll(login -> login.origin().equals(origin), reason, now);
    }

    /** The logins whose lease has run out at {@code now}, soonest first, for the sweep to expire on their lanes. */
    public synchronized List<LoginId> due(Instant now) {
        return logins.values().stream().map(Lease::login).filter(login -> !login.leaseEnds().isAfter(now))
                .sorted(Comparator.comparing(PresenceLogin::leaseEnds).thenComparing(l -> l.id().value()))
                .map(PresenceLogin::id).toList();
    }

    /** Ends the login if its lease has run out at {@code now} (a renewal since it was found due keeps it). */
    public synchronized Optional<LoggedOut> expire(LoginId id, Instant now) {
        Lease lease = logins.get(id);
        if (lease == null || lease.login().leaseEnds().isAfter(now)) {
            return Optional.empty();
        }
        return logOut(id, LoggedOut.LEASE_EXPIRED, now);
    }

    /** Ends every login whose lease has run out at {@code now}, soonest first. */
    public synchronized List<LoggedOut> expire(Instant now) {
        List<LoggedOut> ended = new ArrayList<>();
        for (LoginId id : due(now)) {
            expire(id, now).ifPresent(ended::add);
        }
        return ended;
    }

    /**
     * Makes the directory's logins of {@code kind} what their source says is live: opens those it lists that are not
     * live (or live under another origin), renews the others it lists (stating the listed status when it differs),
     * then ends those it no longer lists; so a user whose login moved to another key is never offline on the way.
     */
    public synchronized Reconciled reconcile(LoginKind kind, Collection<LoginClaim> live, Instant now) {
        return reconcile(kind, login -> true, live, now);
    }

    /** As {@link #reconcile(LoginKind, Collection, Instant)}, for the logins of one origin only. */
    public synchronized Reconciled reconcile(LoginKind kind, String origin, Collection<LoginClaim> live,
            Instant now) {
        for (LoginClaim claim : live) {
            if (!claim.origin().equals(origin)) {
                throw new IllegalArgumentException("a login of " + claim.origin() + " listed as one of " + origin);
            }
        }
        return reconcile(kind, login -> login.origin().equals(origin), live, now);
    }

    private Reconciled reconcile(LoginKind kind, Predicate<PresenceLogin> scope, Collection<LoginClaim> live,
            Instant now) {
        Map<LoginId, LoginClaim> claims = new LinkedHashMap<>();
        live.forEach(claim -> claims.put(LoginId.of(kind, claim.key()), claim));
        Predicate<PresenceLogin> inScope = login -> login.kind() == kind && scope.test(login);
        List<DirectoryChange> changes = new ArrayList<>(endAll(inScope.and(login -> claims.containsKey(login.id())
                && !claims.get(login.id()).user().equals(login.user())), LoggedOut.GONE_FROM_SOURCE, now));
        claims.forEach((id, claim) -> changes.addAll(claimed(kind, id, claim, now)));
        changes.addAll(endAll(inScope.and(login -> !claims.containsKey(login.id())), LoggedOut.GONE_FROM_SOURCE, now));
        return new Reconciled(changes);
    }

    /** Opens, or renews (stating its status when it differs), a login its source lists. */
    private List<DirectoryChange> claimed(LoginKind kind, LoginId id, LoginClaim claim, Instant now) {
        Lease lease = logins.get(id);
        if (lease == null || !lease.login().origin().equals(claim.origin())) {
            return List.of(logIn(claim.user(), kind, claim.key(), claim.origin(), claim.status(), claim.lease(), now));
        }
        List<DirectoryChange> changes = new ArrayList<>();
        logins.put(id, new Lease(lease.login().withLease(now.plus(claim.lease())), claim.lease()));
        changes.add(new LeaseRenewed(logins.get(id).login()));
        if (!lease.login().status().equals(claim.status())) {
            changeStatus(id, claim.status(), now).ifPresent(changes::add);
        }
        return changes;
    }

    private List<LoggedOut> endAll(Predicate<PresenceLogin> which, String reason, Instant now) {
        List<LoginId> ids = logins.values().stream().map(Lease::login).filter(which)
                .sorted(OLDEST_FIRST)
                .map(PresenceLogin::id).toList();
        List<LoggedOut> ended = new ArrayList<>();
        ids.forEach(id -> logOut(id, reason, now).ifPresent(ended::add));
        return ended;
    }

    /**
     * Asks to be told of the user's next login (one shot). When she is online already, nothing is kept and the
     * alert is answered at once with one of her live logins, so that no login can slip between her going offline
     * and the request.
     */
    public synchronized Optional<LoginAlerted> alertOnNextLogin(UserId user) {
        Set<LoginId> ofUser = byUser.getOrDefault(user, Set.of());
        if (!ofUser.isEmpty()) {
            return Optional.of(new LoginAlerted(user, ofUser.iterator().next()));
        }
        alerts.add(user);
        return Optional.empty();
    }

    /** Whether an alert for the user's next login is waiting. */
    public synchronized boolean alertPending(UserId user) {
        return alerts.contains(user);
    }

    public synchronized Optional<PresenceLogin> login(LoginId id) {
        return Optional.ofNullable(logins.get(id)).map(Lease::login);
    }

    /** The user's live logins, in the order they opened. */
    public synchronized List<PresenceLogin> logins(UserId user) {
        return byUser.getOrDefault(user, Set.of()).stream().map(id -> logins.get(id).login()).toList();
    }

    public synchronized List<PresenceLogin> loginsFrom(String origin) {
        return logins.values().stream().map(Lease::login).filter(login -> login.origin().equals(origin))
                .sorted(OLDEST_FIRST).toList();
    }

    /** Every live login, oldest first (for operations). */
    public synchronized List<PresenceLogin> all() {
        return logins.values().stream().map(Lease::login)
                .sorted(OLDEST_FIRST).toList();
    }

    public synchronized boolean online(UserId user) {
        return byUser.containsKey(user);
    }

    /** The users with at least one live login. */
    public synchronized Set<UserId> usersOnline() {
        return Set.copyOf(byUser.keySet());
    }

    public synchronized int size() {
        return logins.size();
    }

    /** When the next lease runs out, if any login is live. */
    public synchronized Optional<Instant> nextLeaseEnd() {
        return logins.values().stream().map(lease -> lease.login().leaseEnds()).min(Comparator.naturalOrder());
    }

    private static void requirePositive(Duration lease) {
        if (lease.isNegative() || lease.isZero()) {
            throw new IllegalArgumentException("a lease is positive, not " + lease);
        }
    }

    /** A live login and the duration its renewals extend it by. */
    private record Lease(PresenceLogin login, Duration duration) {
    }
}
