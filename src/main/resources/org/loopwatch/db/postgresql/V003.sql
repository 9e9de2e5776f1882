-- V003 (PostgreSQL): which results changed since a desk last read them (decision 0046), so that
-- a desk refreshing after other desks' saves reads those rows only, not every row. Each row
-- carries the transaction that last wrote it; a deleted row leaves its key behind with the
-- deleting transaction. A desk notes the oldest transaction still running when it reads (the
-- xmin of its snapshot: every older one has ended and is in what it read) and next reads the rows
-- of that transaction and later ones: a transaction that commits late is read then, never missed,
-- which a sequence number taken before COMMIT could not promise.
-- Rows written before this upgrade count as transaction 0: a desk reads everything at its first
-- read anyway.

ALTER TABLE daily_results ADD COLUMN change_xid xid8 NOT NULL DEFAULT '0';

CREATE INDEX daily_results_by_change ON daily_results (change_xid);

-- Kept a day (pruned by deletions after that); a desk whose last read is older reads everything.
CREATE TABLE deleted_results (
    date       date   NOT NULL,
    group_id   bigint NOT NULL,
    stage      text   NOT NULL,
    change_xid xid8   NOT NULL,
    deleted_at timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX deleted_results_by_change ON deleted_results (change_xid);

GRANT SELECT ON deleted_results TO loopwatch_analyst;

-- Every write stamps its transaction, hand-written SQL included.
CREATE FUNCTION stamp_result_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.change_xid := pg_current_xact_id();
    RETURN NEW;
END
$$;

CREATE TRIGGER daily_results_change BEFORE INSERT OR UPDATE ON daily_results
    FOR EACH ROW EXECUTE FUNCTION stamp_result_change();

-- SECURITY DEFINER: only this trigger writes deleted_results (no role is granted to), so no desk's
-- user can hide a deletion from the others by hand.
CREATE FUNCTION keep_deleted_result() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = loopwatch, pg_temp AS $$
BEGIN
    DELETE FROM deleted_results WHERE deleted_at < now() - interval '1 day';
    INSERT INTO deleted_results (date, group_id, stage, change_xid)
        VALUES (OLD.date, OLD.group_id, OLD.stage, pg_current_xact_id());
    RETURN OLD;
END
$$;

CREATE TRIGGER daily_results_deleted AFTER DELETE ON daily_results
    FOR EACH ROW EXECUTE FUNCTION keep_deleted_result();
