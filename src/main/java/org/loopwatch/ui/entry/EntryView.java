package org.loopwatch.ui.entry;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.validation.ValidationMessage;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.decoration.CompoundValidationDecoration;
import org.controlsfx.validation.decoration.GraphicValidationDecoration;
import org.controlsfx.validation.decoration.StyleClassValidationDecoration;
import org.loopwatch.domain.Group;
import org.loopwatch.domain.Stage;
import org.loopwatch.domain.ValidationProblem;
import org.loopwatch.ui.results.ResultControls;

/**
 * The daily entry screen: the form on the left (Tab order follows it; Enter saves), the day's
 * grid of group × stage on the right. Thin: every decision is the view model's.
 */
public final class EntryView extends VBox implements org.loopwatch.ui.FocusWhenShown {

    private static final org.loopwatch.domain.text.Texts TEXT = org.loopwatch.domain.text.Texts.of(EntryView.class);

    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination PREVIOUS_DAY = new KeyCodeCombination(KeyCode.LEFT, KeyCombination.ALT_DOWN);
    private static final KeyCombination NEXT_DAY = new KeyCodeCombination(KeyCode.RIGHT, KeyCombination.ALT_DOWN);

    private final EntryViewModel viewModel;
    private final DatePicker date = new DatePicker();
    private final ComboBox<Group> group = new ComboBox<>();
    private final ComboBox<Stage> stage = new ComboBox<>();
    private final TextField tests = new TextField();
    private final TextField positives = new TextField();
    private final TextField note = new TextField();
    private final CheckBox confirmWarnings = new CheckBox(TEXT.get("confirmWarnings"));
    private final VBox messages = new VBox(4);
    private final ValidationSupport validation = new ValidationSupport();

    public EntryView(EntryViewModel viewModel) {
        super(16);
        this.viewModel = viewModel;
        getStyleClass().add("entry-screen");
        getStylesheets().add(Objects.requireNonNull(EntryView.class.getResource("entry.css"), "entry.css")
                .toExternalForm());
        // Side by side, or the grid below the form when the window is too narrow for both (CardsPane).
        org.loopwatch.ui.CardsPane body = new org.loopwatch.ui.CardsPane(formCard(), new DayGridView(viewModel), 24);
        body.setId("entryCards");
        getChildren().addAll(header(), body);
        // Ctrl+Z undoes the last save anywhere on this screen, also inside a text field: the form's
        // fields are short, so a typing slip is fixed with Backspace, a wrong save with Ctrl+Z.
        addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (UNDO.match(event)) {
                event.consume();
                viewModel.undo();
            } else if (PREVIOUS_DAY.match(event) || NEXT_DAY.match(event)) {
                // Alt+Left / Alt+Right step through days from any field, as in a browser's history.
                event.consume();
                viewModel.stepDays(NEXT_DAY.match(event) ? 1 : -1);
            }
        });
        viewModel.focusTestsRequestsProperty().addListener((observable, before, after) -> focusTests());
        // Focus tests when the screen first appears; later scene changes (ControlsFX moving the
        // scene root into its decoration pane) must not steal the focus from the field in use.
        sceneProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends javafx.scene.Scene> observable,
                                javafx.scene.Scene before, javafx.scene.Scene after) {
                if (after != null) {
                    sceneProperty().removeListener(this);
                    Platform.runLater(EntryView.this::focusTests);
                }
            }
        });
        // Hidden (another screen chosen), the form reads the day again only once shown (decision 0059).
        sceneProperty().addListener((observable, before, after) -> viewModel.shown(after != null));
        viewModel.start();
    }

    private Node header() {
        Label title = new Label(TEXT.get("entry.title"));
        title.getStyleClass().add("screen-title");
        Label dayStatus = new Label();
        dayStatus.setId("entryDayStatus");
        dayStatus.textProperty().bind(Bindings.when(viewModel.dayClosedProperty())
                .then(TEXT.get("day.closed")).otherwise(TEXT.get("day.open")));
        dayStatus.getStyleClass().add("entry-day-status");
        viewModel.dayClosedProperty().addListener((observable, before, closed) -> toggleClass(dayStatus,
                "entry-day-closed", closed));
        toggleClass(dayStatus, "entry-day-closed", viewModel.dayClosedProperty().get());
        HBox header = new HBox(16, title, dayStatus);
        header.setAlignment(Pos.BASELINE_LEFT);
        Optional<String> notice = viewModel.roleNotice();
        if (notice.isEmpty()) {
            return header;
        }
        Label role = new Label(notice.get());
        role.setId("entryRoleNotice");
        role.getStyleClass().add("role-notice");
        role.setWrapText(true);
        return new VBox(6, header, role);
    }

    private Region formCard() {
        date.setId("entryDate");
        date.setConverter(ResultControls.dates(date));
        date.setPromptText(TEXT.format("date.prompt", org.loopwatch.ui.DateTexts.shown(java.time.LocalDate.of(2022, 1, 22))));
        date.getEditor().textProperty().bindBidirectional(viewModel.dateTextProperty());
        date.valueProperty().addListener((observable, before, after) -> {
            if (after != null) {
                viewModel.dateTextProperty().set(org.loopwatch.ui.DateTexts.shown(after));
            }
        });
        viewModel.dateProperty().addListener((observable, before, after) -> showDate(after));
        showDate(viewModel.dateProperty().get());

        group.setId("entryGroup");
        group.setItems(viewModel.activeGroups());
        ResultControls.showGroups(group);
        group.valueProperty().bindBidirectional(viewModel.groupProperty());

        stage.setId("entryStage");
        stage.setItems(viewModel.stages());
        ResultControls.showStages(stage);
        stage.valueProperty().bindBidirectional(viewModel.stageProperty());

        tests.setId("entryTests");
        tests.setPromptText(TEXT.get("prompt.tests"));
        tests.textProperty().bindBidirectional(viewModel.testsProperty());
        positives.setId("entryPositives");
        positives.setPromptText(TEXT.get("prompt.positives"));
        positives.textProperty().bindBidirectional(viewModel.positivesProperty());
        note.setId("entryNote");
        note.setPromptText(TEXT.get("prompt.note"));
        note.textProperty().bindBidirectional(viewModel.noteProperty());
        for (TextField field : new TextField[] {tests, positives, note}) {
            field.setOnAction(event -> viewModel.save());
        }
        for (Control control : new Control[] {group, stage, confirmWarnings}) {
            saveOnEnter(control);
        }

        GridPane form = new GridPane();
        form.getStyleClass().add("entry-form");
        form.setHgap(12);
        form.setVgap(10);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        // Fields give way down to 180 px so that form and grid fit side by side in a 1024 px window.
        ColumnConstraints fields = new ColumnConstraints(180, 260, Double.MAX_VALUE);
        fields.setHgrow(Priority.ALWAYS);
        form.getColumnConstraints().addAll(labels, fields);
        // At a larger zoom the fields' least and usual widths grow with the text (13 px at 100 %).
        confirmWarnings.fontProperty().addListener((observable, before, font) -> {
            fields.setMinWidth(180 * font.getSize() / 13);
            fields.setPrefWidth(260 * font.getSize() / 13);
        });
        addRow(form, 0, TEXT.get("field.date"), date);
        addRow(form, 1, TEXT.get("field.group"), group);
        addRow(form, 2, TEXT.get("field.stage"), stage);
        addRow(form, 3, TEXT.get("field.tests"), tests);
        addRow(form, 4, TEXT.get("field.positives"), positives);
        addRow(form, 5, TEXT.get("field.note"), note);

        confirmWarnings.setId("entryConfirmWarnings");
        confirmWarnings.selectedProperty().bindBidirectional(viewModel.warningsConfirmedProperty());
        confirmWarnings.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> viewModel.validationProperty().get() != null && viewModel.validationProperty().get().hasWarnings(),
                viewModel.validationProperty()));
        confirmWarnings.managedProperty().bind(confirmWarnings.visibleProperty());

        messages.setId("entryMessages");
        messages.getStyleClass().add("entry-messages");
        viewModel.shownProblems().addListener((javafx.collections.ListChangeListener<ValidationProblem>) change -> showProblems());
        showProblems();
        decorate();

        if (!viewModel.mayEnter()) {
            // An analyst reads the day's values but cannot type into them (the server would refuse).
            for (TextField field : new TextField[] {tests, positives, note}) {
                field.setEditable(false);
            }
        }
        VBox card = new VBox(14, form, confirmWarnings, messages, buttons(), status());
        card.getStyleClass().addAll("entry-card", "entry-form-card");
        card.setMinWidth(Region.USE_COMPUTED_SIZE); // preferred and largest width in entry.css, in em
        return card;
    }

    private Node buttons() {
        Button save = new Button(TEXT.get("save"));
        save.setId("entrySave");
        save.getStyleClass().add("entry-save");
        save.disableProperty().bind(viewModel.canSaveProperty().not());
        save.setOnAction(event -> viewModel.save());
        save.setTooltip(new Tooltip(TEXT.get("save.tooltip")));
        Button undo = new Button(TEXT.get("undo"));
        undo.setId("entryUndo");
        undo.disableProperty().bind(viewModel.lastChangeProperty().isNull().or(viewModel.savingProperty()));
        undo.setOnAction(event -> viewModel.undo());
        undo.setTooltip(new Tooltip(TEXT.get("undo.tooltip")));
        Button closeDay = new Button();
        closeDay.setId("entryCloseDay");
        closeDay.textProperty().bind(Bindings.when(viewModel.dayClosedProperty()).then(TEXT.get("reopenDay")).otherwise(TEXT.get("closeDay")));
        closeDay.disableProperty().bind(viewModel.dateProperty().isNull().or(viewModel.savingProperty())
                .or(Bindings.createBooleanBinding(() -> !viewModel.mayCloseDays())));

        closeDay.setOnAction(event -> viewModel.toggleDayClosed());
        ProgressIndicator busy = new ProgressIndicator();
        busy.getStyleClass().add("entry-busy");
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(viewModel.savingProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        for (Button button : new Button[] {save, undo, closeDay}) {
            button.setMinWidth(Region.USE_PREF_SIZE);
        }
        closeDay.setMaxWidth(Double.MAX_VALUE);
        HBox row = new HBox(10, save, busy, spacer, undo, asWideAsEither(closeDay, TEXT.get("closeDay"), TEXT.get("reopenDay")));
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /*
     * The button as wide as the wider of its two texts: "Close day…" becoming "Reopen day…" widened
     * the form and moved the day's grid sideways under the pointer. Unseen, unfocusable stand-ins hold the width.
     */
    private static Node asWideAsEither(Button button, String... texts) {
        javafx.scene.layout.StackPane holder = new javafx.scene.layout.StackPane();
        for (String text : texts) {
            Button standIn = new Button(text);
            standIn.setVisible(false);
            standIn.setFocusTraversable(false);
            standIn.setMinWidth(Region.USE_PREF_SIZE);
            holder.getChildren().add(standIn);
        }
        holder.getChildren().add(button);
        return holder;
    }

    private Node status() {
        Label status = new Label();
        status.setId("entryStatus");
        status.getStyleClass().add("entry-status");
        status.setWrapText(true);
        status.textProperty().bind(viewModel.statusProperty());
        return status;
    }

    private static void addRow(GridPane form, int row, String text, Control control) {
        Label label = new Label(text);
        label.setLabelFor(control);
        label.getStyleClass().add("entry-label");
        control.setMaxWidth(Double.MAX_VALUE);
        form.addRow(row, label, control);
    }

    private void saveOnEnter(Control control) {
        control.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            boolean popupOpen = control instanceof ComboBox<?> combo && combo.isShowing();
            if (event.getCode() == KeyCode.ENTER && !popupOpen) {
                event.consume();
                viewModel.save();
            }
        });
    }

    private void showDate(LocalDate value) {
        if (value != null && !value.equals(date.getValue())) {
            date.setValue(value);
        }
    }

    @Override
    public void focusWhenShown() {
        focusTests();
    }

    private void focusTests() {
        tests.requestFocus();
        tests.selectAll();
    }

    private void showProblems() {
        messages.getChildren().clear();
        if (viewModel.shownProblems().isEmpty()) {
            Label hint = new Label(TEXT.get("hint"));
            hint.getStyleClass().add("entry-message-hint");
            hint.setWrapText(true);
            messages.getChildren().add(hint);
        }
        for (ValidationProblem problem : viewModel.shownProblems()) {
            Label line = new Label(problem.message());
            line.setWrapText(true);
            line.getStyleClass().add(problem.isError() ? "entry-message-error" : "entry-message-warning");
            messages.getChildren().add(line);
        }
        validation.revalidate();
    }

    /* ControlsFX marks each field with its own problems: an icon with the sentence as tooltip and a red or amber edge. */
    private void decorate() {
        validation.setValidationDecorator(new CompoundValidationDecoration(
                new GraphicValidationDecoration(), new StyleClassValidationDecoration()));
        register(date, ValidationProblem.DATE);
        register(group, ValidationProblem.GROUP);
        register(stage, ValidationProblem.STAGE);
        register(tests, ValidationProblem.TESTS);
        register(positives, ValidationProblem.POSITIVES);
        register(note, ValidationProblem.NOTE);
    }

    private void register(Control control, String field) {
        validation.registerValidator(control, false, (Control target, Object value) ->
                org.controlsfx.validation.ValidationResult.fromMessages(viewModel.shownProblems(field).stream()
                        .map(problem -> problem.isError()
                                ? ValidationMessage.error(target, problem.message())
                                : ValidationMessage.warning(target, problem.message()))
                        .toList()));
    }

    static void toggleClass(Node node, String styleClass, boolean on) {
        if (on && !node.getStyleClass().contains(styleClass)) {
            node.getStyleClass().add(styleClass);
        } else if (!on) {
            node.getStyleClass().remove(styleClass);
        }
    }
}
