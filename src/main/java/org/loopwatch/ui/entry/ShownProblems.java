package org.loopwatch.ui.entry;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.loopwatch.domain.RawEntry;
import org.loopwatch.domain.ValidationProblem;
import org.loopwatch.domain.ValidationResult;

/**
 * The problems the entry form shows: errors before warnings, and those of a blank tests,
 * positives or group field only once a save was tried, so a fresh form is not all red. Used on the FX
 * thread only.
 */
final class ShownProblems {

    private final ObservableList<ValidationProblem> shown = FXCollections.observableArrayList();
    private boolean blanksFlagged;

    ObservableList<ValidationProblem> list() {
        return shown;
    }

    List<ValidationProblem> of(String field) {
        return shown.stream().filter(problem -> problem.field().equals(field)).toList();
    }

    /** Shows the problems {@code result} found in {@code typed}. */
    void show(ValidationResult result, RawEntry typed) {
        shown.setAll(result.problems().stream().filter(problem -> isShown(problem, typed))
                .sorted((a, b) -> Boolean.compare(b.isError(), a.isError())).toList());
    }

    /** Whether blank numbers are flagged: from a tried save until the form is filled afresh. */
    void flagBlanks(boolean flag) {
        blanksFlagged = flag;
    }

    private boolean isShown(ValidationProblem problem, RawEntry typed) {
        if (blanksFlagged) {
            return true;
        }
        return switch (problem.field()) {
            case ValidationProblem.TESTS -> !typed.tests().isBlank();
            case ValidationProblem.POSITIVES -> !typed.positives().isBlank();
            // No group yet while the groups are read: "Choose a group." in red before anything was typed.
            case ValidationProblem.GROUP -> typed.group() != null;
            default -> true;
        };
    }
}
