package org.switchboard.presence;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.switchboard.presence.model.SipWatch;
import org.switchboard.presence.model.UserId;
import org.switchboard.presence.persistence.SipWatchRecord;
import org.switchboard.presence.persistence.SipWatchRepository;

/**
 * Keeps the SIP subscriptions to presence that have not expired through JPA, so that after a restart the SIP side
 * can NOTIFY each subscriber again in its dialog. Each call is its own transaction.
 */
@ApplicationScoped
public class SipWatchStore {

    @Inject
    SipWatchRepository repository;

    @Transactional
    public void save(SipWatch watch) {
        repository.save(new SipWatchRecord(watch.dialogId(), watch.user().value(), watch.callId(), watch.localTag(),
                watch.remoteTag(), watch.localUri(), watch.remoteUri(), watch.remoteTarget(),
                String.join("\n", watch.routeSet()), watch.transport(), watch.peerAddress(), watch.peerPort(),
                watch.localCseq(), watch.remoteCseq(), watch.expiresAt()));
    }

    @Transactional
    public void remove(String dialogId) {
        repository.remove(dialogId);
    }

    /** The subscriptions not expired at {@code now}; the expired ones are deleted. */
    @Transactional
    public List<SipWatch> live(Instant now) {
        repository.removeExpired(now);
        return repository.all().stream().map(SipWatchStore::watch).toList();
    }

    private static SipWatch watch(SipWatchRecord r) {
        List<String> routes = r.routeSet().isEmpty() ? List.of() : Arrays.asList(r.routeSet().split("\n"));
        return new SipWatch(r.dialogId(), new UserId(r.user()), r.callId(), r.localTag(), r.remoteTag(), r.localUri(),
                r.remoteUri(), r.remoteTarget(), routes, r.transport(), r.peerAddress(), r.peerPort(), r.localCseq(),
                r.remoteCseq(), r.expiresAt());
    }
}
