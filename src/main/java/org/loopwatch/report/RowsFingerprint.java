package org.loopwatch.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
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

    private RowsFingerprint() {
    }

    public static String of(List<DailyResult> rows, Map<Long, Group> groupsById) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java runtime has SHA-256", impossible);
        }
        List<DailyResult> ordered = rows.stream()
                .sorted(Comparator.comparing(DailyResult::date)
                        .thenComparing(result -> groupName(result, groupsById))
                        .thenComparing(DailyResult::stage))
                .toList();
        for (DailyResult row : ordered) {
            String line = row.date() + "|" + groupName(row, groupsById) + "|" + row.stage().code() + "|"
                    + row.tests() + "|" + row.positives() + "\n";
            digest.update(line.getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(digest.digest()).substring(0, 12);
    }

    private static String groupName(DailyResult row, Map<Long, Group> groupsById) {
        Group group = groupsById.get(row.groupId());
        return group == null ? "#" + row.groupId() : group.name();
    }
}
