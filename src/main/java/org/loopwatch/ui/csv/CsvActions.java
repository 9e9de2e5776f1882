package org.loopwatch.ui.csv;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import org.loopwatch.ui.AppServices;

/**
 * Puts "Import CSV…" and "Export CSV…" in the File menu and accepts a .csv or .xlsx file dropped
 * on the window. Works on whichever database is open at the moment (the app can switch databases).
 */
public final class CsvActions {

    private static final org.loopwatch.domain.text.Texts TEXT = org.loopwatch.domain.text.Texts.of(CsvActions.class);

    private final Supplier<Optional<AppServices>> services;
    private final CsvDialogs dialogs;
    private final Scene scene;
    private AppServices boundTo;
    private CsvImportViewModel importer;

    public CsvActions(Supplier<Optional<AppServices>> services, CsvDialogs dialogs, Scene scene) {
        this.services = services;
        this.dialogs = dialogs;
        this.scene = scene;
    }

    /** Adds the menu items at the top of {@code fileMenu} and the drop target on the scene. */
    public void install(Menu fileMenu) {
        MenuItem importItem = new MenuItem(TEXT.get("menu.importCsv"));
        importItem.setId("menuImportCsv");
        importItem.setOnAction(event -> importer().ifPresent(CsvImportViewModel::chooseAndImport));
        MenuItem exportItem = new MenuItem(TEXT.get("menu.exportCsv"));
        exportItem.setId("menuExportCsv");
        exportItem.setOnAction(event -> services.get().ifPresent(open -> new CsvExportViewModel(open, dialogs).chooseAndExport()));
        MenuItem exportXlsxItem = new MenuItem(TEXT.get("menu.exportXlsx"));
        exportXlsxItem.setId("menuExportXlsx");
        exportXlsxItem.setOnAction(event -> services.get().ifPresent(open -> new XlsxExportViewModel(open, dialogs).chooseAndExport()));
        fileMenu.getItems().addAll(0, List.of(importItem, exportItem, exportXlsxItem, new SeparatorMenuItem()));
        scene.addEventHandler(DragEvent.DRAG_OVER, this::dragOver);
        scene.addEventHandler(DragEvent.DRAG_DROPPED, this::dropped);
    }

    /** Imports a file as if chosen in the menu (also used by drag and drop). */
    public void importFile(Path file) {
        importer().ifPresent(viewModel -> viewModel.importFile(file));
    }

    /* One view model and window per open database, made when first needed. */
    private Optional<CsvImportViewModel> importer() {
        Optional<AppServices> open = services.get();
        if (open.isEmpty()) {
            return Optional.empty();
        }
        if (boundTo != open.get()) {
            boundTo = open.get();
            importer = new CsvImportViewModel(boundTo, dialogs);
            new CsvImportDialog(importer, scene.getWindow());
        }
        return Optional.of(importer);
    }

    private void dragOver(DragEvent event) {
        if (csvFile(event).isPresent()) {
            event.acceptTransferModes(TransferMode.COPY);
            event.consume();
        }
    }

    private void dropped(DragEvent event) {
        Optional<Path> file = csvFile(event);
        file.ifPresent(this::importFile);
        event.setDropCompleted(file.isPresent());
        event.consume();
    }

    private static Optional<Path> csvFile(DragEvent event) {
        if (!event.getDragboard().hasFiles() || event.getDragboard().getFiles().size() != 1) {
            return Optional.empty();
        }
        File file = event.getDragboard().getFiles().getFirst();
        String name = file.getName().toLowerCase(Locale.ROOT);
        return name.endsWith(".csv") || name.endsWith(".xlsx") ? Optional.of(file.toPath()) : Optional.empty();
    }
}
