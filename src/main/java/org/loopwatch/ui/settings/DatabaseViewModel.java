package org.loopwatch.ui.settings;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.loopwatch.store.Database;

/** The database section: where the file is and how fresh its data is ("data as of"). */
public final class DatabaseViewModel {

    private static final org.loopwatch.domain.text.Texts TEXT = org.loopwatch.domain.text.Texts.of(DatabaseViewModel.class);

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final SectionWork work;
    private final ReadOnlyStringWrapper path = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper dataAsOf = new ReadOnlyStringWrapper("");

    DatabaseViewModel(SectionWork work) {
        this.work = work;
        path.set(work.services().database().location());
    }

    public SectionWork work() {
        return work;
    }

    /** The absolute path of the open database file, or the team database's address. */
    public ReadOnlyStringProperty pathProperty() {
        return path.getReadOnlyProperty();
    }

    /** The time of the last change, in local time, or that nothing was changed yet. */
    public ReadOnlyStringProperty dataAsOfProperty() {
        return dataAsOf.getReadOnlyProperty();
    }

    public void load() {
        Database database = work.services().database();
        ZoneId zone = work.services().clock().getZone();
        work.read(database::dataAsOf, last -> dataAsOf.set(describe(last, zone)));
    }

    static String describe(Optional<Instant> last, ZoneId zone) {
        return last.map(at -> TEXT.format("database.lastChange", TIME.withZone(zone).format(at)))
                .orElse(TEXT.get("database.noChanges"));
    }
}
