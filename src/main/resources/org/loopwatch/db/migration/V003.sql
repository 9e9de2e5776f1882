-- V003: alert rules per group and stage, and acknowledged alerts (issue 21, decision 0017).
-- alert_rules: a row with group_id NULL is the default of its stage for every group without a
-- rule of its own; no row at all means the built-in default (alpha 0.01, 2 positives, no
-- threshold). At most one row per (group or default, stage): the unique index counts NULL as 0,
-- which is never a group id.
CREATE TABLE alert_rules (
    group_id      INTEGER REFERENCES groups (id) ON DELETE CASCADE,
    stage         TEXT    NOT NULL CHECK (stage IN ('arrival', 'in_loop')),
    alpha         REAL    NOT NULL CHECK (alpha > 0 AND alpha <= 0.5),
    min_positives INTEGER NOT NULL CHECK (typeof(min_positives) = 'integer' AND min_positives >= 1),
    threshold     REAL    CHECK (threshold IS NULL OR (threshold > 0 AND threshold < 1))
);

CREATE UNIQUE INDEX alert_rules_one_per_cell ON alert_rules (coalesce(group_id, 0), stage);

-- An alert (a flagged day of one group and stage) acknowledged with a note. The alert itself is
-- computed, never stored: an acknowledgement of a day that is no longer flagged (its figures
-- changed) stays, and shows again if the day is flagged again.
CREATE TABLE alert_acknowledgements (
    date            TEXT    NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    group_id        INTEGER NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
    stage           TEXT    NOT NULL CHECK (stage IN ('arrival', 'in_loop')),
    note            TEXT    NOT NULL CHECK (length(trim(note)) > 0),
    acknowledged_at TEXT    NOT NULL,
    acknowledged_by TEXT    NOT NULL,
    desk            TEXT    NOT NULL DEFAULT '',
    PRIMARY KEY (date, group_id, stage)
);
