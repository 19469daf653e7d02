package org.switchboard.presence;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.switchboard.presence.model.Presence;
import org.switchboard.presence.model.UserId;
import org.switchboard.presence.persistence.PresenceRecord;
import org.switchboard.presence.persistence.PresenceRecordRepository;

/**
 * Keeps each user's presence through JPA: written on every change, before it is broadcast, in its own transaction;
 * read back whole when the service starts or restarts (the users' notes, attributes and versions). A user's record
 * is written only from her lane, so two writes of one user never race.
 */
@ApplicationScoped
public class PresenceStore {

    @Inject
    PresenceRecordRepository repository;

    /** Writes the user's presence, unless a newer version is stored already (a restart settling late). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void save(Presence presence) {
        Optional<PresenceRecord> stored = repository.find(presence.user().value());
        if (stored.filter(record -> record.version() > presence.version()).isPresent()) {
            return;
        }
        PresenceRecord record = stored.orElseGet(() -> new PresenceRecord(presence.user().value()));
        record.write(PresenceEventsCodec.word(presence.status()), presence.note(),
                PresenceEventsCodec.attributesJson(presence.attributes()), presence.onPhone(), presence.version(),
                presence.changedAt());
        if (stored.isEmpty()) {
            repository.add(record);
        }
    }

    /** Every stored presence, as it was stored (a restart decides what of it still holds). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Presence> all() {
        return repository.all().stream().map(PresenceStore::presence).toList();
    }

    private static Presence presence(PresenceRecord record) {
        return new Presence(new UserId(record.user()), PresenceEventsCodec.status(record.status()), record.note(),
                PresenceEventsCodec.attributes(record.attributes()), record.onPhone(), record.version(),
                record.changedAt());
    }
}
