package org.loopwatch.ui.entry;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;
import org.loopwatch.domain.text.DateStyle;
import org.loopwatch.domain.text.Texts;
import org.loopwatch.ui.AppServices;

/**
 * Closes a day after the person confirms, and reopens a closed one with a reason. Both are
 * audited by the store; the screens learn of it through {@code DataChanges}.
 */
final class DayClosing {

    private static final Texts TEXT = Texts.of(DayClosing.class);

    private final AppServices services;

    DayClosing(AppServices services) {
        this.services = services;
    }

    /** Closes {@code date} when open, reopens it when closed; {@code status} hears what happened. */
    void toggle(LocalDate date, boolean closed, long missing, int cells, Consumer<String> status) {
        String day = DateStyle.date(date);
        if (closed) {
            Optional<String> reason = services.dialogs().askReason(TEXT.format("reopen.title", day),
                    TEXT.format("reopen.question", day));
            reason.ifPresent(why -> run(() -> services.database().days().reopen(date, why),
                    TEXT.format("reopen.done", day), status));
        } else if (services.dialogs().confirm(TEXT.format("close.title", day), (missing == 0 ? ""
                : TEXT.format("close.missing", missing, cells, day) + "\n\n") + TEXT.format("close.question", day),
                TEXT.get("close.confirm"), TEXT.get("close.cancel"))) {
            run(() -> services.database().days().close(date, ""), TEXT.format("close.done", day), status);
        }
    }

    private void run(java.util.concurrent.Callable<Boolean> work, String done, Consumer<String> status) {
        status.accept(TEXT.get("status.saving"));
        services.tasks().run(work, changed -> {
            services.changes().changed();
            status.accept(done);
        }, failure -> {
            services.dialogs().showError(TEXT.get("day.notChanged.title"), failure.getMessage(), TEXT.get("day.notChanged.todo"));
            status.accept(TEXT.format("day.notChanged.status", failure.getMessage()));
        });
    }
}
