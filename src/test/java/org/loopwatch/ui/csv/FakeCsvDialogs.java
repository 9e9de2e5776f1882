package org.loopwatch.ui.csv;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Answers the CSV questions as a test tells it to, and remembers what was asked. */
final class FakeCsvDialogs implements CsvDialogs {

    final List<String> questions = new ArrayList<>();
    final List<String> infos = new ArrayList<>();
    /** The titles of the questions asked with Cancel as the Enter default (import that replaces rows). */
    final List<String> destructive = new ArrayList<>();
    boolean answer = true;
    Path file;

    @Override
    public Optional<Path> chooseFileToImport() {
        return Optional.ofNullable(file);
    }

    @Override
    public Optional<Path> chooseFileToExport(String suggestedName) {
        return Optional.ofNullable(file);
    }

    @Override
    public boolean confirm(String title, String question, String confirmLabel) {
        questions.add(title + " " + question);
        return answer;
    }

    @Override
    public boolean confirmDestructive(String title, String question, String confirmLabel) {
        destructive.add(title);
        return confirm(title, question, confirmLabel);
    }

    @Override
    public void showInfo(String title, String message) {
        infos.add(message);
    }
}
