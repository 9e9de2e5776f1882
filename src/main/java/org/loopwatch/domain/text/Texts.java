package org.loopwatch.domain.text;

import java.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The words a person reads, in the interface language (SPEC §10: English and Simplified Chinese).
 *
 * <p>Each package that shows text keeps its own bundle beside its classes in the resources:
 * {@code messages.properties} (English, the base) and {@code messages_zh_CN.properties}, both UTF-8.
 * A package-level bundle keeps the words next to the code that shows them and keeps unrelated
 * changes out of each other's way. Every value is a {@link MessageFormat} pattern, also one without
 * arguments, so one rule holds everywhere: a literal apostrophe is written twice ({@code can''t}).
 * {@code TextBundlesTest} holds both languages to the same keys and placeholders.
 *
 * <p>Usage: {@code private static final Texts TEXT = Texts.of(EntryView.class);} then
 * {@code TEXT.get("entry.save")} or {@code TEXT.format("entry.missingCells", 3)}.
 */
public final class Texts {

    /** The interface languages LoopWatch is written in; the first is the fallback. */
    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE);

    /*
     * No fallback to the JVM's default locale: a Chinese desktop where the user chose English must
     * get the English base bundle, not the Chinese one the default locale would find.
     */
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private static volatile Locale language = supportedFor(Locale.getDefault());

    private final String baseName;

    /*
     * Per language: each text without arguments once written out, and each pattern once parsed.
     * A bundle never changes while the app runs, and an import checks 100,000 rows, a briefing
     * writes thousands of point texts: looking the bundle up and parsing a MessageFormat on every
     * call was two fifths of an import's garbage (issue 20).
     */
    private final Map<Locale, Map<String, String>> plainTexts = new ConcurrentHashMap<>();
    private final Map<Locale, Map<String, MessageFormat>> formats = new ConcurrentHashMap<>();
    /*
     * A MessageFormat is not thread-safe, and one shared under a lock made threads wait for a holder
     * the scheduler had paused: eight team desks' dashboards in one JVM (TeamDesksBenchmark) were
     * blocked ≈ 1 s each of an 8 s flat-out run. So each thread formats with copies of its own, made
     * once from the parsed pattern (a clone is not parsed again).
     */
    private final ThreadLocal<Map<Locale, Map<String, MessageFormat>>> ownFormats =
            ThreadLocal.withInitial(HashMap::new);

    private Texts(String baseName) {
        this.baseName = baseName;
    }

    /** The bundle {@code messages} of {@code anchor}'s package. */
    public static Texts of(Class<?> anchor) {
        return new Texts(anchor.getPackageName() + ".messages");
    }

    /** The interface language in use. */
    public static Locale language() {
        return language;
    }

    /**
     * Every language a written text depends on — the interface's, the dates' and the numbers' — for
     * the caches of written texts: a text kept is the one that would be written again only while all
     * three stay the same.
     */
    public static List<Locale> languagesInUse() {
        return List.of(language, DateStyle.locale(), Locale.getDefault(Locale.Category.FORMAT));
    }

    /**
     * Chooses the interface language for the rest of the process (from Settings or {@code --lang});
     * a language LoopWatch is not written in falls back to English.
     */
    public static void useLanguage(Locale wanted) {
        language = supportedFor(Objects.requireNonNull(wanted, "wanted"));
    }

    /** The supported language closest to {@code wanted}: any Chinese gives zh-CN, anything else English. */
    public static Locale supportedFor(Locale wanted) {
        return "zh".equals(wanted.getLanguage()) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
    }

    /** The text of {@code key}, with no arguments. */
    public String get(String key) {
        Locale locale = language;
        return plainTexts.computeIfAbsent(locale, any -> new ConcurrentHashMap<>())
                .computeIfAbsent(key, any -> format(locale, key));
    }

    /** The text of {@code key} in {@code locale} rather than the interface language (data stored in either). */
    public String getIn(Locale locale, String key) {
        return format(supportedFor(locale), key);
    }

    /** The text of {@code key} with {@code arguments} put in, formatted for the interface language. */
    public String format(String key, Object... arguments) {
        return format(language, key, arguments);
    }

    private String format(Locale locale, String key, Object... arguments) {
        MessageFormat format = ownFormats.get().computeIfAbsent(locale, any -> new HashMap<>())
                .computeIfAbsent(key, any -> (MessageFormat) parsed(locale, key).clone());
        return format.format(arguments);
    }

    private MessageFormat parsed(Locale locale, String key) {
        return formats.computeIfAbsent(locale, any -> new ConcurrentHashMap<>())
                .computeIfAbsent(key, any -> new MessageFormat(pattern(key, locale), locale));
    }

    /** Whether {@code key} has a text (for optional texts such as per-item help). */
    public boolean has(String key) {
        return bundle(language).containsKey(key);
    }

    private String pattern(String key, Locale locale) {
        try {
            return bundle(locale).getString(key);
        } catch (MissingResourceException missing) {
            throw new MissingResourceException("No text '" + key + "' in " + baseName + " (" + locale.toLanguageTag()
                    + "); add it to messages.properties and messages_zh_CN.properties", baseName, key);
        }
    }

    private ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(baseName, locale, Texts.class.getClassLoader(), NO_FALLBACK);
    }
}
