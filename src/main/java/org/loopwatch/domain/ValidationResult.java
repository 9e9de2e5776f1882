package org.loopwatch.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Every problem found in an entry, and the validated result when there is no error.
 *
 * @param result   present exactly when there is no {@link Severity#ERROR} (warnings allowed)
 * @param problems all problems, errors and warnings, in field order
 */
public record ValidationResult(Optional<DailyResult> result, List<ValidationProblem> problems) {

    public ValidationResult {
        Objects.requireNonNull(result, "result");
        problems = List.copyOf(problems);
    }

    /** True when nothing blocks saving (warnings may still ask for confirmation). */
    public boolean isValid() {
        return result.isPresent();
    }

    public boolean hasWarnings() {
        return problems.stream().anyMatch(problem -> problem.severity() == Severity.WARNING);
    }

    public List<ValidationProblem> errors() {
        return problems.stream().filter(ValidationProblem::isError).toList();
    }

    public List<ValidationProblem> warnings() {
        return problems.stream().filter(problem -> !problem.isError()).toList();
    }

    /** The problems of one field, e.g. to decorate that control. */
    public List<ValidationProblem> problemsFor(String field) {
        return problems.stream().filter(problem -> problem.field().equals(field)).toList();
    }
}
