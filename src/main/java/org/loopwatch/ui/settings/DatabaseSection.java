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
        facts.addRow(0, SectionLayout.labelFor("Database file", path), path);
        facts.addRow(1, SectionLayout.labelFor("Data as of", dataAsOf), dataAsOf);
        GridPane.setHgrow(path, Priority.ALWAYS);
        facts.setMaxWidth(900);
        Label open = new Label("To use another database file, start LoopWatch with --db PATH.");
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
        Label title = new Label("Backups");
        title.getStyleClass().add("subsection-title");
        Label coming = new Label("Coming: automatic daily backups (the last 14 are kept), a backup before every "
                + "upgrade, and \u201cRestore from backup\u201d. Until then, copy the database file above while "
                + "LoopWatch is closed.");
        coming.setId("settingsBackupsComing");
        coming.getStyleClass().add("section-hint");
        coming.setWrapText(true);
        backups.getChildren().addAll(title, coming);
        return backups;
    }
}
