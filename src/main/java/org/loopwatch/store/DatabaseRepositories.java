package org.loopwatch.store;

import java.time.Instant;
import java.util.Optional;

/**
 * What an open {@link Database} hands out: one repository per kind of data, all over the same
 * session. Made once per database, so a screen that keeps a repository keeps the same one.
 */
final class DatabaseRepositories {

    private final GroupRepository groups;
    private final RollupRepository rollups;
    private final DailyResultRepository results;
    private final ResultChangeReader resultChanges;
    private final DayStatusRepository days;
    private final AuditRepository audit;
    private final EventRepository event;
    private final SettingsRepository settings;
    private final AlertRuleRepository alertRules;
    private final AlertAcknowledgementRepository alerts;

    DatabaseRepositories(SqlSession session) {
        this.groups = new GroupRepository(session);
        this.rollups = new RollupRepository(session);
        this.results = new DailyResultRepository(session);
        this.resultChanges = new ResultChangeReader(session);
        this.days = new DayStatusRepository(session);
        this.audit = new AuditRepository(session);
        this.event = new EventRepository(session);
        this.settings = new SettingsRepository(session);
        this.alertRules = new AlertRuleRepository(session);
        this.alerts = new AlertAcknowledgementRepository(session);
    }

    /** See {@link Database#dataAsOf()}. */
    Optional<Instant> dataAsOf() {
        return audit.lastChangeAt();
    }

    GroupRepository groups() {
        return groups;
    }

    RollupRepository rollups() {
        return rollups;
    }

    DailyResultRepository results() {
        return results;
    }

    ResultChangeReader resultChanges() {
        return resultChanges;
    }

    DayStatusRepository days() {
        return days;
    }

    AuditRepository audit() {
        return audit;
    }

    EventRepository event() {
        return event;
    }

    SettingsRepository settings() {
        return settings;
    }

    AlertRuleRepository alertRules() {
        return alertRules;
    }

    AlertAcknowledgementRepository alerts() {
        return alerts;
    }
}
