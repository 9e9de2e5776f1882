-- V002 (PostgreSQL): alert rules per group and stage, and acknowledged alerts (issue 21,
-- decision 0017); the same tables as SQLite's V003. Rules are loopwatch_admin's (the owner);
-- loopwatch_entry acknowledges alerts; everyone reads.

CREATE TABLE alert_rules (
    group_id      bigint  REFERENCES groups (id) ON DELETE CASCADE,
    stage         text    NOT NULL CHECK (stage IN ('arrival', 'in_loop')),
    alpha         double precision NOT NULL CHECK (alpha > 0 AND alpha <= 0.5),
    min_positives bigint  NOT NULL CHECK (min_positives >= 1),
    threshold     double precision CHECK (threshold IS NULL OR (threshold > 0 AND threshold < 1))
);

CREATE UNIQUE INDEX alert_rules_one_per_cell ON alert_rules (coalesce(group_id, 0), stage);

CREATE TABLE alert_acknowledgements (
    date            date   NOT NULL,
    group_id        bigint NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
    stage           text   NOT NULL CHECK (stage IN ('arrival', 'in_loop')),
    note            text   NOT NULL CHECK (length(trim(note)) > 0),
    acknowledged_at timestamptz NOT NULL,
    acknowledged_by text   NOT NULL,
    desk            text   NOT NULL DEFAULT '',
    PRIMARY KEY (date, group_id, stage)
);

GRANT SELECT ON alert_rules, alert_acknowledgements TO loopwatch_analyst;
GRANT INSERT, UPDATE, DELETE ON alert_acknowledgements TO loopwatch_entry;

CREATE TRIGGER alert_rules_notify AFTER INSERT OR UPDATE OR DELETE ON alert_rules
    FOR EACH STATEMENT EXECUTE FUNCTION notify_change();
CREATE TRIGGER alert_acknowledgements_notify AFTER INSERT OR UPDATE OR DELETE ON alert_acknowledgements
    FOR EACH STATEMENT EXECUTE FUNCTION notify_change();
