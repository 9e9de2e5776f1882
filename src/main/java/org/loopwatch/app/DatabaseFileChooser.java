package org.loopwatch.app;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.loopwatch.domain.text.Texts;

/** Asks for a database file to create or to open; the system's file dialogs, or a test's script. */
interface DatabaseFileChooser {

    /** The file a new database goes to; empty when the person cancelled. */
    Optional<Path> chooseNew();

    /** The database file to open; empty when the person cancelled. */
    Optional<Path> chooseToOpen();

    /** The system's save and open dialogs over {@code owner}, showing .db files first. */
    static DatabaseFileChooser system(Window owner) {
        Texts text = Texts.of(DatabaseMenu.class);
        return new DatabaseFileChooser() {
            @Override
            public Optional<Path> chooseNew() {
                FileChooser chooser = chooser(text, text.get("chooser.new"));
                chooser.setInitialFileName("loopwatch.db");
                return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
            }

            @Override
            public Optional<Path> chooseToOpen() {
                return Optional.ofNullable(chooser(text, text.get("chooser.open")).showOpenDialog(owner)).map(File::toPath);
            }
        };
    }

    private static FileChooser chooser(Texts text, String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter(text.get("chooser.filter"), "*.db"),
                new FileChooser.ExtensionFilter(text.get("chooser.all"), "*"));
        return chooser;
    }
}
