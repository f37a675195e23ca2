-- Row-level idempotency lives on ONE index, the live dedupe key of
-- plaintiffs_raw, as in PostgreSQL (migrations/postgres/0003): a plaintiff is
-- only ever made from a live raw row and stays live exactly as long as that
-- row does, so a second unique index on plaintiffs (dedupe_key) only cost a
-- random 64-hex B-tree insert per imported row.
DROP INDEX IF EXISTS plaintiffs_live_key_uq;

-- A hard delete of raw rows that still have plaintiffs is refused by the
-- foreign key plaintiffs.raw_id -> plaintiffs_raw.id where foreign keys are
-- enforced (the engine's connections). The sqlite3 shell does not enforce
-- them by default: there, the trigger takes the plaintiffs of deleted live
-- rows out of production, so a later import cannot store them twice.
CREATE TRIGGER plaintiffs_raw_hard_delete_retires_plaintiffs
AFTER DELETE ON plaintiffs_raw
FOR EACH ROW WHEN OLD.status = 'promoted' AND OLD.plaintiff_id IS NOT NULL
BEGIN
    UPDATE plaintiffs
       SET deleted_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'),
           deleted_reason = 'Hard delete of its plaintiffs_raw row'
     WHERE id = OLD.plaintiff_id AND deleted_at IS NULL;
END;
