package org.loopwatch.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.loopwatch.domain.Counts;
import org.loopwatch.domain.ResultIndex;
import org.loopwatch.domain.Stage;

class PackedIndexRowsTest {

    @Test
    void readsEachRowsNumbersWhateverTheirSignAndSize() throws SQLException {
        ResultIndex index = PackedIndexRows.addAll("19000,1,0,120,3;-1,2,1,4,1;19002,2,1,3000000000,7",
                ResultIndex.builder()).build();

        assertThat(index.size()).isEqualTo(3);
        assertThat(index.cell(LocalDate.ofEpochDay(19000), 1, Stage.ARRIVAL)).contains(new Counts(120, 3));
        assertThat(index.cell(LocalDate.of(1969, 12, 31), 2, Stage.IN_LOOP)).contains(new Counts(4, 1));
        assertThat(index.cell(LocalDate.ofEpochDay(19002), 2, Stage.IN_LOOP)).contains(new Counts(3_000_000_000L, 7));
    }

    @Test
    void noRowsIsAnEmptyIndex() throws SQLException {
        assertThat(PackedIndexRows.addAll(null, ResultIndex.builder()).build().size()).isZero();
        assertThat(PackedIndexRows.addAll("", ResultIndex.builder()).build().size()).isZero();
    }

    @Test
    void aDateThatIsNoCalendarDayIsRefusedWithItsText() {
        assertThatThrownBy(() -> PackedIndexRows.addAll("19000,1,0,120,3;!2022-02-30;19001,1,0,5,0",
                ResultIndex.builder())).isInstanceOf(SQLException.class)
                .hasMessage("not a date in the database: 2022-02-30");
    }

    @Test
    void anythingButFiveIntegersARowIsRefusedNotGuessed() {
        for (String bad : new String[] {"19000,1,0,120", "19000,1,0,120,3,9", "19000,1,0,,3", "19000,x,0,120,3",
                "19000,1,0,12.5,3", "19000,1,0,99999999999999999999,3", "-,1,0,1,1"}) {
            assertThatThrownBy(() -> PackedIndexRows.addAll(bad, ResultIndex.builder())).as(bad)
                    .isInstanceOf(SQLException.class).hasMessageStartingWith("a result that is not numbers");
        }
    }
}
