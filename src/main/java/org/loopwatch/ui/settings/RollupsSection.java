package org.loopwatch.ui.settings;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.loopwatch.domain.Rollup;

/** Rollups: the list on the left, a form for the selected (or a new) rollup on the right. */
final class RollupsSection extends HBox {

    private static final org.loopwatch.domain.text.Texts TEXT = org.loopwatch.domain.text.Texts.of(RollupsSection.class);

    private final RollupsViewModel viewModel;
    private final FlowPane memberBoxes = new FlowPane(12, 8);

    RollupsSection(RollupsViewModel viewModel) {
        super(16);
        this.viewModel = viewModel;
        VBox editor = editor();
        HBox.setHgrow(editor, Priority.ALWAYS);
        getChildren().addAll(list(), editor);
    }

    private VBox list() {
        ListView<Rollup> rollups = new ListView<>(viewModel.rollups());
        rollups.setId("rollupList");
        rollups.setAccessibleText(TEXT.get("tab.rollups"));
        rollups.setCellFactory(ignored -> new RollupCell());
        // A rollup's members are described by group names: a group added or renamed on the Groups
        // tab shows here at once (the rollups themselves are equal, so their cells would not redraw).
        viewModel.members().addListener((ListChangeListener<RollupMember>) change -> rollups.refresh());
        rollups.setPrefWidth(300);
        rollups.setPrefHeight(260);
        rollups.getSelectionModel().selectedItemProperty().addListener(
                (observable, before, after) -> viewModel.selectedProperty().set(after));
        viewModel.selectedProperty().addListener((observable, before, after) -> {
            if (after == null) {
                rollups.getSelectionModel().clearSelection();
            } else if (rollups.getSelectionModel().getSelectedItem() != after) {
                rollups.getSelectionModel().select(after);
            }
        });
        Button fresh = new Button(TEXT.get("rollups.new"));
        fresh.setId("rollupNew");
        fresh.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        fresh.setOnAction(event -> viewModel.startNew());
        VBox box = new VBox(8, rollups, fresh);
        VBox.setVgrow(rollups, Priority.ALWAYS);
        return box;
    }

    private VBox editor() {
        Label title = new Label();
        title.setId("rollupFormTitle");
        title.getStyleClass().add("subsection-title");
        title.textProperty().bind(Bindings.createStringBinding(() -> viewModel.selectedProperty().get() == null
                ? TEXT.get("rollups.new") : TEXT.format("rollups.edit", viewModel.selectedProperty().get().name()),
                viewModel.selectedProperty()));
        TextField name = new TextField();
        name.setId("rollupName");
        name.setPromptText(TEXT.get("rollups.namePrompt"));
        name.textProperty().bindBidirectional(viewModel.nameProperty());
        name.setOnAction(event -> {
            if (viewModel.canSaveProperty().get()) {
                viewModel.save();
            }
        });
        HBox.setHgrow(name, Priority.ALWAYS);
        HBox nameRow = new HBox(8, SectionLayout.labelFor(TEXT.get("rollups.name"), name), name);
        nameRow.setAlignment(Pos.CENTER_LEFT);

        memberBoxes.setId("rollupMembers");
        viewModel.members().addListener((ListChangeListener<RollupMember>) change -> rebuildMemberBoxes());
        rebuildMemberBoxes();
        Label allGroups = new Label(TEXT.get("rollups.allGroups"));
        allGroups.getStyleClass().add("section-hint");
        allGroups.visibleProperty().bind(viewModel.membersEditableProperty().not());
        allGroups.managedProperty().bind(allGroups.visibleProperty());

        Label problem = SectionMessage.hint("rollupProblem", viewModel.problemProperty());
        Button save = new Button();
        save.setId("rollupSave");
        save.textProperty().bind(Bindings.when(viewModel.selectedProperty().isNull())
                .then(TEXT.get("rollups.add")).otherwise(TEXT.get("rollups.save")));
        save.disableProperty().bind(viewModel.canSaveProperty().not());
        save.setOnAction(event -> viewModel.save());
        Button delete = new Button(TEXT.get("rollups.delete"));
        delete.setId("rollupDelete");
        delete.disableProperty().bind(viewModel.canDeleteProperty().not());
        delete.setOnAction(event -> viewModel.delete());
        Label note = new Label(TEXT.get("rollups.note"));
        note.getStyleClass().add("section-hint");
        note.setWrapText(true);
        VBox editor = new VBox(10, title, nameRow, new Label(TEXT.get("rollups.members")), memberBoxes, allGroups, problem,
                new HBox(8, save, delete), note, new SectionMessage("rollupMessage", viewModel.work()));
        editor.getStyleClass().add("rollup-editor"); // at most 620 px at 100 %, in em in settings.css
        return editor;
    }

    private void rebuildMemberBoxes() {
        memberBoxes.getChildren().clear();
        for (RollupMember member : viewModel.members()) {
            CheckBox box = new CheckBox(member.label());
            // A long group name wraps (settings.css caps the box's width at large zooms) rather than
            // hold the tab wider than the window.
            box.setWrapText(true);
            box.getStyleClass().add("rollup-member");
            box.setId("rollupMember-" + member.group().slug());
            box.selectedProperty().bindBidirectional(member.includedProperty());
            box.disableProperty().bind(viewModel.membersEditableProperty().not());
            memberBoxes.getChildren().add(box);
        }
    }

    /** A rollup's name over the groups it sums. */
    private final class RollupCell extends ListCell<Rollup> {
        private final Label name = new Label();
        private final Label members = new Label();
        private final VBox graphic = new VBox(2, name, members);

        RollupCell() {
            name.getStyleClass().add("rollup-name");
            members.getStyleClass().add("rollup-members");
            members.setWrapText(true);
            members.setMaxWidth(270);
        }

        @Override
        protected void updateItem(Rollup rollup, boolean empty) {
            super.updateItem(rollup, empty);
            setText(null);
            if (empty || rollup == null) {
                setGraphic(null);
                return;
            }
            name.setText(rollup.name());
            members.setText(viewModel.membersText(rollup));
            setGraphic(graphic);
        }
    }
}
