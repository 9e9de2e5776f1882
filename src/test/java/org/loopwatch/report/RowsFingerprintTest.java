package org.loopwatch.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.loopwatch.domain.DailyResult;
import org.loopwatch.domain.Group;
import org.loopwatch.domain.ResultIndex;
import org.loopwatch.domain.Stage;

/**
 * The fingerprint printed in every export's provenance is SHA-256 over one line per row in key
 * order (date, group name, stage): hashed in blocks (issue 20) it must stay the same text, byte
 * for byte, whatever the order the rows come in, with an unknown group as {@code #id}.
 */
class RowsFingerprintTest {

    private static final Map<Long, Group> GROUPS = Map.of(
            1L, new Group(1, "Zebra team", 1, "#000000", true),
            2L, new Group(2, "Athletes", 2, "#000000", true),
            3L, new Group(3, "媒体", 3, "#000000", true));

    @Test
    void isTheHashOfTheRowsLinesInKeyOrderWhateverTheirOrder() throws Exception {
        List<DailyResult> rows = new ArrayList<>();
        Random random = new Random(20);
        for (int day = 0; day < 3_000; day++) { // 12,000 rows: more than one block of lines
            for (long group : new long[] {1, 2, 3, 9}) {
                Stage stage = Stage.values()[random.nextInt(Stage.values().length)];
                long tests = random.nextInt(5_000);
                rows.add(new DailyResult(LocalDate.of(2020, 1, 1).plusDays(day), group, stage, tests,
                        tests / 7, "note " + day));
            }
        }
        String inOrder = RowsFingerprint.of(rows, GROUPS);
        Collections.shuffle(rows, random);

        assertThat(RowsFingerprint.of(rows, GROUPS)).isEqualTo(inOrder).isEqualTo(lineByLine(rows)).hasSize(12);
        assertThat(RowsFingerprint.of(rows.subList(1, rows.size()), GROUPS)).isNotEqualTo(inOrder);
    }

    /* The briefing's provenance reads the index in key order instead of making and sorting rows (0081). */
    @Test
    void theIndexsRowsGiveTheSameFingerprintAndCountReadDayByDay() {
        List<DailyResult> rows = new ArrayList<>();
        Random random = new Random(81);
        for (int day = 0; day < 900; day++) {
            for (long group : new long[] {1, 2, 3, 9}) {
                for (Stage stage : Stage.values()) {
                    if (random.nextInt(5) > 0) {
                        long tests = random.nextInt(5_000);
                        rows.add(new DailyResult(LocalDate.of(2021, 12, 1).plusDays(day), group, stage, tests,
                                tests / 9, ""));
                    }
                }
            }
        }
        ResultIndex index = ResultIndex.of(rows);
        LocalDate first = LocalDate.of(2021, 12, 1);
        List<Set<Long>> groupSets = List.of(Set.of(1L, 2L, 3L, 9L), Set.of(3L), Set.of(2L, 9L, 42L), Set.of());
        List<Set<Stage>> stageSets = List.of(Set.of(Stage.values()), Set.of(Stage.IN_LOOP), Set.of(Stage.ARRIVAL));
        List<LocalDate[]> periods = List.of(new LocalDate[] {first.minusDays(30), first.plusDays(1_000)},
                new LocalDate[] {first.plusDays(10), first.plusDays(20)},
                new LocalDate[] {first.plusDays(899), first.plusDays(899)},
                new LocalDate[] {first.plusDays(2_000), first.plusDays(2_100)});
        for (Set<Long> groups : groupSets) {
            for (Set<Stage> stages : stageSets) {
                for (LocalDate[] period : periods) {
                    List<DailyResult> used = index.rows(groups, stages, period[0], period[1]);
                    RowsFingerprint.Taken taken = RowsFingerprint.of(index, GROUPS, groups, stages, period[0], period[1]);

                    assertThat(taken).as("%s %s %s…%s", groups, stages, period[0], period[1])
                            .isEqualTo(new RowsFingerprint.Taken(RowsFingerprint.of(used, GROUPS), used.size()));
                }
            }
        }
        Map<Long, Group> twins = Map.of(1L, new Group(1, "Media", 1, "#000000", true),
                2L, new Group(2, "Media", 2, "#000000", true));
        List<DailyResult> used = index.rows(Set.of(1L, 2L), Set.of(Stage.values()), first, first.plusDays(5));
        assertThat(RowsFingerprint.of(index, twins, Set.of(1L, 2L), Set.of(Stage.values()), first, first.plusDays(5)))
                .isEqualTo(new RowsFingerprint.Taken(RowsFingerprint.of(used, twins), used.size()));
    }

    @Test
    void noRowsIsTheHashOfNothing() throws Exception {
        assertThat(RowsFingerprint.of(List.of(), GROUPS)).isEqualTo(lineByLine(List.of()));
    }

    /* The definition, spelled out: sort by date, group name, stage; hash each line. */
    private static String lineByLine(List<DailyResult> rows) throws Exception {
        List<DailyResult> ordered = new ArrayList<>(rows);
        ordered.sort((a, b) -> {
            int byDate = a.date().compareTo(b.date());
            if (byDate != 0) {
                return byDate;
            }
            int byGroup = name(a).compareTo(name(b));
            return byGroup != 0 ? byGroup : a.stage().compareTo(b.stage());
        });
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        for (DailyResult row : ordered) {
            digest.update((row.date() + "|" + name(row) + "|" + row.stage().code() + "|" + row.tests() + "|"
                    + row.positives() + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(digest.digest()).substring(0, 12);
    }

    private static String name(DailyResult row) {
        Group group = GROUPS.get(row.groupId());
        return group == null ? "#" + row.groupId() : group.name();
    }
}
