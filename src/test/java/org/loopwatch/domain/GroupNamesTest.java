package org.loopwatch.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.loopwatch.domain.text.Texts;

class GroupNamesTest {

    @ParameterizedTest(name = "U+{0}")
    @ValueSource(ints = {0x00, 0x01, 0x09, 0x0A, 0x0D, 0x1B, 0x1F, 0x7F, 0x85, 0x9F, 0x2028, 0x2029})
    void aControlCharacterOrLineSeparatorInsideANameIsRefusedNamingItAndWhereItIs(int code) {
        String name = "Broad" + (char) code + "casters";

        assertThat(GroupNames.problem(name)).hasValue(("A group name cannot hold a tab, a line break or another "
                + "invisible control character (character 6 is U+%04X). Type the name on one line without it.")
                .formatted(code));
        assertThatThrownBy(() -> GroupNames.requireAllowed(name)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("U+%04X".formatted(code));
    }

    @Test
    void ordinaryNamesInAnyScriptAndBlanksAroundANameArePassed() {
        for (String name : new String[] {"Athletes", "Media & broadcasters", "运动员", "Équipe (Zhangjiakou) – 2",
                "\tVolunteers\n", " Drivers\u2028", ""}) {
            assertThat(GroupNames.problem(name)).as(name).isEmpty();
            assertThat(GroupNames.requireAllowed(name)).isEqualTo(name);
        }
        assertThat(GroupNames.problem(null)).isEmpty();
    }

    @Test
    void theReasonReadsInChinese() {
        Texts.useLanguage(Locale.SIMPLIFIED_CHINESE);
        try {
            assertThat(GroupNames.problem("运动\t员")).hasValue(
                    "人群名称不能包含制表符、换行符或其他不可见的控制字符（第 3 个字符为 U+0009）。请在一行内输入名称，并删去该字符。");
        } finally {
            Texts.useLanguage(Locale.ENGLISH);
        }
    }
}
