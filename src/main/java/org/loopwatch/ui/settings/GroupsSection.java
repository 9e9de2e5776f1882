package org.loopwatch.ui.settings;

import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.loopwatch.domain.DefaultGroups;
import org.loopwatch.domain.Group;

/**
 * Groups: the list in display order on the left (Alt+Up/Alt+Down move the selected group), adding
 * and editing the selected group on the right.
 */
final class GroupsSection extends VBox {

    private static final org.loopwatch.domain.text.Texts TEXT = org.loopwatch.domain.text.Texts.of(GroupsSection.class);

    private final GroupsViewModel viewModel;

    GroupsSection(GroupsViewModel viewModel) {
        this.viewModel = viewModel;
        // Side by side, or the editor below the list when both do not fit (200 % on a laptop
        // squeezed the list to "运动…" beside the editor).
        getChildren().add(new org.loopwatch.ui.CardsPane(list(), editor(), 16));
    }

    private VBox list() {
        ListView<Group> groups = new ListView<>(viewModel.groups());
        groups.setId("groupList");
        groups.setAccessibleText(TEXT.get("tab.groups"));
        groups.setCellFactory(ignored -> new GroupCell());
        groups.getStyleClass().add("group-list"); // its sizes in settings.css, in em, follow the zoom
        // Follow the view model both ways: a reload re-selects the same group by id.
        groups.getSelectionModel().selectedItemProperty().addListener(
                (observable, before, after) -> viewModel.selectedProperty().set(after));
        viewModel.selectedProperty().addListener((observable, before, after) -> {
            if (groups.getSelectionModel().getSelectedItem() != after) {
                groups.getSelectionModel().select(after);
            }
        });
        groups.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.isAltDown() && event.getCode() == KeyCode.UP) {
                viewModel.moveUp();
                event.consume();
            } else if (event.isAltDown() && event.getCode() == KeyCode.DOWN) {
                viewModel.moveDown();
                event.consume();
            }
        });
        Button up = button("groupUp", TEXT.get("groups.up"), viewModel::moveUp);
        up.disableProperty().bind(viewModel.canMoveUpProperty().not());
        Button down = button("groupDown", TEXT.get("groups.down"), viewModel::moveDown);
        down.disableProperty().bind(viewModel.canMoveDownProperty().not());
        Label order = new Label(TEXT.get("groups.orderKeys"));
        order.getStyleClass().add("section-hint");
        order.setWrapText(true);
        order.getStyleClass().add("group-list-hint");
        VBox box = new VBox(8, groups, new HBox(8, up, down), order);
        VBox.setVgrow(groups, Priority.ALWAYS);
        return box;
    }

    private VBox editor() {
        TextField newName = new TextField();
        newName.setId("groupName");
        newName.setPromptText(TEXT.get("groups.newPrompt"));
        newName.textProperty().bindBidirectional(viewModel.newNameProperty());
        newName.setOnAction(event -> {
            if (viewModel.canAddProperty().get()) {
                viewModel.add();
            }
        });
        HBox.setHgrow(newName, Priority.ALWAYS);
        Button add = button("groupAdd", TEXT.get("groups.add"), viewModel::add);
        add.disableProperty().bind(viewModel.canAddProperty().not());
        // The name field never narrower than its example (settings.css) and Add below it when the
        // row does not fit: at 175–200 % the field was squeezed until "e.g. Broadcasters" was cut.
        HBox namePair = new HBox(8, SectionLayout.labelFor(TEXT.get("groups.new"), newName), newName);
        namePair.setAlignment(Pos.CENTER_LEFT);
        add.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.layout.FlowPane addRow = new javafx.scene.layout.FlowPane(8, 8, namePair, add);
        addRow.setAlignment(Pos.CENTER_LEFT);
        // What is wrong with the typed name, under its field, while Add waits (e.g. a pasted tab).
        Label newNameProblem = SectionMessage.hint("groupNameProblem", viewModel.newNameProblemProperty());

        Label selectedTitle = new Label();
        selectedTitle.setId("groupSelected");
        selectedTitle.getStyleClass().add("subsection-title");
        selectedTitle.textProperty().bind(Bindings.createStringBinding(() -> viewModel.selectedProperty().get() == null
                ? TEXT.get("groups.chooseToEdit")
                : TEXT.format("groups.selected", viewModel.selectedProperty().get().name()), viewModel.selectedProperty()));
        selectedTitle.setWrapText(true);

        TextField rename = new TextField();
        rename.setId("groupRenameField");
        rename.textProperty().bindBidirectional(viewModel.renameTextProperty());
        rename.disableProperty().bind(viewModel.selectedProperty().isNull());
        rename.setOnAction(event -> {
            if (viewModel.canRenameProperty().get()) {
                viewModel.rename();
            }
        });
        Button renameButton = button("groupRename", TEXT.get("groups.rename"), viewModel::rename);
        renameButton.disableProperty().bind(viewModel.canRenameProperty().not());

        ColorPicker colour = new ColorPicker();
        colour.setId("groupColour");
        // JavaFX names some colours itself, in English ("White", "Black"): show the swatch alone,
        // and let a screen reader say the colour's hex code.
        colour.getStyleClass().add("group-colour");
        colour.accessibleTextProperty().bind(colour.valueProperty().map(GroupsSection::hex));
        DefaultGroups.PALETTE.forEach(hex -> colour.getCustomColors().add(Color.web(hex)));
        colour.disableProperty().bind(viewModel.canEditSelectedProperty().not());
        viewModel.selectedProperty().addListener((observable, before, after) -> {
            if (after != null) {
                colour.setValue(Color.web(after.colour()));
            }
        });
        // The view model ignores the colour the group already has, so the programmatic
        // setValue above writes nothing.
        colour.setOnAction(event -> viewModel.setColour(hex(colour.getValue())));

        Label status = new Label();
        status.setId("groupStatus");
        status.textProperty().bind(Bindings.createStringBinding(() -> {
            Group group = viewModel.selectedProperty().get();
            return group == null ? "" : TEXT.get(group.active() ? "groups.active" : "groups.inactive");
        }, viewModel.selectedProperty()));
        Button active = button("groupActive", TEXT.get("groups.deactivate"), viewModel::toggleActive);
        active.textProperty().bind(Bindings.createStringBinding(() -> {
            Group group = viewModel.selectedProperty().get();
            return TEXT.get(group != null && !group.active() ? "groups.activate" : "groups.deactivate");
        }, viewModel.selectedProperty()));
        active.disableProperty().bind(viewModel.canEditSelectedProperty().not());

        HBox renameRow = new HBox(8, rename, renameButton);
        HBox.setHgrow(rename, Priority.ALWAYS);
        // A group without data can go; one with data is refused by the store (deactivate it instead).
        Button delete = button("groupDelete", TEXT.get("group.delete.button"), viewModel::delete);
        delete.disableProperty().bind(viewModel.canEditSelectedProperty().not());
        HBox statusRow = new HBox(12, status, active, delete);
        statusRow.setAlignment(Pos.CENTER_LEFT);
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        form.addRow(0, SectionLayout.labelFor(TEXT.get("groups.name"), rename), renameRow);
        Label renameProblem = SectionMessage.hint("groupRenameProblem", viewModel.renameProblemProperty());
        form.add(renameProblem, 1, 1);
        form.addRow(2, SectionLayout.labelFor(TEXT.get("groups.colour"), colour), colour);
        form.addRow(3, SectionLayout.labelFor(TEXT.get("groups.status"), active), statusRow);
        GridPane.setHgrow(renameRow, Priority.ALWAYS);

        Label never = new Label(TEXT.get("groups.neverDeleted"));
        never.getStyleClass().add("section-hint");
        never.setWrapText(true);
        SectionMessage message = new SectionMessage("groupMessage", viewModel.work());
        Label addTitle = new Label(TEXT.get("groups.addTitle"));
        addTitle.getStyleClass().add("subsection-title");
        VBox editor = new VBox(10, addTitle, addRow, newNameProblem, new Separator(), selectedTitle, form, never, message);
        editor.setMaxWidth(620);
        return editor;
    }

    private static Button button(String id, String text, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // "添加" whole at every zoom, never "…"
        button.setOnAction(event -> action.run());
        return button;
    }

    static String hex(Color colour) {
        return String.format(Locale.ROOT, "#%02X%02X%02X", Math.round(colour.getRed() * 255),
                Math.round(colour.getGreen() * 255), Math.round(colour.getBlue() * 255));
    }

    /** A group as a colour swatch and its name; inactive groups are marked and muted. */
    private static final class GroupCell extends ListCell<Group> {
        private final Rectangle swatch = new Rectangle(14, 14);
        private final Label name = new Label();
        private final HBox graphic = new HBox(8, swatch, name);

        GroupCell() {
            swatch.getStyleClass().add("group-swatch");
            graphic.setAlignment(Pos.CENTER_LEFT);
        }

        @Override
        protected void updateItem(Group group, boolean empty) {
            super.updateItem(group, empty);
            if (empty || group == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            swatch.setFill(Color.web(group.colour()));
            name.setText(group.active() ? group.name() : TEXT.format("groups.inactiveName", group.name()));
            name.getStyleClass().remove("group-inactive");
            if (!group.active()) {
                name.getStyleClass().add("group-inactive");
            }
            setText(null);
            setGraphic(graphic);
        }
    }
}
