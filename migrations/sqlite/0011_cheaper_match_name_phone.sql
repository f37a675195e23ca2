-- The `match_name_phone` key of 0008, same values, computed for a fraction
-- of the cost (issue 11: matching must not make a 1M-row import more than
-- 10% slower; 0008's expression made ~25 string calls per new plaintiff,
-- ~6 µs, most of what matching added to an import).
--   * "the phone has a digit left" is asked by two trims, not by running the
--     whole eight-replace chain a second time;
--   * a name with no run of two spaces and no control whitespace (nearly
--     all of them) is only lowercased and trimmed — what the nine replaces
--     would have left;
--   * a phone made only of digits and '-' only loses its dashes.
-- Any other value takes 0008's path, character for character: the key is
-- the same for every value (tests/sqlite_match_expression.rs compares both
-- on awkward values), so nothing indexed before has to change.
DROP VIEW v_cross_source_matches;
DROP INDEX plaintiffs_match_name_phone_idx;
ALTER TABLE plaintiffs DROP COLUMN match_name_phone;

ALTER TABLE plaintiffs ADD COLUMN match_name_phone TEXT GENERATED ALWAYS AS (
    CASE WHEN trim(trim(contact_phone, char(9, 10, 11, 12, 13, 32)), ' -().+/' || char(9)) <> ''
          AND trim(plaintiff_name, char(9, 10, 11, 12, 13, 32)) <> ''
    THEN CASE WHEN instr(plaintiff_name, '  ') = 0
               AND NOT plaintiff_name GLOB ('*[' || char(9, 10, 11, 12, 13) || ']*')
              THEN trim(lower(plaintiff_name))
              ELSE trim(replace(replace(replace(replace(
                   replace(replace(replace(replace(replace(lower(plaintiff_name),
                       char(9), ' '), char(10), ' '), char(11), ' '), char(12), ' '), char(13), ' '),
                   '  ', ' '), '  ', ' '), '  ', ' '), '  ', ' '))
         END
         || '|' ||
         CASE WHEN NOT contact_phone GLOB '*[^0-9-]*'
              THEN replace(contact_phone, '-', '')
              ELSE replace(replace(replace(replace(replace(replace(replace(replace(
                   trim(contact_phone, char(9, 10, 11, 12, 13, 32)),
                   ' ', ''), '-', ''), '(', ''), ')', ''), '.', ''), '+', ''), '/', ''), char(9), '')
         END
    END
) VIRTUAL;

CREATE INDEX plaintiffs_match_name_phone_idx ON plaintiffs (match_name_phone, source_system)
    WHERE deleted_at IS NULL;

-- As in 0008.
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
