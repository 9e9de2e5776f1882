package org.loopwatch.app;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import org.loopwatch.ui.csv.CsvDialogs;

/**
 * The app's CSV dialogs with the import's file chooser answered (Monocle has no native one) and no
 * export file chosen; questions and messages go to the real dialogs, or, when {@code acceptEveryQuestion},
 * every question (the import preview's among them) is answered yes.
 */
final class ImportFileAnswered implements CsvDialogs {

    private final CsvDialogs real;
    private final Supplier<Path> file;
    private final boolean acceptEveryQuestion;

    ImportFileAnswered(CsvDialogs real, Supplier<Path> file, boolean acceptEveryQuestion) {
        this.real = real;
        this.file = file;
        this.acceptEveryQuestion = acceptEveryQuestion;
    }

    @Override
    public Optional<Path> chooseFileToImport() {
        return Optional.ofNullable(file.get());
    }

    @Override
    public Optional<Path> chooseFileToExport(String suggestedName) {
        return Optional.empty();
    }

    @Override
    public boolean confirm(String title, String question, String confirmLabel) {
        return acceptEveryQuestion || real.confirm(title, question, confirmLabel);
    }

    @Override
    public boolean confirmDestructive(String title, String question, String confirmLabel) {
        return acceptEveryQuestion || real.confirmDestructive(title, question, confirmLabel);
    }

    @Override
    public void showInfo(String title, String message) {
        real.showInfo(title, message);
    }
}
