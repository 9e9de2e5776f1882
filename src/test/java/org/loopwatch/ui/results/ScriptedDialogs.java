package org.loopwatch.ui.results;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.loopwatch.ui.DialogService;

/** A {@link DialogService} for view-model tests: answers from a script and remembers what was asked. */
public final class ScriptedDialogs implements DialogService {

    private final Deque<Boolean> confirmAnswers = new ArrayDeque<>();
    private final Deque<Optional<String>> reasonAnswers = new ArrayDeque<>();
    public final List<String> confirmations = new ArrayList<>();
    /** The titles of the questions asked with Cancel as the Enter default (replace, delete), in order. */
    public final List<String> destructiveQuestions = new ArrayList<>();
    public final List<String> reasonQuestions = new ArrayList<>();
    public final List<String> errors = new ArrayList<>();

    private boolean failOnError;

    /** Dialogs for a test in which any error is a test failure. */
    public static ScriptedDialogs failingOnErrors() {
        ScriptedDialogs dialogs = new ScriptedDialogs();
        dialogs.failOnError = true;
        return dialogs;
    }

    public ScriptedDialogs answerConfirm(boolean answer) {
        confirmAnswers.add(answer);
        return this;
    }

    public ScriptedDialogs answerReason(String reason) {
        reasonAnswers.add(Optional.ofNullable(reason));
        return this;
    }

    @Override
    public void showError(String title, String whatWentWrong, String whatToDo) {
        if (failOnError) {
            throw new AssertionError(title + ": " + whatWentWrong);
        }
        errors.add(title + ": " + whatWentWrong);
    }

    @Override
    public boolean confirm(String title, String details, String confirmText, String cancelText) {
        confirmations.add(title + "\n" + details);
        if (confirmAnswers.isEmpty()) {
            throw new AssertionError("unexpected question: " + title + "\n" + details);
        }
        return confirmAnswers.removeFirst();
    }

    @Override
    public boolean confirmDestructive(String title, String details, String confirmText, String cancelText) {
        destructiveQuestions.add(title);
        return confirm(title, details, confirmText, cancelText);
    }

    @Override
    public Optional<String> askReason(String title, String question) {
        reasonQuestions.add(title + "\n" + question);
        if (reasonAnswers.isEmpty()) {
            throw new AssertionError("unexpected request for a reason: " + question);
        }
        return reasonAnswers.removeFirst();
    }
}
