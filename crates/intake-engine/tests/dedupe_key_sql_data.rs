//! Generates the Unicode data of `migrations/postgres/0002_dedupe_key.sql`
//! from this toolchain's own `char` data, and fails when the committed file
//! differs.
//!
//! Why generate: PostgreSQL's `lower()` follows the database's collation
//! (libc/ICU), not Rust's full Unicode lowercase mapping, and has no
//! final-sigma rule; `btrim()` knows no Unicode White_Space. So the SQL side
//! carries explicit tables, and the only trustworthy source for them is the
//! code that defines the Rust side: `char::to_lowercase`, `char::is_whitespace`
//! and `str::to_lowercase` itself. The Cased / Case_Ignorable classes of the
//! final-sigma rule are not public in std, so they are *measured* by probing
//! `str::to_lowercase` (see `sigma_context_classes`) instead of being taken
//! from a third-party crate that may track another Unicode version.
//!
//! 0002 is applied on deployed databases, so it never changes (sqlx refuses a
//! database whose applied migration's checksum differs). When this
//! toolchain's Unicode data or the recipe below differ from the newest
//! migration that carries the data, the test writes a *new* migration that
//! replaces the helper functions (`CREATE OR REPLACE`) and fails, asking for
//! it to be committed: see docs/MIGRATIONS.md, "A Unicode or recipe change".

use crate::common;

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

const BEGIN_MARKER: &str = "-- >>> BEGIN GENERATED UNICODE DATA";
const END_MARKER: &str = "-- <<< END GENERATED UNICODE DATA";
const CAPITAL_SIGMA: char = '\u{03A3}';

fn migrations_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../migrations/postgres")
}

/// The first migration created the helpers; later ones replace them.
const FIRST_UNICODE_MIGRATION: &str = "0002_dedupe_key.sql";
/// File names of the migrations that replace the helpers, after the version.
const UNICODE_MIGRATION_NAME: &str = "_dedupe_key_unicode_";

/// How a migration states the helper functions: 0002 creates them (its text
/// is frozen, comments included); a later migration replaces them.
#[derive(Clone, Copy, PartialEq, Debug)]
enum Flavor {
    Create,
    Replace,
}

impl Flavor {
    fn create_function(self) -> &'static str {
        match self {
            Flavor::Create => "CREATE FUNCTION",
            Flavor::Replace => "CREATE OR REPLACE FUNCTION",
        }
    }
}

fn all_chars() -> impl Iterator<Item = char> {
    (0..=0x10FFFFu32).filter_map(char::from_u32)
}

/// Non-ASCII chars whose lowercase differs from themselves, split into 1:1
/// mappings and 1:many ones (only the latter need a multi-char value). ASCII is left
/// to `lower(x COLLATE "C")`, which maps exactly A–Z.
struct LowercaseTables {
    /// Mappings to a single char.
    one_to_one: Vec<(char, char)>,
    /// Mappings to several chars (only U+0130 → "i̇" in Unicode 17).
    one_to_many: Vec<(char, String)>,
}

fn lowercase_tables() -> LowercaseTables {
    let mut one_to_one = Vec::new();
    let mut one_to_many = Vec::new();
    for ch in all_chars().filter(|c| !c.is_ascii()) {
        let lower: String = ch.to_lowercase().collect();
        if lower == ch.to_string() {
            continue;
        }
        let mut lower_chars = lower.chars();
        match (lower_chars.next(), lower_chars.next()) {
            (Some(single), None) => one_to_one.push((ch, single)),
            _ => one_to_many.push((ch, lower)),
        }
    }
    LowercaseTables {
        one_to_one,
        one_to_many,
    }
}

/// The two classes that decide `str::to_lowercase`'s final sigma, measured on
/// std itself. Rust's rule: Σ → ς when, skipping Case_Ignorable chars, the
/// previous char is Cased and the next one is not. So only two facts about a
/// char matter: is it skipped (Case_Ignorable), and if not, does it count as
/// Cased. Probes:
/// - "{c}Σ" ends in ς  ⇔ c is not skipped and is Cased
/// - "A{c}Σ" ends in ς ⇔ c is skipped, or is Cased
fn sigma_context_classes() -> (Vec<char>, Vec<char>) {
    let ends_in_final_sigma = |s: String| s.to_lowercase().ends_with('\u{03C2}');
    let mut cased = Vec::new();
    let mut case_ignorable = Vec::new();
    for ch in all_chars() {
        let counts_as_cased = ends_in_final_sigma(format!("{ch}{CAPITAL_SIGMA}"));
        let skipped_or_cased = ends_in_final_sigma(format!("A{ch}{CAPITAL_SIGMA}"));
        if counts_as_cased {
            cased.push(ch);
        } else if skipped_or_cased {
            case_ignorable.push(ch);
        }
    }
    (cased, case_ignorable)
}

/// A char as a PostgreSQL escape (valid in E'' strings and in ARE patterns).
fn pg_escape(ch: char) -> String {
    let cp = u32::from(ch);
    if cp <= 0xFFFF {
        format!("\\u{cp:04X}")
    } else {
        format!("\\U{cp:08X}")
    }
}

/// A regex bracket expression listing `chars` as code-point ranges.
fn regex_class(chars: &[char]) -> String {
    let mut out = String::from("[");
    let mut i = 0;
    while i < chars.len() {
        let start = chars[i];
        let mut end = start;
        while i + 1 < chars.len() && u32::from(chars[i + 1]) == u32::from(end) + 1 {
            i += 1;
            end = chars[i];
        }
        out.push_str(&pg_escape(start));
        if end != start {
            out.push('-');
            out.push_str(&pg_escape(end));
        }
        i += 1;
    }
    out.push(']');
    out
}

/// A long regex as a SQL expression: E'' literals joined by `||`, about
/// `per_line` escapes each, so the migration stays reviewable. Backslashes are
/// doubled so the escapes reach the regex engine (ARE `\uXXXX`) instead of
/// becoming literal characters, some of which (such as `'` or `^`) mean
/// something inside a bracket expression.
fn sql_regex_lines(text: &str, indent: &str, per_line: usize) -> String {
    // Split only between escapes so no escape is cut in half.
    let mut pieces = Vec::new();
    let mut start = 0;
    let mut count = 0;
    for (idx, _) in text.match_indices('\\') {
        // Never split a range `X-Y` between its ends.
        if count >= per_line && !text[..idx].ends_with('-') {
            pieces.push(&text[start..idx]);
            start = idx;
            count = 0;
        }
        count += 1;
    }
    pieces.push(&text[start..]);
    pieces
        .iter()
        .map(|piece| format!("E'{}'", piece.replace('\\', "\\\\")))
        .collect::<Vec<_>>()
        .join(&format!("\n{indent}|| "))
}

/// Every char whose NFKC (per the `unicode-normalization` crate the engine
/// uses) is not itself. All of them are non-ASCII, and none appears in any
/// NFKC output, so replacing each by its NFKC form is a single pass.
fn nfkc_changes() -> Vec<(char, String)> {
    use unicode_normalization::UnicodeNormalization;
    all_chars()
        .filter_map(|ch| {
            let nfkc: String = std::iter::once(ch).nfkc().collect();
            (nfkc != ch.to_string()).then_some((ch, nfkc))
        })
        .collect()
}

/// A char as JSON `\uXXXX` escapes (UTF-16, so astral chars become pairs).
fn json_escape(ch: char) -> String {
    let mut units = [0u16; 2];
    ch.encode_utf16(&mut units)
        .iter()
        .map(|unit| format!("\\u{unit:04x}"))
        .collect()
}

/// A char → text map as a SQL expression building a JSON object: E'' literals
/// joined by `||`, four entries a line, every char as a JSON escape.
fn sql_json_map(entries: &[(char, String)], indent: &str) -> String {
    let entries: Vec<String> = entries
        .iter()
        .map(|(c, mapped)| {
            let value: String = mapped.chars().map(json_escape).collect();
            format!("\"{}\":\"{}\"", json_escape(*c), value).replace('\\', "\\\\")
        })
        .collect();
    let body = entries
        .chunks(4)
        .map(|chunk| format!("E'{}'", chunk.join(",")))
        .collect::<Vec<_>>()
        .join(&format!("\n{indent}|| ',' || "));
    format!("'{{' ||\n{indent}{body}\n{indent}|| '}}'")
}

fn generate(flavor: Flavor) -> String {
    let LowercaseTables {
        one_to_one,
        one_to_many,
    } = lowercase_tables();
    let (cased, case_ignorable) = sigma_context_classes();
    let whitespace: Vec<char> = all_chars().filter(|c| c.is_whitespace()).collect();
    let mut needs_lowering: Vec<char> = one_to_one
        .iter()
        .map(|(c, _)| *c)
        .chain(one_to_many.iter().map(|(c, _)| *c))
        .collect();
    needs_lowering.sort_unstable();

    // Replacing each char once (a single pass) is only right when no
    // mapping's output would itself be mapped again.
    for (from, to) in one_to_many
        .iter()
        .map(|(f, t)| (*f, t.clone()))
        .chain(one_to_one.iter().map(|(f, t)| (*f, t.to_string())))
    {
        assert_eq!(
            to.to_lowercase(),
            to,
            "lowercase of U+{:04X} is not stable",
            u32::from(from)
        );
    }
    // Outside Σ, str::to_lowercase must be the per-char mapping.
    for ch in all_chars().filter(|c| *c != CAPITAL_SIGMA) {
        assert_eq!(
            ch.to_string().to_lowercase(),
            ch.to_lowercase().collect::<String>()
        );
    }

    let (major, minor, update) = char::UNICODE_VERSION;
    let create_function = flavor.create_function();
    let ws_class = regex_class(&whitespace);
    let mut sql = String::new();
    writeln!(sql, "{BEGIN_MARKER}").unwrap();
    // Data from Rust std (case, White_Space) and from unicode-normalization.
    let how_to_change = match flavor {
        // 0002's words, kept byte for byte (the file is frozen).
        Flavor::Create => {
            "Do not edit by hand; regenerate with\n\
             --     UPDATE_SQL=1 cargo test -p intake-engine --test dedupe_key_sql_data"
        }
        Flavor::Replace => {
            "Do not edit by hand; a change is a\n\
             -- new migration (docs/MIGRATIONS.md, \"A Unicode or recipe change\")."
        }
    };
    writeln!(
        sql,
        "-- Generated by crates/intake-engine/tests/dedupe_key_sql_data.rs from Rust's\n\
         -- char data (Unicode {major}.{minor}.{update}). {how_to_change}\n\
         -- Counts: {} White_Space, {} 1:1 and {} 1:many lowercase mappings (non-ASCII),\n\
         -- {} Cased and {} Case_Ignorable code points for the final-sigma rule,\n\
         -- {} NFKC mappings (unicode-normalization's Unicode {:?}).",
        whitespace.len(),
        one_to_one.len(),
        one_to_many.len(),
        cased.len(),
        case_ignorable.len(),
        nfkc_changes().len(),
        unicode_normalization::UNICODE_VERSION
    )
    .unwrap();

    let nfkc = nfkc_changes();
    for (ch, mapped) in &nfkc {
        assert!(!ch.is_ascii());
        assert!(
            mapped.chars().all(|m| !nfkc.iter().any(|(c, _)| *c == m)),
            "NFKC of U+{:04X} is not stable",
            u32::from(*ch)
        );
    }
    let nfkc_chars: Vec<char> = nfkc.iter().map(|(c, _)| *c).collect();
    let nfkc_class = sql_regex_lines(&regex_class(&nfkc_chars), "            ", 8);
    let nfkc_json = sql_json_map(&nfkc, "            ");
    writeln!(
        sql,
        r#"
-- NFKC as the unicode-normalization crate computes it. PostgreSQL's
-- normalize() carries the Unicode tables of its release (PostgreSQL 15:
-- Unicode 14), older than Rust's, so every character whose NFKC differs from
-- itself is first replaced by its NFKC form from this table (a JSON object,
-- parsed once per session); normalize() then only has to compose and reorder.
-- The result is the same as NFKC of the input, since a character and its NFKC
-- form have the same full decomposition.
{create_function} ingest._unicode_nfkc(p_text text)
RETURNS text
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
AS $fn$
DECLARE
    v_text text COLLATE pg_catalog."C" := p_text;
    v_char text;
BEGIN
    IF pg_catalog.octet_length(v_text) = pg_catalog.char_length(v_text) THEN
        RETURN v_text;  -- ASCII is always NFKC
    END IF;
    FOR v_char IN
        SELECT DISTINCT m.match[1]
          FROM pg_catalog.regexp_matches(v_text, (
            {nfkc_class}
          ), 'g') AS m(match)
    LOOP
        v_text := pg_catalog.replace(v_text, v_char, (
            {nfkc_json}
            )::pg_catalog.jsonb OPERATOR(pg_catalog.->>) v_char);
    END LOOP;
    RETURN pg_catalog.normalize(v_text, 'NFKC');
END
$fn$;"#
    )
    .unwrap();

    // Trim and collapse.
    writeln!(
        sql,
        r#"
-- Rust str::trim: strip Unicode White_Space at both ends.
{create_function} ingest._unicode_trim(p_text text)
RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $fn$
    SELECT pg_catalog.regexp_replace(
        p_text COLLATE pg_catalog."C",
        E'^{ws}+|{ws}+$', '', 'g')
$fn$;

-- Every run of Unicode White_Space becomes one ASCII space.
{create_function} ingest._unicode_collapse_whitespace(p_text text)
RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $fn$
    SELECT pg_catalog.regexp_replace(
        p_text COLLATE pg_catalog."C",
        E'{ws}+', ' ', 'g')
$fn$;"#,
        ws = ws_class.replace('\\', "\\\\")
    )
    .unwrap();

    let mut lowercase_map: Vec<(char, String)> = one_to_one
        .iter()
        .map(|(c, lower)| (*c, lower.to_string()))
        .chain(one_to_many.iter().cloned())
        .collect();
    lowercase_map.sort_unstable();
    let sigma_pattern = format!(
        "(?<={cased}{ci}*){sigma}(?!{ci}*{cased})",
        cased = regex_class(&cased),
        ci = regex_class(&case_ignorable),
        sigma = pg_escape(CAPITAL_SIGMA)
    );
    let indent = "            ";
    writeln!(
        sql,
        r#"
-- Rust str::to_lowercase: the full Unicode lowercase mapping, including
-- U+0130 → "i̇" and the final-sigma rule, independent of the database's
-- collation (PostgreSQL's lower() follows libc/ICU and has neither).
{create_function} ingest._unicode_lower(p_text text)
RETURNS text
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
AS $fn$
DECLARE
    -- lower() under "C" maps exactly A-Z, whatever the database locale.
    v_text text COLLATE pg_catalog."C" := pg_catalog.lower(p_text COLLATE pg_catalog."C");
    v_char text;
BEGIN
    IF pg_catalog.octet_length(v_text) = pg_catalog.char_length(v_text)
       OR v_text !~ (
            {needs}
       ) THEN
        RETURN v_text;
    END IF;
    -- Final sigma: Σ → ς when, skipping Case_Ignorable chars, the previous
    -- char is Cased and the next one is not. Must run before the map below
    -- turns every Σ into σ.
    IF pg_catalog.strpos(v_text, E'{sigma}') > 0 THEN
        v_text := pg_catalog.regexp_replace(v_text, (
            {sigma_pattern}
        ), E'{final_sigma}', 'g');
    END IF;
    -- Each distinct non-ASCII char with a lowercase mapping is replaced by
    -- it, looked up in a JSON object (parsed once per session; far faster
    -- than translate() over a table this long). No output char maps again.
    FOR v_char IN
        SELECT DISTINCT m.match[1]
          FROM pg_catalog.regexp_matches(v_text, (
            {needs}
          ), 'g') AS m(match)
    LOOP
        v_text := pg_catalog.replace(v_text, v_char, (
            {lowercase_json}
            )::pg_catalog.jsonb OPERATOR(pg_catalog.->>) v_char);
    END LOOP;
    RETURN v_text;
END
$fn$;
{END_MARKER}"#,
        needs = sql_regex_lines(&regex_class(&needs_lowering), indent, 8),
        sigma = pg_escape(CAPITAL_SIGMA),
        final_sigma = pg_escape('\u{03C2}'),
        sigma_pattern = sql_regex_lines(&sigma_pattern, indent, 8),
        lowercase_json = sql_json_map(&lowercase_map, indent),
    )
    .unwrap();
    sql
}

/// The generated block of a migration, markers included.
fn generated_block(migration: &str) -> Option<&str> {
    let begin = migration.find(BEGIN_MARKER)?;
    let end = migration.find(END_MARKER)? + END_MARKER.len();
    Some(&migration[begin..end])
}

/// `NNNN` of a migration file name `NNNN_description.sql`.
fn migration_version(file_name: &str) -> Option<u32> {
    let (version, rest) = file_name.split_once('_')?;
    rest.ends_with(".sql").then(|| version.parse().ok())?
}

/// The migration whose helper functions the databases run after all
/// migrations: the newest `NNNN_dedupe_key_unicode_*.sql`, else 0002.
fn newest_unicode_migration(dir: &Path) -> (String, Flavor) {
    let mut replacements: Vec<(u32, String)> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot list {}: {e}", dir.display()))
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.contains(UNICODE_MIGRATION_NAME))
        .filter_map(|name| Some((migration_version(&name)?, name)))
        .collect();
    replacements.sort();
    match replacements.pop() {
        Some((_, name)) => (name, Flavor::Replace),
        None => (FIRST_UNICODE_MIGRATION.to_string(), Flavor::Create),
    }
}

/// The next free migration version in `dir`.
fn next_migration_version(dir: &Path) -> u32 {
    std::fs::read_dir(dir)
        .unwrap()
        .filter_map(|entry| migration_version(&entry.unwrap().file_name().to_string_lossy()))
        .max()
        .unwrap_or(0)
        + 1
}

/// The file name and text of a migration replacing the helpers with
/// `generated` (a `Flavor::Replace` block).
fn replacement_migration(version: u32, generated: &str) -> (String, String) {
    let (major, minor, update) = char::UNICODE_VERSION;
    let name = format!("{version:04}{UNICODE_MIGRATION_NAME}{major}_{minor}_{update}.sql");
    let text = format!(
        "-- The dedupe key's Unicode helpers (see 0002_dedupe_key.sql) for Rust's\n\
         -- Unicode {major}.{minor}.{update}, replacing those of the previous migration that\n\
         -- carried them. ingest.compute_plaintiff_dedupe_key calls them by name, so\n\
         -- it picks them up unchanged; grants survive CREATE OR REPLACE.\n\
         -- Keys stored before this migration were computed with the old data: if\n\
         -- the change moves any key, recompute them here, below the generated block\n\
         -- (docs/MIGRATIONS.md, \"A Unicode or recipe change\").\n\
         \n\
         {generated}\n\
         \n\
         COMMENT ON FUNCTION ingest._unicode_lower(text) IS\n    \
         'Unicode {major}.{minor}.{update} (migration {version:04})';\n"
    );
    (name, text)
}

#[test]
fn newest_unicode_migration_carries_the_generated_data() {
    let dir = migrations_dir();
    let (file_name, flavor) = newest_unicode_migration(&dir);
    let path = dir.join(&file_name);
    let current = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    let committed = generated_block(&current)
        .unwrap_or_else(|| panic!("no generated block (markers) in {file_name}"));
    let generated = generate(flavor);
    if committed == generated.trim_end() {
        return;
    }

    // Applied migrations never change: the difference becomes a new one.
    let (new_name, new_text) = replacement_migration(
        next_migration_version(&dir),
        generate(Flavor::Replace).trim_end(),
    );
    let new_path = dir.join(&new_name);
    std::fs::write(&new_path, new_text)
        .unwrap_or_else(|e| panic!("cannot write {}: {e}", new_path.display()));
    panic!(
        "the Unicode data of {file_name} differs from what this toolchain generates \
         (Rust's Unicode is {:?}; or the recipe in this test changed).\n\
         Wrote the new migration {}.\n\
         Review it, then follow docs/MIGRATIONS.md (\"A Unicode or recipe change\"): \
         add it to migrations/postgres/CHECKSUMS, refresh docs/schema.sql, commit.",
        char::UNICODE_VERSION,
        new_path.display()
    );
}

/// The procedure works today: a replacement migration generated from this
/// toolchain applies on top of every migration and leaves the keys as the
/// Rust side computes them.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_replacement_migration_applies_and_keeps_the_keys() {
    use intake_engine::dedupe_key::dedupe_key;

    let db = common::TestDb::postgres().await;
    let dir = migrations_dir();
    let (name, text) = replacement_migration(
        next_migration_version(&dir),
        generate(Flavor::Replace).trim_end(),
    );
    assert!(name.contains(UNICODE_MIGRATION_NAME), "{name}");
    let pool = sqlx::PgPool::connect(&db.url).await.unwrap();
    sqlx::raw_sql(&text).execute(&pool).await.unwrap();

    let inputs = [
        (
            "Vendor A",
            "  ΣΊΣΥΦΟΣ  Ⅻ\u{2003}İstanbul ",
            Some(" ＭＡＩＬ@Example.COM "),
        ),
        ("\u{00A0}vendor-b", "ﬁnal ΟΔΟΣ.", None),
        ("v", "Ǆemal \u{1F600}", Some("")),
    ];
    for (source, name, email) in inputs {
        let sql_key: String =
            sqlx::query_scalar("SELECT ingest.compute_plaintiff_dedupe_key($1, $2, $3)")
                .bind(source)
                .bind(name)
                .bind(email)
                .fetch_one(&pool)
                .await
                .unwrap();
        assert_eq!(sql_key, dedupe_key(source, name, email), "{name:?}");
    }
    let comment: String =
        sqlx::query_scalar("SELECT obj_description('ingest._unicode_lower(text)'::regprocedure)")
            .fetch_one(&pool)
            .await
            .unwrap();
    let (major, minor, update) = char::UNICODE_VERSION;
    assert!(
        comment.starts_with(&format!("Unicode {major}.{minor}.{update} (migration ")),
        "{comment}"
    );
    pool.close().await;
}

#[test]
fn migration_versions_are_read_from_file_names() {
    assert_eq!(migration_version("0002_dedupe_key.sql"), Some(2));
    assert_eq!(
        migration_version("0012_dedupe_key_unicode_18_0_0.sql"),
        Some(12)
    );
    assert_eq!(migration_version("CHECKSUMS"), None);
    assert_eq!(migration_version("0003_notes.txt"), None);
    assert!(next_migration_version(&migrations_dir()) > 7);
}

#[test]
fn only_dotted_capital_i_maps_to_several_chars() {
    let LowercaseTables {
        one_to_one,
        one_to_many,
    } = lowercase_tables();
    assert_eq!(one_to_many, vec![('\u{0130}', "i\u{0307}".to_string())]);
    assert!(one_to_one.contains(&('\u{03A3}', '\u{03C3}')));
    assert!(one_to_one.contains(&('\u{10400}', '\u{10428}')));
}

#[test]
fn sigma_context_classes_match_known_members() {
    let (cased, case_ignorable) = sigma_context_classes();
    for ch in ['A', 'z', '\u{03A3}', '\u{01C5}', '\u{10400}', '\u{00AA}'] {
        assert!(
            cased.contains(&ch),
            "U+{:04X} should be Cased",
            u32::from(ch)
        );
    }
    for ch in [
        '\'',
        '.',
        ':',
        '\u{0301}',
        '\u{00AD}',
        '\u{200D}',
        '\u{02B0}',
        '\u{1F3FB}',
    ] {
        assert!(
            case_ignorable.contains(&ch),
            "U+{:04X} should be Case_Ignorable",
            u32::from(ch)
        );
    }
    for ch in [' ', '1', '\u{05D0}', '\u{4E00}', '\u{1F600}'] {
        assert!(!cased.contains(&ch) && !case_ignorable.contains(&ch));
    }
}
