package org.loopwatch.ui.settings;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.loopwatch.store.ChangeRefusedException;
import org.loopwatch.store.StoreException;
import org.loopwatch.ui.AppServices;

/**
 * Runs one settings section's reads and writes on the background thread and says how they went:
 * busy while a write is under way, then a confirmation or the reason it failed. After a committed
 * write it tells every screen that the data changed. A failed write leaves the section's fields as
 * the person typed them; only the message changes.
 */
public final class SectionWork {

    private static final org.loopwatch.domain.text.Texts TEXT = org.loopwatch.domain.text.Texts.of(SectionWork.class);

    private final AppServices services;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(false);

    SectionWork(AppServices services) {
        this.services = services;
    }

    AppServices services() {
        return services;
    }

    /** True while a write is under way; the section's buttons wait. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The outcome of the last action: a confirmation, or what went wrong and what to do. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** True when {@link #messageProperty()} reports a failure. */
    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }

    /** Reads in the background; a failure is reported in the message. */
    <T> void read(Callable<T> work, Consumer<T> onLoaded) {
        services.tasks().run(work, onLoaded, this::fail);
    }

    /**
     * Writes in the background. On success: {@code onSaved} with the result, the confirmation
     * {@code done} (may be computed from the result) and a data-change notice for every screen.
     */
    <T> void write(Callable<T> work, Consumer<T> onSaved, Function<T, String> done) {
        busy.set(true);
        services.tasks().run(work, result -> {
            busy.set(false);
            onSaved.accept(result);
            report(done.apply(result), false);
            services.changes().changed();
        }, failure -> {
            busy.set(false);
            fail(failure);
        });
    }

    /** Shows a problem found before anything was written (validation). */
    void refuse(String whatIsWrong) {
        report(whatIsWrong, true);
    }

    void clearMessage() {
        report("", false);
    }

    private void fail(Throwable failure) {
        report(describe(failure), true);
    }

    private void report(String text, boolean isFailure) {
        failed.set(isFailure);
        message.set(text);
    }

    /** A sentence for a person: the store's own wording where it has one. */
    static String describe(Throwable failure) {
        if (failure instanceof ChangeRefusedException || failure instanceof StoreException) {
            return failure.getMessage();
        }
        if (failure instanceof IllegalArgumentException) {
            return TEXT.format("work.notAccepted", failure.getMessage());
        }
        return TEXT.format("work.notSaved", String.valueOf(failure));
    }
}
