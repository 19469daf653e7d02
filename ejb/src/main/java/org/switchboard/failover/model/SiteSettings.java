package org.switchboard.failover.model;

import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import org.switchboard.shared.model.InvalidSetting;

/**
 * This site's identity in the pair, read once at startup.
 *
 * @param name a short stable name, unique in the pair (1 to 23 letters, digits, '-', '_', '.'); it also
 *             identifies the site's transaction log, which allows 23 bytes
 * @param role primary or secondary
 * @param peerAddress the other site's address, empty when running alone
 */
public record SiteSettings(String name, SiteRole role, String peerAddress) {

    public static final String NAME = "switchboard.site.name";
    public static final String ROLE = "switchboard.site.role";
    public static final String PEER_ADDRESS = "switchboard.peer.address";

    private static final Pattern SITE_NAME = Pattern.compile("[A-Za-z0-9._-]{1,23}");

    /** Reads and validates the settings; {@code source} returns null for a key that is not set. */
    public static SiteSettings from(UnaryOperator<String> source) {
        String name = source.apply(NAME);
        if (name == null || !SITE_NAME.matcher(name).matches()) {
            throw new InvalidSetting(NAME, name, "1 to 23 letters, digits, '.', '-' or '_'");
        }
        SiteRole role = SiteRole.parse(ROLE, source.apply(ROLE));
        String peer = source.apply(PEER_ADDRESS);
        return new SiteSettings(name, role, peer == null ? "" : peer.trim());
    }
}
