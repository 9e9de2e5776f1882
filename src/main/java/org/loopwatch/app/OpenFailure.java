package org.loopwatch.app;

import java.nio.file.Path;
import org.loopwatch.store.StoreException;
import org.loopwatch.ui.DialogService;

/** Turns a failure to open the database into a dialog that names the file and says what to do. */
final class OpenFailure {

    private OpenFailure() {
    }

    static void show(DialogService dialogs, Path file, Throwable failure) {
        if (failure instanceof StoreException problem) {
            dialogs.showError("LoopWatch cannot open its database", problem.getMessage(),
                    "Nothing was changed in the file. Close this window, fix the problem, and start LoopWatch again"
                            + " — or start it with --db PATH to open another file.");
        } else {
            dialogs.showError("LoopWatch cannot open its database",
                    "Opening " + file.toAbsolutePath() + " failed unexpectedly: " + failure,
                    "Nothing was changed in the file. Please report this with the message above.");
        }
    }
}
