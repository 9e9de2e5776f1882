package org.loopwatch.report.chart.fx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.scene.Node;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.loopwatch.report.chart.ChartData;
import org.loopwatch.report.chart.ChartFixtures;
import org.loopwatch.report.chart.ChartKind;
import org.loopwatch.report.chart.LegendEntry;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** A legend changed in place lists what a legend made anew lists, keeping the items of entries that stay. */
@ExtendWith(ApplicationExtension.class)
@Tag("gui")
class ChartLegendTest {

    private static final LegendEntry OPEN_DOT = LegendEntry.note(LegendEntry.Mark.OPEN_DOT, "open dot: a day not reported");
    private static final LegendEntry WORDS = LegendEntry.note(LegendEntry.Mark.TEXT, "rates below 1 %");

    @Test
    void aNoteThatComesOrGoesIsTheOnlyItemMadeOrDropped() throws Exception {
        List<LegendEntry> drawn = ChartData.of(ChartFixtures.request(ChartKind.ROLLING)).legend();
        List<LegendEntry> withNotes = new ArrayList<>(drawn);
        withNotes.add(1, OPEN_DOT);
        withNotes.add(WORDS);
        ChartLegend legend = onFx(() -> new ChartLegend(drawn));
        List<Node> itemsBefore = List.copyOf(legend.getChildren());

        onFx(() -> {
            legend.show(withNotes);
            return null;
        });

        assertThat(legend.entries()).isEqualTo(withNotes);
        assertThat(texts(legend)).isEqualTo(texts(onFx(() -> new ChartLegend(withNotes))));
        List<Node> kept = new ArrayList<>(legend.getChildren());
        kept.remove(1);
        kept.removeLast();
        assertThat(kept).containsExactlyElementsOf(itemsBefore);

        onFx(() -> {
            legend.show(drawn);
            return null;
        });

        assertThat(legend.entries()).isEqualTo(drawn);
        assertThat(legend.getChildren()).containsExactlyElementsOf(itemsBefore);
        assertThat(texts(legend)).isEqualTo(texts(onFx(() -> new ChartLegend(drawn))));
    }

    @Test
    void aNoteThatGoesAndComesBackIsShownByTheItemMadeForItFirst() throws Exception {
        List<LegendEntry> drawn = ChartData.of(ChartFixtures.request(ChartKind.ROLLING)).legend();
        List<LegendEntry> withNote = new ArrayList<>(drawn);
        withNote.add(1, OPEN_DOT);
        ChartLegend legend = onFx(() -> new ChartLegend(withNote));
        Node note = onFx(() -> legend.getChildren().get(1));

        onFx(() -> {
            legend.show(drawn);
            return null;
        });
        assertThat(legend.getChildren()).doesNotContain(note);
        onFx(() -> {
            legend.show(withNote);
            return null;
        });

        assertThat(legend.getChildren().get(1)).isSameAs(note);
        assertThat(legend.entries()).isEqualTo(withNote);
        assertThat(texts(legend)).isEqualTo(texts(onFx(() -> new ChartLegend(withNote))));
    }

    @Test
    void entriesInAnotherOrderAreListedInThatOrder() throws Exception {
        List<LegendEntry> drawn = ChartData.of(ChartFixtures.request(ChartKind.ROLLING)).legend();
        List<LegendEntry> reversed = new ArrayList<>(drawn).reversed();
        ChartLegend legend = onFx(() -> new ChartLegend(drawn));

        onFx(() -> {
            legend.show(reversed);
            return null;
        });

        assertThat(legend.entries()).isEqualTo(reversed);
        assertThat(texts(legend)).isEqualTo(texts(onFx(() -> new ChartLegend(reversed))));
    }

    private static List<String> texts(ChartLegend legend) throws Exception {
        return onFx(() -> legend.getChildren().stream()
                .map(item -> item instanceof Label label ? label.getText()
                        : ((Label) item.lookup(".label")).getText() + " " + item.getStyleClass())
                .toList());
    }

    private static <T> T onFx(Callable<T> action) throws Exception {
        return WaitForAsyncUtils.asyncFx(action).get();
    }
}
