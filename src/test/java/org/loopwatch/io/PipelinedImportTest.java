package org.loopwatch.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.loopwatch.domain.DailyResult;
import org.loopwatch.domain.Group;
import org.loopwatch.domain.Stage;
import org.loopwatch.store.AuditEntity;
import org.loopwatch.store.AuditEntry;
import org.loopwatch.store.AuditFilter;
import org.loopwatch.store.Database;
import org.loopwatch.store.OpenMode;

/**
 * An import into a database without results is written while it is read and checked, on a second
 * thread (decision 0043): it must leave exactly what checking the whole file and then writing it
 * leaves, and a bad row anywhere, even near the end, must roll back every row written before it.
 */
class PipelinedImportTest {

    private static final List<String> NEW_GROUPS = List.of("Group 5", "Group 6", "Group 7", "Group 8");

    @TempDir
    Path folder;

    private Database database;

    @AfterEach
    void close() {
        if (database != null) {
            database.close();
        }
    }

    private Database open(String name) {
        return Database.open(folder.resolve(name), OpenMode.CREATE_IF_MISSING, CsvImporterTest.MARCH_1);
    }

    /* Rows for the four default groups and four new ones, by day from 2000-01-01; badLine (1-based physical line) or 0. */
    private Path file(int rows, long badLine) throws IOException {
        StringBuilder text = new StringBuilder("date,group,stage,tests,positives,note\n");
        List<String> groups = List.of("Athletes", "Team officials", "Group 5", "Operating staff", "Media",
                "group 6", "Group 7", "Group 8"); // "group 6": a new group spelled as its first row spells it
        for (int i = 0; i < rows; i++) {
            LocalDate day = LocalDate.of(2000, 1, 1).plusDays(i / 16);
            String group = groups.get(i / 2 % 8);
            String stage = i % 2 == 0 ? "arrival" : "in_loop";
            long line = i + 2;
            int positives = line == badLine ? 999 : i % 3;
            text.append(day).append(',').append(group).append(',').append(stage).append(',')
                    .append(10 + i % 50).append(',').append(positives).append(',')
                    .append(i % 997 == 0 ? "\"checked, twice\"" : "").append('\n');
        }
        Path file = folder.resolve("results-" + rows + "-" + badLine + ".csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private static List<String> audit(Database database) {
        return database.audit().find(AuditFilter.all()).stream().map(PipelinedImportTest::withoutTime).sorted().toList();
    }

    private static String withoutTime(AuditEntry entry) {
        String text = entry.toString();
        return text.replace(String.valueOf(entry.at()), "");
    }

    @Test
    void aGoodFileLeavesTheSameRowsGroupsAndAuditRowsAsCheckingFirstThenWriting() throws Exception {
        Path file = file(5_000, 0);
        Database checkedFirst = open("checked-first.db");
        CsvImporter sequential = new CsvImporter(checkedFirst, CsvImporterTest.MARCH_1);
        ImportPlan plan = sequential.check(file, new ImportOptions(false, true), ImportMonitor.NONE);
        sequential.write(plan, ImportMonitor.NONE);

        database = open("pipelined.db");
        ImportOutcome outcome = new CsvImporter(database, CsvImporterTest.MARCH_1)
                .checkAndWrite(file, null, new ImportOptions(false, true), ImportMonitor.NONE);

        assertThat(outcome.result().inserted()).isEqualTo(5_000);
        assertThat(outcome.plan().rows()).hasSize(5_000);
        assertThat(outcome.plan().newGroups()).isEqualTo(plan.newGroups()).containsExactly("Group 5", "group 6",
                "Group 7", "Group 8");
        assertThat(outcome.plan().warnings()).isEqualTo(plan.warnings());
        assertThat(database.groups().findAll()).isEqualTo(checkedFirst.groups().findAll());
        assertThat(database.results().findAll()).isEqualTo(checkedFirst.results().findAll());
        List<String> audit = audit(database);
        assertThat(audit).hasSize(5_000 + NEW_GROUPS.size()).isEqualTo(audit(checkedFirst));
        checkedFirst.close();
    }

    /* The writer copies each chunk's audit rows right after the chunk (decision 0051), not all at the end. */
    @Test
    void theAuditRowsFollowTheRowsInTheFilesOrderEachNewGroupBeforeItsFirstResult() throws Exception {
        int rows = 2_500; // three chunks
        database = open("pipelined.db");
        new CsvImporter(database, CsvImporterTest.MARCH_1)
                .checkAndWrite(file(rows, 0), null, new ImportOptions(false, true), ImportMonitor.NONE);

        Map<Long, String> names = new HashMap<>();
        database.groups().findAll().forEach(group -> names.put(group.id(), group.name()));
        List<AuditEntry> oldestFirst = database.audit().find(AuditFilter.all()).reversed();
        List<String> resultsAudited = new ArrayList<>();
        Set<String> groupsAudited = new HashSet<>();
        for (AuditEntry entry : oldestFirst) {
            if (entry.entity() == AuditEntity.GROUP) {
                groupsAudited.add(entry.entityKey());
            } else {
                String group = names.get(entry.groupId().orElseThrow());
                assertThat(groupsAudited.contains(group) || !NEW_GROUPS.contains(group.replace("group", "Group")))
                        .as("a new group's audit row comes before the audit row of its first result").isTrue();
                resultsAudited.add(entry.date().orElseThrow() + "," + group + "," + entry.stage().orElseThrow().code());
            }
        }
        List<String> lines = Files.readAllLines(file(rows, 0), StandardCharsets.UTF_8);
        List<String> inFileOrder = lines.subList(1, lines.size()).stream()
                .map(line -> String.join(",", List.of(line.split(",", -1)).subList(0, 3))).toList();
        assertThat(resultsAudited).isEqualTo(inFileOrder);
        assertThat(groupsAudited).hasSize(NEW_GROUPS.size());
    }

    @Test
    @Tag("slow")
    void aBadRowNearTheEndOfAHundredThousandRowsRollsBackEveryRowWrittenBeforeIt() throws Exception {
        database = open("loopwatch.db");
        List<Group> groupsBefore = database.groups().findAll();
        int auditBefore = database.audit().find(AuditFilter.all()).size();
        Path file = file(100_000, 100_000); // data row 99,999

        CsvImportException bad = catchThrowableOfType(CsvImportException.class, () -> new CsvImporter(database,
                CsvImporterTest.MARCH_1).checkAndWrite(file, null, new ImportOptions(false, true), ImportMonitor.NONE));

        assertThat(bad).isNotNull();
        assertThat(bad.problems()).extracting(ImportProblem::line).containsExactly(100_000L);
        assertThat(database.results().count()).isZero();
        assertThat(database.groups().findAll()).isEqualTo(groupsBefore);
        assertThat(database.audit().find(AuditFilter.all())).hasSize(auditBefore);
    }

    @Test
    void aBadFileReportsTheSameProblemsAsCheckingItWhole() throws Exception {
        Path file = Files.writeString(folder.resolve("bad.csv"), """
                date,group,stage,tests,positives,note
                2022-01-03,Athletes,arrival,10,1,
                2022-01-03,Athletes,arrival,10,2,
                2022-13-03,Athletes,arrival,10,1,
                2022-01-04,Nobody,in_loop,10,1,
                2022-01-05,Media,somewhere,10,1,
                2022-01-06,Media,arrival,5,6,
                2099-01-06,Media,arrival,5,1,
                """);
        Database checkedFirst = open("checked-first.db");
        CsvImportException whole = catchThrowableOfType(CsvImportException.class, () -> new CsvImporter(checkedFirst,
                CsvImporterTest.MARCH_1).check(file, ImportOptions.STRICT, ImportMonitor.NONE));
        checkedFirst.close();
        database = open("pipelined.db");

        CsvImportException pipelined = catchThrowableOfType(CsvImportException.class, () -> new CsvImporter(database,
                CsvImporterTest.MARCH_1).checkAndWrite(file, null, ImportOptions.STRICT, ImportMonitor.NONE));

        assertThat(pipelined).isNotNull();
        assertThat(pipelined.problems()).hasSize(6).isEqualTo(whole.problems());
        assertThat(database.results().count()).isZero();
    }

    @Test
    void aCancelInTheMiddleWritesNothing() throws Exception {
        database = open("loopwatch.db");
        int auditBefore = database.audit().find(AuditFilter.all()).size();
        Path file = file(30_000, 0);
        AtomicLong read = new AtomicLong();
        ImportMonitor cancelAfterTwentyThousand = new ImportMonitor() {
            @Override
            public void progress(ImportPhase phase, long done, long total) {
                if (phase == ImportPhase.READING) {
                    read.set(done);
                }
            }

            @Override
            public boolean isCancelled() {
                return read.get() >= 20_000;
            }
        };

        ImportCancelledException cancelled = catchThrowableOfType(ImportCancelledException.class, () -> new CsvImporter(
                database, CsvImporterTest.MARCH_1).checkAndWrite(file, null, new ImportOptions(false, true),
                cancelAfterTwentyThousand));

        assertThat(cancelled).isNotNull();
        assertThat(database.results().count()).isZero();
        assertThat(database.groups().findByName("Group 5")).isEmpty();
        assertThat(database.audit().find(AuditFilter.all())).hasSize(auditBefore);
    }

    @Test
    void aDatabaseWithResultsStillGetsItsConflictsReported() throws Exception {
        database = open("loopwatch.db");
        long athletes = database.groups().findByName("Athletes").orElseThrow().id();
        database.results().insert(new DailyResult(LocalDate.of(2000, 1, 1), athletes, Stage.ARRIVAL, 7, 0, ""));
        Path file = file(16, 0);

        CsvImportException conflict = catchThrowableOfType(CsvImportException.class, () -> new CsvImporter(database,
                CsvImporterTest.MARCH_1).checkAndWrite(file, null, new ImportOptions(false, true), ImportMonitor.NONE));

        assertThat(conflict).isNotNull();
        assertThat(conflict.problems()).extracting(ImportProblem::kind).containsExactly(ImportProblem.Kind.CONFLICT);
        assertThat(database.results().count()).isEqualTo(1);
    }
}
