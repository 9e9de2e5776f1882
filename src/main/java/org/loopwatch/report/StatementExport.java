package org.loopwatch.report;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.loopwatch.domain.ConfidenceLevel;
import org.loopwatch.domain.DailyStatement;
import org.loopwatch.domain.DailyStatementCalculator;
import org.loopwatch.domain.Group;
import org.loopwatch.domain.IntervalMethod;
import org.loopwatch.domain.Stage;
import org.loopwatch.domain.text.Texts;
import org.loopwatch.store.Database;
import org.loopwatch.store.Event;

/**
 * The daily statement read from a database, the same way for the command line ({@code statement}),
 * the desktop's "Copy statement" and the statement PDF: the figures from the one domain summary
 * ({@link DailyStatementCalculator}), the words from {@link StatementText}, and a footer naming the
 * data it was made from. Call off the FX thread.
 */
public final class StatementExport {

    private static final Texts TEXT = Texts.of(StatementExport.class);

    private StatementExport() {
    }

    /**
     * The statement for {@code date}, or for the last day with data when empty; throws
     * {@link ExportInputException} when the database has no results yet.
     */
    public static DailyStatement statement(Database database, Optional<LocalDate> date, Clock clock) {
        LocalDate day = date.or(() -> database.results().dateRange().map(range -> range.last()))
                .orElseThrow(() -> new ExportInputException(TEXT.get("statement.noData")));
        return DailyStatementCalculator.statement(database.results().index(), database.groups().findAll(), day,
                database.event().find().map(Event::loopStart), LocalDate.now(clock));
    }

    /** The statement's words with the event's name and a provenance footer. */
    public static StatementPage page(Database database, DailyStatement statement, Clock clock) {
        List<Group> groups = database.groups().findAll();
        Set<Long> ids = new HashSet<>();
        groups.forEach(group -> ids.add(group.id()));
        LocalDate first = statement.loopStart().isAfter(statement.date()) ? statement.date() : statement.loopStart();
        Provenance provenance = ExportProvenance.of(database, groups, ids, EnumSet.allOf(Stage.class), first,
                statement.date(), "", IntervalMethod.WILSON, ConfidenceLevel.NINETY_FIVE, clock);
        List<String> footer = List.of(TEXT.get("statement.definition"), provenance.lines().get(1));
        String event = database.event().find().map(Event::name).orElse("");
        return StatementText.page(statement, event, footer);
    }

    /** Reads the statement for {@code date} (or the last day) and writes its one-page PDF. */
    public static StatementPage writePdf(Database database, Optional<LocalDate> date, Clock clock,
                                         Path target) throws IOException {
        StatementPage page = page(database, statement(database, date, clock), clock);
        StatementPdfWriter.write(page, target);
        return page;
    }
}
