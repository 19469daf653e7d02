package org.switchboard.call.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

import org.switchboard.shared.model.InvalidSetting;
import org.switchboard.shared.model.TrunkDevices;

/**
 * The setting that says which devices are trunks: a comma-separated list of device names, where a name
 * ending in {@code *} matches every device starting with the rest, e.g. {@code PJSIP/trunk*,PJSIP/isp}.
 * Matching ignores case, as Asterisk's device names do.
 *
 * <p>{@link #DEFAULT} is the one default of the setting (the server's configuration leaves the property
 * empty unless {@code SWB_PBX_TRUNKS} is set): the demo office's trunk and the console server's own SIP
 * peer, which the reception dialplan probes, under both channel drivers (PJSIP and chan_sip).
 */
public final class TrunkRule {

    public static final String TRUNKS = "switchboard.pbx.trunks";
    public static final String DEFAULT = "PJSIP/trunk*,PJSIP/npa*,SIP/trunk*,SIP/npa*";

    private TrunkRule() {
    }

    /** Parses the rule; an empty or missing value means {@link #DEFAULT}. */
    public static TrunkDevices parse(String rule) {
        String text = rule == null || rule.isBlank() ? DEFAULT : rule;
        List<Predicate<String>> matchers = new ArrayList<>();
        for (String item : text.split(",")) {
            String name = item.strip().toLowerCase(Locale.ROOT);
            if (name.isEmpty() || name.equals("*") || name.indexOf('*') >= 0 && name.indexOf('*') != name.length() - 1) {
                throw new InvalidSetting(TRUNKS, rule, "device names such as PJSIP/trunk, a '*' only at the end");
            }
            if (name.endsWith("*")) {
                String prefix = name.substring(0, name.length() - 1);
                matchers.add(device -> device.toLowerCase(Locale.ROOT).startsWith(prefix));
            } else {
                matchers.add(device -> device.toLowerCase(Locale.ROOT).equals(name));
            }
        }
        return TrunkDevices.matching(device -> matchers.stream().anyMatch(m -> m.test(device)));
    }
}
