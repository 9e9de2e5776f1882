package org.loopwatch.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.loopwatch.domain.DailyResult;
import org.loopwatch.domain.Stage;
import org.loopwatch.store.Database;
import org.loopwatch.store.ImportResult;
import org.loopwatch.store.OpenMode;

/**
 * Fuzzing of CSV import (issue 8): random bytes and mutated good files, imported into a real
 * database that already holds rows. Every try ends in exactly one of two ways: a clear report of
 * problems (each with a line, a column and a sentence) and a database exactly as before, or a
 * complete import. Never an exception escaping to the person, never a partial import.
 */
class CsvImportFuzzTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2022-02-21T08:00:00Z"), ZoneOffset.UTC);
    private static final String ALPHABET = "0123456789,\"\n\r -_.:;'=+@abcdefghijklmnopqrstuvwxyzAÆé東\t\uFEFF";
    private static final List<String> TOKENS = List.of("date", "group", "stage", "tests", "positives", "note",
            "arrival", "in_loop", "Athletes", "athletes", "Media", "Referees", "2022-01-04", "2022-02-30",
            "2030-01-01", "-1", "0", "171", "1e3", "2,415", "99999999999999999999", "=SUM(A1)", "'=1", "\"", "\"\"",
            "", " ", "\r\n", "\n");

    @Property(tries = 120)
    void randomBytesGiveAClearReportOrACompleteImport(@ForAll("randomFiles") byte[] content,
                                                      @ForAll boolean replace, @ForAll boolean createGroups)
            throws IOException {
        importAndCheck(content, new ImportOptions(replace, createGroups));
    }

    @Property(tries = 200)
    void mutatedGoodFilesGiveAClearReportOrACompleteImport(@ForAll("mutatedFiles") String content,
                                                           @ForAll boolean replace, @ForAll boolean createGroups)
            throws IOException {
        importAndCheck(content.getBytes(StandardCharsets.UTF_8), new ImportOptions(replace, createGroups));
    }

    @Provide
    Arbitrary<byte[]> randomFiles() {
        Arbitrary<byte[]> bytes = Arbitraries.bytes().array(byte[].class).ofMaxSize(600);
        Arbitrary<byte[]> text = Arbitraries.strings().withChars(ALPHABET.toCharArray()).ofMaxLength(600)
                .map(value -> value.getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> headed = text.map(body -> concat("date,group,stage,tests,positives,note\n", body));
        return Arbitraries.oneOf(bytes, text, headed);
    }

    @Provide
    Arbitrary<String> mutatedFiles() {
        Arbitrary<String> good = goodFiles();
        Arbitrary<List<Mutation>> mutations = mutation().list().ofMinSize(1).ofMaxSize(5);
        return Combinators.combine(good, mutations).as((file, list) -> {
            String mutated = file;
            for (Mutation one : list) {
                mutated = one.apply(mutated);
            }
            return mutated;
        });
    }

    private Arbitrary<String> goodFiles() {
        Arbitrary<String> row = Combinators.combine(
                Arbitraries.integers().between(4, 40).map(day -> LocalDate.of(2022, 1, 1).plusDays(day).toString()),
                Arbitraries.of("Athletes", "Team officials", "Operating staff", "Media"),
                Arbitraries.of("arrival", "in_loop"),
                Arbitraries.integers().between(0, 5_000),
                Arbitraries.integers().between(0, 40),
                Arbitraries.of("", "lab delay", "\"quoted, with comma\"", "\"two\nlines\""))
                .as((date, group, stage, tests, positives, note) -> date + "," + group + "," + stage + "," + tests
                        + "," + Math.min(tests, positives) + "," + note);
        return row.list().ofMinSize(1).ofMaxSize(12)
                .map(rows -> "date,group,stage,tests,positives,note\n" + String.join("\n", rows) + "\n");
    }

    private record Mutation(int kind, int position, int other, String token) {

        String apply(String text) {
            if (text.isEmpty()) {
                return token;
            }
            int at = Math.floorMod(position, text.length());
            int to = Math.floorMod(other, text.length());
            return switch (kind) {
                case 0 -> text.substring(0, at) + text.substring(at + 1); // delete a character
                case 1 -> text.substring(0, at) + token + text.substring(at); // insert a token
                case 2 -> text.substring(0, Math.min(at, to)) + token + text.substring(Math.max(at, to)); // replace a span
                case 3 -> { // duplicate a line
                    String[] lines = text.split("\n", -1);
                    List<String> copy = new ArrayList<>(List.of(lines));
                    copy.add(Math.floorMod(to, copy.size()), lines[Math.floorMod(at, lines.length)]);
                    yield String.join("\n", copy);
                }
                default -> text.replace("\n", "\r\n"); // line ends
            };
        }
    }

    private Arbitrary<Mutation> mutation() {
        return Combinators.combine(Arbitraries.integers().between(0, 4), Arbitraries.integers(),
                Arbitraries.integers(), Arbitraries.of(TOKENS)).as(Mutation::new);
    }

    private static void importAndCheck(byte[] content, ImportOptions options) throws IOException {
        Path folder = Files.createTempDirectory("loopwatch-fuzz");
        try (Database database = Database.open(folder.resolve("fuzz.db"), OpenMode.CREATE_IF_MISSING, CLOCK)) {
            long athletes = database.groups().findByName("Athletes").orElseThrow().id();
            database.results().insert(new DailyResult(LocalDate.of(2022, 1, 10), athletes, Stage.ARRIVAL, 171, 0, ""));
            List<DailyResult> before = database.results().findAll();
            long auditBefore = database.audit().count();
            long groupsBefore = database.groups().findAll().size();
            Path file = folder.resolve("input.csv");
            Files.write(file, content);

            try {
                ImportResult result = new CsvImporter(database, CLOCK).importFile(file, options, ImportMonitor.NONE);
                assertThat(database.results().count())
                        .isEqualTo(before.size() + result.inserted());
            } catch (CsvImportException refused) {
                assertThat(refused.problems()).isNotEmpty();
                for (ImportProblem problem : refused.problems()) {
                    assertThat(problem.line()).isGreaterThanOrEqualTo(0);
                    assertThat(problem.column()).isNotNull();
                    assertThat(problem.reason()).isNotBlank().doesNotContain("Exception").doesNotContain("null");
                }
                assertThat(database.results().findAll()).containsExactlyInAnyOrderElementsOf(before);
                assertThat(database.audit().count()).isEqualTo(auditBefore);
                assertThat(database.groups().findAll()).hasSize((int) groupsBefore);
            }
        } finally {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(path);
                }
            }
        }
    }

    private static byte[] concat(String head, byte[] body) {
        byte[] start = head.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[start.length + body.length];
        System.arraycopy(start, 0, all, 0, start.length);
        System.arraycopy(body, 0, all, start.length, body.length);
        return all;
    }
}
