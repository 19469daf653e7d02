package org.switchboard.protocol;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * {@code "update":"SITE"}: whether the receptionists work on the site this session is on, sent only to a client
 * that keeps a link to both sites of the pair and said so at log in ({@code LOG_IN} with
 * {@code "failover":true}): one right after log in, then one on each change of the site's console duty. A client
 * works with the site whose last SITE update says {@code active}; the session on the other site is PASSIVE.
 *
 * @param site the name of the server's site ({@code SWB_SITE_NAME}), an id
 * @param role the site's role in the pair
 * @param active whether the receptionists work on this site now
 * @param reason why, for the log and the client to show (text of at most {@link Bounds#DETAIL_CHARS})
 */
public record SiteUpdate(String session, long seq, String site, Role role, boolean active, String reason)
        implements ConsoleUpdate {

    public SiteUpdate {
        WireRules.id("session", session);
        WireRules.sequence("seq", seq);
        WireRules.id("site", site);
        java.util.Objects.requireNonNull(role, "role");
        WireRules.text("reason", reason, Bounds.DETAIL_CHARS);
    }

    @Override
    public SiteUpdate numbered(long newSeq) {
        return new SiteUpdate(session, newSeq, site, role, active, reason);
    }

    @Override
    public Kind kind() {
        return Kind.SITE;
    }

    /** A site's role in the pair, written in lower case. */
    public enum Role {
        PRIMARY,
        SECONDARY;

        /** The name on the wire: {@code primary}, {@code secondary}. */
        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The role with this wire name, exact case, if there is one. */
        public static Optional<Role> fromWire(String wireName) {
            return Stream.of(values()).filter(role -> role.wireName().equals(wireName)).findFirst();
        }

        static List<String> wireNames() {
            return Stream.of(values()).map(Role::wireName).toList();
        }
    }
}
