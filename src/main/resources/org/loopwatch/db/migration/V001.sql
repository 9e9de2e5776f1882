-- V001: the first LoopWatch schema.
-- Runs in one transaction with the default groups and rollups (DefaultData), the
-- application_id and the user_version bump (Migrations). Statements end with ';' at the end of a line.

-- Names are unique ignoring case; the id stays stable across renames, so data follows a group.
CREATE TABLE groups (
    id            INTEGER PRIMARY KEY,
    name          TEXT    NOT NULL COLLATE NOCASE UNIQUE CHECK (length(trim(name)) > 0),
    display_order INTEGER NOT NULL,
    colour        TEXT    NOT NULL,
    active        INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
);

-- A rollup is computed from its members' results, never stored as entries.
-- all_groups = 1 means every group, also those added later.
CREATE TABLE rollups (
    id            INTEGER PRIMARY KEY,
    name          TEXT    NOT NULL COLLATE NOCASE UNIQUE CHECK (length(trim(name)) > 0),
    all_groups    INTEGER NOT NULL DEFAULT 0 CHECK (all_groups IN (0, 1)),
    display_order INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE rollup_members (
    rollup_id INTEGER NOT NULL REFERENCES rollups (id) ON DELETE CASCADE,
    group_id  INTEGER NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
    PRIMARY KEY (rollup_id, group_id)
);

CREATE INDEX rollup_members_by_group ON rollup_members (group_id);

-- One row per reported cell; a missing row means "not reported", unlike a row with 0 tests.
-- No ON DELETE for group_id: a group with data must never disappear with its data.
-- typeof() checks keep text such as '12' or a real 1.5 out of the counts.
CREATE TABLE daily_results (
    id         INTEGER PRIMARY KEY,
    date       TEXT    NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    group_id   INTEGER NOT NULL REFERENCES groups (id),
    stage      TEXT    NOT NULL CHECK (stage IN ('arrival', 'in_loop')),
    tests      INTEGER NOT NULL CHECK (typeof(tests) = 'integer' AND tests >= 0),
    positives  INTEGER NOT NULL CHECK (typeof(positives) = 'integer' AND positives BETWEEN 0 AND tests),
    note       TEXT    NOT NULL DEFAULT '',
    updated_at TEXT    NOT NULL,
    UNIQUE (date, group_id, stage)
);

CREATE INDEX daily_results_by_group ON daily_results (group_id, date);

-- A day without a row is open.
CREATE TABLE day_status (
    date      TEXT    PRIMARY KEY CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    closed    INTEGER NOT NULL CHECK (closed IN (0, 1)),
    closed_at TEXT,
    closed_by TEXT
);

-- Written in the same transaction as every change. No foreign keys: the history of a deleted
-- group or rollup must stay. at_utc has a fixed width (millisecond precision, 'Z') so that it
-- sorts as text; the newest row has the largest id.
CREATE TABLE audit_log (
    id         INTEGER PRIMARY KEY,
    at_utc     TEXT    NOT NULL,
    os_user    TEXT    NOT NULL,
    action     TEXT    NOT NULL,
    entity     TEXT    NOT NULL,
    entity_key TEXT    NOT NULL DEFAULT '',
    date       TEXT,
    group_id   INTEGER,
    stage      TEXT,
    old_value  TEXT,
    new_value  TEXT,
    reason     TEXT    NOT NULL DEFAULT ''
);

CREATE INDEX audit_log_by_date ON audit_log (date);
CREATE INDEX audit_log_by_group ON audit_log (group_id);

-- At most one event per database file.
CREATE TABLE event (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    name       TEXT    NOT NULL,
    loop_start TEXT    NOT NULL,
    loop_end   TEXT
);

CREATE TABLE key_dates (
    id    INTEGER PRIMARY KEY,
    date  TEXT    NOT NULL,
    label TEXT    NOT NULL
);

-- Defaults chosen in Settings (rolling window, CI method and level); absent keys use the
-- app's built-in defaults.
CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
