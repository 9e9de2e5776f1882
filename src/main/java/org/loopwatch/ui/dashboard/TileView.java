package org.loopwatch.ui.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.loopwatch.domain.text.Texts;

/**
 * One tile: the group's or rollup's name in its colour and, side by side, one part per stage
 * (arrival and in-loop apart by default), each with the period's positivity, interval and counts
 * above the last W days'. A badge when the period's last day is flagged, a note per stage when
 * its window is incomplete, and a warning on every tile when both stages are mixed. Ids and style
 * classes follow SPEC §8: {@code tile-<slug>} holding parts {@code tile-stage-arrival} /
 * {@code tile-stage-in_loop} (or {@code tile-stage-all}), each with {@code tile-positivity},
 * {@code tile-ci} and {@code tile-counts} labels in a {@code tile-period} and a
 * {@code tile-window} box.
 */
final class TileView extends SizesKeptVBox {

    private static final Texts TEXT = Texts.of(TileView.class);

    private TileData data;
    private final List<Label> figureLabels = new ArrayList<>();
    private final HBox header;
    /* The notes that come and go with the figures (a save can flag the last day or fill its window). */
    private final Note badge;
    private final Note baselineNote;
    private final List<Note> incompleteNotes = new ArrayList<>();

    TileView(TileData data) {
        super(6);
        this.data = data;
        setId("tile-" + data.subject().slug());
        getStyleClass().addAll("tile", "lw-series", data.subject().colourClass());
        if (data.subject().rollup()) {
            getStyleClass().add("tile-rollup");
        }
        Label name = new Label(data.subject().name());
        name.getStyleClass().add("tile-name");
        name.setWrapText(true);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        header = new HBox(8, name, spacer);
        header.setAlignment(Pos.TOP_LEFT);
        badge = new Note("tile-badge", header.getChildren(), false);
        baselineNote = new Note("tile-no-baseline", getChildren(), true);
        getChildren().add(header);
        data.mixing().ifPresent(text -> {
            Label mixing = new Label("⚠ " + text);
            mixing.getStyleClass().add("tile-mixing");
            mixing.setWrapText(true);
            getChildren().add(mixing);
        });
        HBox stageParts = new HBox(14);
        stageParts.getStyleClass().add("tile-stages");
        for (TileStage stage : data.stages()) {
            VBox part = stagePart(stage);
            HBox.setHgrow(part, Priority.ALWAYS);
            stageParts.getChildren().add(part);
            incompleteNotes.add(new Note("tile-incomplete", part.getChildren(), true));
        }
        getChildren().add(stageParts);
        showNotes(data);
    }

    /*
     * Its preferred height: a tile sits in the dashboard's flow pane, which gives each tile its
     * preferred height and asks the minimum only to bound it, so a minimum of its own (the wrapping
     * labels' text laid out once more, for each tile a save changed) decided nothing (decision 0062).
     */
    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    /** What the tile shows, so an unchanged tile can stay on the screen. */
    TileData data() {
        return data;
    }

    /**
     * Shows new figures and notes in place when the tile keeps its shape (the same subject and stage
     * parts, the usual case after a save), so only a note that comes is a new node; false when the
     * tile must be built anew (another subject or stages, mixing chosen or dropped).
     */
    boolean update(TileData now) {
        if (now == data) { // a tile the computation kept (KeptTiles): its words are those shown
            return true;
        }
        if (!data.sameShape(now)) {
            return false;
        }
        List<String> texts = new ArrayList<>();
        for (TileStage stage : now.stages()) {
            for (TileFigure figure : List.of(stage.period(), stage.window())) {
                texts.addAll(List.of(figure.heading(), figure.positivity(), figure.interval(), figure.counts()));
            }
        }
        for (int i = 0; i < texts.size(); i++) {
            figureLabels.get(i).setText(texts.get(i));
        }
        showNotes(now);
        data = now;
        return true;
    }

    /* The badge, each stage's incompleteness and the baseline note, in their places; each only when it has words. */
    private void showNotes(TileData shown) {
        badge.show(shown.badge(), shown.badgeDetail());
        for (int i = 0; i < shown.stages().size(); i++) {
            TileStage stage = shown.stages().get(i);
            incompleteNotes.get(i).show(stage.incomplete().map(text -> "⚠ " + text),
                    TEXT.format("tile.incompleteHint", stage.incompleteDetail()));
        }
        baselineNote.show(shown.baselineNote(), shown.baselineDetail());
    }

    /**
     * A note label with its tooltip at the end of its holder, its words changed in place; shown when
     * its words come, taken out when they go. The label is made once and put back when its words
     * come again: a window filled and emptied by saves made a Label and a Tooltip (a popup window
     * with its own scene) each time, the largest part of updating a tile (decision 0060).
     */
    private static final class Note {

        private final String styleClass;
        private final ObservableList<Node> holder;
        private final boolean wraps;
        private Label label;

        Note(String styleClass, ObservableList<Node> holder, boolean wraps) {
            this.styleClass = styleClass;
            this.holder = holder;
            this.wraps = wraps;
        }

        void show(Optional<String> text, String detail) {
            if (text.isEmpty()) {
                if (label != null) {
                    holder.remove(label);
                }
                return;
            }
            if (label == null) {
                label = new Label(text.get());
                label.getStyleClass().add(styleClass);
                if (wraps) {
                    label.setWrapText(true);
                } else {
                    label.setMinWidth(Region.USE_PREF_SIZE);
                }
                label.setTooltip(new Tooltip(detail));
            } else {
                label.setText(text.get());
                label.getTooltip().setText(detail);
            }
            if (label.getParent() == null) {
                holder.add(label);
            }
        }
    }

    private VBox stagePart(TileStage stage) {
        Label label = label(stage.label(), "tile-stage-name");
        VBox period = figure(stage.period(), "tile-period");
        VBox window = figure(stage.window(), "tile-window");
        VBox part = new VBox(6, label, period, window);
        part.getStyleClass().addAll("tile-stage", "tile-stage-" + stage.scope().code());
        part.setMaxWidth(Double.MAX_VALUE);
        part.setPrefWidth(150);
        return part;
    }

    private VBox figure(TileFigure figure, String styleClass) {
        Label heading = label(figure.heading(), "tile-heading");
        Label positivity = label(figure.positivity(), "tile-positivity");
        Label interval = label(figure.interval(), "tile-ci");
        Label counts = label(figure.counts(), "tile-counts");
        counts.setTooltip(new Tooltip(TEXT.get("tile.countsHint")));
        figureLabels.addAll(List.of(heading, positivity, interval, counts));
        VBox box = new VBox(2, heading, positivity, interval, counts);
        box.getStyleClass().addAll("tile-figure", styleClass);
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    private static Label label(String text, String styleClass) {
        Label label = new Label(text);
        label.getStyleClass().add(styleClass);
        label.setWrapText(true);
        return label;
    }
}
