package org.loopwatch.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.loopwatch.domain.ConfidenceLevel;
import org.loopwatch.domain.DailyResult;
import org.loopwatch.domain.IntervalMethod;
import org.loopwatch.domain.ResultKey;
import org.loopwatch.domain.RollingWindow;
import org.loopwatch.domain.Stage;
import org.loopwatch.report.chart.ChartData;
import org.loopwatch.report.chart.ChartSubject;
import org.loopwatch.ui.UiTestDatabase;
import org.loopwatch.ui.results.EditOutcome;
import org.loopwatch.ui.results.ResultEditor;
import org.loopwatch.ui.results.ScriptedDialogs;

/** The dashboard's state without a robot or toolkit: work runs at once on the test's thread. */
class DashboardViewModelTest {

    @RegisterExtension
    final UiTestDatabase db = UiTestDatabase.forEachTest();

    private DashboardViewModel viewModel;

    private void open() {
        DashboardFixtures.publishedJanuary(db);
        viewModel = new DashboardViewModel(db.services());
        assertThat(viewModel.snapshotProperty().get()).isNotNull();
    }

    @Test
    void theDefaultsChosenInSettingsAreUsedUntilThePersonChoosesOthers() {
        db.database().settings().setRollingWindowDays(14);
        db.database().settings().setIntervalMethod(IntervalMethod.CLOPPER_PEARSON);
        db.database().settings().setConfidenceLevel(ConfidenceLevel.NINETY_NINE);
        DashboardFixtures.publishedJanuary(db);

        viewModel = new DashboardViewModel(db.services());

        assertThat(viewModel.snapshotProperty().get()).isNotNull();
        assertThat(viewModel.windowProperty().get()).isEqualTo(RollingWindow.FOURTEEN_DAYS);
        assertThat(viewModel.methodProperty().get()).isEqualTo(IntervalMethod.CLOPPER_PEARSON);
        assertThat(viewModel.levelProperty().get()).isEqualTo(ConfidenceLevel.NINETY_NINE);
        assertThat(viewModel.snapshotProperty().get().tiles().get(0).stages().get(0).window().interval()).startsWith("99 % CI");
    }

    @Test
    void thePeriodFollowsTheDataUntilThePersonPicksDates() {
        open();
        assertThat(viewModel.fromProperty().get()).isEqualTo(DashboardFixtures.JAN_4);
        assertThat(viewModel.toProperty().get()).isEqualTo(DashboardFixtures.JAN_22);

        db.row(LocalDate.of(2022, 1, 23), "Media", org.loopwatch.domain.Stage.ARRIVAL, 10, 0).save();
        db.services().changes().changed();

        assertThat(viewModel.toProperty().get()).isEqualTo(LocalDate.of(2022, 1, 23));
    }

    @Test
    void changesArrivingWhileTheDashboardReadsAreFoldedIntoOneMoreReadThatShowsThemAll() {
        open();
        java.util.concurrent.atomic.AtomicInteger shown = new java.util.concurrent.atomic.AtomicInteger();
        // Every figures set the dashboard is handed (equal or not): read at once, as the view does.
        viewModel.snapshotProperty().addListener((javafx.beans.InvalidationListener) figures -> {
            shown.incrementAndGet();
            viewModel.snapshotProperty().get();
        });

        // Another desk saves ten days while this desk's read is still under way (held on the background thread).
        db.synchronousTasks().hold();
        for (int day = 23; day <= 32; day++) {
            db.row(LocalDate.of(2022, 1, 1).plusDays(day - 1), "Media", Stage.ARRIVAL, 10, 0).save();
            db.services().changes().changed(); // as TeamUpdates does for each notice
        }
        db.synchronousTasks().release();

        // The first read (started at the first notice) and one more for the nine after it; not ten.
        assertThat(shown.get()).isEqualTo(2);
        assertThat(viewModel.toProperty().get()).isEqualTo(LocalDate.of(2022, 2, 1));
        assertThat(viewModel.busyProperty().get()).isFalse();
    }

    @Test
    void aSavedResultGivesTheSameFiguresAsReadingEveryRowAgain() {
        open();
        DailyResult saved = new DailyResult(DashboardFixtures.JAN_22, db.groupId("Media"), Stage.IN_LOOP, 4_000, 7, "");
        DailyResult deleted = db.database().results().find(
                new ResultKey(DashboardFixtures.JAN_21, db.groupId("Athletes"), Stage.ARRIVAL)).orElseThrow();
        db.database().results().insert(saved);
        db.database().results().delete(deleted.key(), "");
        DashboardSnapshot before = viewModel.snapshotProperty().get();

        db.services().changes().resultChanged(saved.key(), Optional.of(saved));
        db.services().changes().resultChanged(deleted.key(), Optional.empty());
        assertThat(viewModel.snapshotProperty().get()).isNotSameAs(before);
        assertThat(viewModel.busyProperty().get()).isFalse();
        DashboardSnapshot updated = viewModel.snapshotProperty().get();
        db.services().changes().changed();
        assertThat(viewModel.snapshotProperty().get()).isNotSameAs(updated);
        assertThat(viewModel.busyProperty().get()).isFalse();

        assertThat(updated.tiles()).isNotEqualTo(before.tiles());
        assertThat(updated.tiles()).isEqualTo(viewModel.snapshotProperty().get().tiles());
        assertThat(updated.charts()).extracting(ChartData::series)
                .isEqualTo(viewModel.snapshotProperty().get().charts().stream().map(ChartData::series).toList());
    }

    /*
     * Decision 0062: a save's figures are worked out beside its write, while the commit waits for the
     * disk, and shown once the commit is told, with no read or computation after it on the store's thread.
     */
    @Test
    void aSavesFiguresAreWorkedOutWhileItIsWrittenAndShownOnceItIsCommitted() {
        open();
        DashboardSnapshot before = viewModel.snapshotProperty().get();
        ResultEditor editor = new ResultEditor(db.services(), id -> "group " + id);
        DailyResult saved = new DailyResult(DashboardFixtures.JAN_22, db.groupId("Media"), Stage.IN_LOOP, 4_000, 7, "");

        db.synchronousTasks().hold(); // the write waits for the disk
        editor.add(saved, outcome -> { });
        assertThat(viewModel.snapshotProperty().get()).as("nothing shown before the commit").isSameAs(before);
        int ranBefore = db.synchronousTasks().ran();
        db.synchronousTasks().release();

        assertThat(db.synchronousTasks().ran() - ranBefore).as("the write alone on the store's thread").isEqualTo(1);
        DashboardSnapshot shown = viewModel.snapshotProperty().get();
        assertThat(shown).isNotSameAs(before);
        assertThat(viewModel.busyProperty().get()).isFalse();
        assertThat(shown.tiles()).isNotEqualTo(before.tiles());
        assertSameFiguresAsReadingEverything(shown);
    }

    /*
     * A save refused after its figures were worked out (a stored row, and the person keeps it): they are
     * never shown, and the next save's figures are those of the rows stored, not of the refused one.
     */
    @Test
    void aRefusedSavesWorkedOutFiguresAreDroppedAndTheNextSaveShowsWhatIsStored() {
        ScriptedDialogs dialogs = ((ScriptedDialogs) db.services().dialogs()).answerConfirm(false);
        DashboardFixtures.publishedJanuary(db);
        ResultKey nextKey = new ResultKey(DashboardFixtures.JAN_22, db.groupId("Athletes"), Stage.IN_LOOP);
        db.database().results().delete(nextKey, "");
        viewModel = new DashboardViewModel(db.services());
        DashboardSnapshot before = viewModel.snapshotProperty().get();
        ResultEditor editor = new ResultEditor(db.services(), id -> "group " + id);
        DailyResult stored = db.database().results().find(
                new ResultKey(DashboardFixtures.JAN_22, db.groupId("Team officials"), Stage.IN_LOOP)).orElseThrow();
        List<EditOutcome> outcomes = new ArrayList<>();

        editor.add(new DailyResult(stored.date(), stored.groupId(), stored.stage(), 90_000, 900, ""), outcomes::add);

        assertThat(dialogs.confirmations).hasSize(1); // replace the stored row? No.
        assertThat(outcomes).singleElement().isInstanceOf(EditOutcome.Cancelled.class);
        assertThat(viewModel.snapshotProperty().get()).isSameAs(before);
        assertThat(viewModel.busyProperty().get()).isFalse();

        editor.add(new DailyResult(nextKey.date(), nextKey.groupId(), nextKey.stage(), 30, 1, ""), outcomes::add);

        assertThat(outcomes).last().isInstanceOf(EditOutcome.Saved.class);
        assertThat(viewModel.snapshotProperty().get()).isNotSameAs(before);
        assertSameFiguresAsReadingEverything(viewModel.snapshotProperty().get());
    }

    private void assertSameFiguresAsReadingEverything(DashboardSnapshot shown) {
        db.services().changes().changed();
        DashboardSnapshot fresh = viewModel.snapshotProperty().get();
        assertThat(fresh).isNotSameAs(shown);
        assertThat(shown.tiles()).isEqualTo(fresh.tiles());
        assertThat(shown.charts()).extracting(ChartData::series)
                .isEqualTo(fresh.charts().stream().map(ChartData::series).toList());
    }

    /*
     * Another screen chosen (decision 0059): saves here and at other desks are read but no figures
     * computed; shown again, the figures are what reading everything gives, and until they are the
     * dashboard says it is catching up (the File menu's exports wait for it).
     */
    @Test
    void hiddenItComputesNothingAndShownAgainItShowsEveryChangeMeanwhile() {
        open();
        DashboardSnapshot before = viewModel.snapshotProperty().get();
        viewModel.shown(false);
        DailyResult saved = new DailyResult(DashboardFixtures.JAN_22, db.groupId("Media"), Stage.IN_LOOP, 4_000, 7, "");
        db.database().results().insert(saved);
        db.services().changes().resultChanged(saved.key(), Optional.of(saved));
        DailyResult other = new DailyResult(DashboardFixtures.JAN_22.plusDays(1), db.groupId("Athletes"), Stage.ARRIVAL,
                900, 2, "");
        db.database().results().insert(other);
        db.services().changes().resultsChanged(); // as TeamUpdates tells another desk's save

        assertThat(viewModel.snapshotProperty().get()).isSameAs(before);
        assertThat(viewModel.busyProperty().get()).isFalse();
        assertThat(viewModel.toProperty().get()).isEqualTo(DashboardFixtures.JAN_22.plusDays(1)); // the data were read

        java.util.List<Boolean> catchingUp = new java.util.ArrayList<>();
        viewModel.catchingUpProperty().addListener((observable, was, now) -> catchingUp.add(now));
        viewModel.shown(true);

        assertThat(catchingUp).containsExactly(true, false);
        DashboardSnapshot full = new DashboardViewModel(db.services()).snapshotProperty().get();
        DashboardSnapshot now = viewModel.snapshotProperty().get();
        assertThat(now.tiles()).isEqualTo(full.tiles()).isNotEqualTo(before.tiles());
        assertThat(now.charts()).extracting(ChartData::series)
                .isEqualTo(full.charts().stream().map(ChartData::series).toList());
    }

    /*
     * The File menu brings the dashboard to the front and exports: shown again after changes, its
     * exports wait until the figures of those changes are computed, so they never export older ones.
     */
    @Test
    void shownAgainAfterChangesItsExportsWaitForTheNewFigures() {
        open();
        DashboardExportViewModel exports = new DashboardExportViewModel(db.services(), viewModel,
                new DashboardExportTest.StubExportDialogs());
        viewModel.shown(false);
        DailyResult saved = new DailyResult(DashboardFixtures.JAN_22.plusDays(1), db.groupId("Media"), Stage.IN_LOOP,
                4_000, 7, "");
        db.database().results().insert(saved);
        db.services().changes().resultChanged(saved.key(), Optional.of(saved));
        assertThat(exports.canExportProperty().get()).isTrue(); // hidden: what it showed last

        db.synchronousTasks().hold();
        viewModel.shown(true);
        assertThat(exports.canExportProperty().get()).isFalse();
        assertThat(exports.waitingForFigures()).isTrue();

        db.synchronousTasks().release();
        assertThat(exports.canExportProperty().get()).isTrue();
        assertThat(viewModel.currentRequest()).map(request -> request.to()).contains(DashboardFixtures.JAN_22.plusDays(1));
    }

    /* Shown again with nothing changed meanwhile: nothing is computed. */
    @Test
    void shownAgainWithoutChangesItKeepsItsFigures() {
        open();
        DashboardSnapshot before = viewModel.snapshotProperty().get();
        viewModel.shown(false);
        viewModel.shown(true);
        assertThat(viewModel.snapshotProperty().get()).isSameAs(before);
        assertThat(viewModel.catchingUpProperty().get()).isFalse();
    }

    @Test
    void aSavedResultUpdatesTheFiguresFromTheChangeWithoutReadingEveryRow() {
        open();
        ChartSubject media = viewModel.subjects().stream().filter(subject -> subject.name().equals("Media"))
                .findFirst().orElseThrow();
        // Announced but never written: only a dashboard that applies the change itself shows it.
        DailyResult announced = new DailyResult(DashboardFixtures.JAN_22, db.groupId("Media"), Stage.IN_LOOP,
                5_000, 5_000, "");

        db.services().changes().resultChanged(announced.key(), Optional.of(announced));

        assertThat(viewModel.snapshotProperty().get().tiles())
                .anyMatch(tile -> tile.subject().equals(media)
                        && tile.stages().get(1).window().counts().contains("5,000"));
    }

    @Test
    void aPeriodThatEndsBeforeItStartsIsExplainedAndTheLastFiguresStay() {
        open();
        DashboardSnapshot before = viewModel.snapshotProperty().get();

        viewModel.toProperty().set(LocalDate.of(2022, 1, 1));

        assertThat(viewModel.messageProperty().get())
                .isEqualTo("The period ends (1 Jan 2022) before it starts (4 Jan 2022): choose a last day on or after the first.");
        assertThat(viewModel.snapshotProperty().get()).isSameAs(before);
    }

    @Test
    void aHiddenGroupLosesItsTileAndItsLine() {
        open();
        ChartSubject media = viewModel.subjects().stream().filter(subject -> subject.name().equals("Media"))
                .findFirst().orElseThrow();

        viewModel.setShown(media, false);

        assertThat(viewModel.snapshotProperty().get().tiles()).hasSize(5);
        assertThat(viewModel.snapshotProperty().get().tiles()).noneMatch(tile -> tile.subject().equals(media));
        assertThat(viewModel.currentRequest().orElseThrow().subjects()).doesNotContain(media);
    }
}
