package org.switchboard.pbx.ami;

import static org.switchboard.pbx.ami.AmiFields.blank;
import static org.switchboard.pbx.ami.AmiFields.channel;
import static org.switchboard.pbx.ami.AmiFields.seconds;
import static org.switchboard.pbx.ami.AmiFields.text;

import java.util.Optional;

import org.asteriskjava.manager.event.AbstractParkedCallEvent;
import org.switchboard.pbx.model.ChannelRef;
import org.switchboard.pbx.model.ParkingEvent;
import org.switchboard.pbx.model.ParkingEvent.CallParked;
import org.switchboard.pbx.model.ParkingEvent.CallUnparked;
import org.switchboard.pbx.model.ParkingEvent.Ending;
import org.switchboard.pbx.model.ParkingEvent.ParkingEnded;
import org.switchboard.pbx.model.PbxSnapshot.ParkedChannel;
import org.switchboard.pbx.model.Stamp;

/**
 * The parking rows of the translator's table. The parked channel is in the Parkee* headers, the space in
 * ParkingSpace of lot Parkinglot; ParkerDialString is where a timed-out call returns.
 */
final class ParkingTranslations {

    private ParkingTranslations() {
    }

    static Optional<ParkingEvent> parked(AmiParkedCallEvent e, Stamp stamp) {
        return parkee(e).map(parkee -> new CallParked(stamp, parkee,
                channel(e.getParkerUniqueid(), e.getParkerLinkedid(), e.getParkerChannel()),
                text(e.getParkerDialString()), e.getParkinglot(), e.getParkingSpace(), seconds(e.getParkingTimeout())));
    }

    static Optional<ParkingEvent> unparked(AmiUnparkedCallEvent e, Stamp stamp) {
        return parkee(e).map(parkee -> new CallUnparked(stamp, parkee,
                channel(e.getRetrieverUniqueid(), e.getRetrieverLinkedid(), e.getRetrieverChannel()),
                e.getParkingLot(), e.getParkingSpace()));
    }

    static Optional<ParkingEvent> timedOut(AbstractParkedCallEvent e, Stamp stamp) {
        return ended(e, stamp, Ending.TIMED_OUT);
    }

    static Optional<ParkingEvent> gaveUp(AbstractParkedCallEvent e, Stamp stamp) {
        return ended(e, stamp, Ending.GAVE_UP);
    }

    /** A ParkedCall item of the ParkedCalls list, for the snapshot. */
    static Optional<ParkedChannel> parkedChannel(AmiParkedCallEvent e) {
        if (blank(e.getParkinglot()) || blank(e.getParkingSpace())) {
            return Optional.empty();
        }
        return channel(e.getParkeeUniqueid(), e.getParkeeLinkedid(), e.getParkeeChannel()).map(parkee ->
                new ParkedChannel(parkee, text(e.getParkerDialString()), e.getParkinglot(), e.getParkingSpace(),
                        seconds(e.getParkingTimeout()), seconds(e.getParkingDuration())));
    }

    private static Optional<ParkingEvent> ended(AbstractParkedCallEvent e, Stamp stamp, Ending ending) {
        if (blank(e.getParkingLot()) || blank(e.getParkingSpace())) {
            return Optional.empty();
        }
        return channel(e.getParkeeUniqueid(), e.getParkeeLinkedid(), e.getParkeeChannel()).map(parkee ->
                new ParkingEnded(stamp, parkee, e.getParkingLot(), e.getParkingSpace(), ending));
    }

    private static Optional<ChannelRef> parkee(AmiParkedCallEvent e) {
        return blank(e.getParkinglot()) || blank(e.getParkingSpace()) ? Optional.empty()
                : channel(e.getParkeeUniqueid(), e.getParkeeLinkedid(), e.getParkeeChannel());
    }

    private static Optional<ChannelRef> parkee(AbstractParkedCallEvent e) {
        return blank(e.getParkingLot()) || blank(e.getParkingSpace()) ? Optional.empty()
                : channel(e.getParkeeUniqueid(), e.getParkeeLinkedid(), e.getParkeeChannel());
    }
}
