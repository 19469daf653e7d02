package org.switchboard.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TextTableTest {

    @Test
    void columnsAreAsWideAsTheirWidestCellAndEmptyCellsShowADash() {
        String[] lines = new TextTable("DEVICE", "STATUS").row("PJSIP/201", "IDLE").row("PJSIP/trunk", "").lines();

        assertThat(lines).containsExactly(
                "DEVICE       STATUS",
                "PJSIP/201    IDLE",
                "PJSIP/trunk  -");
    }

    @Test
    void aRowWithTheWrongNumberOfCellsIsRefused() {
        assertThatThrownBy(() -> new TextTable("A", "B").row("only one"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("expected 2 cells");
    }
}
