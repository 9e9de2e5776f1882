package org.loopwatch.cli;

import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import org.loopwatch.domain.text.Texts;
import org.loopwatch.store.DatabaseLocation;

/**
 * The command line's words, in this package's {@code messages.properties} and
 * {@code messages_zh_CN.properties} like every other package's ({@link Texts}), handed to picocli as
 * one resource bundle per command.
 *
 * <p>Keys: a command's usage texts and option descriptions are under its name ({@code summary.from},
 * {@code export.chart.usage.description}; the top level is {@code loopwatch}); what every command
 * shares is under {@code common} ({@code common.usage.optionListHeading}); error messages under
 * {@code error}. Texts are {@link java.text.MessageFormat} patterns as everywhere ({@code {0}} is the
 * default database file) and picocli then reads {@code %n} as a line break, so a literal per cent
 * sign is written {@code %%}. The value is looked up when help is printed, so {@code --lang} applies.
 */
final class UsageTexts extends ResourceBundle {

    static final Texts TEXT = Texts.of(UsageTexts.class);

    private static final String COMMON = "common.";
    private static final Set<String> ALL_KEYS = englishKeys();

    private final String prefix;

    private UsageTexts(String prefix) {
        this.prefix = prefix;
    }

    /**
     * The bundle of one command.
     *
     * @param commandPath the command's words without {@code loopwatch}, e.g. {@code export chart};
     *                    empty for the top level
     */
    static ResourceBundle forCommand(String commandPath) {
        String name = commandPath.isBlank() ? "loopwatch" : commandPath.strip().replace(' ', '.');
        return new UsageTexts(name + ".");
    }

    @Override
    protected Object handleGetObject(String key) {
        String own = prefix + key;
        if (ALL_KEYS.contains(own)) {
            return TEXT.format(own, DatabaseLocation.defaultFile());
        }
        return ALL_KEYS.contains(COMMON + key) ? TEXT.get(COMMON + key) : null;
    }

    @Override
    public Enumeration<String> getKeys() {
        Set<String> keys = new LinkedHashSet<>();
        for (String key : ALL_KEYS) {
            if (key.startsWith(prefix)) {
                keys.add(key.substring(prefix.length()));
            } else if (key.startsWith(COMMON)) {
                keys.add(key.substring(COMMON.length()));
            }
        }
        return Collections.enumeration(keys);
    }

    private static Set<String> englishKeys() {
        ResourceBundle english = ResourceBundle.getBundle(UsageTexts.class.getPackageName() + ".messages",
                Locale.ROOT, UsageTexts.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return Set.copyOf(english.keySet());
    }
}
