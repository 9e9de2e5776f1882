package org.loopwatch.ui.entry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongFunction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.loopwatch.domain.DailyResult;
import org.loopwatch.domain.Stage;
import org.loopwatch.ui.UiTestDatabase;
import org.loopwatch.ui.results.ResultEditor;
import org.loopwatch.ui.results.SavedChange;
import org.loopwatch.ui.results.ScriptedDialogs;

/** The entry form's undo on a real database: what it says, and when it forgets the save. */
class LastSaveUndoTest {

    private static final LocalDate JAN_20 = LocalDate.of(2022, 1, 20);

    private final ScriptedDialogs dialogs = new ScriptedDialogs();

    @RegisterExtension
    final UiTestDatabase fixture = UiTestDatabase.forEachTest(UiTestDatabase.CLOCK, dialogs);

    private LastSaveUndo undo;

    @BeforeEach
    void open() {
        LongFunction<String> names = id -> fixture.database().groups().findById(id).orElseThrow().name();
        undo = new LastSaveUndo(new ResultEditor(fixture.services(), names), names);
    }

    @Test
    void thereIsNothingToUndoBeforeASave() {
        assertThat(undo.canUndo()).isFalse();
        assertThat(undo.lastSaveProperty().get()).isNull();
        assertThatThrownBy(() -> undo.undo(result -> { })).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void undoingAnInsertRemovesTheRowSaysItIsMissingAgainAndForgetsTheSave() {
        DailyResult saved = fixture.stored(JAN_20, "Athletes", Stage.ARRIVAL, 171, 0);
        undo.remember(SavedChange.inserted(saved));

        LastSaveUndo.Result result = undone();

        assertThat(result.status()).isEqualTo("Undone: 20 Jan 2022, Athletes, Arrival (airport) is missing again.");
        assertThat(result.undone()).hasValueSatisfying(change -> assertThat(change.after()).isEmpty());
        assertThat(fixture.database().results().find(saved.key())).isEmpty();
        assertThat(undo.canUndo()).isFalse();
    }

    @Test
    void undoingAReplaceSaysWhatTheRowIsBackTo() {
        DailyResult before = fixture.stored(JAN_20, "Media", Stage.IN_LOOP, 10, 0);
        DailyResult after = new DailyResult(JAN_20, before.groupId(), Stage.IN_LOOP, 12, 1, "");
        fixture.database().results().replace(after, "");
        undo.remember(SavedChange.replaced(before, after));

        LastSaveUndo.Result result = undone();

        assertThat(result.status()).isEqualTo("Undone: 20 Jan 2022, Media, " + Stage.IN_LOOP.label()
                + " is back to 0 / 10.");
        assertThat(fixture.database().results().find(before.key())).map(DailyResult::tests).contains(10L);
    }

    @Test
    void anUndoThatIsRefusedKeepsTheSaveSoItCanBeTriedAgain() {
        DailyResult saved = fixture.stored(JAN_20, "Athletes", Stage.ARRIVAL, 171, 0);
        undo.remember(SavedChange.inserted(saved));
        fixture.database().results().replace(new DailyResult(JAN_20, saved.groupId(), Stage.ARRIVAL, 172, 0, ""), "");

        LastSaveUndo.Result result = undone();

        assertThat(result.status()).startsWith("Not undone: 20 Jan 2022, Athletes, Arrival (airport) was changed again");
        assertThat(result.undone()).isEmpty();
        assertThat(dialogs.errors).singleElement().asString().startsWith("Undo failed");
        assertThat(undo.canUndo()).isTrue();
        assertThat(fixture.database().results().find(saved.key())).map(DailyResult::tests).contains(172L);
    }

    private LastSaveUndo.Result undone() {
        AtomicReference<LastSaveUndo.Result> result = new AtomicReference<>();
        undo.undo(result::set);
        assertThat(result.get()).isNotNull();
        return result.get();
    }
}
