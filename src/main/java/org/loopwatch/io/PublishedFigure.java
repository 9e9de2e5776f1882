package org.loopwatch.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.loopwatch.domain.Stage;

/**
 * One published count: tests and positives of a group (or {@code all}) in one stage over a period,
 * with the page it comes from.
 */
record PublishedFigure(LocalDate start, LocalDate end, String group, Stage stage, long tests, long positives,
                       String source) {

    static final String RESOURCE = "demo/beijing-2022-published.csv";
    static final String ALL = "all";

    boolean isOneDay() {
        return start.equals(end);
    }

    boolean covers(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }

    /** The figures of the copy of {@code shared/data/beijing-2022-published.csv} in the resources. */
    static List<PublishedFigure> beijing2022() {
        try (InputStream in = Objects.requireNonNull(PublishedFigure.class.getResourceAsStream(RESOURCE), RESOURCE);
             Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            List<PublishedFigure> figures = new ArrayList<>();
            CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
            for (CSVRecord record : format.parse(reader)) {
                figures.add(new PublishedFigure(LocalDate.parse(record.get("period_start")),
                        LocalDate.parse(record.get("period_end")), record.get("group"),
                        Stage.fromCode(record.get("stage")).orElseThrow(), Long.parseLong(record.get("tests")),
                        Long.parseLong(record.get("positives")), record.get("source")));
            }
            return figures;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
