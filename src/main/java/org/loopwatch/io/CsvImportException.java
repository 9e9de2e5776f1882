package org.loopwatch.io;

import java.util.List;

/**
 * The file cannot be imported; nothing was written. Holds every problem found, in file order, so
 * the person can fix the whole file in one go.
 */
public final class CsvImportException extends Exception {

    private final transient List<ImportProblem> problems;

    public CsvImportException(List<ImportProblem> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems.stream().sorted(ImportProblem.IN_FILE_ORDER).toList());
    }

    static CsvImportException single(long line, String reason) {
        return new CsvImportException(List.of(ImportProblem.of(line, "-", reason)));
    }

    /** Every problem, in line order. */
    public List<ImportProblem> problems() {
        return problems;
    }

    private static String summary(List<ImportProblem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an import failure needs at least one problem");
        }
        long rows = problems.stream().mapToLong(ImportProblem::line).distinct().count();
        return problems.size() == 1 ? problems.getFirst().toString()
                : org.loopwatch.domain.text.Texts.of(CsvImportException.class).format("import.summary", problems.size(),
                        rows, String.valueOf(problems.getFirst()));
    }
}
