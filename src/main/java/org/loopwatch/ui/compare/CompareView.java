package org.loopwatch.ui.compare;

import java.util.List;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.loopwatch.domain.ConfidenceLevel;
import org.loopwatch.domain.IntervalMethod;
import org.loopwatch.report.chart.ChartSubject;
import org.loopwatch.domain.text.Texts;
import org.loopwatch.report.chart.StageFilter;
import org.loopwatch.ui.Choices;
import org.loopwatch.ui.DateTexts;

/**
 * Compare: pick two groups or rollups, a period and a stage; read both rates with intervals, the
 * rate ratio, the difference, Fisher's exact p and one plain sentence.
 */
public final class CompareView extends VBox implements org.loopwatch.ui.FocusWhenShown {

    private static final Texts TEXT = Texts.of(CompareView.class);

    private final CompareViewModel viewModel;
    private ComboBox<ChartSubject> firstChoice;

    public CompareView(CompareViewModel viewModel) {
        super(14);
        this.viewModel = viewModel;
        getStyleClass().add("compare");
        // Hidden screens stay out of the way of a save; shown again, they catch up (RefreshWhileShown).
        sceneProperty().addListener((observable, before, after) -> viewModel.shown(after != null));
        getStylesheets().add(Objects.requireNonNull(CompareView.class.getResource("compare.css"), "compare.css")
                .toExternalForm());
        Label title = new Label(TEXT.get("compare.title"));
        title.getStyleClass().add("screen-title");
        wrapsWhole(title); // at 200 % the title is wider than a 1024-px window's screen
        Label message = new Label();
        message.setId("compareMessage");
        message.getStyleClass().add("compare-message");
        message.setWrapText(true);
        message.textProperty().bind(viewModel.messageProperty());
        message.visibleProperty().bind(viewModel.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        Label reading = new Label();
        reading.setId("compareReading");
        reading.getStyleClass().add("compare-reading");
        wrapsWhole(reading);
        reading.textProperty().bind(text(ComparisonTexts::reading));
        getChildren().addAll(title, choices(), message, results(), reading, copyBar());
    }

    private Node copyBar() {
        Button copy = new Button(TEXT.get("compare.copy"));
        copy.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        copy.setId("compareCopy");
        copy.disableProperty().bind(viewModel.hasResult().not());
        Label copied = new Label(TEXT.get("compare.copied"));
        copied.setId("compareCopied");
        copied.getStyleClass().add("compare-copied");
        copied.setVisible(false);
        // A new result is not yet on the clipboard: the confirmation goes until Copy is pressed again.
        viewModel.textsProperty().addListener((observable, before, after) -> copied.setVisible(false));
        copy.setOnAction(event -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(viewModel.resultText());
            Clipboard.getSystemClipboard().setContent(content);
            copied.setVisible(true);
        });
        HBox bar = new HBox(10, copy, copied);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    /** Both stages together reads as what it is: a mix of two denominators. */
    private static String stageLabel(StageFilter filter) {
        return switch (filter) {
            case ARRIVAL -> org.loopwatch.domain.Stage.ARRIVAL.label();
            case IN_LOOP -> org.loopwatch.domain.Stage.IN_LOOP.label();
            case ALL -> TEXT.get("compare.stageBoth");
        };
    }

    private Node choices() {
        ComboBox<ChartSubject> a = subjectChoice("compareA");
        firstChoice = a;
        a.valueProperty().bindBidirectional(viewModel.aProperty());
        ComboBox<ChartSubject> b = subjectChoice("compareB");
        b.valueProperty().bindBidirectional(viewModel.bProperty());
        DatePicker from = datePicker("compareFrom");
        from.valueProperty().bindBidirectional(viewModel.fromProperty());
        DatePicker to = datePicker("compareTo");
        to.valueProperty().bindBidirectional(viewModel.toProperty());
        ComboBox<StageFilter> stage = Choices.of("compareStage", List.of(StageFilter.values()), CompareView::stageLabel);
        stage.valueProperty().bindBidirectional(viewModel.stageProperty());
        ComboBox<IntervalMethod> method = Choices.of("compareMethod", List.of(IntervalMethod.values()),
                IntervalMethod::label);
        method.valueProperty().bindBidirectional(viewModel.methodProperty());
        ComboBox<ConfidenceLevel> level = Choices.of("compareLevel", ConfidenceLevel.CHOICES,
                value -> TEXT.format("compare.levelValue", value.percent()));
        level.valueProperty().bindBidirectional(viewModel.levelProperty());
        FlowPane who = new FlowPane(14, 8, field(TEXT.get("compare.a"), a), field(TEXT.get("compare.b"), b));
        FlowPane when = new FlowPane(14, 8, field(TEXT.get("compare.from"), from), field(TEXT.get("compare.to"), to),
                field(TEXT.get("compare.stage"), stage), field(TEXT.get("compare.method"), method),
                field(TEXT.get("compare.level"), level));
        Label mixing = new Label("⚠ " + TEXT.get("compare.mixing"));
        mixing.setId("compareMixing");
        mixing.getStyleClass().add("compare-mixing");
        mixing.setWrapText(true);
        mixing.visibleProperty().bind(viewModel.stageProperty().isEqualTo(StageFilter.ALL));
        mixing.managedProperty().bind(mixing.visibleProperty());
        return new VBox(8, who, when, mixing);
    }

    private Node results() {
        GridPane grid = new GridPane();
        grid.setId("compareResult"); // SPEC §8
        grid.getStyleClass().add("compare-results");
        grid.setHgap(24);
        grid.setVgap(6);
        // Columns share the width (no pixel minimums: 200 + 2 × 220 px held the screen wider than a
        // 1024-px window at 175–200 %); captions and values wrap within their column rather than end in "…".
        ColumnConstraints captions = new ColumnConstraints();
        captions.setPercentWidth(30);
        ColumnConstraints values = new ColumnConstraints();
        values.setPercentWidth(35);
        values.setHalignment(HPos.LEFT);
        grid.getColumnConstraints().addAll(captions, values, values);

        grid.add(header(nameOf(viewModel.aProperty()), "compareNameA"), 1, 0);
        grid.add(header(nameOf(viewModel.bProperty()), "compareNameB"), 2, 0);
        row(grid, 1, TEXT.get("compare.positivity"), value("compareRateA", ComparisonTexts::positivityA),
                value("compareRateB", ComparisonTexts::positivityB));
        row(grid, 2, TEXT.get("compare.interval"), value("compareCiA", ComparisonTexts::intervalA),
                value("compareCiB", ComparisonTexts::intervalB));
        row(grid, 3, TEXT.get("compare.counts"), value("compareCountsA", ComparisonTexts::countsA),
                value("compareCountsB", ComparisonTexts::countsB));
        row(grid, 4, TEXT.get("compare.ratio"), value("compareRatio", ComparisonTexts::ratio));
        row(grid, 5, TEXT.get("compare.difference"), value("compareDifference", ComparisonTexts::difference));
        row(grid, 6, TEXT.get("compare.p"), value("compareP", ComparisonTexts::pValue));
        return grid;
    }

    /*
     * Wraps, and is never given less height than its wrapped lines: the window's holder fits a
     * screen to the window's height when it can, which squeezed wrapped texts to one line and "…".
     */
    private static void wrapsWhole(Label label) {
        label.setWrapText(true);
        label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
    }

    private static StringBinding nameOf(ObjectProperty<ChartSubject> property) {
        return Bindings.createStringBinding(() -> property.get() == null ? "" : property.get().name(), property);
    }

    private static Label header(StringBinding text, String id) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add("compare-name");
        wrapsWhole(label);
        label.textProperty().bind(text);
        return label;
    }

    private Label value(String id, java.util.function.Function<ComparisonTexts, String> part) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add("compare-value");
        wrapsWhole(label);
        label.textProperty().bind(text(part));
        return label;
    }

    private StringBinding text(java.util.function.Function<ComparisonTexts, String> part) {
        return Bindings.createStringBinding(() -> viewModel.textsProperty().get() == null ? ""
                : part.apply(viewModel.textsProperty().get()), viewModel.textsProperty());
    }

    private static void row(GridPane grid, int row, String caption, Label... values) {
        Label label = new Label(caption);
        label.getStyleClass().add("compare-caption");
        wrapsWhole(label);
        grid.add(label, 0, row);
        for (int i = 0; i < values.length; i++) {
            grid.add(values[i], 1 + i, row);
        }
    }

    private ComboBox<ChartSubject> subjectChoice(String id) {
        ComboBox<ChartSubject> box = new ComboBox<>(viewModel.subjects());
        box.setId(id);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(ChartSubject subject) {
                return subject == null ? "" : subject.rollup() ? TEXT.format("compare.rollup", subject.name()) : subject.name();
            }

            @Override
            public ChartSubject fromString(String text) {
                return viewModel.subjects().stream().filter(subject -> toString(subject).equals(text)).findFirst()
                        .orElse(null);
            }
        });
        // As wide as the longest name (240 px cut "Team officials" at 200 %); loopwatch.css caps it at large zooms.
        org.loopwatch.ui.ChoiceTooltip.showsChosen(box);
        return box;
    }

    private static DatePicker datePicker(String id) {
        DatePicker picker = new DatePicker();
        picker.setId(id);
        picker.setConverter(DateTexts.converter());
        picker.setPrefWidth(130);
        return picker;
    }

    private static Node field(String caption, Node control) {
        Label label = new Label(caption);
        label.getStyleClass().add("filter-caption");
        label.setLabelFor(control);
        HBox box = new HBox(6, label, control);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    /** The first of the two groups or rollups compared. */
    @Override
    public void focusWhenShown() {
        firstChoice.requestFocus();
    }
}
