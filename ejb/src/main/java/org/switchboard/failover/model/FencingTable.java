package org.switchboard.failover.model;

import static org.switchboard.failover.model.SiteBehaviour.PRIMARY_HEALTHY;
import static org.switchboard.failover.model.SiteBehaviour.PRIMARY_SMITHED;
import static org.switchboard.failover.model.SiteBehaviour.PRIMARY_STONITHED;
import static org.switchboard.failover.model.SiteBehaviour.SECONDARY_ARMED;
import static org.switchboard.failover.model.SiteBehaviour.SECONDARY_DEACTIVATED;
import static org.switchboard.failover.model.SiteBehaviour.SECONDARY_INVALID;

import java.util.List;
import java.util.Optional;

/**
 * The sixteen combinations of the pair's fencing flags, written out: each row's code (primary SMITH, primary
 * STONITH, secondary SMITH, secondary STONITH), whether it is valid, each site's behaviour and a note.
 *
 * <p>A row whose secondary STONITH is 1 is invalid: the primary never STONITHs the secondary. Each site's
 * behaviour depends on its own two flags only, so a site knows what to do before it has heard its peer; only the
 * validity of the whole row needs both. An invalid row is shown and logged as invalid and is never acted on: the
 * secondary with its own STONITH set detects no activity and demands nothing, and a primary ignores a STONITH
 * demand from a secondary whose flags make the row invalid. No row clears a flag by itself: flags are cleared only
 * by the operator's activate.
 */
public final class FencingTable {

    private static final boolean VALID = true;
    private static final boolean INVALID = false;
    private static final String NEVER = "invalid: the primary never STONITHs the secondary";

    /** The rows, in the order of their codes. */
    public static final List<FencingRow> ROWS = List.of(
            new FencingRow("0000", VALID, PRIMARY_HEALTHY, SECONDARY_ARMED, "normal operation"),
            new FencingRow("0001", INVALID, PRIMARY_HEALTHY, SECONDARY_INVALID, NEVER),
            new FencingRow("0010", VALID, PRIMARY_HEALTHY, SECONDARY_DEACTIVATED,
                    "failover disabled: the secondary was deactivated or has a problem"),
            new FencingRow("0011", INVALID, PRIMARY_HEALTHY, SECONDARY_INVALID, NEVER),
            new FencingRow("0100", VALID, PRIMARY_STONITHED, SECONDARY_ARMED,
                    "failover mode: the secondary detected activity and keeps the primary down"),
            new FencingRow("0101", INVALID, PRIMARY_STONITHED, SECONDARY_INVALID, NEVER),
            new FencingRow("0110", VALID, PRIMARY_STONITHED, SECONDARY_DEACTIVATED,
                    "restore: the secondary was deactivated, its activity detection is off"),
            new FencingRow("0111", INVALID, PRIMARY_STONITHED, SECONDARY_INVALID, NEVER),
            new FencingRow("1000", VALID, PRIMARY_SMITHED, SECONDARY_ARMED,
                    "intermediate: the primary shot itself, no activity on the secondary yet"),
            new FencingRow("1001", INVALID, PRIMARY_SMITHED, SECONDARY_INVALID, NEVER),
            new FencingRow("1010", VALID, PRIMARY_SMITHED, SECONDARY_DEACTIVATED,
                    "recovery started after a SMITH of the primary and before any activity on the secondary"),
            new FencingRow("1011", INVALID, PRIMARY_SMITHED, SECONDARY_INVALID, NEVER),
            new FencingRow("1100", VALID, PRIMARY_STONITHED, SECONDARY_ARMED,
                    "failover mode: the secondary STONITHed the primary, which also SMITHed"),
            new FencingRow("1101", INVALID, PRIMARY_STONITHED, SECONDARY_INVALID, NEVER),
            new FencingRow("1110", VALID, PRIMARY_STONITHED, SECONDARY_DEACTIVATED,
                    "recovery taking place: the secondary takes calls but reports no activity"),
            new FencingRow("1111", INVALID, PRIMARY_STONITHED, SECONDARY_INVALID, NEVER));

    private FencingTable() {
    }

    /** The row of these flags. */
    public static FencingRow row(FencingFlags primary, FencingFlags secondary) {
        String code = primary.code() + secondary.code();
        return ROWS.stream().filter(row -> row.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no row " + code));
    }

    /**
     * What the site playing {@code role} does with its own {@code flags}: the same in every row these flags
     * appear in, so it is known before the peer is heard.
     */
    public static SiteBehaviour behaviour(SiteRole role, FencingFlags flags) {
        FencingFlags any = FencingFlags.CLEAR;
        return role == SiteRole.PRIMARY ? row(flags, any).primary() : row(any, flags).secondary();
    }

    /**
     * The pair as this site sees it: its own flags and the peer's last heard ones (none while never heard).
     */
    public static PairRow seen(SiteRole role, FencingFlags own, Optional<FencingFlags> peer) {
        Optional<FencingFlags> primary = role == SiteRole.PRIMARY ? Optional.of(own) : peer;
        Optional<FencingFlags> secondary = role == SiteRole.SECONDARY ? Optional.of(own) : peer;
        String code = primary.map(FencingFlags::code).orElse("??") + secondary.map(FencingFlags::code).orElse("??");
        Optional<FencingRow> row = primary.isPresent() && secondary.isPresent()
                ? Optional.of(row(primary.get(), secondary.get())) : Optional.empty();
        boolean invalidWhatever = secondary.map(FencingFlags::stonith).orElse(false);
        return new PairRow(code, row, invalidWhatever ? Validity.INVALID
                : row.map(r -> r.valid() ? Validity.VALID : Validity.INVALID).orElse(Validity.NOT_KNOWN));
    }

    /** Whether a row is valid; not known while a flag of the peer was never heard and the known ones allow both. */
    public enum Validity {
        VALID, INVALID, NOT_KNOWN
    }

    /**
     * The pair's row as one site sees it.
     *
     * @param code four characters, {@code ?} for a peer flag never heard ({@code "00??"})
     * @param row the full row, when every flag is known
     * @param validity valid, invalid, or not known yet
     */
    public record PairRow(String code, Optional<FencingRow> row, Validity validity) {

        public boolean valid() {
            return validity == Validity.VALID;
        }

        /** The row's note, or why it is not known. */
        public String note() {
            if (validity == Validity.INVALID && row.isEmpty()) {
                return NEVER;
            }
            return row.map(FencingRow::note).orElse("the peer's flags were never heard");
        }
    }
}
