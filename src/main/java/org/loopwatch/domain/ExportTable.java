package org.loopwatch.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A table of figures that an export writes as it is, e.g. one more sheet of the Excel export: the
 * charts' data are made by the chart model in {@code report} and written by {@code io}, two layers
 * that do not use each other, so the table they hand over is a plain record of this one.
 *
 * @param name    the sheet's name (at most 31 characters, none of {@code []:*?/\})
 * @param columns the header row, with how each column's numbers are formatted
 * @param rows    one list per row, a value per column: text, a whole number, a fraction, a date,
 *                yes/no, or an {@link Optional} of one of these (empty for a blank cell)
 */
public record ExportTable(String name, List<Column> columns, List<List<Object>> rows) {

    /** How the numbers of a column look in the spreadsheet. */
    public enum Format {
        /** Words, whole numbers and yes/no as they are. */
        PLAIN,
        /** A date cell shown as 2022-01-04. */
        DATE,
        /** A fraction shown as a per cent with three decimals (0.012 % is 12 per 100,000). */
        RATE
    }

    /** A column's header and format. */
    public record Column(String name, Format format) {

        public Column {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(format, "format");
        }
    }

    public ExportTable {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        List<List<Object>> copied = new ArrayList<>(rows.size());
        for (List<Object> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("a row of " + row.size() + " values under " + columns.size() + " columns");
            }
            for (Object value : row) {
                Object inner = value instanceof Optional<?> optional ? optional.map(Object.class::cast).orElse("") : value;
                if (!(inner instanceof String || inner instanceof Long || inner instanceof Integer
                        || inner instanceof Double || inner instanceof LocalDate || inner instanceof Boolean)) {
                    throw new IllegalArgumentException("a cell of type " + (inner == null ? "null" : inner.getClass()));
                }
            }
            copied.add(List.copyOf(row));
        }
        rows = List.copyOf(copied);
    }
}
