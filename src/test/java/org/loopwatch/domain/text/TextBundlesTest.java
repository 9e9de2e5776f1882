package org.loopwatch.domain.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Every bundle of the project is complete in both languages: the same keys, the same placeholders,
 * and patterns that {@link java.text.MessageFormat} reads as meant (a lone apostrophe would swallow
 * the rest of the text).
 */
class TextBundlesTest {

    private static final Path RESOURCES = Path.of("src/main/resources/org/loopwatch");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)(,[^}]*)?}");
    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

    @AfterEach
    void backToEnglish() {
        Texts.useLanguage(Locale.ENGLISH);
    }

    @Test
    void everyBundleHasTheSameKeysInBothLanguages() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path english : englishBundles()) {
            Path chinese = english.resolveSibling("messages_zh_CN.properties");
            if (!Files.exists(chinese)) {
                problems.add(RESOURCES.relativize(english) + " has no messages_zh_CN.properties beside it");
                continue;
            }
            Map<String, String> en = read(english);
            Map<String, String> zh = read(chinese);
            for (String key : difference(en.keySet(), zh.keySet())) {
                problems.add(RESOURCES.relativize(chinese) + " lacks " + key);
            }
            for (String key : difference(zh.keySet(), en.keySet())) {
                problems.add(RESOURCES.relativize(english) + " lacks " + key);
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void bothLanguagesUseTheSamePlaceholdersAndNoLoneApostrophes() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path english : englishBundles()) {
            Path chinese = english.resolveSibling("messages_zh_CN.properties");
            Map<String, String> en = read(english);
            Map<String, String> zh = Files.exists(chinese) ? read(chinese) : Map.of();
            for (Map.Entry<String, String> entry : en.entrySet()) {
                String key = entry.getKey();
                checkApostrophes(problems, english, key, entry.getValue());
                if (zh.containsKey(key)) {
                    checkApostrophes(problems, chinese, key, zh.get(key));
                    if (!placeholders(entry.getValue()).equals(placeholders(zh.get(key)))) {
                        problems.add(key + " in " + RESOURCES.relativize(english.getParent()) + ": placeholders "
                                + placeholders(entry.getValue()) + " in English but " + placeholders(zh.get(key))
                                + " in Chinese");
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void aChineseDesktopGetsChineseAndEveryOtherLanguageEnglish() {
        assertThat(Texts.supportedFor(Locale.CHINA)).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(Texts.supportedFor(Locale.forLanguageTag("zh-TW"))).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(Texts.supportedFor(Locale.GERMANY)).isEqualTo(Locale.ENGLISH);
        assertThat(Texts.supportedFor(Locale.UK)).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void theChosenLanguageDecidesTheTextNotTheJvmDefault() {
        Texts texts = Texts.of(Texts.class);
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.CHINA);
            Texts.useLanguage(Locale.ENGLISH);
            assertThat(texts.has("language.en")).isTrue();
            assertThat(texts.get("language.zh-CN")).isEqualTo("简体中文");
            assertThat(Texts.language()).isEqualTo(Locale.ENGLISH);
            Texts.useLanguage(Locale.forLanguageTag("zh-CN"));
            assertThat(Texts.language()).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void aMissingKeyNamesTheKeyAndTheBundle() {
        Texts texts = Texts.of(Texts.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> texts.get("no.such.key"))
                .hasMessageContaining("no.such.key")
                .hasMessageContaining("org.loopwatch.domain.text.messages");
    }

    private static void checkApostrophes(List<String> problems, Path file, String key, String value) {
        if (LONE_APOSTROPHE.matcher(value).find()) {
            problems.add(key + " in " + RESOURCES.relativize(file) + " has a lone apostrophe; write '' for one");
        }
    }

    private static Set<String> placeholders(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(pattern);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private static Set<String> difference(Set<String> left, Set<String> right) {
        Set<String> result = new TreeSet<>(left);
        result.removeAll(right);
        return result;
    }

    private static List<Path> englishBundles() throws IOException {
        try (Stream<Path> files = Files.walk(RESOURCES)) {
            List<Path> found = files.filter(file -> file.getFileName().toString().equals("messages.properties"))
                    .sorted().toList();
            assertThat(found).as("bundles under " + RESOURCES).isNotEmpty();
            return found;
        }
    }

    private static Map<String, String> read(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        Map<String, String> result = new TreeMap<>();
        properties.stringPropertyNames().forEach(name -> result.put(name, properties.getProperty(name)));
        return result;
    }
}
