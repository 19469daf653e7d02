package org.switchboard.presence;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.switchboard.presence.model.Presence;
import org.switchboard.presence.model.UserId;
import org.switchboard.presence.persistence.PresenceRecord;
import org.switchboard.presence.persistence.PresenceRecordRepository;

/**
 * Keeps each user's presence through JPA: written on every change, before it is broadcast, by the presence
 * service's one store stage, many users' newest presences in one transaction ({@link #saveAll}); read back whole when
 * the service starts or restarts (the users' notes, attributes and versions). Only the store stage writes, so two
 * writes of one user never race.
 */
@ApplicationScoped
public class PresenceStore {

    @Inject
    PresenceRecordRepository repository;

    /** Writes each user's presence (one per user) in one transaction, as {@link #save} does each. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void saveAll(List<Presence> newest) {
        Map<String, PresenceRecord> stored = repository.find(newest.stream().map(p -> p.user().value()).toList());
        for (Presence presence : newest) {
            write(Optional.ofNullable(stored.get(presence.user().value())), presence);
        }
    }

    /** Writes the user's presence, unless a newer version is stored already (a restart settling late). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void save(Presence presence) {
        write(repository.find(presence.user().value()), presence);
    }

    private void write(Optional<PresenceRecord> stored, Presence presence) {
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
