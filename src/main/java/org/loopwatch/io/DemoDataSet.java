package org.loopwatch.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.loopwatch.domain.DailyResult;
import org.loopwatch.domain.RateFormat;
import org.loopwatch.domain.Stage;
import org.loopwatch.domain.text.Texts;

/**
 * The demo data set "Beijing 2022 closed loop (illustrative)", built deterministically from the
 * published figures ({@link PublishedFigure#beijing2022()}), in the two groups the figures were
 * published for:
 *
 * <ul>
 *   <li>A day published on its own (30 and 31 January, 12 February) is entered exactly as published.
 *   <li>A period published per group (4–22 January) is spread over its days with weights that rise
 *       day by day, as arrivals did towards the Games.
 *   <li>A period published for all groups together (the IOC's 23 January – 20 February totals) loses
 *       the days published on their own; the rest is split between the groups (tests in the groups'
 *       shares of the published days; positives so that each group's total matches the IOC's 185
 *       athletes and team officials and 252 other stakeholders) and spread over the remaining days,
 *       arrivals peaking around the opening on 4 February.
 * </ul>
 *
 * <p>So every published total holds in the demo, and every day in between is illustrative: each
 * row's note says which it is and gives the source.
 */
public final class DemoDataSet {

    private static final Texts TEXT = Texts.of(DemoDataSet.class);

    /** The event name in English, which labels the demo wherever the event is shown. */
    public static final String EVENT_NAME = "Beijing 2022 closed loop (illustrative)";
    /** The file name of the demo database, beside the person's own database. */
    public static final String FILE_NAME = "beijing-2022-demo.db";
    /** The name the demo CSV has when written out in English, e.g. in assets/demo. */
    public static final String CSV_NAME = "beijing-2022-demo.csv";
    public static final LocalDate LOOP_START = LocalDate.of(2022, 1, 4);

    /** The demo groups' names in English (in a demo made in Chinese: {@link #athletesAndTeamOfficials()}, …). */
    public static final String ATHLETES_AND_TEAM_OFFICIALS = "Athletes and team officials";
    public static final String OTHER_STAKEHOLDERS = "Other stakeholders";
    private static final Map<String, String> GROUP_KEYS = Map.of(
            "athletes_team_officials", "demo.group.athletesTeamOfficials", "other_stakeholders", "demo.group.otherStakeholders");
    private static final List<String> GROUP_ORDER = List.of("athletes_team_officials", "other_stakeholders");

    /* IOC, 23 Jan – 20 Feb 2022, both stages: 98 athletes + 87 team officials, 252 other stakeholders. */
    private static final Map<String, Long> IOC_POSITIVES_BY_GROUP = Map.of(
            "athletes_team_officials", 98L + 87L, "other_stakeholders", 252L);
    private static final LocalDate ARRIVAL_PEAK = LocalDate.of(2022, 2, 2);

    private DemoDataSet() {
    }

    /*
     * Names and notes are data, written once in the interface language of the moment, as the
     * default groups are (decision 0037): a Chinese desk's demo reads 运动员及随队官员, not English.
     */

    /** The event's name in the interface language of the moment. */
    public static String eventName() {
        return TEXT.get("demo.event");
    }

    /** The demo event's name in every interface language: a demo made in either is a demo. */
    public static List<String> eventNames() {
        return Texts.SUPPORTED.stream().map(language -> TEXT.getIn(language, "demo.event")).toList();
    }

    /** The first demo group's name in the interface language of the moment. */
    public static String athletesAndTeamOfficials() {
        return TEXT.get("demo.group.athletesTeamOfficials");
    }

    /** The second demo group's name in the interface language of the moment. */
    public static String otherStakeholders() {
        return TEXT.get("demo.group.otherStakeholders");
    }

    /** The demo's key dates' labels in the interface language of the moment: opening, closing. */
    public static String keyDateLabel(boolean opening) {
        return TEXT.get(opening ? "demo.keyDate.open" : "demo.keyDate.close");
    }

    /** The file name of the demo CSV in the interface language of the moment (assets/demo holds both). */
    public static String csvName() {
        return Texts.language().equals(java.util.Locale.ENGLISH) ? CSV_NAME : "beijing-2022-demo.zh-CN.csv";
    }

    private static String groupName(String publishedGroup) {
        return TEXT.get(GROUP_KEYS.get(publishedGroup));
    }

    /** One demo row. @param group the demo group's name */
    public record Row(LocalDate date, String group, Stage stage, long tests, long positives, String note) {
    }

    /** Every demo row, in date, group, stage order. */
    public static List<Row> rows() {
        List<PublishedFigure> figures = PublishedFigure.beijing2022();
        List<Row> rows = new ArrayList<>();
        for (PublishedFigure figure : figures) {
            if (figure.group().equals(PublishedFigure.ALL)) {
                continue;
            }
            if (figure.isOneDay()) {
                rows.add(new Row(figure.start(), groupName(figure.group()), figure.stage(), figure.tests(),
                        figure.positives(), TEXT.format("demo.note.published", figure.source())));
            } else {
                List<LocalDate> days = daysWithout(figure, figures);
                String note = TEXT.format("demo.note.spread", figure.start().toString(), figure.end().toString(),
                        counts(figure.tests(), figure.positives()), figure.source());
                rows.addAll(spread(days, groupName(figure.group()), figure.stage(), figure.tests(),
                        figure.positives(), rampWeights(days), note));
            }
        }
        List<PublishedFigure> allGroups = figures.stream().filter(f -> f.group().equals(PublishedFigure.ALL)).toList();
        for (LocalDate start : allGroups.stream().map(PublishedFigure::start).distinct().toList()) {
            rows.addAll(splitAllGroups(allGroups.stream().filter(f -> f.start().equals(start)).toList(), figures));
        }
        return rows.stream().sorted(java.util.Comparator.comparing(Row::date).thenComparing(Row::group)
                .thenComparing(Row::stage)).toList();
    }

    /** The demo rows as a CSV file in the import format (what {@code assets/demo} holds). */
    public static String csv() {
        Map<Long, String> names = Map.of(1L, athletesAndTeamOfficials(), 2L, otherStakeholders());
        List<DailyResult> results = rows().stream().map(row -> new DailyResult(row.date(),
                row.group().equals(athletesAndTeamOfficials()) ? 1L : 2L, row.stage(), row.tests(), row.positives(),
                row.note())).toList();
        StringBuilder out = new StringBuilder();
        try {
            CsvExporter.write(results, names, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /* The IOC totals of one period, both stages: first split between the groups, then over the days. */
    private static List<Row> splitAllGroups(List<PublishedFigure> totals, List<PublishedFigure> figures) {
        PublishedFigure any = totals.getFirst();
        List<PublishedFigure> published = figures.stream().filter(f -> f.isOneDay() && !f.group().equals(PublishedFigure.ALL)
                && any.covers(f.start())).toList();
        Map<Stage, Long> stagePositivesLeft = new EnumMap<>(Stage.class);
        Map<Stage, long[]> testsByGroup = new EnumMap<>(Stage.class);
        for (PublishedFigure total : totals) {
            List<PublishedFigure> days = published.stream().filter(f -> f.stage() == total.stage()).toList();
            long[] shares = GROUP_ORDER.stream().mapToLong(g -> sum(days, g, true)).toArray();
            testsByGroup.put(total.stage(), Apportion.largestRemainder(
                    total.tests() - days.stream().mapToLong(PublishedFigure::tests).sum(), shares));
            stagePositivesLeft.put(total.stage(), total.positives() - days.stream().mapToLong(PublishedFigure::positives).sum());
        }
        long athletesLeft = IOC_POSITIVES_BY_GROUP.get(GROUP_ORDER.get(0)) - sum(published, GROUP_ORDER.get(0), false);
        long othersLeft = IOC_POSITIVES_BY_GROUP.get(GROUP_ORDER.get(1)) - sum(published, GROUP_ORDER.get(1), false);
        long arrivalLeft = stagePositivesLeft.get(Stage.ARRIVAL);
        long inLoopLeft = stagePositivesLeft.get(Stage.IN_LOOP);
        if (athletesLeft + othersLeft != arrivalLeft + inLoopLeft) {
            throw new IllegalStateException("the published group and stage totals disagree");
        }
        // Athletes' share of arrival positives as on the published days, kept inside what the margins allow.
        List<PublishedFigure> arrivalDays = published.stream().filter(f -> f.stage() == Stage.ARRIVAL).toList();
        long athletesArrival = Math.round((double) arrivalLeft * sum(arrivalDays, GROUP_ORDER.get(0), false)
                / arrivalDays.stream().mapToLong(PublishedFigure::positives).sum());
        athletesArrival = Math.clamp(athletesArrival, Math.max(0, athletesLeft - inLoopLeft), Math.min(athletesLeft, arrivalLeft));
        Map<Stage, long[]> positivesByGroup = Map.of(
                Stage.ARRIVAL, new long[] {athletesArrival, arrivalLeft - athletesArrival},
                Stage.IN_LOOP, new long[] {athletesLeft - athletesArrival, inLoopLeft - (athletesLeft - athletesArrival)});

        List<LocalDate> days = Stream.iterate(any.start(), d -> !d.isAfter(any.end()), d -> d.plusDays(1))
                .filter(d -> published.stream().noneMatch(f -> f.start().equals(d))).toList();
        List<Row> rows = new ArrayList<>();
        for (PublishedFigure total : totals) {
            String note = TEXT.format("demo.note.split", total.start().toString(), total.end().toString(),
                    counts(total.tests(), total.positives()), total.source());
            long[] weights = total.stage() == Stage.ARRIVAL ? peakWeights(days) : flatWeights(days);
            for (int g = 0; g < GROUP_ORDER.size(); g++) {
                rows.addAll(spread(days, groupName(GROUP_ORDER.get(g)), total.stage(),
                        testsByGroup.get(total.stage())[g], positivesByGroup.get(total.stage())[g], weights, note));
            }
        }
        return rows;
    }

    private static List<Row> spread(List<LocalDate> days, String group, Stage stage, long tests, long positives,
                                    long[] weights, String note) {
        long[] dailyTests = Apportion.largestRemainder(tests, weights);
        long[] dailyPositives = Apportion.largestRemainder(positives, dailyTests);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < days.size(); i++) {
            rows.add(new Row(days.get(i), group, stage, dailyTests[i], dailyPositives[i], note));
        }
        return rows;
    }

    private static List<LocalDate> daysWithout(PublishedFigure period, List<PublishedFigure> figures) {
        return Stream.iterate(period.start(), d -> !d.isAfter(period.end()), d -> d.plusDays(1))
                .filter(d -> figures.stream().noneMatch(f -> f.isOneDay() && f.start().equals(d)
                        && f.group().equals(period.group()) && f.stage() == period.stage()))
                .toList();
    }

    /* 1, 2, 3, …: arrivals and screening grew day by day before the Games. */
    private static long[] rampWeights(List<LocalDate> days) {
        return java.util.stream.IntStream.rangeClosed(1, days.size()).asLongStream().toArray();
    }

    /* Highest around the opening, tailing off to a floor of 1. */
    private static long[] peakWeights(List<LocalDate> days) {
        return days.stream().mapToLong(d -> Math.max(1, 16 - Math.abs(ChronoUnit.DAYS.between(ARRIVAL_PEAK, d)))).toArray();
    }

    private static long[] flatWeights(List<LocalDate> days) {
        return days.stream().mapToLong(d -> 1).toArray();
    }

    private static long sum(List<PublishedFigure> figures, String group, boolean tests) {
        return figures.stream().filter(f -> f.group().equals(group))
                .mapToLong(f -> tests ? f.tests() : f.positives()).sum();
    }

    private static String counts(long tests, long positives) {
        return TEXT.format("demo.note.counts", RateFormat.count(tests), RateFormat.count(positives));
    }
}
