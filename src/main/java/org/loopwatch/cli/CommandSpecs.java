package org.loopwatch.cli;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.IGetter;
import picocli.CommandLine.Model.ISetter;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * picocli's model of a command, written in code rather than read from annotations (decision 0081).
 * Reading {@code @Command} and {@code @Option} makes the JDK build a proxy class for each kind of
 * annotation at every start (the AOT cache keeps none) and picocli walk each class by reflection:
 * ≈ 50 ms of every command's start, a tenth of a ten-year briefing. Parsing, help and errors are
 * picocli's as before; only the model is made here.
 *
 * <p>A command's options are listed in help in the order they are added, {@code -h, --help} and
 * {@code -V, --version} last ({@link #withStandardHelp}), as picocli's standard help mixin listed
 * them. Option values stay in the model; a command reads them with {@link #value}.
 */
final class CommandSpecs {

    private CommandSpecs() {
    }

    /** A command called {@code name} that runs {@code command}; its options are added by the caller. */
    static CommandSpec command(String name, Callable<Integer> command) {
        CommandSpec spec = CommandSpec.wrapWithoutInspection(command);
        spec.name(name);
        spec.usageMessage().sortOptions(false);
        return spec;
    }

    /** Adds {@code -h, --help} and {@code -V, --version}, worded by the command texts' common keys. */
    static CommandSpec withStandardHelp(CommandSpec spec) {
        spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true)
                .descriptionKey("mixinStandardHelpOptions.help").build());
        spec.addOption(OptionSpec.builder("-V", "--version").versionHelp(true)
                .descriptionKey("mixinStandardHelpOptions.version").build());
        return spec;
    }

    /** An option with one value, converted by picocli's own converter for {@code type}. */
    static OptionSpec option(String name, String paramLabel, String descriptionKey, Class<?> type) {
        return OptionSpec.builder(name).paramLabel(paramLabel).descriptionKey(descriptionKey).type(type).build();
    }

    /** An option with one value, converted by {@code converter}. */
    static <T> OptionSpec option(String name, String paramLabel, String descriptionKey, Class<T> type,
                                 ITypeConverter<T> converter) {
        return OptionSpec.builder(name).paramLabel(paramLabel).descriptionKey(descriptionKey).type(type)
                .converters(converter).build();
    }

    /** An option that must be given, with one value. */
    static OptionSpec required(String name, String paramLabel, String descriptionKey, Class<?> type) {
        return OptionSpec.builder(name).required(true).paramLabel(paramLabel).descriptionKey(descriptionKey)
                .type(type).build();
    }

    /** An option without a value: true when given. */
    static OptionSpec flag(String name, String descriptionKey) {
        return OptionSpec.builder(name).descriptionKey(descriptionKey).type(boolean.class).initialValue(false).build();
    }

    /** An option that may be repeated, each time with one word ({@code --group A --group B}). */
    static OptionSpec repeated(String name, String paramLabel, String descriptionKey) {
        return OptionSpec.builder(name).paramLabel(paramLabel).descriptionKey(descriptionKey)
                .type(List.class).auxiliaryTypes(String.class).build();
    }

    /** The one positional parameter of a command. */
    static PositionalParamSpec parameter(String paramLabel, String descriptionKey, Class<?> type) {
        return PositionalParamSpec.builder().index("0").arity("1").required(true).paramLabel(paramLabel)
                .descriptionKey(descriptionKey).type(type).build();
    }

    /**
     * An option acted on as it is parsed, before help or an error message is printed: {@code --lang}
     * must choose the language those are written in.
     */
    static OptionSpec applied(String name, String paramLabel, String descriptionKey, ITypeConverter<Locale> converter,
                              Consumer<Locale> action) {
        AppliedValue applied = new AppliedValue(action);
        return OptionSpec.builder(name).paramLabel(paramLabel).descriptionKey(descriptionKey).type(Locale.class)
                .converters(converter).getter(applied).setter(applied).build();
    }

    /** The value given, or {@code ifNotGiven}. */
    static <T> T value(OptionSpec option, T ifNotGiven) {
        T given = option.getValue();
        return given == null ? ifNotGiven : given;
    }

    /* picocli's ISetter and IGetter are generic methods, which a lambda cannot implement. */
    private static final class AppliedValue implements IGetter, ISetter {
        private final Consumer<Locale> action;
        private Locale value;

        AppliedValue(Consumer<Locale> action) {
            this.action = action;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T get() {
            return (T) value;
        }

        @Override
        public <T> T set(T newValue) {
            Locale previous = value;
            value = (Locale) newValue;
            if (value != null) {
                action.accept(value);
            }
            @SuppressWarnings("unchecked")
            T old = (T) previous;
            return old;
        }
    }
}
