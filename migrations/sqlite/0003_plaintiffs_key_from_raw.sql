-- Row-level idempotency lives on ONE index, the live dedupe key of
-- plaintiffs_raw, as in PostgreSQL (migrations/postgres/0003): a plaintiff is
-- only ever made from a live raw row and stays live exactly as long as that
-- row does, so a second unique index on plaintiffs (dedupe_key) only cost a
-- random 64-hex B-tree insert per imported row.
DROP INDEX IF EXISTS plaintiffs_live_key_uq;

-- A hard delete of raw rows that still have plaintiffs is refused by the
-- foreign key plaintiffs.raw_id -> plaintiffs_raw.id, so no live plaintiff
-- can lose the raw row that holds its key.
