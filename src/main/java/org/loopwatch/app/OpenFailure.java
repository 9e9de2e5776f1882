package org.loopwatch.app;

import java.nio.file.Path;
import org.loopwatch.store.StoreException;
import org.loopwatch.ui.DialogService;

/** Turns a failure to open the database into a dialog that names the file and says what to do. */
final class OpenFailure {

    private static final org.loopwatch.domain.text.Texts TEXT = org.loopwatch.domain.text.Texts.of(OpenFailure.class);

    private OpenFailure() {
    }

    static void show(DialogService dialogs, Path file, Throwable failure) {
        if (failure instanceof StoreException problem) {
            dialogs.showError(TEXT.get("cannotOpen.title"), problem.getMessage(), TEXT.get("cannotOpen.todo"));
        } else {
            dialogs.showError(TEXT.get("cannotOpen.title"),
                    TEXT.format("cannotOpen.unexpected", file.toAbsolutePath().toString(), String.valueOf(failure)),
                    TEXT.get("cannotOpen.report"));
        }
    }
}
