package org.loopwatch.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.loopwatch.domain.DailyResult;
import org.loopwatch.domain.Group;

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

    public static String of(List<DailyResult> rows, Map<Long, Group> groupsById) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java runtime has SHA-256", impossible);
        }
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

    private static String groupName(DailyResult row, Map<Long, Group> groupsById) {
        Group group = groupsById.get(row.groupId());
        return group == null ? "#" + row.groupId() : group.name();
    }
}
