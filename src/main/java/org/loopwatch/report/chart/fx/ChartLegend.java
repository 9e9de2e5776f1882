package org.loopwatch.report.chart.fx;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.loopwatch.report.chart.ChartData;
import org.loopwatch.report.chart.LegendEntry;

/**
 * The legend under a chart: one swatch per group or rollup in its colour, then what the shading
 * and the marks mean. Built here rather than by the chart so it uses the same colour classes as
 * the series, and can explain bands and flags, which JavaFX's legend cannot.
 */
final class ChartLegend extends FlowPane {

    /** The narrowest an item gets before the legend stops shrinking: a swatch and a word or two. */
    private static final double MIN_ITEM_WIDTH = 120;

    ChartLegend(ChartData data) {
        this(data.legend());
    }

    /* What each child shows, in the children's order. */
    private final List<LegendEntry> shown = new ArrayList<>();
    /*
     * Every item made, kept when its entry goes: the open-dot and flag notes come and go as saves fill
     * and flag days, and each return made its label, swatch and skin anew (decision 0060). A legend
     * lists a few dozen entries at most; the words of another language are other entries.
     */
    private final Map<LegendEntry, Region> made = new HashMap<>();

    ChartLegend(List<LegendEntry> entries) {
        super(14, 4);
        getStyleClass().add("lw-legend");
        setAlignment(Pos.CENTER);
        show(entries);
    }

    /**
     * Lists {@code entries} in place: the items of entries listed already stay, only an entry that
     * comes is a new item and one that goes is removed. A save often brings or takes the open-dot
     * note; a new legend of a dozen labels cost the FX thread a CSS pass over every one (decision 0049).
     */
    void show(List<LegendEntry> entries) {
        int at = 0;
        for (LegendEntry entry : entries) {
            while (at < shown.size() && !shown.get(at).equals(entry) && !entries.contains(shown.get(at))) {
                shown.remove(at);
                getChildren().remove(at);
            }
            if (at < shown.size() && shown.get(at).equals(entry)) {
                at++;
                continue;
            }
            shown.add(at, entry);
            if (made.size() > 64) {
                made.keySet().retainAll(shown);
            }
            getChildren().add(at++, itemFor(entry));
        }
        while (shown.size() > at) {
            shown.removeLast();
            getChildren().remove(at);
        }
    }

    /* The item kept for the entry, unless it is still listed further on (entries in another order): then a new one. */
    private Region itemFor(LegendEntry entry) {
        Region kept = made.get(entry);
        if (kept != null && kept.getParent() == null) {
            return kept;
        }
        Region item = item(entry);
        made.put(entry, item);
        return item;
    }

    /** What the legend lists now, in order. */
    List<LegendEntry> entries() {
        return List.copyOf(shown);
    }

    private Region item(LegendEntry entry) {
        if (entry.mark() == LegendEntry.Mark.TEXT) {
            Label words = new Label(entry.text());
            words.setWrapText(true);
            words.getStyleClass().addAll("lw-legend-item", "lw-legend-note", "lw-legend-text");
            fitToWidth(words);
            return words;
        }
        Region swatch = swatch(markClasses(entry.mark()));
        entry.subject().ifPresent(subject -> swatch.getStyleClass().addAll("lw-series", subject.colourClass()));
        return item(swatch, entry.text(), entry.subject().isPresent() ? "lw-legend-series" : "lw-legend-note");
    }

    /** What the legend of this chart lists, to tell whether a redrawn chart needs a new one. */
    static List<LegendEntry> entries(ChartData data) {
        return data.legend();
    }

    private static String[] markClasses(LegendEntry.Mark mark) {
        return switch (mark) {
            case LINE -> new String[] {"lw-legend-line"};
            case DASHED_LINE -> new String[] {"lw-legend-line", "lw-legend-rollup"};
            case BAR -> new String[] {"lw-legend-bar"};
            case BAND -> new String[] {"lw-legend-band"};
            case CUT_OFF -> new String[] {"lw-legend-cut"};
            case OPEN_DOT -> new String[] {"lw-legend-incomplete"};
            case FLAG -> new String[] {"lw-legend-flag"};
            case FLAG_BAR -> new String[] {"lw-legend-flag-bar"};
            case TEXT -> new String[0];
        };
    }

    private Region item(Region swatch, String text, String styleClass) {
        Label label = new Label(text);
        label.setWrapText(true);
        HBox item = new HBox(5, swatch, label);
        item.setAlignment(Pos.CENTER_LEFT);
        item.getStyleClass().addAll("lw-legend-item", styleClass);
        fitToWidth(item);
        return item;
    }

    /*
     * An item never wider than the legend: a long note ("flagged: more positives than the 14 days
     * before would explain") wraps in a narrow chart instead of holding the whole dashboard wider
     * than the window (a flow pane is as wide as its widest item, and the charts' grid as wide as
     * two of those).
     */
    private void fitToWidth(Region item) {
        item.maxWidthProperty().bind(widthProperty().subtract(snappedLeftInset() + snappedRightInset() + 1));
    }

    @Override
    protected double computeMinWidth(double height) {
        return snappedLeftInset() + snappedRightInset() + MIN_ITEM_WIDTH;
    }

    /* Measured once until something in the legend changes (see SizeCache): a dashboard has nine legends. */
    private final SizeCache sizes = new SizeCache();

    @Override
    public void requestLayout() {
        if (sizes != null) { // called by the super constructor, before the cache exists
            sizes.clear();
        }
        super.requestLayout();
    }

    @Override
    protected double computePrefWidth(double height) {
        return sizes.size(SizeCache.Kind.PREF_WIDTH, height, super::computePrefWidth);
    }

    @Override
    protected double computeMinHeight(double width) {
        return sizes.size(SizeCache.Kind.MIN_HEIGHT, width, super::computeMinHeight);
    }

    @Override
    protected double computePrefHeight(double width) {
        return sizes.size(SizeCache.Kind.PREF_HEIGHT, width, super::computePrefHeight);
    }

    private static Region swatch(String... styleClasses) {
        Region swatch = new Region();
        swatch.getStyleClass().add("lw-legend-swatch");
        swatch.getStyleClass().addAll(styleClasses);
        return swatch;
    }
}
