package org.loopwatch.domain;

import java.util.Arrays;

/**
 * Rows collected as numbers in growing arrays (≈ 33 bytes a row), so that whoever reads every
 * stored row (the store, for the dashboard: 58,400 in ten years) needs neither a
 * {@link DailyResult} nor a {@link java.time.LocalDate} per row; that garbage was most of a start-up's.
 * Callers know it as {@link ResultIndex.Builder}, made by {@link ResultIndex#builder()}.
 */
public class ResultIndexBuilder {

    private static final Stage[] STAGE_VALUES = Stage.values();

    private long[] groupIds = new long[1024];
    private long[] days = new long[1024];
    private byte[] stages = new byte[1024];
    private long[] tests = new long[1024];
    private long[] positives = new long[1024];
    private int count;

    ResultIndexBuilder() {
    }

    /** Adds one row; counts as a stored row holds them (0 ≤ positives ≤ tests). */
    public ResultIndexBuilder add(long groupId, Stage stage, long epochDay, long rowTests, long rowPositives) {
        if (count == days.length) {
            int grown = count * 2;
            groupIds = Arrays.copyOf(groupIds, grown);
            days = Arrays.copyOf(days, grown);
            stages = Arrays.copyOf(stages, grown);
            tests = Arrays.copyOf(tests, grown);
            positives = Arrays.copyOf(positives, grown);
        }
        groupIds[count] = groupId;
        days[count] = epochDay;
        stages[count] = (byte) stage.ordinal();
        tests[count] = rowTests;
        positives[count] = rowPositives;
        count++;
        return this;
    }

    /**
     * The index of the rows added.
     *
     * @throws IllegalArgumentException when two rows share a (date, group, stage)
     */
    public ResultIndex build() {
        return new ResultIndex(sink -> {
            for (int i = 0; i < count; i++) {
                sink.accept(groupIds[i], STAGE_VALUES[stages[i]], days[i], tests[i], positives[i]);
            }
        });
    }
}
