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

/**
 * One tile: the group's or rollup's name in its colour, cumulative positivity beside the last
 * W days', a badge when the latest day is flagged and a note when the window is incomplete. Ids
 * and style classes follow SPEC §8: {@code tile-<slug>} holding {@code tile-positivity},
 * {@code tile-ci} and {@code tile-counts} labels (cumulative first, then the window).
 */
final class TileView extends VBox {

    private TileData data;
    private final List<Label> figureLabels = new ArrayList<>();

    TileView(TileData data) {
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
        VBox cumulative = figure(data.cumulative(), "tile-cumulative");
        VBox window = figure(data.window(), "tile-window");
        data.incomplete().ifPresent(text -> {
            Label incomplete = new Label("⚠ " + text);
            incomplete.getStyleClass().add("tile-incomplete");
            incomplete.setWrapText(true);
            incomplete.setTooltip(new Tooltip("A day in this window has no row for a selected group and stage, "
                    + "so this figure may change once it is entered."));
            window.getChildren().add(incomplete);
        });
        HBox.setHgrow(cumulative, Priority.ALWAYS);
        HBox.setHgrow(window, Priority.ALWAYS);
        HBox figures = new HBox(14, cumulative, window);
        getChildren().addAll(header, figures);
    }

    /** What the tile shows, so an unchanged tile can stay on the screen. */
    TileData data() {
        return data;
    }

    /**
     * Shows new figures in place when only the figures changed (the usual case after a save), so
     * no node is made; false when the tile must be built anew (another subject, a badge or an
     * incomplete note that comes or goes or changes).
     */
    boolean update(TileData now) {
        if (!now.subject().equals(data.subject()) || !now.badge().equals(data.badge())
                || !now.badgeDetail().equals(data.badgeDetail()) || !now.incomplete().equals(data.incomplete())) {
            return false;
        }
        List<String> texts = new ArrayList<>();
        for (TileFigure figure : List.of(now.cumulative(), now.window())) {
            texts.addAll(List.of(figure.heading(), figure.positivity(), figure.interval(), figure.counts()));
        }
        for (int i = 0; i < texts.size(); i++) {
            figureLabels.get(i).setText(texts.get(i));
        }
        data = now;
        return true;
    }

    private VBox figure(TileFigure figure, String styleClass) {
        Label heading = label(figure.heading(), "tile-heading");
        Label positivity = label(figure.positivity(), "tile-positivity");
        Label interval = label(figure.interval(), "tile-ci");
        Label counts = label(figure.counts(), "tile-counts");
        counts.setTooltip(new Tooltip("positives / tests"));
        figureLabels.addAll(List.of(heading, positivity, interval, counts));
        VBox box = new VBox(2, heading, positivity, interval, counts);
        box.getStyleClass().addAll("tile-figure", styleClass);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setPrefWidth(150);
        return box;
    }

    private static Label label(String text, String styleClass) {
        Label label = new Label(text);
        label.getStyleClass().add(styleClass);
        label.setWrapText(true);
        return label;
    }
}
