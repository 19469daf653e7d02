package org.switchboard.failover.model;

import java.util.Objects;

/**
 * One row of the fencing table: the four flags of the pair (primary SMITH, primary STONITH, secondary SMITH,
 * secondary STONITH, {@code "0100"}), whether the combination can happen without a misconfiguration or a hand
 * edit, what each site does in it, and a note for the operator.
 */
public record FencingRow(String code, boolean valid, SiteBehaviour primary, SiteBehaviour secondary, String note) {

    public FencingRow {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(primary, "primary");
        Objects.requireNonNull(secondary, "secondary");
        Objects.requireNonNull(note, "note");
        if (!code.matches("[01]{4}")) {
            throw new IllegalArgumentException("a row code is four 0 or 1: " + code);
        }
    }

    public FencingFlags primaryFlags() {
        return new FencingFlags(code.charAt(0) == '1', code.charAt(1) == '1');
    }

    public FencingFlags secondaryFlags() {
        return new FencingFlags(code.charAt(2) == '1', code.charAt(3) == '1');
    }

    /** What the row means for the site playing {@code role}. */
    public SiteBehaviour behaviourOf(SiteRole role) {
        return role == SiteRole.PRIMARY ? primary : secondary;
    }
}
