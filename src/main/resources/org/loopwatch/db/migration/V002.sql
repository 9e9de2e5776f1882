-- V002: what team mode (SPEC 3.1) added to every database, so that both engines hold the same
-- data and a database can be copied from one to the other.
-- version counts the changes of a result row: a save that read version n is refused when the
-- row is no longer at n (no lost update). changed_by holds the operating-system user here and the
-- database user in a team database; desk is the computer (host name) a change came from.

ALTER TABLE daily_results ADD COLUMN version INTEGER NOT NULL DEFAULT 1;

ALTER TABLE audit_log RENAME COLUMN os_user TO changed_by;

ALTER TABLE audit_log ADD COLUMN desk TEXT NOT NULL DEFAULT '';
