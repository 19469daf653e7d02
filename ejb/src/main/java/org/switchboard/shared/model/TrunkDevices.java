package org.switchboard.shared.model;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Tells trunks from phones among the PBX's devices. The call model needs it to say whether a call is
 * internal or external, the phone model to know which devices are phones. A device is a trunk when the
 * predicate says so; otherwise it is a phone when its technology is one phones register with
 * ({@code PJSIP}, {@code SIP}, {@code IAX2}), and {@link DeviceKind#OTHER} for the rest
 * ({@code Local/...}, {@code Queue:...}, {@code park:...}).
 */
public final class TrunkDevices {

    private static final Set<String> PHONE_TECHNOLOGIES = Set.of("PJSIP", "SIP", "IAX2");

    private final Predicate<String> isTrunk;

    private TrunkDevices(Predicate<String> isTrunk) {
        this.isTrunk = Objects.requireNonNull(isTrunk, "isTrunk");
    }

    /** Trunks are the devices for which {@code isTrunk} holds (it gets names like {@code PJSIP/trunk}). */
    public static TrunkDevices matching(Predicate<String> isTrunk) {
        return new TrunkDevices(isTrunk);
    }

    public DeviceKind kindOf(String device) {
        if (isTrunk.test(device)) {
            return DeviceKind.TRUNK;
        }
        int slash = device.indexOf('/');
        String technology = slash > 0 ? device.substring(0, slash).toUpperCase(Locale.ROOT) : "";
        return PHONE_TECHNOLOGIES.contains(technology) ? DeviceKind.PHONE : DeviceKind.OTHER;
    }
}
