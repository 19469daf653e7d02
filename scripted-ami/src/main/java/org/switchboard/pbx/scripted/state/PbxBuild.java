package org.switchboard.pbx.scripted.state;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.switchboard.pbx.scripted.AmiMessage;
import org.switchboard.pbx.scripted.AmiTrace;
import org.switchboard.pbx.scripted.RecordedAction;

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

    private static final String GREETING = "Asterisk Call Manager/";
    private static final String UNKNOWN = "Invalid/unknown command";

    public PbxBuild {
        unknownActions = unknownActions.stream().map(name -> name.toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
    }

    /**
     * The build of the PBX that recorded {@code seed}: the greeting's AMI version, CoreSettings' AsteriskVersion
     * (else the default build's), chan_sip when SIPpeers was answered with a list, and the actions it
     * answered as unknown.
     */
    static PbxBuild of(AmiTrace seed) {
        String ami = seed.greeting().startsWith(GREETING) ? seed.greeting().substring(GREETING.length()).strip()
                : ASTERISK_20_PJSIP.amiVersion();
        String asterisk = seed.responseTo("CoreSettings").flatMap(r -> r.get("AsteriskVersion"))
                .filter(version -> !version.isBlank()).orElse(ASTERISK_20_PJSIP.asteriskVersion());
        boolean chanSip = seed.responseTo("SIPpeers").flatMap(r -> r.get("Response")).filter("Success"::equals)
                .isPresent();
        Set<String> unknown = seed.actions().stream().map(RecordedAction::actionId)
                .map(seed::response).flatMap(Optional::stream)
                .filter(response -> response.getOr("Message", "").startsWith(UNKNOWN))
                .map(response -> actionOf(seed, response)).collect(Collectors.toSet());
        return new PbxBuild(ami, asterisk, chanSip ? ChannelDriver.CHAN_SIP : ChannelDriver.PJSIP, unknown);
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

    private static String actionOf(AmiTrace seed, AmiMessage response) {
        String id = response.getOr("ActionID", "");
        return seed.actions().stream().filter(a -> a.actionId().equals(id)).map(RecordedAction::name)
                .findFirst().orElse("");
    }
}
