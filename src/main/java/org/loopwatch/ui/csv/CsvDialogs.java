package org.loopwatch.ui.csv;

import java.nio.file.Path;
import java.util.Optional;

/** File choosers and questions of CSV import and export, behind an interface so view models test without a screen. */
public interface CsvDialogs {

    /** Asks for a CSV file to import; empty when the person cancels. */
    Optional<Path> chooseFileToImport();

    /** Asks where to save an export, suggesting a file name; empty when the person cancels. */
    Optional<Path> chooseFileToExport(String suggestedName);

    /** Asks where to save an Excel workbook; empty when the person cancels. */
    default Optional<Path> chooseWorkbookToExport(String suggestedName) {
        return chooseFileToExport(suggestedName);
    }

    /** Asks a yes/no question; true for the confirming button, labelled {@code confirmLabel}. */
    boolean confirm(String title, String question, String confirmLabel);

    /** As {@link #confirm}, for an answer that overwrites data: Enter answers Cancel, never {@code confirmLabel}. */
    default boolean confirmDestructive(String title, String question, String confirmLabel) {
        return confirm(title, question, confirmLabel);
    }

    /** Tells the person something went well. */
    void showInfo(String title, String message);
}
