package org.loopwatch.ui;

import java.util.Optional;

/**
 * Dialogs behind an interface, so view models can be tested without a screen (docs/architecture.md). The
 * asking methods block until the person answers (a nested event loop on the FX thread), so call
 * them on the FX thread, e.g. from a background task's callback.
 */
public interface DialogService {

    /** Shows an error that says what went wrong and what to do. */
    void showError(String title, String whatWentWrong, String whatToDo);

    /**
     * Asks a question with two answers.
     *
     * @param details     what the person needs to decide, e.g. the stored and the new values
     * @param confirmText the label of the button that goes ahead, e.g. "Replace"
     * @param cancelText  the label of the button that changes nothing, e.g. "Cancel"
     * @return true when the person chose {@code confirmText}; false on cancel or closing the dialog
     */
    boolean confirm(String title, String details, String confirmText, String cancelText);

    /**
     * Asks before something that destroys or overwrites data (replace, delete, import with
     * replace): as {@link #confirm}, but Enter answers {@code cancelText}, so a reflex key press
     * changes nothing (SPEC §4: the safe choice is the default button, destructive ones never are).
     */
    default boolean confirmDestructive(String title, String details, String confirmText, String cancelText) {
        return confirm(title, details, confirmText, cancelText);
    }

    /**
     * Asks why a change is made, e.g. to a closed day; the answer goes into the audit log.
     *
     * @return the reason without surrounding blanks, never blank; empty when the person cancelled
     */
    Optional<String> askReason(String title, String question);

    /**
     * One question before overwriting a stored entry on a closed day: the stored and the new
     * values and the reason in the same dialog (not a replace question and then a reason question).
     * As an overwrite it is destructive: Enter never answers {@code confirmText}.
     *
     * @return the reason without surrounding blanks, never blank; empty when the person cancelled
     */
    default Optional<String> askReasonToReplace(String title, String question, String confirmText) {
        return askReason(title, question);
    }
}
