package org.loopwatch.ui.dashboard;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.loopwatch.domain.Group;
import org.loopwatch.domain.SubjectSummary;
import org.loopwatch.domain.text.Texts;
import org.loopwatch.report.chart.ChartSubject;

/**
 * The tiles of one computation, kept for the next (decision 0069): a save changes one (group,
 * stage) cell, and the tiles of the subjects that do not hold it show the same figures, yet each
 * was written out again (rates, intervals, counts, periods, notes and their tooltips: a sixth of the
 * dashboard's computation per save). A tile is a function of its subject's summary, the period, the
 * window, the groups' names and the languages (interface, dates, numbers) — {@link TileCalculator}
 * reads nothing else — so one kept for equal inputs is the one it would write, and the same object,
 * which the view then leaves as it is. Only those the latest computation used are kept; a
 * computation dropped (a refused save's) leaves nothing wrong behind.
 *
 * <p>Not thread-safe: the dashboard computes one at a time, under its lock.
 */
final class KeptTiles {

    private record Key(SubjectSummary summary, LocalDate from, LocalDate to, int windowDays, LocalDate windowFrom,
                       List<Group> groups, List<Locale> languages) {
    }

    /* A tile and what it was written from. */
    private record Kept(Key key, TileData tile) {
    }

    /*
     * By subject: a summary is deep (alerts, gaps), and hashing it for a map cost as much as the
     * comparison it saves; one equals per subject is all a computation needs.
     */
    private Map<ChartSubject, Kept> kept = new HashMap<>();
    private Map<ChartSubject, Kept> used = new HashMap<>();
    private List<Locale> languages = List.of();

    /** Starts a computation: what the one before used is on offer, the rest forgotten. */
    void startComputation() {
        kept = used;
        used = new HashMap<>();
        languages = Texts.languagesInUse();
    }

    /** The tile of {@code subject} with these inputs: the one kept when they are equal, else {@code write}'s. */
    TileData tile(ChartSubject subject, SubjectSummary summary, LocalDate from, LocalDate to, int windowDays,
                  LocalDate windowFrom, List<Group> groups, Supplier<TileData> write) {
        Key key = new Key(summary, from, to, windowDays, windowFrom, groups, languages);
        Kept before = used.get(subject);
        if (before == null || !before.key().equals(key)) {
            before = kept.get(subject);
        }
        TileData tile = before != null && before.key().equals(key) ? before.tile() : write.get();
        used.put(subject, new Kept(key, tile));
        return tile;
    }
}
