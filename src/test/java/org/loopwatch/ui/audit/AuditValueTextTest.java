package org.loopwatch.ui.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.loopwatch.store.AuditEntity;
import org.loopwatch.store.SettingsRepository;

class AuditValueTextTest {

    private final AuditValueText text = new AuditValueText(id -> Map.of(1L, "Athletes", 2L, "Team officials")
            .getOrDefault(id, "group " + id));

    @Test
    void aResultReadsAsCountsWithThousandsSeparatorsAndItsNote() {
        assertThat(text.describe(AuditEntity.DAILY_RESULT, "",
                "{\"tests\": 336246, \"positives\": 33, \"note\": \"late \\\"batch\\\"\"}"))
                .isEqualTo("tests 336,246, positives 33, note \u201clate \"batch\"\u201d");
    }

    @Test
    void anEmptyNoteIsLeftOut() {
        assertThat(text.describe(AuditEntity.DAILY_RESULT, "", "{\"tests\": 171, \"positives\": 0, \"note\": \"\"}"))
                .isEqualTo("tests 171, positives 0");
    }

    @Test
    void aGroupReadsAsNameColourPositionAndState() {
        assertThat(text.describe(AuditEntity.GROUP, "Media",
                "{\"name\": \"Media\", \"display_order\": 3, \"colour\": \"#CC79A7\", \"active\": false}"))
                .isEqualTo("Media, position 4, colour #CC79A7, inactive");
    }

    @Test
    void aChangeToAGroupShowsOnlyWhatChanged() {
        assertThat(text.describeChange(AuditEntity.GROUP, "Media",
                "{\"name\": \"Media\", \"display_order\": 3, \"colour\": \"#CC79A7\", \"active\": true}",
                "{\"name\": \"Media & broadcasters\", \"display_order\": 3, \"colour\": \"#CC79A7\", \"active\": true}"))
                .containsExactly("Media", "Media & broadcasters");
    }

    @Test
    void aChangeToAResultAlwaysShowsBothCounts() {
        assertThat(text.describeChange(AuditEntity.DAILY_RESULT, "",
                "{\"tests\": 2415, \"positives\": 39, \"note\": \"\"}",
                "{\"tests\": 2415, \"positives\": 40, \"note\": \"\"}"))
                .containsExactly("tests 2,415, positives 39", "tests 2,415, positives 40");
    }

    @Test
    void rollupMembersAndGroupOrderNameTheGroups() {
        assertThat(text.describe(AuditEntity.ROLLUP, "Pair",
                "{\"name\": \"Pair\", \"all_groups\": false, \"members\": [1, 2]}"))
                .isEqualTo("Pair, members Athletes, Team officials");
        assertThat(text.describe(AuditEntity.GROUP_ORDER, "", "{\"order\": [2, 1, 9]}"))
                .isEqualTo("Team officials, Athletes, group 9");
    }

    @Test
    void settingsReadAsTheSettingsScreenNamesThem() {
        assertThat(text.describe(AuditEntity.SETTING, SettingsRepository.CONFIDENCE_LEVEL, "{\"value\": \"0.99\"}"))
                .isEqualTo("99 %");
        assertThat(text.describe(AuditEntity.SETTING, SettingsRepository.INTERVAL_METHOD, "{\"value\": \"jeffreys\"}"))
                .isEqualTo("Jeffreys");
        assertThat(text.describe(AuditEntity.SETTING, SettingsRepository.ROLLING_WINDOW, "{\"value\": \"14\"}"))
                .isEqualTo("14 days");
    }

    @Test
    void theEventReadsWithItsLoopDates() {
        assertThat(text.describe(AuditEntity.EVENT, "Beijing 2022",
                "{\"name\": \"Beijing 2022\", \"loop_start\": \"2022-01-04\", \"loop_end\": null}"))
                .isEqualTo("Beijing 2022, loop start 2022-01-04, no end date");
    }

    @Test
    void textThatIsNotTheExpectedJsonIsShownAsItIs() {
        assertThat(text.describe(AuditEntity.DAILY_RESULT, "", "{\"tests\": 1")).isEqualTo("{\"tests\": 1");
        assertThat(text.describe(AuditEntity.DAILY_RESULT, "", "")).isEmpty();
    }
}
