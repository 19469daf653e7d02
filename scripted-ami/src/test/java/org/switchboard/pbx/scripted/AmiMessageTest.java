package org.switchboard.pbx.scripted;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AmiMessageTest {

    @Test
    void givenHeaders_whenLookedUpInAnotherCase_thenFound() {
        AmiMessage message = AmiMessage.of("Event", "Hangup", "Uniqueid", "1795300766.16");

        assertThat(message.get("UNIQUEID")).contains("1795300766.16");
        assertThat(message.get("Linkedid")).isEmpty();
        assertThat(message.type()).isEqualTo("Hangup");
        assertThat(message.isEvent()).isTrue();
    }

    @Test
    void givenExistingKey_whenWith_thenReplacedInPlaceAndOriginalUnchanged() {
        AmiMessage original = AmiMessage.of("Response", "Success", "ActionID", "", "Message", "ok");

        AmiMessage copy = original.with("actionid", "a-1").with("Extra", "x");

        assertThat(copy.toWire()).isEqualTo("Response: Success\r\nActionID: a-1\r\nMessage: ok\r\nExtra: x\r\n\r\n");
        assertThat(original.getOr("ActionID", "?")).isEmpty();
    }

    @Test
    void givenFrameText_whenParsed_thenValuesKeepColonsAndJunkIsSkipped() {
        AmiMessage message = AmiMessage.parse("Action: Originate\r\nno colon here\nCallerID: \"Desk\" <201>\r\n"
                + "Variable: A=1\r\nVariable: B=2\r\n");

        assertThat(message.get("CallerID")).contains("\"Desk\" <201>");
        assertThat(message.all("Variable")).containsExactly("A=1", "B=2");
        assertThat(message.headers()).hasSize(4);
    }

    @Test
    void givenSecretOrKey_whenPrinted_thenMasked() {
        AmiMessage login = AmiMessage.of("Action", "Login", "Secret", "console-secret", "Key", "abc123");

        assertThat(login.toString()).doesNotContain("console-secret").doesNotContain("abc123").contains("Login");
        assertThat(AmiAccount.of("console", "console-secret").toString()).doesNotContain("console-secret");
    }
}
