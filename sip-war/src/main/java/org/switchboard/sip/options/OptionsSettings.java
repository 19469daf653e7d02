package org.switchboard.sip.options;

import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import org.switchboard.shared.model.SettingSource;

/**
 * How OPTIONS recognises the PBX's qualify of the console server, read once.
 *
 * @param qualifyUser the Request-URI user of the PBX's qualify: the console peer's name in the PBX
 *        ({@code SWB_PBX_QUALIFY_USER}, default {@code npa10001}, as in the seed's dialplan)
 */
public record OptionsSettings(String qualifyUser) {

    public static final String QUALIFY_USER = "switchboard.sip.pbx-qualify-user";
    public static final String DEFAULT_QUALIFY_USER = "npa10001";

    private static final Pattern SIP_USER = Pattern.compile("[A-Za-z0-9._~+-]{1,64}");

    public static OptionsSettings from(UnaryOperator<String> source) {
        return new OptionsSettings(new SettingSource(source).text(QUALIFY_USER, DEFAULT_QUALIFY_USER, SIP_USER,
                "a SIP user name: 1 to 64 letters, digits or . _ ~ + -"));
    }
}
