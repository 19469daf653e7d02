package org.switchboard.pbx.scripted.control;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.switchboard.pbx.scripted.AmiMessage;
import org.switchboard.pbx.scripted.Reaction;
import org.switchboard.pbx.scripted.state.ChannelView;

/**
 * The Park action as Asterisk 22 does it (park-slot-timeout-returns): into the lot's holding bridge, the
 * chosen space or the first free one, with music; the peer left in the old bridge is hung up. When the time
 * runs out the call leaves the lot and dials the parker's device from context {@code park-dial}
 * (comebacktoorigin). The answer's Message ends with a bare LF, as Asterisk's does.
 */
final class Parker {

    private static final Map<String, String> DEFAULT_LOT = Map.of("Name", "default", "StartSpace", "701",
            "StopSpace", "720", "Timeout", "120");

    private final Office office;
    private final Moves moves;
    private final Later later;

    Parker(Office office, Moves moves, Later later) {
        this.office = office;
        this.moves = moves;
        this.later = later;
    }

    Reaction park(AmiMessage action, UnaryOperator<Chan> touch) {
        String name = action.getOr("Channel", "");
        Optional<ChannelView> found = office.state().channel(name);
        if (found.isEmpty()) {
            return Reaction.error("Channel does not exist: " + name);
        }
        String lotName = action.getOr("Parkinglot", "default");
        Optional<Map<String, String>> lot = office.state().parkingLot(lotName)
                .or(() -> lotName.equals("default") ? Optional.of(DEFAULT_LOT) : Optional.empty());
        if (lot.isEmpty()) {
            return Reaction.error("Requested parking lot could not be found.");
        }
        Optional<String> space = space(lotName, lot.get(), action.getOr("ParkingSpace", ""));
        if (space.isEmpty()) {
            return Reaction.error("Park action failed");
        }
        Chan parkee = touch.apply(Chan.of(found.get()));
        String parkerDevice = office.state().channel(action.getOr("TimeoutChannel", ""))
                .map(ChannelView::device)
                .orElseGet(() -> office.peers(parkee).stream().findFirst().map(Chan::device).orElse(""));
        long timeoutMillis = Control.parseOr(action.getOr("Timeout", ""),
                Control.parseOr(lot.get().get("Timeout"), 120) * 1000);
        Script script = office.script();
        String lotBridge = office.state().findBridge("parking", lotName);
        Bridge holding = lotBridge.isEmpty()
                ? Bridge.parking(office.ids().bridge(), lotName)
                : Bridge.of(office.state().bridge(lotBridge));
        if (lotBridge.isEmpty()) {
            script.bridge("BridgeCreate", holding);
        }
        List<Chan> peers = office.peers(parkee);
        Bridge old = parkee.bridgeId().isEmpty() ? null : office.bridgeOf(parkee);
        if (old != null) {
            script.leave(old, parkee);
        }
        script.enter(holding, parkee);
        Map<String, String> parked = parked(parkee, parkerDevice, lotName, space.get(), timeoutMillis / 1000);
        script.event("ParkedCall", Script.CALL).putAll(parked);
        script.channel("MusicOnHoldStart", parkee).put("Class", "default");
        if (old != null) {
            peers.forEach(peer -> script.leave(old, peer));
            script.bridge("BridgeDestroy", old.emptied());
            peers.forEach(peer -> moves.hangUp(script, peer, 16, false));
        }
        later.after(Duration.ofMillis(timeoutMillis), () -> timedOut(parkee.name(), lotName, space.get(), parked,
                parkerDevice));
        return Reaction.success("Park successful\n").thenEmit(script.events().toArray(AmiMessage[]::new));
    }

    private List<AmiMessage> timedOut(String parkeeName, String lot, String space, Map<String, String> parked,
            String parkerDevice) {
        Optional<ChannelView> found = office.state().channel(parkeeName);
        if (found.isEmpty() || !office.state().parkingSpaceTaken(lot, space)) {
            return List.of();
        }
        Chan parkee = Chan.of(found.get());
        Script script = office.script();
        script.channel("MusicOnHoldStop", parkee);
        Map<String, String> timedOut = new java.util.LinkedHashMap<>(parked);
        timedOut.put("ParkingDuration", timedOut.get("ParkingTimeout"));
        timedOut.put("ParkingTimeout", "0");
        script.event("ParkedCallTimeOut", Script.CALL).putAll(timedOut);
        script.leave(office.bridgeOf(parkee), parkee);
        if (parkerDevice.isEmpty()) {
            moves.hangUp(script, parkee, 16, true);
            return script.events();
        }
        String flat = parkerDevice.replace('/', '_');
        String dialData = parkerDevice + ",30";
        script.dialplan(parkee.at("park-dial", flat, 1), "Dial", dialData);
        Chan callee = office.dial(script, parkee, parkerDevice, parkerDevice.substring(parkerDevice.indexOf('/') + 1));
        if (callee.ringing()) {
            office.answerLater(parkee.name(), callee.name());
        } else {
            office.busyEnds(script, parkee, callee);
        }
        return script.events();
    }

    private Optional<String> space(String lotName, Map<String, String> lot, String wanted) {
        if (!wanted.isBlank()) {
            return office.state().parkingSpaceTaken(lotName, wanted.strip())
                    ? Optional.empty() : Optional.of(wanted.strip());
        }
        int first = Control.parseOr(lot.get("StartSpace"), 701);
        int last = Control.parseOr(lot.get("StopSpace"), 720);
        for (int space = first; space <= last; space++) {
            if (!office.state().parkingSpaceTaken(lotName, Integer.toString(space))) {
                return Optional.of(Integer.toString(space));
            }
        }
        return Optional.empty();
    }

    private static Map<String, String> parked(Chan parkee, String parkerDevice, String lot, String space,
            long timeoutSeconds) {
        Map<String, String> fields = parkee.block("Parkee");
        fields.put("ParkerDialString", parkerDevice);
        fields.put("Parkinglot", lot);
        fields.put("ParkingSpace", space);
        fields.put("ParkingTimeout", Long.toString(timeoutSeconds));
        fields.put("ParkingDuration", "0");
        return fields;
    }
}
