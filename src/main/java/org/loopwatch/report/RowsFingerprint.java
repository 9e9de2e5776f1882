package org.loopwatch.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.loopwatch.domain.Counts;
import org.loopwatch.domain.DailyResult;
import org.loopwatch.domain.Group;
import org.loopwatch.domain.ResultIndex;
import org.loopwatch.domain.Stage;

/**
 * A short, stable fingerprint of the rows behind a figure: the first 12 hex digits of SHA-256 over
 * the rows in key order (date, group name, stage, tests, positives). Two exports with the same
 * fingerprint were drawn from the same numbers, whatever the order they were read in; notes are
 * left out because they do not change any figure.
 */
public final class RowsFingerprint {

    private static final int BLOCK = 64 * 1024;

    private RowsFingerprint() {
    }

    /** A fingerprint and the number of rows it was taken of. */
    record Taken(String fingerprint, int rows) {
    }

    public static String of(List<DailyResult> rows, Map<Long, Group> groupsById) {
        MessageDigest digest = sha256();
        // Each row's group name looked up once, not in every comparison of the sort, and the lines
        // hashed in blocks: the same bytes as one line at a time (a ten-year briefing hashes 58,400).
        List<Named> ordered = new ArrayList<>(rows.size());
        for (DailyResult row : rows) {
            ordered.add(new Named(row, groupName(row, groupsById)));
        }
        ordered.sort(Comparator.comparing((Named named) -> named.row().date())
                .thenComparing(Named::group)
                .thenComparing(named -> named.row().stage()));
        StringBuilder block = new StringBuilder(BLOCK + 256);
        for (Named named : ordered) {
            DailyResult row = named.row();
            block.append(row.date()).append('|').append(named.group()).append('|').append(row.stage().code())
                    .append('|').append(row.tests()).append('|').append(row.positives()).append('\n');
            if (block.length() >= BLOCK) {
                digest.update(block.toString().getBytes(StandardCharsets.UTF_8));
                block.setLength(0);
            }
        }
        digest.update(block.toString().getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest.digest()).substring(0, 12);
    }

    private record Named(DailyResult row, String group) {
    }

    /**
     * The same fingerprint of the rows {@code index} holds of those groups and stages in that
     * period, read from the index in key order, day by day: no row made and none sorted (the
     * ten-year briefing's provenance made and sorted 58,400; decision 0081). Two groups of one
     * name leave the order to the rows' sort.
     */
    static Taken of(ResultIndex index, Map<Long, Group> groupsById, Set<Long> groupIds, Set<Stage> stages,
                    LocalDate from, LocalDate to) {
        List<Long> byName = groupIds.stream().sorted(Comparator.comparing(id -> groupName(id, groupsById))).toList();
        if (byName.stream().map(id -> groupName(id, groupsById)).distinct().count() < byName.size()) {
            List<DailyResult> rows = index.rows(groupIds, stages, from, to);
            return new Taken(of(rows, groupsById), rows.size());
        }
        List<Stage> inOrder = Arrays.stream(Stage.values()).filter(stages::contains).toList();
        Optional<LocalDate> first = index.firstDate().map(day -> day.isAfter(from) ? day : from);
        Optional<LocalDate> last = index.lastDate().map(day -> day.isBefore(to) ? day : to);
        Lines lines = new Lines(index, groupsById, byName, inOrder);
        if (first.isPresent() && last.isPresent()) {
            for (LocalDate day = first.get(); !day.isAfter(last.get()); day = day.plusDays(1)) {
                lines.addDay(day);
            }
        }
        return new Taken(lines.fingerprint(), lines.rows);
    }

    /* One day's lines at a time, in a method of its own: C1 compiles it after a few hundred days. */
    private static final class Lines {
        private final ResultIndex index;
        private final List<Long> groupIds;
        private final List<String> names;
        private final List<Stage> stages;
        private final MessageDigest digest = sha256();
        private final StringBuilder block = new StringBuilder(BLOCK + 256);
        private int rows;

        Lines(ResultIndex index, Map<Long, Group> groupsById, List<Long> groupIds, List<Stage> stages) {
            this.index = index;
            this.groupIds = groupIds;
            this.names = groupIds.stream().map(id -> groupName(id, groupsById)).toList();
            this.stages = stages;
        }

        void addDay(LocalDate day) {
            String date = null;
            for (int group = 0; group < groupIds.size(); group++) {
                for (Stage stage : stages) {
                    Optional<Counts> counts = index.cell(day, groupIds.get(group), stage);
                    if (counts.isPresent()) {
                        date = date == null ? day.toString() : date;
                        block.append(date).append('|').append(names.get(group)).append('|').append(stage.code())
                                .append('|').append(counts.get().tests()).append('|').append(counts.get().positives())
                                .append('\n');
                        rows++;
                    }
                }
            }
            if (block.length() >= BLOCK) {
                digest.update(block.toString().getBytes(StandardCharsets.UTF_8));
                block.setLength(0);
            }
        }

        String fingerprint() {
            digest.update(block.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest()).substring(0, 12);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java runtime has SHA-256", impossible);
        }
    }

    private static String groupName(DailyResult row, Map<Long, Group> groupsById) {
        return groupName(row.groupId(), groupsById);
    }

    private static String groupName(long groupId, Map<Long, Group> groupsById) {
        Group group = groupsById.get(groupId);
        return group == null ? "#" + groupId : group.name();
    }
}
