package org.switchboard.pbx.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/**
 * One kind per PbxEvent record and one record per kind, named alike ({@code ChannelCreated} is
 * {@code CHANNEL_CREATED}): a record cannot be added without a kind, since {@code kind()} is abstract, and
 * this keeps the two lists in step so that the models' exhaustive switches cover every record.
 */
class PbxEventKindTest {

    @Test
    void everyRecordHasItsOwnKind_andEveryKindARecord() {
        List<String> records = new ArrayList<>();
        collect(PbxEvent.class, records);

        assertThat(records).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(PbxEventKind.values()).map(Enum::name).toList());
    }

    @Test
    void aRecordReportsTheKindNamedAfterIt() {
        PbxEvents pbx = new PbxEvents();
        ChannelRef channel = PbxEvents.channel("PJSIP/201-00000001", "1795300900.1");

        assertThat(pbx.hangup(channel).kind()).isEqualTo(PbxEventKind.CHANNEL_HUNG_UP);
        assertThat(pbx.musicOnHold(channel).kind()).isEqualTo(PbxEventKind.MUSIC_ON_HOLD_STARTED);
        assertThat(pbx.localBridge(channel, channel).kind()).isEqualTo(PbxEventKind.LOCAL_BRIDGED);
        assertThat(pbx.disconnected().kind()).isEqualTo(PbxEventKind.AMI_DISCONNECTED);
    }

    private static void collect(Class<?> type, List<String> records) {
        if (type.isRecord()) {
            records.add(type.getSimpleName().replaceAll("(?<!^)(?=[A-Z])", "_").toUpperCase(Locale.ROOT));
        }
        Class<?>[] permitted = type.getPermittedSubclasses();
        if (permitted != null) {
            for (Class<?> sub : permitted) {
                collect(sub, records);
            }
        }
    }
}
