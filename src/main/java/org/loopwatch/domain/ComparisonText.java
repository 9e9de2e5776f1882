package org.loopwatch.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.loopwatch.domain.text.DateStyle;
import org.loopwatch.domain.text.Texts;

/**
 * A {@link GroupComparison} as people read it, in the interface language: the sentence that names
 * stage and period, the ratio and difference with their intervals, the p-value, and the whole
 * result as one text to paste into a briefing or a message.
 *
 * <p>A measure that does not exist says why ("not defined: Athletes has no positives"), never
 * "0.0", "∞" or a dash a reader has to guess at.
 */
public final class ComparisonText {

    private static final Texts TEXT = Texts.of(ComparisonText.class);

    private ComparisonText() {
    }

    /**
     * One or two sentences: "In-loop, 4–22 Jan 2022: Media 3.0 % (30 / 1,000) vs Athletes 1.0 %
     * (20 / 2,000). Positivity is higher for Media, and a difference this large is unlikely to be
     * chance (p &lt; 0.001)."
     */
    public static String reading(GroupComparison c) {
        String stage = c.scope().shortLabel();
        String period = period(c.from(), c.to());
        if (c.a().hasNoTests() && c.b().hasNoTests()) {
            return TEXT.format("compare.noTestsBoth", stage, period, c.nameA(), c.nameB());
        }
        if (c.a().hasNoTests() || c.b().hasNoTests()) {
            return TEXT.format("compare.noTestsOne", stage, period, c.a().hasNoTests() ? c.nameA() : c.nameB());
        }
        return TEXT.format("compare.sentence", stage, period, c.nameA(), rate(c.a()),
                RateFormat.counts(c.a().counts()), c.nameB(), rate(c.b()), RateFormat.counts(c.b().counts()),
                verdict(c));
    }

    /** "3.0 (95 % CI 1.7–5.3)", or why there is no ratio. */
    public static String ratio(GroupComparison c) {
        Optional<EffectEstimate> ratio = c.rateRatio();
        if (ratio.isEmpty()) {
            if (c.a().hasNoTests() || c.b().hasNoTests()) {
                return notTested(c);
            }
            return notDefined(c, c.a().counts().positives() == 0, c.b().counts().positives() == 0, "noPositives");
        }
        EffectEstimate r = ratio.get();
        return TEXT.format("compare.ratio", RateFormat.ratio(r.value()), Integer.toString(r.level().percent()),
                RateFormat.ratio(r.lower()), RateFormat.ratio(r.upper()));
    }

    /** "+1.6 percentage points (95 % CI −0.62 to +2.2)", or why there is no difference. */
    public static String difference(GroupComparison c) {
        Optional<EffectEstimate> difference = c.difference();
        if (difference.isEmpty()) {
            return notTested(c);
        }
        EffectEstimate d = difference.get();
        return TEXT.format("compare.difference", RateFormat.percentagePoints(d.value()),
                Integer.toString(d.level().percent()), RateFormat.signedPercentNumber(d.lower()),
                RateFormat.signedPercentNumber(d.upper()));
    }

    /** "0.11", "&lt; 0.001", or why there is no p-value. */
    public static String pValue(GroupComparison c) {
        return c.pValue().isPresent() ? RateFormat.pValue(c.pValue().getAsDouble()) : notTested(c);
    }

    /**
     * The result to paste: the sentence, then one line per figure, then how they were computed.
     * Lines end with "\n".
     */
    public static String forClipboard(GroupComparison c) {
        RateEstimate a = c.a();
        StringBuilder text = new StringBuilder();
        text.append(reading(c)).append('\n');
        text.append(TEXT.format("compare.copy.rate", c.nameA(), RateFormat.describe(c.a()))).append('\n');
        text.append(TEXT.format("compare.copy.rate", c.nameB(), RateFormat.describe(c.b()))).append('\n');
        text.append(TEXT.format("compare.copy.ratio", c.nameA(), c.nameB(), ratio(c))).append('\n');
        text.append(TEXT.format("compare.copy.difference", c.nameA(), c.nameB(), difference(c))).append('\n');
        text.append(TEXT.format("compare.copy.p", pValue(c))).append('\n');
        text.append(TEXT.format("compare.copy.methods", a.method().label(), Integer.toString(a.level().percent())))
                .append('\n');
        return text.toString();
    }

    /**
     * A period as the reading writes it: "4–22 Jan 2022", "30 Jan – 2 Feb 2022", "30 Dec 2021 –
     * 2 Jan 2022", one day as "22 Jan 2022"; where dates are written month first "Jan 4–22, 2022",
     * "Jan 30 – Feb 2, 2022"; in Chinese "2022年1月4日–22日".
     */
    public static String period(LocalDate from, LocalDate to) {
        if (from.equals(to)) {
            return format("period.day", to);
        }
        if (from.getYear() != to.getYear()) {
            return TEXT.format("period.join", format("period.day", from), format("period.day", to));
        }
        if (from.getMonth() == to.getMonth()) {
            return TEXT.format("period.joinSameMonth", format("period.sameMonth.from", from),
                    format("period.sameMonth.to", to));
        }
        return TEXT.format("period.join", format("period.sameYear.from", from), format("period.sameYear.to", to));
    }

    /* Where the shown date style puts the month first ("Dec 4, 2026"), so does the period ("Jan 4–22, 2022"). */
    private static String format(String patternKey, LocalDate date) {
        String key = DateStyle.monthFirst() ? patternKey + ".monthFirst" : patternKey;
        return DateTimeFormatter.ofPattern(TEXT.get(key), Texts.language()).format(date);
    }

    private static String rate(RateEstimate estimate) {
        return RateFormat.percent(estimate.positivity().getAsDouble());
    }

    private static String verdict(GroupComparison c) {
        double p = c.pValue().orElseThrow();
        String pText = p < 0.001 ? TEXT.format("compare.pBelow", "0.001")
                : TEXT.format("compare.p", RateFormat.pValue(p));
        int order = c.order();
        if (order == 0) {
            return TEXT.format("compare.verdict.same", pText);
        }
        String key = (order > 0 ? "compare.verdict.higher" : "compare.verdict.lower")
                + (c.isUnlikelyChance() ? "Unlikely" : "Chance");
        return TEXT.format(key, c.nameA(), pText);
    }

    private static String notTested(GroupComparison c) {
        return notDefined(c, c.a().hasNoTests(), c.b().hasNoTests(), "noTests");
    }

    private static String notDefined(GroupComparison c, boolean aLacks, boolean bLacks, String what) {
        if (aLacks && bLacks) {
            return TEXT.get("compare.notDefined." + what + "Both");
        }
        String lacking = aLacks ? c.nameA() : c.nameB();
        return TEXT.format("compare.notDefined." + what, lacking);
    }
}
