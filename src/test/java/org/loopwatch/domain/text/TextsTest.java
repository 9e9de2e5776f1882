package org.loopwatch.domain.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.loopwatch.domain.DailyResultValidator;

/**
 * {@link Texts} keeps each text and parsed pattern per language (issue 20): switching the language
 * must still switch every text, and a kept pattern must give each call its own arguments, also
 * from several threads at once.
 */
class TextsTest {

    private static final Texts TEXT = Texts.of(DailyResultValidator.class);

    @AfterEach
    void backToEnglish() {
        Texts.useLanguage(Locale.ENGLISH);
    }

    @Test
    void aTextReadOnceFollowsALaterChangeOfLanguage() {
        Texts.useLanguage(Locale.ENGLISH);
        assertThat(TEXT.get("validation.label.tests")).isEqualTo("Tests");
        assertThat(TEXT.format("validation.count.notWhole", "Tests", "x")).startsWith("Tests must be a whole number");

        Texts.useLanguage(Locale.SIMPLIFIED_CHINESE);
        assertThat(TEXT.get("validation.label.tests")).isEqualTo("检测数");
        assertThat(TEXT.format("validation.count.notWhole", "检测数", "x")).startsWith("检测数必须是整数");

        Texts.useLanguage(Locale.ENGLISH);
        assertThat(TEXT.get("validation.label.tests")).isEqualTo("Tests");
    }

    @Test
    void theLanguagesInUseChangeWithTheInterfaceLanguageSoKeptTextsAreWrittenAgain() {
        Texts.useLanguage(Locale.ENGLISH);
        List<Locale> english = Texts.languagesInUse();
        Texts.useLanguage(Locale.SIMPLIFIED_CHINESE);
        List<Locale> chinese = Texts.languagesInUse();

        assertThat(english).hasSize(3).startsWith(Locale.ENGLISH).isNotEqualTo(chinese);
        assertThat(chinese.get(0)).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(chinese).contains(DateStyle.locale(), Locale.getDefault(Locale.Category.FORMAT));
    }

    @Test
    void aKeptPatternPutsInEachCallsOwnArguments() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int thread = 0; thread < 4; thread++) {
                int offset = thread * 10_000;
                results.add(threads.submit(() -> {
                    for (int i = offset; i < offset + 2_000; i++) {
                        String text = TEXT.format("validation.count.notWhole", "Tests", "v" + i);
                        if (!text.equals("Tests must be a whole number such as 2415 or 2,415, not \"v" + i + "\".")) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> result : results) {
                assertThat(result.get()).isTrue();
            }
        } finally {
            threads.shutdownNow();
        }
    }
}
