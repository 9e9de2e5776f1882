package org.loopwatch.io;

import java.util.List;
import java.util.Map;

/**
 * Names places in one sheet the way a spreadsheet does, so a problem found by line and column
 * name points at its cell: {@code Sheet1!D17}, or the row {@code Sheet1!17:17} when it is about
 * the whole row. A sheet name with anything but letters, digits and underscores is quoted,
 * {@code 'Daily results'!D17}, as Excel writes it.
 */
final class WorkbookPlaces {

    private final String sheetRef;
    private final Map<String, Integer> columns;

    /** @param columns the index of each known column of the header, by its name */
    WorkbookPlaces(String sheet, Map<String, Integer> columns) {
        this.sheetRef = sheet.matches("[\\p{L}_][\\p{L}\\p{N}_]*") ? sheet : "'" + sheet.replace("'", "''") + "'";
        this.columns = Map.copyOf(columns);
    }

    /** The reference of a cell: column index from 0, row number from 1. */
    String cell(int column, long row) {
        return sheetRef + "!" + column(column) + row;
    }

    /** The column name of the header at {@code index}, or its letter when the header does not name it. */
    String columnName(int index) {
        return columns.entrySet().stream().filter(e -> e.getValue() == index).map(Map.Entry::getKey).findFirst()
                .orElse(column(index));
    }

    /** The problem placed at its cell, or at its row when it names no known column. */
    ImportProblem place(ImportProblem problem) {
        if (!problem.cell().isEmpty()) {
            return problem;
        }
        Integer index = columns.get(problem.column());
        return problem.at(index == null ? sheetRef + "!" + problem.line() + ":" + problem.line()
                : cell(index, problem.line()));
    }

    /** Every problem of {@code bad} placed. */
    CsvImportException placed(CsvImportException bad) {
        return new CsvImportException(place(bad.problems()));
    }

    List<ImportProblem> place(List<ImportProblem> problems) {
        return problems.stream().map(this::place).toList();
    }

    /** The letters of a column: 0 is A, 25 is Z, 26 is AA. */
    static String column(int index) {
        StringBuilder letters = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            letters.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return letters.toString();
    }
}
