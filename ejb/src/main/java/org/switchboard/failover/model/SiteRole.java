package org.switchboard.failover.model;

import java.util.Locale;

import org.switchboard.shared.model.InvalidSetting;

/** The part a site plays in the pair: the primary takes the calls while it is healthy. */
public enum SiteRole {
    PRIMARY,
    SECONDARY;

    /** Reads a role as an operator writes it ({@code primary}, {@code Secondary}); anything else is refused. */
    public static SiteRole parse(String key, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidSetting(key, value, "primary or secondary");
        }
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidSetting(key, value, "primary or secondary");
        }
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
