package org.loopwatch.io;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.loopwatch.domain.DailyResult;
import org.loopwatch.domain.Group;
import org.loopwatch.store.Database;
import org.loopwatch.store.Event;
import org.loopwatch.store.ImportProgress;
import org.loopwatch.store.ImportResult;

/**
 * Imports daily results from a CSV file (SPEC §6) or a sheet of an .xlsx workbook (SPEC §5), all
 * or nothing: the whole file is read and
 * every row checked first; a file with any bad row writes nothing and reports every bad row with
 * its line, column and reason. A good file is written in one audited transaction, which a cancel
 * rolls back.
 *
 * <p>Call off the JavaFX thread: it reads the file and the database.
 */
public final class CsvImporter {

    private final Database database;
    private final Clock clock;

    /** @param clock gives "today": rows after it are refused */
    public CsvImporter(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** Checks and writes the file; see {@link #check} and {@link #write}. */
    public ImportResult importFile(Path file, ImportOptions options, ImportMonitor monitor) throws CsvImportException {
        return write(check(file, options, monitor), monitor);
    }

    /**
     * Checks and writes the file as {@link #check} and then {@link #write} would, all or nothing, for
     * the command line. A CSV file going into a local database that holds no result yet is written
     * while it is still being read and checked, on a second thread ({@link PipelinedImport},
     * decision 0043): with nothing stored, no row can conflict with the database, so the rows, groups,
     * audit rows, problems and warnings are those of check and write.
     *
     * @throws CsvImportException with every problem, when any row (or the file itself) is bad; nothing was written
     * @throws ImportCancelledException when the monitor says the person cancelled
     */
    public ImportOutcome checkAndWrite(Path file, String sheet, ImportOptions options, ImportMonitor monitor)
            throws CsvImportException {
        if (database.teamUrl().isEmpty() && !ResultXlsxReader.isWorkbook(file) && database.results().isEmpty()) {
            monitor.progress(ImportPhase.READING, 0, -1);
            CsvText text = CsvText.read(file);
            return new PipelinedImport(database.results(), checker(options))
                    .run(file.getFileName().toString(), text, options, monitor);
        }
        ImportPlan plan = check(file, sheet, options, monitor);
        return new ImportOutcome(plan, write(plan, monitor));
    }

    /**
     * Reads and checks the whole file against the database, writing nothing.
     *
     * @throws CsvImportException with every problem, when any row (or the file itself) is bad
     * @throws ImportCancelledException when the monitor says the person cancelled
     */
    public ImportPlan check(Path file, ImportOptions options, ImportMonitor monitor) throws CsvImportException {
        return check(file, null, options, monitor);
    }

    /**
     * As {@link #check(Path, ImportOptions, ImportMonitor)}; a workbook (by its name or its first
     * bytes) is read from the sheet {@code sheet}, or its first sheet when null, and its problems
     * name their cells ({@code Sheet1!D17}).
     */
    public ImportPlan check(Path file, String sheet, ImportOptions options, ImportMonitor monitor)
            throws CsvImportException {
        monitor.progress(ImportPhase.READING, 0, -1);
        if (!ResultXlsxReader.isWorkbook(file)) {
            CsvText text = CsvText.read(file);
            return check(file.getFileName().toString(), text, options, monitor);
        }
        WorkbookRows workbook = ResultXlsxReader.read(file, sheet, monitor);
        ImportPlan plan;
        try {
            plan = check(file.getFileName().toString(), workbook.rows(), options, monitor);
        } catch (CsvImportException bad) {
            List<ImportProblem> all = new ArrayList<>(workbook.problems());
            all.addAll(workbook.places().place(bad.problems()));
            throw new CsvImportException(all);
        }
        if (!workbook.problems().isEmpty()) {
            throw new CsvImportException(workbook.problems());
        }
        return withWorkbookWarnings(plan, workbook);
    }

    /* The plan's warnings placed at their cells, after the workbook's own (which cells were formulas). */
    private static ImportPlan withWorkbookWarnings(ImportPlan plan, WorkbookRows workbook) {
        List<ImportProblem> warnings = new ArrayList<>(workbook.notes());
        warnings.addAll(workbook.places().place(plan.warnings()));
        return new ImportPlan(plan.fileName(), plan.rows(), plan.newGroups(), plan.replacing(),
                plan.replaceExisting(), warnings, plan.identical());
    }

    /**
     * Reads and checks the whole file against the database and says what importing it would do,
     * writing nothing (the app's preview, {@code import --dry-run}). Bad rows are in the preview,
     * not thrown.
     *
     * @throws ImportCancelledException when the monitor says the person cancelled
     */
    public ImportPreview preview(Path file, ImportOptions options, ImportMonitor monitor) {
        return preview(file, null, options, monitor);
    }

    /**
     * As {@link #preview(Path, ImportOptions, ImportMonitor)}; a workbook is read from the sheet
     * {@code sheet} (its first when null) and its problems and warnings name their cells.
     */
    public ImportPreview preview(Path file, String sheet, ImportOptions options, ImportMonitor monitor) {
        String fileName = file.getFileName().toString();
        List<CsvRow> rows;
        WorkbookRows workbook = null;
        try {
            monitor.progress(ImportPhase.READING, 0, -1);
            if (ResultXlsxReader.isWorkbook(file)) {
                workbook = ResultXlsxReader.read(file, sheet, monitor);
                rows = workbook.rows();
            } else {
                rows = ResultCsvReader.read(CsvText.read(file), monitor);
            }
        } catch (CsvImportException unreadable) {
            return ImportPreview.unreadable(fileName, unreadable.problems());
        }
        if (workbook == null) {
            return preview(fileName, rows, options, monitor);
        }
        monitor.checkCancelled();
        monitor.progress(ImportPhase.CHECKING, 0, rows.size());
        ImportChecker.Review review = checker(options).review(fileName, rows, database.results()::findBetween, monitor);
        monitor.progress(ImportPhase.CHECKING, rows.size(), rows.size());
        List<ImportProblem> problems = new ArrayList<>(workbook.problems());
        problems.addAll(workbook.places().place(review.problems()));
        problems.sort(ImportProblem.IN_FILE_ORDER);
        return ImportPreview.of(withWorkbookWarnings(review.plan(), workbook), problems);
    }

    /** The preview of rows read from any file format (a CSV or an Excel sheet). */
    ImportPreview preview(String fileName, List<CsvRow> rows, ImportOptions options, ImportMonitor monitor) {
        monitor.checkCancelled();
        monitor.progress(ImportPhase.CHECKING, 0, rows.size());
        ImportChecker.Review review = checker(options).review(fileName, rows, database.results()::findBetween, monitor);
        monitor.progress(ImportPhase.CHECKING, rows.size(), rows.size());
        return ImportPreview.of(review.plan(), review.problems());
    }

    private ImportChecker checker(ImportOptions options) {
        return new ImportChecker(database.groups().findAll(), LocalDate.now(clock),
                database.event().find().map(Event::loopStart), options);
    }

    ImportPlan check(String fileName, CsvText text, ImportOptions options, ImportMonitor monitor)
            throws CsvImportException {
        return check(fileName, ResultCsvReader.read(text, monitor), options, monitor);
    }

    private ImportPlan check(String fileName, List<CsvRow> rows, ImportOptions options, ImportMonitor monitor)
            throws CsvImportException {
        monitor.checkCancelled();
        monitor.progress(ImportPhase.CHECKING, 0, rows.size());
        ImportChecker checker = new ImportChecker(database.groups().findAll(), LocalDate.now(clock),
                database.event().find().map(Event::loopStart), options);
        ImportPlan plan = checker.check(fileName, rows, database.results()::findBetween, monitor);
        monitor.progress(ImportPhase.CHECKING, rows.size(), rows.size());
        return plan;
    }

    /**
     * Writes a checked plan in one transaction, with an audit row per row and the reason
     * "Import of FILE".
     *
     * @throws ImportCancelledException when cancelled; nothing was written
     */
    public ImportResult write(ImportPlan plan, ImportMonitor monitor) {
        monitor.checkCancelled();
        String reason = "Import of " + plan.fileName();
        ImportProgress progress = (done, total) -> {
            monitor.checkCancelled(); // thrown inside the transaction: it rolls back
            monitor.progress(ImportPhase.WRITING, done, total);
        };
        monitor.progress(ImportPhase.WRITING, 0, plan.rows().size());
        if (plan.newGroups().isEmpty()) {
            return database.results().importAll(plan.rows(), plan.replaceExisting(), reason, progress);
        }
        Function<List<Group>, List<DailyResult>> withNewIds = added -> plan.rows().stream()
                .map(row -> row.groupId() >= 0 ? row : new DailyResult(row.date(),
                        added.get((int) -row.groupId() - 1).id(), row.stage(), row.tests(), row.positives(), row.note()))
                .toList();
        return database.results().importAll(plan.newGroups(), withNewIds, plan.replaceExisting(), reason, progress);
    }
}
