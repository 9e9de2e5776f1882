package org.loopwatch;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the "settle" heuristic in test sources: {@code waitForFxEvents} called several times in a
 * row, in a loop, with a number of rounds, or again and again inside a {@code waitFor} condition.
 * Such rounds guess that enough time has passed; a test waits for its condition instead (the
 * synchronous task executor, {@code WaitForAsyncUtils.waitFor} on the state it needs, or
 * {@code WindowsAtRest}). Read from the source because bytecode keeps no loops or statements.
 */
final class FxEventRounds {

    private static final Pattern CALL = Pattern.compile("\\bwaitForFxEvents\\s*\\(");
    private static final Pattern CALL_JUST_BEFORE = Pattern.compile("waitForFxEvents\\s*\\(\\s*\\)\\s*;\\s*$");
    private static final Pattern LOOP_KEYWORD = Pattern.compile("\\b(for|while)\\s*$");
    private static final Pattern DO_KEYWORD = Pattern.compile("\\bdo\\s*$");
    private static final Pattern WAIT_FOR_LAMBDA = Pattern.compile("\\bwaitFor\\s*\\([^;{}]*->\\s*$");

    private FxEventRounds() {
    }

    /** One line per call that repeats or loops, with its line number; empty when there is none. */
    static List<String> in(String source) {
        String code = withoutCommentsAndStrings(source);
        List<String> found = new ArrayList<>();
        Matcher call = CALL.matcher(code);
        while (call.find()) {
            int line = (int) code.substring(0, call.start()).chars().filter(c -> c == '\n').count() + 1;
            String before = code.substring(0, statementStart(code, call.start()));
            String why = why(code, call, before);
            if (why != null) {
                found.add("line " + line + ": waitForFxEvents " + why);
            }
        }
        return found;
    }

    private static String why(String code, Matcher call, String before) {
        int close = code.indexOf(')', call.end());
        if (!code.substring(call.end(), close).isBlank()) {
            return "with a number of rounds";
        }
        if (CALL_JUST_BEFORE.matcher(before).find()) {
            return "more than once in a row";
        }
        if (isLoopHeader(before)) {
            return "as the body of a loop";
        }
        for (int brace : enclosingBraces(before)) {
            String header = code.substring(0, brace);
            if (isLoopHeader(header)) {
                return "in a loop";
            }
            if (WAIT_FOR_LAMBDA.matcher(header).find()) {
                return "inside a waitFor condition, each time it is polled";
            }
        }
        return null;
    }

    /* Where the statement holding the call starts: after the qualifier, e.g. "WaitForAsyncUtils.". */
    private static int statementStart(String code, int call) {
        int at = call;
        while (at > 0 && (Character.isJavaIdentifierPart(code.charAt(at - 1)) || code.charAt(at - 1) == '.')) {
            at--;
        }
        return at;
    }

    /* Text ending in "for (...)", "while (...)" or "do". */
    private static boolean isLoopHeader(String text) {
        String trimmed = text.stripTrailing();
        if (DO_KEYWORD.matcher(trimmed).find()) {
            return true;
        }
        if (!trimmed.endsWith(")")) {
            return false;
        }
        int depth = 0;
        for (int at = trimmed.length() - 1; at >= 0; at--) {
            char c = trimmed.charAt(at);
            if (c == ')') {
                depth++;
            } else if (c == '(' && --depth == 0) {
                return LOOP_KEYWORD.matcher(trimmed.substring(0, at)).find();
            }
        }
        return false;
    }

    /* The positions of the braces still open at the end of {@code text}, innermost first. */
    private static Deque<Integer> enclosingBraces(String text) {
        Deque<Integer> open = new ArrayDeque<>();
        for (int at = 0; at < text.length(); at++) {
            if (text.charAt(at) == '{') {
                open.push(at);
            } else if (text.charAt(at) == '}' && !open.isEmpty()) {
                open.pop();
            }
        }
        return open;
    }

    /* Comments and string contents blanked (line breaks kept, so line numbers hold). */
    static String withoutCommentsAndStrings(String source) {
        StringBuilder out = new StringBuilder(source.length());
        int at = 0;
        while (at < source.length()) {
            if (source.startsWith("//", at)) {
                at = skipTo(source, at, "\n", out, false);
            } else if (source.startsWith("/*", at)) {
                at = skipTo(source, at + 2, "*/", out, true);
            } else if (source.startsWith("\"\"\"", at)) {
                out.append("\"\"");
                at = skipTo(source, at + 3, "\"\"\"", out, true);
            } else if (source.charAt(at) == '"' || source.charAt(at) == '\'') {
                char quote = source.charAt(at);
                out.append(quote).append(quote);
                at++;
                while (at < source.length() && source.charAt(at) != quote) {
                    at += source.charAt(at) == '\\' ? 2 : 1;
                }
                at++;
            } else {
                out.append(source.charAt(at++));
            }
        }
        return out.toString();
    }

    private static int skipTo(String source, int from, String end, StringBuilder out, boolean pastEnd) {
        int found = source.indexOf(end, from);
        int stop = found < 0 ? source.length() : found;
        source.substring(from, stop).chars().filter(c -> c == '\n').forEach(c -> out.append('\n'));
        return pastEnd && found >= 0 ? stop + end.length() : stop;
    }
}
