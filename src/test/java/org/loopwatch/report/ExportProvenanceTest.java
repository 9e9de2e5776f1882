package org.loopwatch.report;

import static org.assertj.core.api.Assertions.assertThat;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.loopwatch.domain.ConfidenceLevel;
import org.loopwatch.domain.Group;
import org.loopwatch.domain.IntervalMethod;
import org.loopwatch.domain.ResultIndex;
import org.loopwatch.domain.Stage;
import org.loopwatch.store.Database;
import org.loopwatch.store.OpenMode;

/**
 * The briefing takes its provenance from the rows it already indexed rather than reading them
 * again (issue 20): the fingerprint and row count must be those of the rows read from the database,
 * for any choice of groups, stages and days.
 */
class ExportProvenanceTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2022-02-01T08:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;

    @Test
    void theRowsIndexedGiveTheFingerprintAndCountOfTheRowsReadAgain() {
        Path file = ExportFixtures.publishedJanuary(folder);
        try (Database database = Database.open(file, OpenMode.MUST_EXIST, CLOCK)) {
            ResultIndex index = database.results().index();
            List<Group> groups = database.groups().findAll();
            Set<Long> all = groups.stream().map(Group::id).collect(Collectors.toSet());
            Set<Long> some = Set.of(groups.get(0).id());
            LocalDate first = index.firstDate().orElseThrow();
            LocalDate last = index.lastDate().orElseThrow();
            List<Object[]> choices = List.of(
                    new Object[] {all, EnumSet.allOf(Stage.class), first, last},
                    new Object[] {some, EnumSet.of(Stage.ARRIVAL), first.plusDays(3), last.minusDays(2)},
                    new Object[] {all, EnumSet.of(Stage.IN_LOOP), first.minusDays(30), first.plusDays(5)});
            assertThat(ExportProvenance.of(index, database.dataAsOf(), groups, all, EnumSet.allOf(Stage.class), first,
                    last, "d", IntervalMethod.WILSON, ConfidenceLevel.NINETY_FIVE, CLOCK).rowCount())
                    .isEqualTo(index.size()).isPositive();
            for (Object[] choice : choices) {
                @SuppressWarnings("unchecked") Set<Long> ids = (Set<Long>) choice[0];
                @SuppressWarnings("unchecked") Set<Stage> stages = (Set<Stage>) choice[1];
                LocalDate from = (LocalDate) choice[2];
                LocalDate to = (LocalDate) choice[3];

                Provenance read = ExportProvenance.of(database, groups, ids, stages, from, to, "d",
                        IntervalMethod.WILSON, ConfidenceLevel.NINETY_FIVE, CLOCK);
                Provenance indexed = ExportProvenance.of(index, database.dataAsOf(), groups, ids, stages, from, to,
                        "d", IntervalMethod.WILSON, ConfidenceLevel.NINETY_FIVE, CLOCK);

                assertThat(indexed).as("rows of %s %s %s–%s", ids, stages, from, to).isEqualTo(read);
            }
        }
    }
}
