package org.switchboard.failover.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The sixteen rows against the seed's table, written here apart from the code: validity, whether the primary
 * refuses calls (and SMITHs itself on STONITH), and whether the secondary detects activity, notifies the clients
 * and demands STONITH.
 */
class FencingTableTest {

    /** code, valid, primary refuses, primary smiths on STONITH, secondary armed (detects, notifies, demands). */
    private static final String SPEC = """
            0000 valid   takes   -     armed
            0001 invalid takes   -     off
            0010 valid   takes   -     off
            0011 invalid takes   -     off
            0100 valid   refuses smith armed
            0101 invalid refuses smith off
            0110 valid   refuses smith off
            0111 invalid refuses smith off
            1000 valid   refuses -     armed
            1001 invalid refuses -     off
            1010 valid   refuses -     off
            1011 invalid refuses -     off
            1100 valid   refuses smith armed
            1101 invalid refuses smith off
            1110 valid   refuses smith off
            1111 invalid refuses smith off
            """;

    static Stream<Arguments> rows() {
        return SPEC.lines().map(line -> line.trim().split("\\s+"))
                .map(f -> Arguments.of(f[0], f[1].equals("valid"), f[2].equals("refuses"), f[3].equals("smith"),
                        f[4].equals("armed")));
    }

    @ParameterizedTest(name = "row {0}: valid={1}, primary refuses={2}, smiths on STONITH={3}, secondary armed={4}")
    @MethodSource("rows")
    void eachRowHasTheSeedsValidityAndBehaviour(String code, boolean valid, boolean primaryRefuses,
            boolean smithsOnStonith, boolean secondaryArmed) {
        FencingRow row = FencingTable.row(flags(code, 0), flags(code, 2));

        assertThat(row.code()).isEqualTo(code);
        assertThat(row.valid()).isEqualTo(valid);
        assertThat(row.primary().refusesCalls()).isEqualTo(primaryRefuses);
        assertThat(row.primary().smithsOnStonith()).isEqualTo(smithsOnStonith);
        assertThat(row.primary().detectsActivity()).isFalse();
        assertThat(row.primary().demandsStonith()).isFalse();
        assertThat(row.secondary().refusesCalls()).as("flags never make the secondary refuse").isFalse();
        assertThat(row.secondary().detectsActivity()).isEqualTo(secondaryArmed);
        assertThat(row.secondary().notifiesClients()).isEqualTo(secondaryArmed);
        assertThat(row.secondary().demandsStonith()).isEqualTo(secondaryArmed);
        assertThat(row.note()).isNotBlank();
        if (!valid) {
            assertThat(row.note()).contains("never STONITHs the secondary");
        }
        assertThat(FencingTable.behaviour(SiteRole.PRIMARY, row.primaryFlags())).isEqualTo(row.primary());
        assertThat(FencingTable.behaviour(SiteRole.SECONDARY, row.secondaryFlags())).isEqualTo(row.secondary());
    }

    @Test
    void theTableHasSixteenRowsInCodeOrder_andEightAreValid() {
        assertThat(FencingTable.ROWS).extracting(FencingRow::code).containsExactly("0000", "0001", "0010", "0011",
                "0100", "0101", "0110", "0111", "1000", "1001", "1010", "1011", "1100", "1101", "1110", "1111");
        assertThat(FencingTable.ROWS).filteredOn(FencingRow::valid).extracting(FencingRow::code)
                .containsExactly("0000", "0010", "0100", "0110", "1000", "1010", "1100", "1110");
    }

    @Test
    void givenThePeerNeverHeard_thenItsFlagsShowAsQuestionMarks_andValidityIsNotKnown() {
        FencingTable.PairRow seen = FencingTable.seen(SiteRole.PRIMARY, new FencingFlags(true, false), Optional.empty());

        assertThat(seen.code()).isEqualTo("10??");
        assertThat(seen.validity()).isEqualTo(FencingTable.Validity.NOT_KNOWN);
        assertThat(seen.row()).isEmpty();
        assertThat(seen.note()).contains("never heard");
    }

    @Test
    void givenASecondaryWithItsOwnStonithSet_thenTheRowIsInvalidEvenBeforeThePrimaryIsHeard() {
        FencingTable.PairRow seen = FencingTable.seen(SiteRole.SECONDARY, new FencingFlags(false, true), Optional.empty());

        assertThat(seen.code()).isEqualTo("??01");
        assertThat(seen.validity()).isEqualTo(FencingTable.Validity.INVALID);
        assertThat(seen.note()).contains("never STONITHs");
    }

    @Test
    void givenBothSitesKnown_thenTheSecondarySeesTheSameRowAsThePrimary() {
        FencingFlags primary = new FencingFlags(true, true);
        FencingFlags secondary = FencingFlags.CLEAR;

        FencingTable.PairRow fromPrimary = FencingTable.seen(SiteRole.PRIMARY, primary, Optional.of(secondary));
        FencingTable.PairRow fromSecondary = FencingTable.seen(SiteRole.SECONDARY, secondary, Optional.of(primary));

        assertThat(fromPrimary).isEqualTo(fromSecondary);
        assertThat(fromPrimary.code()).isEqualTo("1100");
        assertThat(fromPrimary.valid()).isTrue();
    }

    private static FencingFlags flags(String code, int at) {
        return new FencingFlags(code.charAt(at) == '1', code.charAt(at + 1) == '1');
    }
}
