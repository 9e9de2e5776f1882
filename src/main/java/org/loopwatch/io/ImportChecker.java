package org.loopwatch.io;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.loopwatch.domain.DailyResult;
import org.loopwatch.domain.DailyResultValidator;
import org.loopwatch.domain.Group;
import org.loopwatch.domain.GroupNames;
import org.loopwatch.domain.NearestName;
import org.loopwatch.domain.RateFormat;
import org.loopwatch.domain.RawEntry;
import org.loopwatch.domain.RecentTests;
import org.loopwatch.domain.ResultKey;
import org.loopwatch.domain.Stage;
import org.loopwatch.domain.ValidationContext;
import org.loopwatch.domain.ValidationProblem;
import org.loopwatch.domain.ValidationResult;
import org.loopwatch.domain.text.ListStyle;

/**
 * Checks every row of a file with {@link DailyResultValidator} (the same rules as the entry form),
 * then across rows: the same date, group and stage twice in the file, and rows that exist in the
 * database already. Collects every problem instead of stopping at the first.
 */
final class ImportChecker {

    private static final org.loopwatch.domain.text.Texts TEXT = org.loopwatch.domain.text.Texts.of(ImportChecker.class);

    private final List<Group> groups;
    private final LocalDate today;
    private final Optional<LocalDate> loopStart;
    private final ImportOptions options;

    ImportChecker(List<Group> groups, LocalDate today, Optional<LocalDate> loopStart, ImportOptions options) {
        this.groups = List.copyOf(groups);
        this.today = today;
        this.loopStart = loopStart;
        this.options = options;
    }

    /**
     * @param stored the stored rows that may collide: at least those between the file's first and last date
     */
    ImportPlan check(String fileName, List<CsvRow> rows, StoredRows stored, ImportMonitor monitor)
            throws CsvImportException {
        Review review = review(fileName, rows, stored, monitor);
        if (!review.problems().isEmpty()) {
            throw new CsvImportException(review.problems());
        }
        return review.plan();
    }

    /**
     * What the file would do, writing nothing: the plan of its good rows and every problem.
     *
     * @param plan     the good rows (identical ones left out: writing them would change nothing)
     * @param problems bad rows, and changed rows when replacing was not chosen; empty for a good file
     */
    record Review(ImportPlan plan, List<ImportProblem> problems) {
    }

    Review review(String fileName, List<CsvRow> rows, StoredRows stored, ImportMonitor monitor) {
        RowChecks checks = rowChecks();
        List<DailyResult> valid = new ArrayList<>(rows.size());
        int checked = 0;
        for (CsvRow row : rows) {
            checks.check(row).ifPresent(valid::add);
            if (++checked % 10_000 == 0) {
                monitor.checkCancelled();
                monitor.progress(ImportPhase.CHECKING, checked, rows.size());
            }
        }
        List<ImportProblem> problems = new ArrayList<>(checks.problems());
        int[] identical = new int[1];
        int replacing = conflicts(valid, checks.firstLine, stored, checks.names, problems, identical);
        ImportPlan plan = new ImportPlan(fileName, valid, checks.newGroups(), replacing,
                options.replaceExisting(), checks.warnings(), identical[0]);
        return new Review(plan, problems);
    }

    /** Checks of one file's rows, one row at a time in file order, for a caller that goes on while rows are read. */
    RowChecks rowChecks() {
        return new RowChecks();
    }

    /**
     * The checks of every row on its own and of keys doubled within the file, made one row at a
     * time in file order, so that a row can be written while later rows are still being read
     * (decision 0043). Conflicts with stored rows are not among them ({@link #review} adds those).
     * Unknown group names become placeholder groups with ids -1, -2, … in the order of their first
     * row when groups may be created: the same groups, in the same order, as looking at all rows first.
     */
    final class RowChecks {

        private final List<Group> known = new ArrayList<>(groups);
        private final Map<String, Group> created = new LinkedHashMap<>();
        private final Set<String> spellings = new HashSet<>(); // each spelling once, not 100,000 times
        private final Set<String> folded = new HashSet<>();
        private final Map<Long, String> names = new HashMap<>();
        private final Map<ResultKey, Long> firstLine = new HashMap<>();
        private final List<ImportProblem> problems = new ArrayList<>();
        private final List<ImportProblem> warnings = new ArrayList<>();
        private final Map<String, UnknownGroup> unknownGroups = new HashMap<>();
        private ValidationContext context;

        private RowChecks() {
            known.forEach(group -> names.put(group.id(), group.name()));
            context = new ValidationContext(today, loopStart, known, RecentTests.NONE);
        }

        /** Checks the next row of the file; its result when the row is good and its key new in the file. */
        Optional<DailyResult> check(CsvRow row) {
            Optional<String> refusedName = refusedNewName(row.entry().group());
            if (refusedName.isPresent()) {
                // Not an unknown group that "create groups" would fix: no group may have this name.
                problems.add(ImportProblem.of(row.line(), ResultCsvFormat.GROUP, refusedName.get()));
                return Optional.empty();
            }
            addIfNewGroup(row.entry().group());
            ValidationResult result = DailyResultValidator.validate(row.entry(), context);
            for (ValidationProblem problem : result.problems()) {
                ImportProblem found = translate(row, problem);
                (problem.isError() ? problems : warnings).add(found);
            }
            Optional<ResultKey> key = result.result().map(DailyResult::key).or(() -> keyOf(row.entry(), result, known));
            Long earlier = key.map(k -> firstLine.putIfAbsent(k, row.line())).orElse(null);
            if (earlier != null) {
                problems.add(ImportProblem.of(row.line(), "-", TEXT.format("import.sameKey", String.valueOf(earlier),
                        describe(key.get(), names))));
                return Optional.empty();
            }
            return result.result();
        }

        /** True once any row was bad: the file will not be imported. */
        boolean anyProblem() {
            return !problems.isEmpty();
        }

        List<ImportProblem> problems() {
            return List.copyOf(problems);
        }

        List<ImportProblem> warnings() {
            return List.copyOf(warnings);
        }

        /** Groups to create so far, in the spelling of their first row; the i-th has the id -(i + 1). */
        List<String> newGroups() {
            return List.copyOf(created.keySet());
        }

        /* A name no group has and none may have (a tab, a line break…); a stored group with such a name still matches. */
        private Optional<String> refusedNewName(String name) {
            Optional<String> problem = GroupNames.problem(name);
            return problem.isPresent() && known.stream().noneMatch(g -> g.hasName(name)) ? problem : Optional.empty();
        }

        private ImportProblem translate(CsvRow row, ValidationProblem problem) {
            RawEntry entry = row.entry();
            if (problem.field().equals(ValidationProblem.GROUP) && problem.isError() && entry.group() != null
                    && !entry.group().isBlank()) {
                String name = entry.group().strip();
                UnknownGroup unknown = unknownGroup(name);
                return ImportProblem.unknownGroup(row.line(), ResultCsvFormat.GROUP, unknown.sentence(), unknown.kind(), name);
            }
            return ImportProblem.of(row.line(), problem.field(), problem.message());
        }

        /* Each unknown name's sentence once: a file may repeat a misspelling on every one of its rows. */
        private UnknownGroup unknownGroup(String name) {
            return unknownGroups.computeIfAbsent(name, typed -> {
                List<String> names = groups.stream().map(Group::name).toList();
                String known = ListStyle.names(names);
                Optional<String> meant = NearestName.meant(typed, names);
                if (known.isEmpty()) {
                    return new UnknownGroup(TEXT.format("import.unknownGroup", typed), ImportProblem.Kind.UNKNOWN_GROUP);
                }
                return meant.map(group -> new UnknownGroup(TEXT.format("import.unknownGroup.meant", typed, group, known),
                                ImportProblem.Kind.MISSPELT_GROUP))
                        .orElseGet(() -> new UnknownGroup(TEXT.format("import.unknownGroup.known", typed, known),
                                ImportProblem.Kind.UNKNOWN_GROUP));
            });
        }

        private void addIfNewGroup(String name) {
            if (!options.createGroups() || name == null || !spellings.add(name) || name.isBlank()) {
                return;
            }
            if (folded.add(name.strip().toLowerCase(Locale.ROOT)) && groups.stream().noneMatch(g -> g.hasName(name))) {
                Group group = new Group(-(created.size() + 1), name.strip(), Integer.MAX_VALUE, "#000000", true);
                created.put(group.name(), group);
                known.add(group);
                names.put(group.id(), group.name());
                context = new ValidationContext(today, loopStart, known, RecentTests.NONE);
            }
        }
    }

    /* What is said of a group name no group has, and whether it looks like one that does, misspelt. */
    private record UnknownGroup(String sentence, ImportProblem.Kind kind) {
    }

    /* The key of a row whose date, group and stage are fine even though another cell is not. */
    private static Optional<ResultKey> keyOf(RawEntry entry, ValidationResult result, List<Group> known) {
        boolean keyFieldsOk = result.errors().stream().map(ValidationProblem::field).noneMatch(field ->
                field.equals(ValidationProblem.DATE) || field.equals(ValidationProblem.GROUP)
                        || field.equals(ValidationProblem.STAGE));
        if (!keyFieldsOk) {
            return Optional.empty();
        }
        Optional<Group> group = known.stream().filter(g -> g.hasName(entry.group())).findFirst();
        Optional<Stage> stage = Stage.fromCode(entry.stage().strip().replace('-', '_').replace(' ', '_'));
        if (group.isEmpty() || stage.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ResultKey(LocalDate.parse(entry.date().strip()), group.get().id(), stage.get()));
    }

    /* Rows equal to the stored ones are no conflict (importing a file twice changes nothing): they leave {@code valid}. */
    private int conflicts(List<DailyResult> valid, Map<ResultKey, Long> lines, StoredRows stored,
                          Map<Long, String> names, List<ImportProblem> problems, int[] identical) {
        if (valid.isEmpty()) {
            return 0;
        }
        LocalDate first = valid.stream().map(DailyResult::date).min(LocalDate::compareTo).orElseThrow();
        LocalDate last = valid.stream().map(DailyResult::date).max(LocalDate::compareTo).orElseThrow();
        Map<ResultKey, DailyResult> existing = new HashMap<>();
        for (DailyResult row : stored.between(first, last)) {
            existing.put(row.key(), row);
        }
        int replacing = 0;
        for (java.util.Iterator<DailyResult> each = valid.iterator(); each.hasNext(); ) {
            DailyResult row = each.next();
            DailyResult old = existing.get(row.key());
            if (old == null) {
                continue;
            }
            if (old.tests() == row.tests() && old.positives() == row.positives() && old.note().equals(row.note())) {
                each.remove();
                identical[0]++;
                continue;
            }
            replacing++;
            if (!options.replaceExisting()) {
                problems.add(new ImportProblem(lines.get(row.key()), "-", TEXT.format("import.exists",
                        describe(row.key(), names), RateFormat.count(old.positives()), RateFormat.count(old.tests())),
                        ImportProblem.Kind.CONFLICT));
            }
        }
        return replacing;
    }

    private static String describe(ResultKey key, Map<Long, String> names) {
        return TEXT.format("import.key", String.valueOf(key.date()), names.getOrDefault(key.groupId(),
                TEXT.format("import.groupId", String.valueOf(key.groupId()))), key.stage().code());
    }

    /** The stored rows between two dates, inclusive. */
    @FunctionalInterface
    interface StoredRows {
        List<DailyResult> between(LocalDate first, LocalDate last);
    }
}
