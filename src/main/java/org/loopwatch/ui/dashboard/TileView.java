package org.loopwatch.ui.dashboard;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
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
final class TileView extends VBox {

    private static final Texts TEXT = Texts.of(TileView.class);

    private TileData data;
    private final List<Label> figureLabels = new ArrayList<>();

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
        HBox header = new HBox(8, name, spacer);
        header.setAlignment(Pos.TOP_LEFT);
        data.badge().ifPresent(text -> {
            Label badge = new Label(text);
            badge.getStyleClass().add("tile-badge");
            badge.setMinWidth(Region.USE_PREF_SIZE);
            badge.setTooltip(new Tooltip(data.badgeDetail()));
            header.getChildren().add(badge);
        });
        getChildren().add(header);
        data.mixing().ifPresent(text -> {
            Label mixing = new Label("⚠ " + text);
            mixing.getStyleClass().add("tile-mixing");
            mixing.setWrapText(true);
            getChildren().add(mixing);
        });
        HBox parts = new HBox(14);
        parts.getStyleClass().add("tile-stages");
        for (TileStage stage : data.stages()) {
            VBox part = stagePart(stage);
            HBox.setHgrow(part, Priority.ALWAYS);
            parts.getChildren().add(part);
        }
        getChildren().add(parts);
        data.baselineNote().ifPresent(text -> {
            Label note = new Label(text);
            note.getStyleClass().add("tile-no-baseline");
            note.setWrapText(true);
            note.setTooltip(new Tooltip(data.baselineDetail()));
            getChildren().add(note);
        });
    }

    /** What the tile shows, so an unchanged tile can stay on the screen. */
    TileData data() {
        return data;
    }

    /**
     * Shows new figures in place when only the figures changed (the usual case after a save), so
     * no node is made; false when the tile must be built anew (another subject or stage, a badge
     * or an incomplete note that comes or goes or changes).
     */
    boolean update(TileData now) {
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
        data = now;
        return true;
    }

    private VBox stagePart(TileStage stage) {
        Label label = label(stage.label(), "tile-stage-name");
        VBox period = figure(stage.period(), "tile-period");
        VBox window = figure(stage.window(), "tile-window");
        VBox part = new VBox(6, label, period, window);
        stage.incomplete().ifPresent(text -> {
            Label incomplete = new Label("⚠ " + text);
            incomplete.getStyleClass().add("tile-incomplete");
            incomplete.setWrapText(true);
            incomplete.setTooltip(new Tooltip(TEXT.format("tile.incompleteHint", stage.incompleteDetail())));
            part.getChildren().add(incomplete);
        });
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
