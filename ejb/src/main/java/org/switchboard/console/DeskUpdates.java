package org.switchboard.console;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.switchboard.console.model.Attempt;
import org.switchboard.phone.model.Phone;
import org.switchboard.phone.model.Registration;
import org.switchboard.protocol.PhonesUpdate;
import org.switchboard.protocol.StateUpdate;

/**
 * The PHONES updates of a desk (every phone after a log in or a resync, then batches of the phones that
 * changed) and the reason a session's last update gives for its end. Phones are named by their extension, the
 * part of the device after the technology ({@code PJSIP/204} is 204); devices without a dialable one (trunks)
 * are left out.
 */
final class DeskUpdates {

    private final PbxView pbx;

    DeskUpdates(PbxView pbx, Clock clock) {
        this.pbx = pbx;
    }

    List<PhonesUpdate> allPhones(Desk desk) {
        desk.takeChangedPhones();
        return PhonesUpdate.batches(desk.id(), desk::nextSeq, true, views(pbx.phones()));
    }

    List<PhonesUpdate> changedPhones(Desk desk) {
        Set<String> changed = desk.takeChangedPhones();
        List<PhonesUpdate.PhoneView> views = views(pbx.phones().stream().filter(p -> changed.contains(p.device()))
                .toList());
        return views.isEmpty() ? List.of() : PhonesUpdate.batches(desk.id(), desk::nextSeq, false, views);
    }

    private static List<PhonesUpdate.PhoneView> views(List<Phone> phones) {
        return phones.stream().map(DeskUpdates::view).flatMap(Optional::stream).toList();
    }

    private static Optional<PhonesUpdate.PhoneView> view(Phone phone) {
        String device = phone.device();
        String extension = device.substring(device.indexOf('/') + 1);
        if (extension.isEmpty() || extension.length() > 32 || !extension.chars().allMatch(
                c -> Character.isDigit(c) || c == '+' || c == '*' || c == '#') || device.length() > 64) {
            return Optional.empty();
        }
        return Optional.of(new PhonesUpdate.PhoneView(extension, device,
                PhonesUpdate.PhoneStatus.valueOf(phone.status().name()),
                phone.registration() == Registration.REGISTERED));
    }

    /** Why a session ended, from the trigger that ended it. */
    static StateUpdate.LoggedOut loggedOut(Attempt attempt) {
        StateUpdate.LoggedOut.Reason reason = switch (attempt.trigger()) {
            case FORCE_LOG_OUT -> StateUpdate.LoggedOut.Reason.FORCED;
            case LINK_LOST -> StateUpdate.LoggedOut.Reason.TIMEOUT;
            default -> StateUpdate.LoggedOut.Reason.CLIENT;
        };
        return new StateUpdate.LoggedOut(reason, attempt.argument().isEmpty() ? Optional.empty()
                : Optional.of(org.switchboard.protocol.Bounds.text(attempt.argument(),
                        org.switchboard.protocol.Bounds.DETAIL_CHARS)));
    }
}
