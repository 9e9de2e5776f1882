package org.loopwatch.io;

import java.util.List;

/**
 * The rows of one sheet as read, before validation.
 *
 * @param places names the sheet's cells for problems found later
 * @param rows     the data rows that could be read; a row's line is its row number in the sheet
 * @param problems cells that could not be read, such as a formula without a saved result
 * @param notes  warnings about the reading itself, such as which cells held formulas
 */
record WorkbookRows(WorkbookPlaces places, List<CsvRow> rows, List<ImportProblem> problems,
                    List<ImportProblem> notes) {

    WorkbookRows {
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
        notes = List.copyOf(notes);
    }
}
