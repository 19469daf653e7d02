package org.switchboard.presence.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** {@link StatusProvider#settle(UserId, Instant)}: the service settles each restored user on her own lane. */
class StatusProviderSettleOneUserTest {

    private static final Instant T0 = Instant.parse("2026-11-26T08:00:00Z");
    private static final UserId ANNA = new UserId("201");
    private static final UserId BEN = new UserId("202");

    private final OnlineDirectory directory = new OnlineDirectory();
    private final StatusProvider provider = new StatusProvider(directory);

    @Test
    void aRestoredUserWhoseLoginsDidNotComeBack_isPublishedOfflineWithTheNextVersion_once() {
        provider.restore(new Presence(ANNA, PresenceStatus.AWAY, "lunch", Map.of(), false, 7, T0));
        provider.restore(new Presence(BEN, PresenceStatus.BUSY, "", Map.of(), false, 3, T0));

        assertThat(provider.settle(ANNA, T0.plusSeconds(5))).hasSize(2)
                .satisfies(events -> assertThat(events.get(0)).isInstanceOf(UserOffline.class))
                .allSatisfy(event -> {
                    assertThat(event.presence().status()).isEqualTo(PresenceStatus.OFFLINE);
                    assertThat(event.presence().version()).isEqualTo(8);
                    assertThat(event.presence().note()).isEqualTo("lunch");
                });
        assertThat(provider.settle(ANNA, T0.plusSeconds(6))).as("settled once").isEmpty();
        assertThat(provider.presence(BEN).version()).as("another user is left for her own lane").isEqualTo(3);
    }

    @Test
    void aRestoredUserWhoseLoginCameBack_orAUserNeverRestored_isNotPublishedAgain() {
        provider.restore(new Presence(ANNA, PresenceStatus.AWAY, "", Map.of(), false, 7, T0));
        provider.apply(directory.logIn(ANNA, LoginKind.CONSOLE, "s1", "console:s1", Optional.of(PresenceStatus.AWAY),
                Duration.ofSeconds(90), T0), T0);

        assertThat(provider.settle(ANNA, T0.plusSeconds(5))).isEmpty();
        assertThat(provider.settle(BEN, T0.plusSeconds(5))).isEmpty();
    }
}
