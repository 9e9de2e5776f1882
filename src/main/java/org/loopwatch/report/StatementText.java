package org.loopwatch.report;

import java.util.ArrayList;
import java.util.List;
import org.loopwatch.domain.DailyStatement;
import org.loopwatch.domain.RateFormat;
import org.loopwatch.domain.SummaryCalculator;
import org.loopwatch.domain.SummaryText;
import org.loopwatch.domain.text.Texts;

/**
 * The words of the daily statement in the organisers' shape, in the interface language: per stage
 * (arrivals tested at the airport, tests in the loop) each group's figures for the day and since
 * the loop start, a group that was due but did not report named as such (never "0 tests"). One
 * wording for the command line, the clipboard and the PDF.
 */
public final class StatementText {

    private static final Texts TEXT = Texts.of(StatementText.class);
    /** How many missing group/stage/day rows a line names before it says "and N more". */
    private static final int MOST_GAPS = 3;

    private StatementText() {
    }

    /** The statement's title, event and sections; {@code footer} is added as it is. */
    public static StatementPage page(DailyStatement statement, String event, List<String> footer) {
        List<StatementPage.Section> sections = new ArrayList<>();
        String stage = null;
        List<String> lines = new ArrayList<>();
        for (DailyStatement.Line line : statement.lines()) {
            if (!line.stage().equals(stage)) {
                if (stage != null) {
                    sections.add(new StatementPage.Section(TEXT.get("statement.stage." + stage), lines));
                }
                stage = line.stage();
                lines = new ArrayList<>();
            }
            lines.add(line(line));
        }
        if (stage != null) {
            sections.add(new StatementPage.Section(TEXT.get("statement.stage." + stage), lines));
        }
        String title = TEXT.format("statement.title", statement.date().toString(), statement.loopStart().toString());
        return new StatementPage(title, event, sections, footer);
    }

    /** One group's (or all groups') line, with what was not reported. */
    static String line(DailyStatement.Line line) {
        boolean all = line.group().equals(SummaryCalculator.ALL_GROUPS);
        String group = all ? TEXT.get("statement.allGroups") : line.group();
        String key = line.missingOnDay() && !all ? "statement.missing." : "statement.line.";
        StringBuilder out = new StringBuilder(TEXT.format(key + line.stage(), group,
                RateFormat.count(line.day().tests()), RateFormat.count(line.day().positives()),
                RateFormat.count(line.cumulative().tests()), RateFormat.count(line.cumulative().positives())));
        if (line.missingOnDay() && all) {
            out.append(' ').append(TEXT.format("statement.partialDay", SummaryText.gaps(line.dayCompleteness(), MOST_GAPS)));
        }
        // Group lines name their own gaps; the all-groups line would only repeat them.
        if (!all) {
            SummaryText.incomplete(line.cumulativeCompleteness()).ifPresent(incomplete -> out.append(' ')
                    .append(TEXT.format("statement.cumulativeGaps", incomplete,
                            SummaryText.gaps(line.cumulativeCompleteness(), MOST_GAPS))));
        }
        return out.toString();
    }
}
