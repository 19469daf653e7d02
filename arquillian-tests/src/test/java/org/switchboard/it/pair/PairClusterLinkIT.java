package org.switchboard.it.pair;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The cluster link of the pair is real: the two servers' JGroups channel {@code ee} forms one view through the two
 * relays of the test; cutting the relays splits it (each server alone in its view, both still running), and
 * healing them merges it again. The split scenario of {@link PairFencingIT} relies on this.
 */
@Tag("pair")
@ExtendWith(PairServers.class)
class PairClusterLinkIT {

    private static Pair pair;

    @BeforeAll
    static void pair(Pair started) {
        pair = started;
    }

    @Test
    void theJGroupsViewOfBothSitesGoesThroughTheLink_aCutSplitsIt_andHealingMergesIt() {
        pair.awaitClusterViews("both sites in one view", 2);

        Instant cut = Instant.now();
        pair.splitClusterLink();
        try {
            pair.awaitClusterViews("each site alone in its view after the cut", 1);
            PairFigures.record("cluster-split", "both sites alone in their JGroups views", cut, Instant.now());
            assertThat(pair.primary.server().running()).isTrue();
            assertThat(pair.secondary.server().running()).isTrue();
        } finally {
            pair.healClusterLink();
        }
        Instant healed = Instant.now();
        pair.awaitClusterViews("one view again after the link healed", 2);
        PairFigures.record("cluster-split", "one JGroups view again after the link healed", healed, Instant.now());
    }
}
