package org.loopwatch.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The "did you mean" of a refused group or rollup name: one near name, or none. */
class NearestNameTest {

    private static final List<String> DEFAULTS = List.of("Athletes", "Team officials", "Operating staff", "Media",
            "Athletes & team officials", "All groups");

    @Test
    void aLetterTooManyTooFewOrWrongNamesTheGroup() {
        assertThat(NearestName.meant("Atheletes", DEFAULTS)).contains("Athletes");
        assertThat(NearestName.meant("Team oficials", DEFAULTS)).contains("Team officials");
        assertThat(NearestName.meant("Operating stuff", DEFAULTS)).contains("Operating staff");
        assertThat(NearestName.meant("All grops", DEFAULTS)).contains("All groups");
    }

    @Test
    void twoNeighboursSwappedAreOneEdit() {
        assertThat(NearestName.meant("Medai", DEFAULTS)).contains("Media");
        assertThat(NearestName.meant("Ahtleets", DEFAULTS)).contains("Athletes");
    }

    @Test
    void caseAndBlanksDoNotCount() {
        assertThat(NearestName.meant("  operating   STAF ", DEFAULTS)).contains("Operating staff");
    }

    @Test
    void aNameThatExistsInAnotherCaseWasNotMistyped() {
        assertThat(NearestName.meant("MEDIA", DEFAULTS)).isEmpty();
    }

    @Test
    void aNameFarFromEveryGroupSuggestsNothing() {
        assertThat(NearestName.meant("Volunteers", DEFAULTS)).isEmpty();
        assertThat(NearestName.meant("Staff", DEFAULTS)).isEmpty();
        assertThat(NearestName.meant("Atlethes team", DEFAULTS)).isEmpty();
    }

    @Test
    void shortNamesNeedTheirLengthInMindOneEditInFiveTwoInSixOrMore() {
        List<String> names = List.of("Press", "Drivers");

        assertThat(NearestName.meant("Pres", names)).contains("Press");
        assertThat(NearestName.meant("Prs", names)).isEmpty(); // two edits in a three-letter name
        assertThat(NearestName.meant("Drvrs", names)).isEmpty(); // two edits in five letters
        assertThat(NearestName.meant("Drivrs", names)).contains("Drivers");
        assertThat(NearestName.meant("Dirvrs", names)).contains("Drivers"); // a swap and a letter short
        assertThat(NearestName.meant("Pr", List.of("Pa", "PR team"))).isEmpty(); // one edit is half of two letters
    }

    @Test
    void twoNamesEquallyNearSuggestNeither() {
        assertThat(NearestName.meant("Team C", List.of("Team A", "Team B"))).isEmpty();
        assertThat(NearestName.meant("Team A", List.of("Team A1", "Team B22"))).contains("Team A1");
    }

    @Test
    void chineseNamesAreComparedCharacterByCharacter() {
        List<String> names = List.of("运动员", "随队官员", "运行保障人员", "媒体");

        assertThat(NearestName.meant("运动园", names)).contains("运动员");
        assertThat(NearestName.meant("运行保障人", names)).contains("运行保障人员");
        assertThat(NearestName.meant("媒", names)).isEmpty();
    }

    @Test
    void nothingTypedOrNoNamesSuggestNothing() {
        assertThat(NearestName.meant(null, DEFAULTS)).isEmpty();
        assertThat(NearestName.meant("", DEFAULTS)).isEmpty();
        assertThat(NearestName.meant("Athletes", List.of())).isEmpty();
    }
}
