package org.loopwatch.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import org.loopwatch.domain.DailyResult;
import org.loopwatch.store.DailyResultRepository;
import org.loopwatch.store.ImportResult;
import org.loopwatch.store.StreamedRows;

/**
 * A CSV import into a table that holds no result yet, in two threads (decision 0043): the calling
 * thread reads and checks the file while a writer thread inserts the rows already checked, in one
 * transaction. A table with no rows has nothing a row could conflict with, so a row checked on its
 * own (and against the earlier rows of the file) is a row of the import, unless a later row is bad.
 * Then the writer is told to give up and rolls back: a bad file still writes nothing, and its
 * problems are the same as those of {@link ImportChecker#check}.
 */
final class PipelinedImport {

    /* Rows per hand-over; the writer sends each chunk to SQLite as one JDBC batch. */
    private static final int CHUNK = 1_000;
    /* Chunks checked but not yet taken by the writer: reading never runs far ahead of writing. */
    private static final int CHUNKS_AHEAD = 8;
    private static final long WAIT_MILLIS = 20;

    private final DailyResultRepository results;
    private final ImportChecker.RowChecks checks;
    private final BlockingQueue<StreamedRows.Chunk> handedOver = new ArrayBlockingQueue<>(CHUNKS_AHEAD);
    private final List<DailyResult> rows = new ArrayList<>();
    private List<DailyResult> pending = new ArrayList<>(CHUNK);
    private int groupsHandedOver;
    private volatile boolean abandoned;
    private FutureTask<ImportResult> writer;

    PipelinedImport(DailyResultRepository results, ImportChecker checker) {
        this.results = results;
        this.checks = checker.rowChecks();
    }

    /**
     * Reads, checks and writes the file.
     *
     * @throws CsvImportException with every problem of a bad file; nothing was written
     */
    ImportOutcome run(String fileName, CsvText text, ImportOptions options, ImportMonitor monitor)
            throws CsvImportException {
        writer = new FutureTask<>(() -> results.importIntoEmpty(this::next, "Import of " + fileName));
        Thread.ofPlatform().name("loopwatch-import-writer").daemon().start(writer);
        try {
            ResultCsvReader.read(text, monitor, row -> {
                Optional<DailyResult> good = checks.check(row);
                if (checks.anyProblem()) {
                    abandoned = true; // the rest is still checked, so that every problem is reported
                } else {
                    good.ifPresent(this::add);
                }
            });
            monitor.checkCancelled();
        } catch (CsvImportException | RuntimeException | Error failure) {
            abandonAndWait();
            throw failure;
        }
        if (checks.anyProblem()) {
            abandonAndWait();
            throw new CsvImportException(checks.problems());
        }
        handOver();
        put(StreamedRows.Chunk.END);
        ImportPlan plan = new ImportPlan(fileName, rows, checks.newGroups(), 0, options.replaceExisting(),
                checks.warnings());
        return new ImportOutcome(plan, written());
    }

    private void add(DailyResult row) {
        rows.add(row);
        pending.add(row);
        if (pending.size() == CHUNK) {
            handOver();
        }
    }

    private void handOver() {
        List<String> newGroups = checks.newGroups();
        put(new StreamedRows.Chunk(newGroups.subList(groupsHandedOver, newGroups.size()), pending));
        groupsHandedOver = newGroups.size();
        pending = new ArrayList<>(CHUNK);
    }

    /* Waits for room; a writer that failed meanwhile takes nothing more, and its failure is thrown here. */
    private void put(StreamedRows.Chunk chunk) {
        try {
            while (!handedOver.offer(chunk, WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
                if (writer.isDone()) {
                    written(); // throws the writer's failure
                    throw new IllegalStateException("the import's writer ended before the end of the rows");
                }
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new ImportCancelledException();
        }
    }

    /* The writer's side: the next chunk, or a throw that rolls its transaction back. */
    private StreamedRows.Chunk next() {
        try {
            while (true) {
                if (abandoned) {
                    throw new Abandoned();
                }
                StreamedRows.Chunk chunk = handedOver.poll(WAIT_MILLIS, TimeUnit.MILLISECONDS);
                if (chunk != null) {
                    return chunk;
                }
            }
        } catch (InterruptedException interrupted) {
            throw new Abandoned();
        }
    }

    private void abandonAndWait() {
        abandoned = true;
        try {
            written();
        } catch (Abandoned expected) {
            // rolled back, as asked
        } catch (RuntimeException | Error alsoFailed) {
            // the file's own failure is the one to report; the transaction is rolled back either way
        }
    }

    /* The writer's result, waiting for it to end; its failure rethrown as it was. */
    private ImportResult written() {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return writer.get();
                } catch (InterruptedException e) {
                    interrupted = true; // the transaction must end before the caller goes on
                }
            }
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (failed.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(failed.getCause());
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Thrown on the writer's thread to roll the transaction back when the file turned out bad. */
    private static final class Abandoned extends RuntimeException {
        Abandoned() {
            super("the import was abandoned", null, false, false);
        }
    }
}
