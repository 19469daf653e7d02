package org.switchboard.pbx.scripted.state;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.switchboard.pbx.scripted.AmiMessage;

/**
 * What the simulated Asterisk is made of, as a recorded session shows it: the AMI version of its greeting,
 * its own version, and the SIP channel driver it has loaded, which decides the actions it knows. A PBX
 * with PJSIP answers the {@code SIP...} actions of chan_sip {@code Invalid/unknown command} (Asterisk 22
 * has no chan_sip; the recorded Asterisk 20 did not load it), and one with chan_sip the {@code PJSIP...}
 * ones (res_pjsip not loaded); so does it any action its recording answered that way.
 *
 * @param unknownActions lower-case names of further actions the recording answered as unknown
 */
public record PbxBuild(String amiVersion, String asteriskVersion, ChannelDriver driver, Set<String> unknownActions) {

    /** The SIP channel driver the PBX has loaded. */
    public enum ChannelDriver { PJSIP, CHAN_SIP }

    /** The Asterisk 20 with PJSIP of the recordings at the top of the trace directory. */
    public static final PbxBuild ASTERISK_20_PJSIP = new PbxBuild("9.0.0", "20.20.1", ChannelDriver.PJSIP, Set.of());

    /** What every greeting starts with, before the AMI version. */
    public static final String GREETING = "Asterisk Call Manager/";
    /** How Asterisk's answer to an action it does not know starts. */
    public static final String UNKNOWN = "Invalid/unknown command";

    public PbxBuild {
        unknownActions = unknownActions.stream().map(name -> name.toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Whether the PBX has this action; an action of the channel driver it did not load is unknown. */
    public boolean knows(String action) {
        String name = action.toLowerCase(Locale.ROOT);
        boolean otherDriver = driver == ChannelDriver.PJSIP ? name.startsWith("sip") : name.startsWith("pjsip");
        return !otherDriver && !unknownActions.contains(name);
    }

    /** The first line the PBX sends on a new connection, without its line end. */
    public String greeting() {
        return GREETING + amiVersion;
    }

    /** Asterisk's answer to an action it does not know, word for word. */
    public static AmiMessage unknownAction(String action) {
        return AmiMessage.of("Response", "Error", "ActionID", "", "Message",
                UNKNOWN + ": " + action + ". Use Action: ListCommands to show available commands.");
    }
}
