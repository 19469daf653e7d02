package org.switchboard.presence;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;

import org.switchboard.pbx.DomainEventConsumer;
import org.switchboard.pbx.mirror.MirrorSynchronised;
import org.switchboard.phone.model.PhoneRegistrationChanged;
import org.switchboard.phone.model.PhoneStatusChanged;
import org.switchboard.phone.model.Registration;
import org.switchboard.shared.model.DomainEvent;

/**
 * Hands the PBX model's phone events to the presence service: registrations become PHONE logins and log outs, phone
 * statuses say who is on the phone, and a rebuilt PBX picture (after a reconnect or a PBX restart) is reconciled
 * with the phones' logins. No transaction per event: the service stores only what changes a user's presence, and
 * coalesces a phone's status changes.
 */
@ApplicationScoped
public class PhonePresenceConsumer implements DomainEventConsumer {

    @EJB
    PresenceService presence;

    @Override
    public String name() {
        return "presence-phones";
    }

    @Override
    public boolean wants(DomainEvent event) {
        return event instanceof PhoneRegistrationChanged || event instanceof PhoneStatusChanged
                || event instanceof MirrorSynchronised;
    }

    @Override
    public void accept(DomainEvent event) {
        if (event instanceof PhoneRegistrationChanged registration) {
            presence.phoneRegistration(registration.device(), registration.now() == Registration.REGISTERED);
        } else if (event instanceof PhoneStatusChanged status) {
            presence.phoneStatus(status.device(), status.now());
        } else if (event instanceof MirrorSynchronised synchronised) {
            presence.reconcilePhones("the PBX picture was rebuilt (" + synchronised.cause() + ")");
        }
    }
}
