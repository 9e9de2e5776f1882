package org.loopwatch.cli;

import java.util.List;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Bad arguments in words a person acts on, in the interface language: which command, which option,
 * what is wrong and where to look. picocli's own message is the fallback for the rare kinds not
 * named here.
 */
final class ParameterErrors {

    private ParameterErrors() {
    }

    static String message(ParameterException problem) {
        CommandSpec command = problem.getCommandLine().getCommandSpec();
        String name = commandName(command);
        if (problem.getCause() instanceof TypeConversionException wrongValue && problem.getArgSpec() != null) {
            return UsageTexts.TEXT.format("error.value", name, label(problem.getArgSpec()), wrongValue.getMessage());
        }
        if (problem instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
            return unmatched(command, name, unmatched.getUnmatched().getFirst());
        }
        if (problem instanceof MissingParameterException missing && !missing.getMissing().isEmpty()) {
            ArgSpec first = missing.getMissing().getFirst();
            return first instanceof OptionSpec option
                    ? UsageTexts.TEXT.format("error.missingOption", name, option.longestName(), option.paramLabel())
                    : UsageTexts.TEXT.format("error.missingParameter", name, first.paramLabel());
        }
        if (problem instanceof OverwrittenOptionException twice) {
            return UsageTexts.TEXT.format("error.givenTwice", name, label(twice.getOverwritten()));
        }
        return name + ": " + problem.getMessage();
    }

    private static String unmatched(CommandSpec command, String name, String argument) {
        String help = helpCommand(command);
        if (argument.startsWith("-")) {
            return UsageTexts.TEXT.format("error.unknownOption", name, argument, help);
        }
        if (!command.subcommands().isEmpty()) {
            return UsageTexts.TEXT.format("error.unknownCommand", argument, help);
        }
        return UsageTexts.TEXT.format("error.unexpectedArgument", name, argument, help);
    }

    private static String label(ArgSpec argument) {
        return argument instanceof OptionSpec option ? option.longestName() : argument.paramLabel();
    }

    /** {@code loopwatch} for the top level, else the command's words, e.g. {@code export chart}. */
    static String commandName(CommandSpec command) {
        return command.parent() == null ? command.name() : command.qualifiedName(" ").substring(
                command.root().name().length() + 1);
    }

    private static String helpCommand(CommandSpec command) {
        return String.join(" ", List.of(command.qualifiedName(" "), "--help"));
    }
}
