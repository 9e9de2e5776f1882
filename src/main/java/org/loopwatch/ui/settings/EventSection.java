package org.loopwatch.ui.settings;

import java.time.LocalDate;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.loopwatch.store.KeyDate;
import org.loopwatch.ui.IsoDatePicker;

/** The event (name, loop start and end) and its key dates. */
final class EventSection extends VBox {

    private static final org.loopwatch.domain.text.Texts TEXT = org.loopwatch.domain.text.Texts.of(EventSection.class);

    private final EventViewModel viewModel;

    EventSection(EventViewModel viewModel) {
        super(12);
        this.viewModel = viewModel;
        getChildren().addAll(eventForm(), new Separator(), keyDates(),
                new SectionMessage("eventMessage", viewModel.work()));
    }

    private VBox eventForm() {
        TextField name = new TextField();
        name.setId("eventName");
        name.setPromptText(TEXT.get("event.namePrompt"));
        name.setPrefColumnCount(24);
        name.textProperty().bindBidirectional(viewModel.nameProperty());
        DatePicker start = datePicker("eventStart", TEXT.get("event.startPrompt"));
        start.valueProperty().bindBidirectional(viewModel.loopStartProperty());
        DatePicker end = datePicker("eventEnd", TEXT.get("event.endPrompt"));
        end.valueProperty().bindBidirectional(viewModel.loopEndProperty());
        Button clearEnd = new Button(TEXT.get("event.noEnd"));
        clearEnd.setId("eventEndClear");
        clearEnd.disableProperty().bind(viewModel.loopEndProperty().isNull());
        clearEnd.setOnAction(event -> viewModel.loopEndProperty().set(null));

        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        form.addRow(0, SectionLayout.labelFor(TEXT.get("event.name"), name), name);
        form.addRow(1, SectionLayout.labelFor(TEXT.get("event.start"), start), start);
        // The end date and "No end date" side by side where they fit (to 150 %), one under the other beyond.
        clearEnd.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        form.addRow(2, SectionLayout.labelFor(TEXT.get("event.end"), end), new javafx.scene.layout.FlowPane(8, 8, end, clearEnd));

        Button save = new Button(TEXT.get("event.save"));
        save.setId("eventSave");
        save.disableProperty().bind(viewModel.canSaveEventProperty().not());
        save.setOnAction(event -> viewModel.saveEvent());
        name.setOnAction(event -> {
            if (viewModel.canSaveEventProperty().get()) {
                viewModel.saveEvent();
            }
        });
        Button revert = new Button(TEXT.get("event.revert"));
        revert.setId("eventRevert");
        revert.disableProperty().bind(viewModel.dirtyProperty().not());
        revert.setOnAction(event -> viewModel.revertEvent());
        Label problem = SectionMessage.hint("eventProblem", viewModel.eventProblemProperty());
        problem.visibleProperty().unbind();
        // Only nag once the person has started typing; an empty new database shows the fields.
        problem.visibleProperty().bind(problem.textProperty().isNotEmpty().and(viewModel.dirtyProperty()));
        return new VBox(10, form, problem, new HBox(8, save, revert));
    }

    private VBox keyDates() {
        Label heading = new Label(TEXT.get("keyDates.title"));
        heading.getStyleClass().add("subsection-title");
        TableView<KeyDate> table = new TableView<>(viewModel.keyDates());
        table.setId("keyDateTable");
        table.setAccessibleText(TEXT.get("keyDates.title"));
        TableColumn<KeyDate, LocalDate> date = new TableColumn<>(TEXT.get("keyDates.col.date"));
        date.setId("keyDateColDate");
        date.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().date()));
        date.setPrefWidth(120);
        TableColumn<KeyDate, String> label = new TableColumn<>(TEXT.get("keyDates.col.label"));
        label.setId("keyDateColLabel");
        label.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().label()));
        label.setPrefWidth(300);
        table.getColumns().add(date);
        table.getColumns().add(label);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label none = new Label(TEXT.get("keyDates.none"));
        none.setWrapText(true);
        table.setPlaceholder(none);
        table.setPrefHeight(180);
        table.setMaxWidth(520);
        table.getSelectionModel().selectedItemProperty().addListener(
                (observable, before, after) -> viewModel.selectedKeyDateProperty().set(after));
        viewModel.selectedKeyDateProperty().addListener((observable, before, after) -> {
            if (after == null) {
                table.getSelectionModel().clearSelection();
            } else if (table.getSelectionModel().getSelectedItem() != after) {
                table.getSelectionModel().select(after);
            }
        });

        DatePicker day = datePicker("keyDateDate", TEXT.get("event.startPrompt"));
        day.valueProperty().bindBidirectional(viewModel.keyDateDayProperty());
        TextField text = new TextField();
        text.setId("keyDateLabel");
        text.setPromptText(TEXT.get("keyDates.labelPrompt"));
        text.textProperty().bindBidirectional(viewModel.keyDateLabelProperty());
        HBox.setHgrow(text, Priority.ALWAYS);
        Button add = new Button(TEXT.get("keyDates.add"));
        add.setId("keyDateAdd");
        add.disableProperty().bind(viewModel.canAddKeyDateProperty().not());
        add.setOnAction(event -> viewModel.addKeyDate());
        text.setOnAction(event -> {
            if (viewModel.canAddKeyDateProperty().get()) {
                viewModel.addKeyDate();
            }
        });
        Button remove = new Button(TEXT.get("keyDates.remove"));
        remove.setId("keyDateRemove");
        remove.disableProperty().bind(viewModel.canRemoveKeyDateProperty().not());
        remove.setOnAction(event -> viewModel.removeKeyDate());
        // Day, label and Add in a flow: at 150–200 % they do not fit one row of the tab, and an HBox
        // capped at 620 px squeezed the fields below their examples and "Add key date" to "Ad…".
        HBox dayPair = new HBox(8, SectionLayout.labelFor(TEXT.get("keyDates.day"), day), day);
        dayPair.setAlignment(Pos.CENTER_LEFT);
        HBox labelPair = new HBox(8, SectionLayout.labelFor(TEXT.get("keyDates.label"), text), text);
        labelPair.setAlignment(Pos.CENTER_LEFT);
        add.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.layout.FlowPane addRow = new javafx.scene.layout.FlowPane(8, 8, dayPair, labelPair, add);
        addRow.setAlignment(Pos.CENTER_LEFT);
        Label problem = SectionMessage.hint("keyDateProblem", viewModel.keyDateProblemProperty());
        problem.visibleProperty().unbind();
        problem.visibleProperty().bind(problem.textProperty().isNotEmpty().and(
                viewModel.keyDateDayProperty().isNotNull().or(viewModel.keyDateLabelProperty().isNotEmpty())));
        Label purpose = new Label(TEXT.get("keyDates.purpose"));
        purpose.getStyleClass().add("section-hint");
        return new VBox(8, heading, purpose, table, remove, addRow, problem);
    }

    private static DatePicker datePicker(String id, String prompt) {
        DatePicker picker = new IsoDatePicker(id, prompt);
        picker.setPrefWidth(150);
        return picker;
    }
}
