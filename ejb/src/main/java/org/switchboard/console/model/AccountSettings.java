package org.switchboard.console.model;

import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import org.switchboard.shared.model.InvalidSetting;

/**
 * How receptionists' accounts are checked, read once at startup.
 *
 * @param sipRealm the SIP digest realm of the console's log in challenges; the HA1s stored with each account
 *                 are bound to it, so changing it means setting every receptionist's password again
 */
public record AccountSettings(String sipRealm) {

    public static final String SIP_REALM = "switchboard.console.sip-realm";
    public static final String DEFAULT_SIP_REALM = "switchboard";

    /** Printable ASCII without the quote and backslash that a SIP quoted-string would have to escape. */
    private static final Pattern REALM = Pattern.compile("[\\x20-\\x7E&&[^\"\\\\]]{1,64}");

    /** Reads and validates the settings; {@code source} returns null for a key that is not set. */
    public static AccountSettings from(UnaryOperator<String> source) {
        String realm = source.apply(SIP_REALM);
        if (realm == null || realm.isBlank()) {
            return new AccountSettings(DEFAULT_SIP_REALM);
        }
        realm = realm.strip();
        if (!REALM.matcher(realm).matches()) {
            throw new InvalidSetting(SIP_REALM, realm, "1 to 64 printable ASCII characters without '\"' or '\\'");
        }
        return new AccountSettings(realm);
    }
}
