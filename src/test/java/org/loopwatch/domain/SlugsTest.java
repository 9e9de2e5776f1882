package org.loopwatch.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** SPEC §8's tile ids: {@code tile-<slug>}, one per group, in every script. */
class SlugsTest {

    @Test
    void englishNamesSlugAsBefore() {
        assertThat(Slugs.slug("Athletes")).isEqualTo("athletes");
        assertThat(Slugs.slug("Team officials")).isEqualTo("team-officials");
        assertThat(Slugs.slug("Athletes & team officials")).isEqualTo("athletes-team-officials");
        assertThat(Slugs.slug("  --Media 2022!! ")).isEqualTo("media-2022");
        assertThat(Slugs.slug("A/B__c")).isEqualTo("a-b-c");
    }

    @Test
    void chineseNamesKeepTheirCharactersSoEachGroupHasItsOwnId() {
        List<String> names = List.of("运动员", "随队官员", "运行保障人员", "媒体", "运动员和随队官员", "全部人群");

        assertThat(names.stream().map(Slugs::slug)).containsExactlyElementsOf(names).doesNotHaveDuplicates();
        assertThat(Slugs.slug("运动员 / 随队官员")).isEqualTo("运动员-随队官员");
        assertThat(Slugs.slug("（媒体）２０２２")).as("full-width brackets are not letters; full-width digits are digits")
                .isEqualTo("媒体-２０２２");
    }

    @Test
    void lettersOfOtherScriptsAreLowerCasedAndKept() {
        assertThat(Slugs.slug("Équipe Médicale")).isEqualTo("équipe-médicale");
        assertThat(Slugs.slug("Ärzte")).isEqualTo("ärzte");
    }

    @Test
    void aNameWithoutLettersOrDigitsHasAnEmptySlug() {
        assertThat(Slugs.slug("&&& ---")).isEmpty();
    }
}
