package org.loopwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.loopwatch.ui.DialogService;

/** A failure no code caught is shown once, saying what happened and where the log is. */
class UncaughtFailuresTest {

    private final List<String> shown = new ArrayList<>();
    private final DialogService dialogs = new DialogService() {
        @Override
        public void showError(String title, String whatWentWrong, String whatToDo) {
            shown.add(title + " | " + whatWentWrong + " | " + whatToDo);
        }

        @Override
        public boolean confirm(String title, String details, String confirmText, String cancelText) {
            throw new AssertionError("no question is asked");
        }

        @Override
        public Optional<String> askReason(String title, String question) {
            throw new AssertionError("no question is asked");
        }
    };

    private static void failOn(UncaughtFailures handler, RuntimeException failure) throws InterruptedException {
        Thread thread = new Thread(() -> {
            throw failure;
        }, "a-worker");
        thread.setUncaughtExceptionHandler(handler);
        thread.start();
        thread.join();
    }

    @Test
    void aFailureOnAnyThreadIsShownWithWhatHappenedAndWhereTheLogIs() throws Exception {
        Path log = Path.of("/home/ann/.local/state/loopwatch/loopwatch.log");
        UncaughtFailures handler = new UncaughtFailures(Optional.of(log), Runnable::run);
        handler.useDialogs(dialogs);

        failOn(handler, new IllegalStateException("the chart has no axis"));

        assertThat(shown).singleElement().asString()
                .startsWith("LoopWatch met an unexpected problem | ")
                .contains("IllegalStateException: the chart has no axis")
                .contains("Every save LoopWatch confirmed is safe")
                .contains(log.toString());
    }

    @Test
    void theSameFailureRepeatingIsShownOnceAndAtMostAFewDialogsInAll() throws Exception {
        UncaughtFailures handler = new UncaughtFailures(Optional.of(Path.of("loopwatch.log")), Runnable::run);
        handler.useDialogs(dialogs);

        for (int frame = 0; frame < 5; frame++) {
            failOn(handler, new IllegalStateException("drawn on every frame"));
        }
        assertThat(shown).hasSize(1);
        for (int kind = 0; kind < 10; kind++) {
            failOn(handler, new IllegalArgumentException("fault " + kind));
        }
        assertThat(shown).hasSize(UncaughtFailures.MOST_DIALOGS);
    }

    @Test
    void beforeTheWindowIsThereAFailureIsOnlyLoggedAndWithoutALogFileTheDialogSaysSo() throws Exception {
        UncaughtFailures handler = new UncaughtFailures(Optional.empty(), Runnable::run);
        failOn(handler, new IllegalStateException("too early"));
        assertThat(shown).isEmpty();

        handler.useDialogs(dialogs);
        failOn(handler, new IllegalStateException("later"));
        assertThat(shown).singleElement().asString().contains("no log file could be written");
    }
}
