package org.switchboard.it.presence;

import java.util.Map;

import org.switchboard.presence.model.PresenceStatus;

/**
 * PIDF documents (RFC 3863 with the RPID activities of RFC 4480) as a SIP client of the test reads and writes them,
 * by their text: what the server's NOTIFY says, and what a publisher's PUBLISH states.
 */
final class PidfText {

    private static final Map<PresenceStatus, String> ACTIVITY = Map.of(
            PresenceStatus.AWAY, "<rpid:away/>",
            PresenceStatus.BUSY, "<rpid:busy/>",
            PresenceStatus.DO_NOT_DISTURB, "<rpid:busy/><rpid:other>do-not-disturb</rpid:other>",
            PresenceStatus.ON_THE_PHONE, "<rpid:on-the-phone/>",
            PresenceStatus.AVAILABLE, "");

    private PidfText() {
    }

    /** The status and note a NOTIFY's body says: closed is offline; the activity says the rest. */
    static ExpectedPresence.Seen seen(String body) {
        PresenceStatus status;
        if (body.contains("<basic>closed</basic>")) {
            status = PresenceStatus.OFFLINE;
        } else if (body.contains("do-not-disturb")) {
            status = PresenceStatus.DO_NOT_DISTURB;
        } else if (body.contains("<rpid:on-the-phone/>")) {
            status = PresenceStatus.ON_THE_PHONE;
        } else if (body.contains("<rpid:away/>")) {
            status = PresenceStatus.AWAY;
        } else if (body.contains("<rpid:busy/>")) {
            status = PresenceStatus.BUSY;
        } else {
            status = PresenceStatus.AVAILABLE;
        }
        return new ExpectedPresence.Seen(status, note(body));
    }

    private static String note(String body) {
        int open = body.indexOf("<note>");
        int close = body.indexOf("</note>");
        if (open < 0 || close < open) {
            return "";
        }
        return body.substring(open + "<note>".length(), close).replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&apos;", "'").replace("&amp;", "&").trim();
    }

    /** An open document stating {@code status} for {@code user}, without a note (the note stays the user's). */
    static String open(String user, PresenceStatus status) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<presence xmlns=\"urn:ietf:params:xml:ns:pidf\""
                + " xmlns:dm=\"urn:ietf:params:xml:ns:pidf:data-model\" xmlns:rpid=\"urn:ietf:params:xml:ns:pidf:rpid\""
                + " entity=\"sip:" + user + "@127.0.0.1\"><tuple id=\"t\"><status><basic>open</basic></status></tuple>"
                + "<dm:person id=\"p\"><rpid:activities>" + ACTIVITY.get(status)
                + "</rpid:activities></dm:person></presence>";
    }
}
