package org.loopwatch.app;

import java.nio.file.Path;
import org.loopwatch.store.StoreException;
import org.loopwatch.ui.DialogService;

/** Turns a failure to open the database into a dialog that names the file and says what to do. */
final class OpenFailure {

    private static final org.loopwatch.domain.text.Texts TEXT = org.loopwatch.domain.text.Texts.of(OpenFailure.class);

    private OpenFailure() {
    }

    /**
     * A failure's message as a window shows it: a database problem's own desktop wording, which
     * points to the File menu where the command line's would say "--db".
     */
    static String inWindow(Throwable failure) {
        return failure instanceof StoreException problem ? problem.desktopMessage() : failure.getMessage();
    }

    static void show(DialogService dialogs, Path file, Throwable failure) {
        if (failure instanceof StoreException problem) {
            dialogs.showError(TEXT.get("cannotOpen.title"), problem.desktopMessage(), TEXT.get("cannotOpen.todo"));
        } else {
            dialogs.showError(TEXT.get("cannotOpen.title"),
                    TEXT.format("cannotOpen.unexpected", file.toAbsolutePath().toString(), String.valueOf(failure)),
                    TEXT.get("cannotOpen.report"));
        }
    }
}
