-- Cross-vendor matches (issue 11): the same person sent by two sources
-- becomes two plaintiffs (the dedupe key contains the source), so a manager
-- must be shown the pair. Two rules, as match keys kept beside each
-- plaintiff (virtual generated columns, indexed for the live ones):
--   match_email      : lower(trim(email))                    (blank → no match)
--   match_name_phone : lower(trim(name)), inner whitespace collapsed,
--                      '|', the phone without spaces and ( ) - . + /
--                                                            (no phone → no match)
-- SQLite has neither NFKC nor a Unicode lowercase: here letters outside
-- ASCII compare as typed (PostgreSQL's ingest.match_email folds them too).
ALTER TABLE plaintiffs ADD COLUMN match_email TEXT GENERATED ALWAYS AS (
    nullif(lower(trim(contact_email, char(9, 10, 11, 12, 13, 32))), '')
) VIRTUAL;

ALTER TABLE plaintiffs ADD COLUMN match_name_phone TEXT GENERATED ALWAYS AS (
    CASE WHEN nullif(replace(replace(replace(replace(replace(replace(replace(replace(
                  trim(contact_phone, char(9, 10, 11, 12, 13, 32)),
                  ' ', ''), '-', ''), '(', ''), ')', ''), '.', ''), '+', ''), '/', ''), char(9), ''), '') IS NOT NULL
          AND trim(plaintiff_name, char(9, 10, 11, 12, 13, 32)) <> ''
    THEN trim(replace(replace(replace(replace(
             replace(replace(replace(replace(replace(lower(plaintiff_name),
                 char(9), ' '), char(10), ' '), char(11), ' '), char(12), ' '), char(13), ' '),
             '  ', ' '), '  ', ' '), '  ', ' '), '  ', ' '))
         || '|' || replace(replace(replace(replace(replace(replace(replace(replace(
                  trim(contact_phone, char(9, 10, 11, 12, 13, 32)),
                  ' ', ''), '-', ''), '(', ''), ')', ''), '.', ''), '+', ''), '/', ''), char(9), '')
    END
) VIRTUAL;

CREATE INDEX plaintiffs_match_email_idx ON plaintiffs (match_email, source_system)
    WHERE deleted_at IS NULL;
CREATE INDEX plaintiffs_match_name_phone_idx ON plaintiffs (match_name_phone, source_system)
    WHERE deleted_at IS NULL;

-- Every live pair of plaintiffs of two different sources that match, once:
-- `plaintiff_*` is the later one, `matched_*` the one it matches. An email
-- match wins over name + phone. A rolled-back plaintiff leaves the view.
CREATE VIEW v_cross_source_matches AS
WITH pairs AS (
    SELECT a.id AS a_id, b.id AS b_id, 'email' AS match_rule
    FROM plaintiffs a
    JOIN plaintiffs b ON b.match_email = a.match_email AND b.deleted_at IS NULL
                     AND b.source_system <> a.source_system
    WHERE a.deleted_at IS NULL AND (a.created_at, a.id) > (b.created_at, b.id)
    UNION ALL
    SELECT a.id, b.id, 'name_phone'
    FROM plaintiffs a
    JOIN plaintiffs b ON b.match_name_phone = a.match_name_phone AND b.deleted_at IS NULL
                     AND b.source_system <> a.source_system
    WHERE a.deleted_at IS NULL AND (a.created_at, a.id) > (b.created_at, b.id)
      AND a.match_email IS NOT b.match_email
)
SELECT a.id              AS plaintiff_id,
       a.plaintiff_name,
       a.source_system,
       a.import_run_id,
       ra.line,
       a.created_at,
       b.id              AS matched_plaintiff_id,
       b.plaintiff_name  AS matched_plaintiff_name,
       b.source_system   AS matched_source_system,
       b.import_run_id   AS matched_import_run_id,
       rb.line           AS matched_line,
       b.created_at      AS matched_created_at,
       pairs.match_rule
FROM pairs
JOIN plaintiffs a ON a.id = pairs.a_id
JOIN plaintiffs b ON b.id = pairs.b_id
LEFT JOIN plaintiffs_raw ra ON ra.id = a.raw_id
LEFT JOIN plaintiffs_raw rb ON rb.id = b.raw_id;
