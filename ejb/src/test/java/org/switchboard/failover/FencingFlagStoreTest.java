package org.switchboard.failover;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.failover.model.FencingFlags;

class FencingFlagStoreTest {

    @TempDir
    Path data;

    @Test
    void givenNoFilesYet_thenEveryFlagIsClearAndNothingIsWrong() {
        FencingFlagStore.Stored stored = new FencingFlagStore(data.resolve("fencing")).read();

        assertThat(stored.flags()).isEqualTo(FencingFlags.CLEAR);
        assertThat(stored.activity()).isFalse();
        assertThat(stored.problems()).isEmpty();
    }

    @Test
    void writtenFlagsAreReadBackByANewStore_asFilesHoldingZeroOrOne() throws IOException {
        Path dir = data.resolve("switchboard/fencing");
        FencingFlagStore store = new FencingFlagStore(dir);

        store.write(new FencingFlags(true, false));
        store.writeActivity(true);

        FencingFlagStore.Stored stored = new FencingFlagStore(dir).read();
        assertThat(stored.flags()).isEqualTo(new FencingFlags(true, false));
        assertThat(stored.activity()).isTrue();
        assertThat(Files.readString(dir.resolve("SMITH")).strip()).isEqualTo("1");
        assertThat(Files.readString(dir.resolve("STONITH")).strip()).isEqualTo("0");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).as("no temporary file left behind")
                    .containsExactlyInAnyOrder("SMITH", "STONITH", "ACTIVITY");
        }
    }

    @Test
    void aLaterWriteReplacesTheEarlierValue() throws IOException {
        FencingFlagStore store = new FencingFlagStore(data);

        store.write(new FencingFlags(true, true));
        store.write(FencingFlags.CLEAR);

        assertThat(store.read().flags()).isEqualTo(FencingFlags.CLEAR);
    }

    @Test
    void givenAFileHoldingGarbage_thenItCountsAsSet_andTheProblemNamesTheFile() throws IOException {
        Files.writeString(data.resolve("STONITH"), "yes please\n", StandardCharsets.US_ASCII);
        Files.writeString(data.resolve("SMITH"), "0\n", StandardCharsets.US_ASCII);

        FencingFlagStore.Stored stored = new FencingFlagStore(data).read();

        assertThat(stored.flags()).isEqualTo(new FencingFlags(false, true));
        assertThat(stored.problems()).singleElement().asString().contains("STONITH").contains("'yes please'")
                .contains("taken as 1");
    }

    @Test
    void givenAnEmptyFile_thenItCountsAsSet() throws IOException {
        Files.writeString(data.resolve("SMITH"), "");

        FencingFlagStore.Stored stored = new FencingFlagStore(data).read();

        assertThat(stored.flags().smith()).isTrue();
        assertThat(stored.problems()).hasSize(1);
    }

    @Test
    void givenAFileThatCannotBeRead_thenItCountsAsSet() throws IOException {
        Files.createDirectory(data.resolve("SMITH")); // a directory where the file should be: reading it fails

        FencingFlagStore.Stored stored = new FencingFlagStore(data).read();

        assertThat(stored.flags().smith()).isTrue();
        assertThat(stored.problems()).singleElement().asString().contains("cannot be read");
    }
}
