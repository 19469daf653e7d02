package org.switchboard.pbx.scripted.control;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.switchboard.pbx.scripted.AmiMessage;
import org.switchboard.pbx.scripted.state.PbxBuild;
import org.switchboard.pbx.scripted.state.PbxState;

/**
 * A phone's REGISTER at the PBX, as the recorded Asterisk 20.20.1 reported it in {@code phone-unregister} (PJSIP and
 * chan_sip): the digest challenge and its success (security events), then, registering, the phone's hint idle, its
 * device NOT_INUSE and its contact reachable; unregistering, its contact gone, its device UNAVAILABLE and its hint
 * unavailable, each driver in its own order and words. A phone registers from the recordings' address,
 * {@code 127.0.0.1:50NN} for extension {@code 20N}.
 */
final class Registrations {

    private static final String SECURITY = "security,all";
    private static final String SYSTEM = "system,all";
    private static final DateTimeFormatter EVENT_TV = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ")
            .withZone(ZoneOffset.UTC);

    private final PbxState state;
    private final AtomicLong registers = new AtomicLong(24_800);

    Registrations(PbxState state) {
        this.state = state;
    }

    /** Whether the PBX has a registration of the phone now (its device is not UNAVAILABLE). */
    boolean registered(String device) {
        String deviceState = state.deviceState(device);
        return !deviceState.isEmpty() && !deviceState.equals("UNAVAILABLE") && !deviceState.equals("INVALID");
    }

    /**
     * The phone registers: its events, empty when it is registered already. Fails with
     * {@link IllegalArgumentException} for a device that is no endpoint (peer) of the PBX: Asterisk refuses its REGISTER.
     */
    List<AmiMessage> register(String device) {
        if (registered(device)) {
            return List.of();
        }
        if (!known(device)) {
            throw new IllegalArgumentException("the PBX has no phone " + device);
        }
        Script script = new Script(state.clock());
        String session = session();
        String address = address(device);
        security(script, "ChallengeSent", device, session, address);
        if (chanSip()) {
            peerStatus(script, device, "Registered").put("Address", address);
            security(script, "SuccessfulAuth", device, session, address);
            hint(script, device, 0, "Idle");
            script.device(device, "NOT_INUSE");
        } else {
            security(script, "SuccessfulAuth", device, session, address);
            hint(script, device, 0, "Idle");
            script.device(device, "NOT_INUSE");
            peerStatus(script, device, "Reachable");
            contactStatus(script, device, address, "NonQualified");
        }
        return script.events();
    }

    /** The phone's registration goes away (a REGISTER with Expires 0): its events, empty when it had none. */
    List<AmiMessage> unregister(String device) {
        if (!registered(device)) {
            return List.of();
        }
        Script script = new Script(state.clock());
        String session = session();
        String address = address(device);
        security(script, "ChallengeSent", device, session, address);
        if (chanSip()) {
            peerStatus(script, device, "Unregistered").put("Cause", "Expired");
            security(script, "SuccessfulAuth", device, session, address);
        } else {
            security(script, "SuccessfulAuth", device, session, address);
            peerStatus(script, device, "Unreachable");
            contactStatus(script, device, address, "Removed");
        }
        script.device(device, "UNAVAILABLE");
        hint(script, device, 4, "Unavailable");
        return script.events();
    }

    private boolean known(String device) {
        String technology = chanSip() ? "SIP/" : "PJSIP/";
        List<AmiMessage> phones = chanSip() ? state.peers() : state.endpoints();
        return device.startsWith(technology)
                && phones.stream().anyMatch(phone -> phone.getOr("ObjectName", "").equals(name(device)));
    }

    private boolean chanSip() {
        return state.build().driver() == PbxBuild.ChannelDriver.CHAN_SIP;
    }

    /** The REGISTER's Call-ID (PJSIP) or chan_sip's session pointer, new for each REGISTER as recorded. */
    private String session() {
        long n = registers.incrementAndGet();
        return chanSip() ? String.format("0x7fc8fc%06x", n) : "1-" + n + "@127.0.0.1";
    }

    private void security(Script script, String type, String device, String session, String address) {
        Map<String, String> draft = script.event(type, SECURITY);
        draft.put("EventTV", EVENT_TV.format(state.clock().instant()));
        draft.put("Severity", "Informational");
        draft.put("Service", chanSip() ? "SIP" : "PJSIP");
        draft.put("EventVersion", "1");
        draft.put("AccountID", name(device));
        draft.put("SessionID", session);
        draft.put("LocalAddress", "IPV4/UDP/127.0.0.1/5060");
        draft.put("RemoteAddress", "IPV4/UDP/" + address.replace(':', '/'));
        if (type.equals("ChallengeSent")) {
            draft.put("Challenge", chanSip() ? String.format("%08x", ThreadLocalRandom.current().nextInt()) : "");
        } else {
            draft.put("UsingPassword", "1");
        }
    }

    private Map<String, String> peerStatus(Script script, String device, String status) {
        Map<String, String> draft = script.event("PeerStatus", SYSTEM);
        draft.put("ChannelType", chanSip() ? "SIP" : "PJSIP");
        draft.put("Peer", device);
        draft.put("PeerStatus", status);
        return draft;
    }

    private void contactStatus(Script script, String device, String address, String status) {
        Map<String, String> draft = script.event("ContactStatus", SYSTEM);
        draft.put("URI", "sip:" + name(device) + "@" + address);
        draft.put("ContactStatus", status);
        draft.put("AOR", name(device));
        draft.put("EndpointName", name(device));
        draft.put("RoundtripUsec", "0");
    }

    /** ExtensionStatus of the hint on the device, when the dialplan has one (the office's phones all have). */
    private void hint(Script script, String device, int status, String text) {
        state.extensionStates().stream().filter(hint -> hint.getOr("Hint", "").equals(device)).findFirst()
                .ifPresent(hint -> {
                    Map<String, String> draft = script.event("ExtensionStatus", Script.CALL);
                    draft.put("Exten", hint.getOr("Exten", ""));
                    draft.put("Context", hint.getOr("Context", ""));
                    draft.put("Hint", device);
                    draft.put("Status", Integer.toString(status));
                    draft.put("StatusText", text);
                });
    }

    /** Where the phone registers from: its present PJSIP contact, else the recordings' {@code 127.0.0.1:50NN}. */
    private String address(String device) {
        String name = name(device);
        Optional<String> contact = state.contacts().stream()
                .filter(item -> item.getOr("Endpoint", "").equals(name)).map(item -> item.getOr("Uri", ""))
                .filter(uri -> uri.contains("@")).findFirst();
        return contact.map(uri -> uri.substring(uri.indexOf('@') + 1)).orElseGet(() -> "127.0.0.1:" + port(name));
    }

    private static int port(String extension) {
        try {
            int number = Integer.parseInt(extension);
            return number >= 200 && number < 300 ? 5060 + number - 200 : 5060;
        } catch (NumberFormatException e) {
            return 5060;
        }
    }

    private static String name(String device) {
        return device.substring(device.indexOf('/') + 1);
    }
}
