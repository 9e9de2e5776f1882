package org.loopwatch.io;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.loopwatch.domain.Group;
import org.loopwatch.domain.Rollup;
import org.loopwatch.store.Database;
import org.loopwatch.store.Event;
import org.loopwatch.store.ImportResult;

/**
 * Fills a new, empty database with the demo data set: the two published groups instead of the
 * default ones, the event "Beijing 2022 closed loop (illustrative)" with its key dates, and the
 * rows of {@link DemoDataSet}. Never used on a database that holds data, so the demo is never
 * mixed into real data.
 */
public final class DemoDatabase {

    private DemoDatabase() {
    }

    /** True when the database is a demo database (its event is the demo event). */
    public static boolean isDemo(Database database) {
        return database.event().find().map(Event::name).filter(DemoDataSet.eventNames()::contains).isPresent();
    }

    /**
     * @throws IllegalStateException when the database holds any result
     */
    public static ImportResult populate(Database database, Clock clock) {
        if (database.results().count() > 0) {
            throw new IllegalStateException(database.file() + " holds data; the demo goes only into a new database");
        }
        // The default groups (and the rollup of two of them) are empty here; the demo uses the published groups.
        for (Group group : database.groups().findAll()) {
            database.groups().delete(group.id());
        }
        for (Rollup rollup : database.rollups().findAll()) {
            if (!rollup.allGroups()) {
                database.rollups().delete(rollup.id());
            }
        }
        // Named in the interface language of the moment, as a new database's default groups are (decision 0037).
        database.event().save(new Event(DemoDataSet.eventName(), DemoDataSet.LOOP_START, Optional.empty()));
        database.event().addKeyDate(LocalDate.of(2022, 2, 4), DemoDataSet.keyDateLabel(true));
        database.event().addKeyDate(LocalDate.of(2022, 2, 20), DemoDataSet.keyDateLabel(false));
        // In the published order, athletes first, whatever order their names sort in (其他… sorts first in Chinese).
        database.groups().add(DemoDataSet.athletesAndTeamOfficials());
        database.groups().add(DemoDataSet.otherStakeholders());
        try {
            CsvText text = CsvText.decode(DemoDataSet.csv().getBytes(StandardCharsets.UTF_8));
            CsvImporter importer = new CsvImporter(database, clock);
            ImportPlan plan = importer.check(DemoDataSet.csvName(), text, new ImportOptions(false, true), ImportMonitor.NONE);
            return importer.write(plan, ImportMonitor.NONE);
        } catch (CsvImportException e) {
            throw new IllegalStateException("the built-in demo data does not import: " + e.getMessage(), e);
        }
    }
}
