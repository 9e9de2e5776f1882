package org.loopwatch.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A command's own options: {@code --name value}, {@code --name=value}, repeatable options and
 * flags. Anything it does not know is a {@link UsageException} naming the option.
 */
final class CommandOptions {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    private final String commandName;
    private final Map<String, List<String>> values = new LinkedHashMap<>();
    private final List<String> positional = new ArrayList<>();

    private CommandOptions(String commandName) {
        this.commandName = commandName;
    }

    /**
     * Parses {@code args}; {@code valued} are options that take a value, {@code flags} take none.
     */
    static CommandOptions parse(String commandName, List<String> args, Set<String> valued, Set<String> flags) {
        CommandOptions options = new CommandOptions(commandName);
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("--")) {
                options.positional.add(arg);
                continue;
            }
            String name = arg;
            String value = null;
            int equals = arg.indexOf('=');
            if (equals > 0) {
                name = arg.substring(0, equals);
                value = arg.substring(equals + 1);
            }
            if (flags.contains(name) && value == null) {
                options.values.computeIfAbsent(name, key -> new ArrayList<>()).add("true");
            } else if (valued.contains(name)) {
                if (value == null) {
                    if (i + 1 >= args.size() || args.get(i + 1).startsWith("--")) {
                        throw new UsageException(commandName + ": " + name + " needs a value.");
                    }
                    value = args.get(++i);
                }
                options.values.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
            } else {
                throw new UsageException(commandName + ": unknown option " + name
                        + ". Run loopwatch --help to see the options.");
            }
        }
        return options;
    }

    boolean flag(String name) {
        return values.containsKey(name);
    }

    Optional<String> single(String name) {
        List<String> given = values.getOrDefault(name, List.of());
        if (given.size() > 1) {
            throw new UsageException(commandName + ": " + name + " is given more than once.");
        }
        return given.stream().findFirst();
    }

    List<String> all(String name) {
        return List.copyOf(values.getOrDefault(name, List.of()));
    }

    List<String> positional() {
        return List.copyOf(positional);
    }

    Optional<LocalDate> date(String name) {
        return single(name).map(text -> parseDate(name, text));
    }

    private LocalDate parseDate(String name, String text) {
        try {
            return LocalDate.parse(text.strip(), DATE);
        } catch (DateTimeParseException notADate) {
            throw new UsageException(commandName + ": " + name + " '" + text
                    + "' is not a real date in the form yyyy-MM-dd, e.g. 2022-02-04.");
        }
    }
}
