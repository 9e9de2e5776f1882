package org.loopwatch.ui;

/**
 * Dialogs behind an interface, so view models can be tested without a screen (STYLE.md).
 */
public interface DialogService {

    /** Shows an error that says what went wrong and what to do. */
    void showError(String title, String whatWentWrong, String whatToDo);
}
