-- V004 (PostgreSQL): each change notice names its transaction as well as its table
-- ("daily_results:748213"; decision 0067), so a desk knows which saves it has been told of.
-- Notices arrive in commit order: once a desk has the notice of a transaction, it has the
-- notices of every transaction committed before it. Equal notices of one transaction are still
-- folded into one, as the payload is the same for every statement of it on one table.
-- pg_current_xact_id() is the id the rows' change_xid (V003) carries: the trigger runs after a
-- change, so the transaction has its id already.

CREATE OR REPLACE FUNCTION notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('loopwatch_changes', TG_TABLE_NAME || ':' || pg_current_xact_id()::text);
    RETURN NULL;
END
$$;
