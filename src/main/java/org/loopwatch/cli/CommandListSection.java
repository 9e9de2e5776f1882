package org.loopwatch.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.IHelpSectionRenderer;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The list of commands in {@code --help}: every command down to {@code export chart}, each with its
 * arguments and options and the first line of its description, as SPEC §7 lists them, so one help
 * page shows the whole command line. Generated from the commands themselves.
 */
final class CommandListSection implements IHelpSectionRenderer {

    private static final String INDENT = "  ";
    private static final String SYNOPSIS_INDENT = "          ";
    private static final String DESCRIPTION_INDENT = "      ";
    private static final int WIDTH = 80;

    @Override
    public String render(Help help) {
        List<String> lines = new ArrayList<>();
        add(lines, help.commandSpec());
        return lines.isEmpty() ? "" : String.join(System.lineSeparator(), lines) + System.lineSeparator();
    }

    private static void add(List<String> lines, CommandSpec command) {
        for (Map.Entry<String, CommandLine> entry : command.subcommands().entrySet()) {
            CommandSpec sub = entry.getValue().getCommandSpec();
            if (!sub.name().equals(entry.getKey())) {
                continue; // an alias
            }
            if (!sub.subcommands().isEmpty()) {
                add(lines, sub);
                continue;
            }
            wrap(lines, INDENT, SYNOPSIS_INDENT, path(sub) + synopsis(sub));
            String[] description = sub.usageMessage().description();
            if (description.length > 0) {
                String first = String.format(description[0]).lines().findFirst().orElse("");
                wrap(lines, DESCRIPTION_INDENT, DESCRIPTION_INDENT, first);
            }
        }
    }

    /* Breaks at spaces (or anywhere in Chinese text, which has none) so no line is wider than the help's 80 columns. */
    private static void wrap(List<String> lines, String firstIndent, String nextIndent, String text) {
        String indent = firstIndent;
        String rest = text.strip();
        while (indent.length() + columns(rest) > WIDTH) {
            int room = fitting(rest, WIDTH - indent.length());
            int cut = rest.lastIndexOf(' ', room);
            if (cut <= 0) {
                cut = room;
            }
            lines.add(indent + rest.substring(0, cut).stripTrailing());
            rest = rest.substring(cut).strip();
            indent = nextIndent;
        }
        if (!rest.isEmpty()) {
            lines.add(indent + rest);
        }
    }

    /* Chinese characters take two columns of a terminal. */
    private static int columns(String text) {
        return text.codePoints().map(c -> c >= 0x1100 ? 2 : 1).sum();
    }

    /* How many characters of text fit in the columns. */
    private static int fitting(String text, int columns) {
        int used = 0;
        for (int i = 0; i < text.length(); i++) {
            used += text.charAt(i) >= 0x1100 ? 2 : 1;
            if (used > columns) {
                return i;
            }
        }
        return text.length();
    }

    private static String path(CommandSpec command) {
        String qualified = command.qualifiedName(" ");
        return qualified.substring(qualified.indexOf(' ') + 1);
    }

    /** Positional parameters first, then options, as the old usage text and SPEC §7 write them. */
    static String synopsis(CommandSpec command) {
        StringBuilder text = new StringBuilder();
        for (PositionalParamSpec parameter : command.positionalParameters()) {
            text.append(' ').append(parameter.paramLabel());
        }
        for (OptionSpec option : command.options()) {
            if (option.usageHelp() || option.versionHelp() || option.hidden()) {
                continue;
            }
            String name = option.longestName() + (option.arity().max() > 0 ? " " + option.paramLabel() : "");
            text.append(' ').append(option.required() ? name : "[" + name + "]");
            if (option.isMultiValue()) {
                text.append("...");
            }
        }
        return text.toString();
    }
}
