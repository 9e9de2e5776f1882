package org.loopwatch.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FormulaGuardTest {

    @ParameterizedTest
    @ValueSource(strings = {"=SUM(A1:A9)", "+1", "-1", "@cmd", "'=already guarded", "''+two"})
    void cellsASpreadsheetWouldRunGetOneLeadingApostrophe(String cell) {
        assertThat(FormulaGuard.neutralise(cell)).isEqualTo("'" + cell);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Athletes", "'quoted", "''", "a=b", " =not at the start", "'", "2022-01-05"})
    void otherCellsAreLeftAlone(String cell) {
        assertThat(FormulaGuard.neutralise(cell)).isEqualTo(cell);
        assertThat(FormulaGuard.restore(cell)).isEqualTo(cell);
    }

    @ParameterizedTest
    @ValueSource(strings = {"=SUM(A1:A9)", "+1", "-1", "@cmd", "'=x", "''=x", "'quoted", "'", "plain", "=", "'@"})
    void everyCellRoundTrips(String cell) {
        assertThat(FormulaGuard.restore(FormulaGuard.neutralise(cell))).isEqualTo(cell);
    }
}
