package org.switchboard.it.pair;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.management.MalformedObjectNameException;
import javax.management.ObjectName;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.switchboard.testkit.Await;

/**
 * The cluster link of the pair is real: the two servers' JGroups channel {@code ee} forms one view through the two
 * relays of the test; cutting the relays splits it (each server alone in its view, both still running), and
 * healing them merges it again. The split scenario of {@link PairFencingIT} relies on this.
 */
@Tag("pair")
@ExtendWith(PairServers.class)
class PairClusterLinkIT {

    /** JGroups notices a split by its failure detection (FD_ALL3) and heals it by a merge (MERGE3): tens of seconds. */
    static final Duration CLUSTER = Duration.ofSeconds(150);
    private static final ObjectName EE_CHANNEL = channel();
    /** The member count that follows the view id ("|3] (2)"). */
    private static final Pattern MEMBER_COUNT = Pattern.compile("\\|\\d+\\] \\((\\d+)\\)");

    private static Pair pair;

    @BeforeAll
    static void pair(Pair started) {
        pair = started;
    }

    @Test
    void theJGroupsViewOfBothSitesGoesThroughTheLink_aCutSplitsIt_andHealingMergesIt() {
        awaitViews("both sites in one view", 2);

        Instant cut = Instant.now();
        pair.splitClusterLink();
        try {
            awaitViews("each site alone in its view after the cut", 1);
            PairFigures.record("cluster-split", "both sites alone in their JGroups views", cut, Instant.now());
            assertThat(pair.primary.server().running()).isTrue();
            assertThat(pair.secondary.server().running()).isTrue();
        } finally {
            pair.healClusterLink();
        }
        Instant healed = Instant.now();
        awaitViews("one view again after the link healed", 2);
        PairFigures.record("cluster-split", "one JGroups view again after the link healed", healed, Instant.now());
    }

    private static void awaitViews(String description, int members) {
        try {
            Await.until(description, () -> members(pair.primary) == members && members(pair.secondary) == members,
                    CLUSTER);
        } catch (AssertionError e) {
            throw new AssertionError(description + ": the primary's view " + view(pair.primary) + ", the secondary's "
                    + view(pair.secondary), e);
        }
    }

    /**
     * The members of the site's view, from WildFly's {@code view} of the channel, such as
     * {@code [pair-a(v=16.0.5)|3] (2) [pair-a(v=16.0.5), pair-b(v=16.0.5)]}; -1 when unreadable.
     */
    private static int members(PairSite site) {
        Matcher count = MEMBER_COUNT.matcher(view(site));
        return count.find() ? Integer.parseInt(count.group(1)) : -1;
    }

    private static String view(PairSite site) {
        Object view = site.attributeOrNull(EE_CHANNEL, "view");
        return view == null ? "(unreadable)" : view.toString();
    }

    private static ObjectName channel() {
        try {
            return new ObjectName("jboss.as:subsystem=jgroups,channel=ee");
        } catch (MalformedObjectNameException e) {
            throw new IllegalStateException(e);
        }
    }
}
