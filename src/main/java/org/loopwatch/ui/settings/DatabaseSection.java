package org.loopwatch.ui.settings;

import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Where the data lives: the database file (as selectable text, to copy into a backup script or
 * an e-mail) and the time of the last change. Below it, the place for backups.
 */
final class DatabaseSection extends VBox {

    private static final org.loopwatch.domain.text.Texts TEXT = org.loopwatch.domain.text.Texts.of(DatabaseSection.class);

    private final VBox backups = new VBox(8);

    DatabaseSection(DatabaseViewModel viewModel) {
        super(16);
        TextField path = new TextField();
        path.setId("databasePath");
        path.setEditable(false);
        path.getStyleClass().add("database-path");
        path.textProperty().bind(viewModel.pathProperty());
        Label dataAsOf = new Label();
        dataAsOf.setId("dataAsOf");
        dataAsOf.textProperty().bind(viewModel.dataAsOfProperty());
        GridPane facts = new GridPane();
        facts.setHgap(8);
        facts.setVgap(8);
        facts.addRow(0, SectionLayout.labelFor(TEXT.get("database.file"), path), path);
        facts.addRow(1, SectionLayout.labelFor(TEXT.get("database.dataAsOf"), dataAsOf), dataAsOf);
        GridPane.setHgrow(path, Priority.ALWAYS);
        facts.setMaxWidth(900);
        Label open = new Label(TEXT.get("database.other"));
        open.getStyleClass().add("section-hint");
        getChildren().addAll(facts, open, backupsPlaceholder(), new SectionMessage("databaseMessage", viewModel.work()));
    }

    /**
     * The backups section (issue 8 fills it: backups list, "Back up now", "Restore from backup").
     * Until then it says that backups are coming.
     */
    VBox backupsSection() {
        return backups;
    }

    private VBox backupsPlaceholder() {
        backups.setId("settingsBackups");
        backups.getStyleClass().add("settings-backups");
        Label title = new Label(TEXT.get("backups.title"));
        title.getStyleClass().add("subsection-title");
        Label coming = new Label(TEXT.get("database.coming"));
        coming.setId("settingsBackupsComing");
        coming.getStyleClass().add("section-hint");
        coming.setWrapText(true);
        backups.getChildren().addAll(title, coming);
        return backups;
    }
}
