package org.switchboard.sip.presence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.switchboard.presence.model.PresenceStatus;

class PidfCodecTest {

    private final PidfCodec codec = new PidfCodec();

    /** What baresip 1.0.0's presence module publishes (publisher.c), for presence_online. */
    private static final String BARESIP_ONLINE = """
            <?xml version="1.0" encoding="UTF-8" standalone="no"?>\r
            <presence xmlns="urn:ietf:params:xml:ns:pidf"\r
                xmlns:dm="urn:ietf:params:xml:ns:pidf:data-model"\r
                xmlns:rpid="urn:ietf:params:xml:ns:pidf:rpid"\r
                entity="sip:301@127.0.0.1">\r
              <dm:person id="p4159"><rpid:activities/></dm:person>\r
              <tuple id="t4109">\r
                <status>\r
                  <basic>open</basic>\r
                </status>\r
                <contact>sip:301@127.0.0.1</contact>\r
              </tuple>\r
            </presence>\r
            """;

    /**
     * A body as a browser client built on JsSIP publishes it (JsSIP sends the body the page gives it): other
     * prefixes, the tuple and the person in the PIDF and data-model namespaces, the note on the person.
     */
    private static final String BROWSER_ON_THE_PHONE = """
            <?xml version="1.0" encoding="UTF-8"?>
            <p:presence xmlns:p="urn:ietf:params:xml:ns:pidf" xmlns:r="urn:ietf:params:xml:ns:pidf:rpid"
                xmlns:d="urn:ietf:params:xml:ns:pidf:data-model" entity="sip:alice@example.org">
              <p:tuple id="browser"><p:status><p:basic>open</p:basic></p:status></p:tuple>
              <d:person id="me"><r:activities><r:on-the-phone/></r:activities><d:note>In a call</d:note></d:person>
            </p:presence>
            """;

    @ParameterizedTest
    @EnumSource(PresenceStatus.class)
    void everyStatus_withAndWithoutANote_readsBackAsWritten(PresenceStatus status) {
        for (Optional<String> note : java.util.List.of(Optional.<String>empty(), Optional.of("back at 3 <ish> & \"so\""))) {
            Pidf written = new Pidf("sip:201@example.org", status, note);

            PidfCodec.Decoded read = codec.decode(codec.encode(written));

            assertThat(read).isEqualTo(new PidfCodec.Decoded.Ok(written));
        }
    }

    @Test
    void theWrittenBody_isWhatBaresipsSubscriberLooksFor() {
        String away = text(new Pidf("sip:201@example.org", PresenceStatus.AWAY, Optional.empty()));
        String phone = text(new Pidf("sip:201@example.org", PresenceStatus.ON_THE_PHONE, Optional.empty()));
        String offline = text(new Pidf("sip:201@example.org", PresenceStatus.OFFLINE, Optional.empty()));
        String dnd = text(new Pidf("sip:201@example.org", PresenceStatus.DO_NOT_DISTURB, Optional.empty()));

        assertThat(away).contains("<basic>open</basic>").contains("<rpid:away/>");
        assertThat(phone).contains("<rpid:on-the-phone/>");
        assertThat(dnd).contains("<rpid:busy/>").contains("<rpid:other>do-not-disturb</rpid:other>");
        assertThat(offline).contains("<basic>closed</basic>").doesNotContain("<rpid:");
    }

    @Test
    void baresipsPublication_isAvailable_withoutANote() {
        assertThat(codec.decode(BARESIP_ONLINE.getBytes(StandardCharsets.UTF_8))).isEqualTo(new PidfCodec.Decoded.Ok(
                new Pidf("sip:301@127.0.0.1", PresenceStatus.AVAILABLE, Optional.empty())));
    }

    @Test
    void baresipsOfflinePublication_isAClosedTuple_readAsOffline() {
        String closed = BARESIP_ONLINE.replace("<basic>open</basic>", "<basic>closed</basic>");

        assertThat(codec.decode(closed.getBytes(StandardCharsets.UTF_8))).isEqualTo(new PidfCodec.Decoded.Ok(
                new Pidf("sip:301@127.0.0.1", PresenceStatus.OFFLINE, Optional.empty())));
    }

    @Test
    void baresipsFirstPublication_beforeItsUserSetAStatus_isInvalid_forItsBasicStatusUnknown() {
        String unknown = BARESIP_ONLINE.replace("<basic>open</basic>", "<basic>unknown</basic>");

        assertThat(codec.decode(unknown.getBytes(StandardCharsets.UTF_8))).isEqualTo(
                new PidfCodec.Decoded.Invalid("a PIDF basic status is open or closed, not 'unknown'"));
    }

    @Test
    void aBrowsersPublication_withOtherPrefixes_isOnThePhone_withThePersonsNote() {
        assertThat(codec.decode(BROWSER_ON_THE_PHONE.getBytes(StandardCharsets.UTF_8))).isEqualTo(
                new PidfCodec.Decoded.Ok(new Pidf("sip:alice@example.org", PresenceStatus.ON_THE_PHONE,
                        Optional.of("In a call"))));
    }

    @Test
    void anActivityWins_overAClosedTuple_andTheStrongestActivityWins() {
        String both = BARESIP_ONLINE.replace("<basic>open</basic>", "<basic>closed</basic>")
                .replace("<rpid:activities/>", "<rpid:activities><rpid:away/><rpid:busy/></rpid:activities>");

        assertThat(codec.decode(both.getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(new PidfCodec.Decoded.Ok(new Pidf("sip:301@127.0.0.1", PresenceStatus.BUSY, Optional.empty())));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not xml at all", "<presence xmlns=\"urn:ietf:params:xml:ns:pidf\" entity=\"sip:a@b\">",
            "<presence entity=\"sip:a@b\"/>",
            "<presence xmlns=\"urn:ietf:params:xml:ns:pidf\"/>",
            "<presence xmlns=\"urn:ietf:params:xml:ns:pidf\" entity=\"sip:a@b\"><tuple id=\"t\"><status><basic>maybe</basic></status></tuple></presence>",
            "<?xml version=\"1.0\"?><!DOCTYPE presence [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><presence xmlns=\"urn:ietf:params:xml:ns:pidf\" entity=\"sip:a@b\"><note>&x;</note></presence>"})
    void aBodyThatIsNoPidf_isInvalidWithAReason_neverAnException(String body) {
        PidfCodec.Decoded read = codec.decode(body.getBytes(StandardCharsets.UTF_8));

        assertThat(read).isInstanceOfSatisfying(PidfCodec.Decoded.Invalid.class,
                invalid -> assertThat(invalid.reason()).isNotBlank());
    }

    @Test
    void aBodyOverTheLimit_andANoteOverTheLimit_areInvalid() {
        String huge = "<presence xmlns=\"urn:ietf:params:xml:ns:pidf\" entity=\"sip:a@b\"><note>"
                + "x".repeat(PidfCodec.MAX_BODY_BYTES) + "</note></presence>";
        String longNote = "<presence xmlns=\"urn:ietf:params:xml:ns:pidf\" entity=\"sip:a@b\"><note>"
                + "x".repeat(PidfCodec.MAX_NOTE_CHARS + 1) + "</note></presence>";

        assertThat(codec.decode(huge.getBytes(StandardCharsets.UTF_8))).isInstanceOf(PidfCodec.Decoded.Invalid.class);
        assertThat(codec.decode(longNote.getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(new PidfCodec.Decoded.Invalid("the PIDF note is over 500 characters"));
    }

    private String text(Pidf pidf) {
        return new String(codec.encode(pidf), StandardCharsets.UTF_8);
    }
}
