package org.loopwatch.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** ResultKey's equals and hashCode are written out (decision 0081); they must keep a record's meaning. */
class ResultKeyTest {

    private static final LocalDate DAY = LocalDate.of(2022, 2, 4);

    @Test
    void keysOfTheSameDateGroupAndStageAreEqualWithTheSameHash() {
        ResultKey key = new ResultKey(DAY, 3, Stage.IN_LOOP);
        ResultKey same = new ResultKey(LocalDate.parse("2022-02-04"), 3, Stage.IN_LOOP);

        assertThat(same).isEqualTo(key).hasSameHashCodeAs(key);
        assertThat(key).isEqualTo(key).isNotEqualTo(null).isNotEqualTo("2022-02-04");
    }

    @Test
    void keysThatDifferInAnyOneComponentAreNotEqual() {
        ResultKey key = new ResultKey(DAY, 3, Stage.IN_LOOP);

        assertThat(key).isNotEqualTo(new ResultKey(DAY.plusDays(1), 3, Stage.IN_LOOP))
                .isNotEqualTo(new ResultKey(DAY, 4, Stage.IN_LOOP))
                .isNotEqualTo(new ResultKey(DAY, 3, Stage.ARRIVAL));
    }

    @Test
    void everyKeyOfAYearOfEightGroupsInBothStagesIsDistinctInASet() {
        Set<ResultKey> keys = new HashSet<>();
        Set<Integer> hashes = new HashSet<>();
        for (int day = 0; day < 365; day++) {
            for (long group = 1; group <= 8; group++) {
                for (Stage stage : List.of(Stage.values())) {
                    ResultKey key = new ResultKey(DAY.plusDays(day), group, stage);
                    keys.add(key);
                    hashes.add(key.hashCode());
                    assertThat(keys).contains(new ResultKey(DAY.plusDays(day), group, stage));
                }
            }
        }
        assertThat(keys).hasSize(365 * 8 * 2);
        // Spread enough for a hash map: most keys hash apart.
        assertThat(hashes.size()).isGreaterThan(keys.size() * 9 / 10);
    }
}
