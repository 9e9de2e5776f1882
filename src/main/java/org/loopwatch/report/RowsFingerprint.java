package org.loopwatch.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.loopwatch.domain.DailyResult;
import org.loopwatch.domain.Group;
import org.loopwatch.domain.Stage;

/**
 * A short, stable fingerprint of the rows behind a figure: the first 12 hex digits of SHA-256 over
 * the rows in key order (date, group name, stage, tests, positives). Two exports with the same
 * fingerprint were drawn from the same numbers, whatever the order they were read in; notes are
 * left out because they do not change any figure.
 */
public final class RowsFingerprint {

    private static final int BLOCK = 64 * 1024;

    private static final Comparator<Named> KEY_ORDER = Comparator.comparing((Named named) -> named.row().date())
            .thenComparing(Named::group).thenComparing(named -> named.row().stage());

    private RowsFingerprint() {
    }

    public static String of(List<DailyResult> rows, Map<Long, Group> groupsById) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java runtime has SHA-256", impossible);
        }
        List<Named> ordered = inKeyOrder(rows, groupsById);
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
     * The rows in key order, each with its group's name (looked up once per row, not in every
     * comparison). The key is dense — a day's rows are at most one per group and stage — so each
     * row is put straight in its place: day, then the group's rank by name, then stage. A sort by
     * comparison of the ten-year briefing's 58,400 rows took 12 ms of its main thread (decision
     * 0081). Rows sparse over many years, or two groups of one name, are sorted by comparison.
     */
    private static List<Named> inKeyOrder(List<DailyResult> rows, Map<Long, Group> groupsById) {
        List<Named> named = new ArrayList<>(rows.size());
        Map<Long, String> names = new HashMap<>();
        long firstDay = Long.MAX_VALUE;
        long lastDay = Long.MIN_VALUE;
        for (DailyResult row : rows) {
            String group = names.computeIfAbsent(row.groupId(), id -> groupName(id, groupsById));
            named.add(new Named(row, group));
            firstDay = Math.min(firstDay, row.date().toEpochDay());
            lastDay = Math.max(lastDay, row.date().toEpochDay());
        }
        List<String> byName = names.values().stream().sorted().distinct().toList();
        int stages = Stage.values().length;
        long places = rows.isEmpty() ? 0 : (lastDay - firstDay + 1) * byName.size() * stages;
        if (byName.size() < names.size() || places > 4L * rows.size() + 1024) {
            named.sort(KEY_ORDER);
            return named;
        }
        Map<String, Integer> rank = new HashMap<>();
        byName.forEach(name -> rank.put(name, rank.size()));
        Named[] placed = new Named[(int) places];
        for (Named row : named) {
            long day = row.row().date().toEpochDay() - firstDay;
            int place = (int) ((day * byName.size() + rank.get(row.group())) * stages + row.row().stage().ordinal());
            if (placed[place] != null) { // two rows of one key: not from one database, but never lose one
                named.sort(KEY_ORDER);
                return named;
            }
            placed[place] = row;
        }
        List<Named> ordered = new ArrayList<>(rows.size());
        for (Named row : placed) {
            if (row != null) {
                ordered.add(row);
            }
        }
        return ordered;
    }

    private static String groupName(long groupId, Map<Long, Group> groupsById) {
        Group group = groupsById.get(groupId);
        return group == null ? "#" + groupId : group.name();
    }
}
