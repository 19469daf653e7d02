package org.switchboard.failover.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class FencingViewTest {

    private static final Instant AT = Instant.parse("2026-11-26T12:00:00Z");

    @Test
    void givenAPrimaryNeverHearingItsPeer_thenItsStatusLineSaysActiveWithQuestionMarks() {
        FencingView view = view(SiteRole.PRIMARY, FencingState.CLEAR, "", Optional.empty());

        assertThat(view.statusLine())
                .isEqualTo("active, primary, row 00?? (validity not known: peer never heard): takes reception calls");
        assertThat(view.peerFlags()).isEqualTo("??");
        assertThat(view.consolesWorkHere()).isTrue();
        assertThat(view.demandsStonith()).isFalse();
    }

    @Test
    void givenAStonithedPrimary_thenDeactivatedRefusingWithTheReason_andConsolesDoNotWorkThere() {
        SiteStatus secondary = status("site-b", SiteRole.SECONDARY, FencingFlags.CLEAR, true);
        FencingView view = view(SiteRole.PRIMARY, FencingState.STONITHED,
                "STONITH: the secondary site-b demands that this primary stay down", Optional.of(secondary));

        assertThat(view.statusLine()).isEqualTo("deactivated, primary, row 1100 (valid): refuses reception calls (STONITH);"
                + " while running it sets SMITH too; STONITH: the secondary site-b demands that this primary stay down");
        assertThat(view.active()).isFalse();
        assertThat(view.consolesWorkHere()).isFalse();
    }

    @Test
    void givenAPrimaryThatOnlyShotItself_thenItRefusesCalls_butItsConsolesWorkThereUntilTheSecondaryTakesOver() {
        FencingView view = view(SiteRole.PRIMARY, FencingState.SMITHED, "SMITH: deactivated by the operator",
                Optional.of(status("site-b", SiteRole.SECONDARY, FencingFlags.CLEAR, true)));

        assertThat(view.behaviour().refusesCalls()).isTrue();
        assertThat(view.consolesWorkHere()).isTrue();
    }

    @Test
    void givenASecondaryThatDetectedActivity_thenItDemandsStonithAndConsolesWorkThere() {
        FencingView view = view(SiteRole.SECONDARY, FencingState.ACTIVITY, "activity detected on site-b: call 1.2",
                Optional.empty());

        assertThat(view.active()).isTrue();
        assertThat(view.demandsStonith()).isTrue();
        assertThat(view.consolesWorkHere()).isTrue();
    }

    @Test
    void givenADeactivatedSecondary_thenNoDemandAndNoConsoles_butStillActiveForCalls() {
        FencingView view = view(SiteRole.SECONDARY, FencingState.SMITHED, "SMITH: deactivated by the operator",
                Optional.of(status("site-a", SiteRole.PRIMARY, new FencingFlags(true, true), false)));

        assertThat(view.statusLine()).startsWith("deactivated, secondary, row 1110 (valid): takes calls; deactivated");
        assertThat(view.demandsStonith()).isFalse();
        assertThat(view.consolesWorkHere()).as("the recovery: consoles stay until the primary is activated").isTrue();
        assertThat(view.behaviour().refusesCalls()).isFalse();
    }

    @Test
    void givenADeactivatedSecondaryAndAPrimaryActivatedAgain_thenTheConsolesGoBackToThePrimary() {
        FencingView view = view(SiteRole.SECONDARY, FencingState.SMITHED, "SMITH: deactivated by the operator",
                Optional.of(status("site-a", SiteRole.PRIMARY, FencingFlags.CLEAR, true)));

        assertThat(view.consolesWorkHere()).isFalse();
    }

    @Test
    void givenASecondaryWithItsOwnStonithFile_thenTheLineSaysInvalid() {
        FencingView view = view(SiteRole.SECONDARY, FencingState.STONITH_ONLY, "set before this start", Optional.empty());

        assertThat(view.statusLine()).contains("row ??01 (INVALID: invalid: the primary never STONITHs the secondary)");
        assertThat(view.demandsStonith()).isFalse();
    }

    @Test
    void onlyAPrimaryWithAFlagSetRefuses_withTheReasonAsTheVerdictShowsIt() {
        assertThat(view(SiteRole.PRIMARY, FencingState.CLEAR, "", Optional.empty()).refusal()).isEmpty();
        assertThat(view(SiteRole.PRIMARY, FencingState.SMITHED, "SMITH: deactivated by the operator", Optional.empty())
                .refusal()).contains("SMITH: deactivated by the operator");
        assertThat(view(SiteRole.PRIMARY, FencingState.STONITHED, "set before this start (recover with activate)",
                Optional.empty()).refusal()).contains("STONITH: set before this start (recover with activate)");
        assertThat(view(SiteRole.SECONDARY, FencingState.SMITHED, "SMITH: deactivated by the operator", Optional.empty())
                .refusal()).isEmpty();
        assertThat(view(SiteRole.SECONDARY, FencingState.STONITHED, "set before this start", Optional.empty()).refusal())
                .isEmpty();
    }

    @Test
    void durableFlagsMapToTheirState_activityOnlyWithBothFlagsClear() {
        assertThat(FencingState.of(FencingFlags.CLEAR, true)).isEqualTo(FencingState.ACTIVITY);
        assertThat(FencingState.of(new FencingFlags(true, false), true)).isEqualTo(FencingState.SMITHED);
        assertThat(FencingState.of(new FencingFlags(false, true), false)).isEqualTo(FencingState.STONITH_ONLY);
        assertThat(FencingState.of(new FencingFlags(true, true), false)).isEqualTo(FencingState.STONITHED);
        assertThat(FencingState.of(FencingFlags.CLEAR, false)).isEqualTo(FencingState.CLEAR);
    }

    private static FencingView view(SiteRole role, FencingState state, String why, Optional<SiteStatus> peer) {
        return new FencingView("site-x", role, state, FencingTable.seen(role, state.flags(), peer.map(SiteStatus::flags)),
                why, peer, Optional.empty());
    }

    private static SiteStatus status(String site, SiteRole role, FencingFlags flags, boolean takesCalls) {
        return new SiteStatus(site, role, flags, takesCalls, takesCalls ? "" : "refusing", false, false, "1.0", AT);
    }
}
