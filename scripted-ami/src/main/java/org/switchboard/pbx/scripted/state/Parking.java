package org.switchboard.pbx.scripted.state;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.switchboard.pbx.scripted.AmiMessage;

/**
 * The parking lots (seeded from a recorded Parkinglots answer) and the calls parked in them, by the parkee's
 * unique id: ParkedCall adds or moves one; UnParkedCall, ParkedCallTimeOut and ParkedCallGiveUp remove it.
 */
final class Parking {

    private static final Set<String> NOT_KEPT = Set.of("Event", "Privilege", "Timestamp", "ActionID",
            "ParkingTimeout", "ParkingDuration");
    private static final List<String> LOT = List.of("Name", "StartSpace", "StopSpace", "Timeout");

    private record ParkedCall(Map<String, String> fields, long timeoutSeconds, Instant parked) {
    }

    private final Map<String, Map<String, String>> lots = new LinkedHashMap<>();
    private final Map<String, ParkedCall> byParkee = new LinkedHashMap<>();

    void seed(List<AmiMessage> parkinglotItems) {
        parkinglotItems.forEach(item -> lots.put(item.getOr("Name", ""), item.pick(LOT)));
    }

    void apply(AmiMessage event, Instant now) {
        String parkee = event.getOr("ParkeeUniqueid", "");
        switch (event.type()) {
            case "ParkedCall" -> byParkee.put(parkee, parked(event, now));
            case "UnParkedCall", "ParkedCallTimeOut", "ParkedCallGiveUp" -> byParkee.remove(parkee);
            default -> { }
        }
    }

    private static ParkedCall parked(AmiMessage event, Instant now) {
        Map<String, String> fields = event.fieldsExcept(NOT_KEPT);
        long timeout = parseOr(event.getOr("ParkingTimeout", ""), 0);
        long alreadyParked = parseOr(event.getOr("ParkingDuration", ""), 0);
        return new ParkedCall(fields, timeout + alreadyParked, now.minusSeconds(alreadyParked));
    }

    /** The items of a ParkedCalls answer, optionally for one lot. */
    List<AmiMessage> parkedCalls(String lot, Instant now) {
        return byParkee.values().stream()
                .filter(call -> lot.isEmpty() || lot.equals(call.fields().get("Parkinglot")))
                .map(call -> {
                    long duration = Duration.between(call.parked(), now).toSeconds();
                    return AmiMessage.of("Event", "ParkedCall").withAll(call.fields())
                            .with("ParkingTimeout", Long.toString(Math.max(0, call.timeoutSeconds() - duration)))
                            .with("ParkingDuration", Long.toString(duration))
                            .with("ActionID", "");
                })
                .toList();
    }

    /** The items of a Parkinglots answer. */
    List<AmiMessage> lots() {
        return lots.values().stream().map(lot -> AmiMessage.of("Event", "Parkinglot", "ActionID", "").withAll(lot))
                .toList();
    }

    /** A lot's configuration (Name, StartSpace, StopSpace, Timeout), if the lot exists. */
    java.util.Optional<Map<String, String>> lot(String name) {
        return java.util.Optional.ofNullable(lots.get(name)).map(Map::copyOf);
    }

    /** Whether a call is parked in this space of this lot. */
    boolean taken(String lot, String space) {
        return byParkee.values().stream().anyMatch(call -> lot.equals(call.fields().get("Parkinglot"))
                && space.equals(call.fields().get("ParkingSpace")));
    }

    void clearCalls() {
        byParkee.clear();
    }

    private static long parseOr(String number, long fallback) {
        try {
            return Long.parseLong(number.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
