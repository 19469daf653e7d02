package org.switchboard.pbx.mirror;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.switchboard.pbx.model.PbxEvents;
import org.switchboard.pbx.model.PbxSnapshot;

/** A rebuild from a snapshot is announced once, after what the rebuild itself concluded, and says if it is whole. */
class MirrorSynchronisedTest {

    private static final Instant TAKEN = Instant.parse("2026-11-25T09:00:00Z");

    private final PbxEvents pbx = new PbxEvents();
    private final PbxMirror mirror = new PbxMirror();

    @Test
    void aSnapshot_isAnnouncedAsTheLastEventOfItsRebuild_whole() {
        Applied applied = mirror.apply(pbx.synchronize(PbxSnapshot.empty(TAKEN)));

        assertThat(applied.events(MirrorSynchronised.class)).singleElement()
                .satisfies(done -> {
                    assertThat(done.complete()).isTrue();
                    assertThat(done.cause()).isEqualTo("reconnect");
                    assertThat(done.callId()).isEmpty();
                });
        assertThat(applied.events().get(applied.events().size() - 1)).isInstanceOf(MirrorSynchronised.class);
    }

    @Test
    void aSnapshotWithARefusedList_isAnnouncedAsNotWhole() {
        Applied applied = mirror.apply(pbx.synchronize(new PbxSnapshot(TAKEN, List.of(), List.of(), List.of(),
                Map.of(), List.of(), Map.of(PbxSnapshot.Part.QUEUES, "Permission denied"))));

        assertThat(applied.events(MirrorSynchronised.class)).singleElement()
                .satisfies(done -> assertThat(done.complete()).isFalse());
    }

    @Test
    void aLostLink_announcesNothing() {
        mirror.apply(pbx.synchronize(PbxSnapshot.empty(TAKEN)));

        assertThat(mirror.apply(pbx.disconnected()).events(MirrorSynchronised.class)).isEmpty();
    }
}
