package org.loopwatch.report;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.loopwatch.domain.ConfidenceLevel;
import org.loopwatch.domain.IntervalMethod;
import org.loopwatch.domain.RateFormat;
import org.loopwatch.domain.text.Texts;

/**
 * Where an exported figure comes from (SPEC §5), printed on every chart image and PDF page: what
 * the measure is, how its interval was computed, how fresh the data was, when and by which
 * version it was generated, and a fingerprint of the rows used.
 *
 * @param measureDefinition e.g. "7-day positivity = positives ÷ tests, ratio of sums"
 * @param dataAsOf          time of the last change to the data; empty for a database never changed
 * @param fingerprint       short hash of the rows used (see {@link RowsFingerprint})
 * @param rowCount          how many rows the figure used
 */
public record Provenance(String measureDefinition, IntervalMethod method, ConfidenceLevel level,
                         Optional<Instant> dataAsOf, Instant generatedAt, String appVersion, String fingerprint,
                         long rowCount, ZoneId zone) {

    private static final Texts TEXT = Texts.of(Provenance.class);

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm xxx", Locale.ENGLISH);

    /** The footer as lines of text, the same on images and PDF pages. */
    public List<String> lines() {
        String first = TEXT.format("provenance.method", measureDefinition, Integer.toString(level.percent()),
                method.label());
        String second = TEXT.format("provenance.data", dataAsOf.map(this::time).orElseGet(() -> TEXT.get("provenance.noChanges")),
                time(generatedAt), appVersion, fingerprint, RateFormat.count(rowCount));
        return List.of(first, second);
    }

    private String time(Instant instant) {
        return TIME.format(instant.atZone(zone));
    }
}
