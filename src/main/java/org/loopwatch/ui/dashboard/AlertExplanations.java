package org.loopwatch.ui.dashboard;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.loopwatch.domain.AlertText;
import org.loopwatch.domain.Exceedance;
import org.loopwatch.domain.text.Texts;

/**
 * The alert list's sentences of one computation, kept for the next (decision 0062): a save changes
 * one cell, and the period's other alerts keep their words, which were an eighth of the dashboard's
 * computation per save (counts, rates, baseline and probability written out for every alert). A
 * sentence is a function of the alert, its group's name and the languages (interface, dates,
 * numbers), so one kept is the one {@link AlertText#explain} would write; a computation dropped
 * (a refused save's) leaves nothing wrong behind. Only those the latest computation used are kept.
 *
 * <p>Not thread-safe: the dashboard computes one at a time, under its lock.
 */
final class AlertExplanations {

    private record Key(Exceedance alert, String groupName, List<Locale> languages) {
    }

    private Map<Key, String> kept = new HashMap<>();
    private Map<Key, String> used = new HashMap<>();
    private List<Locale> languages = List.of();

    /** Starts a computation: what the one before used is on offer, the rest forgotten. */
    void startComputation() {
        kept = used;
        used = new HashMap<>();
        languages = Texts.languagesInUse();
    }

    /** {@link AlertText#explain}'s sentence for {@code alert}, written once while it stays. */
    String explain(Exceedance alert, String groupName) {
        Key key = new Key(alert, groupName, languages);
        String text = used.get(key);
        if (text == null) {
            text = kept.get(key);
            if (text == null) {
                text = AlertText.explain(alert, groupName);
            }
            used.put(key, text);
        }
        return text;
    }
}
