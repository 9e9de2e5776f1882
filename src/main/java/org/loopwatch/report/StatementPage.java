package org.loopwatch.report;

import java.util.List;

/**
 * The daily statement as words, ready for the clipboard or a PDF page: a title, the event, a
 * section per stage with a line per group, and a footer saying where the figures come from.
 *
 * @param title    e.g. "Daily statement for 2022-01-22 (cumulative since 2022-01-04)"
 * @param subtitle the event's name, or empty
 * @param sections one per stage, in the statement's order
 * @param footer   provenance lines (data as of, generated, version, rows)
 */
public record StatementPage(String title, String subtitle, List<Section> sections, List<String> footer) {

    public StatementPage {
        sections = List.copyOf(sections);
        footer = List.copyOf(footer);
    }

    /** A stage's heading and its lines, one per group and one for all groups. */
    public record Section(String heading, List<String> lines) {

        public Section {
            lines = List.copyOf(lines);
        }
    }

    /** The statement as plain text, as the command line prints it and the clipboard takes it. */
    public String text() {
        String newLine = System.lineSeparator();
        StringBuilder out = new StringBuilder(title).append(newLine);
        for (Section section : sections) {
            out.append(newLine).append(section.heading()).append(newLine);
            for (String line : section.lines()) {
                out.append("  ").append(line).append(newLine);
            }
        }
        return out.toString();
    }
}
