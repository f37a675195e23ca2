//! SPEC §2.6: the Rust dedupe key and `ingest.compute_plaintiff_dedupe_key`
//! agree, checked against a real PostgreSQL with the real migrations applied.
//!
//! Each test creates its own database (`intake_t_<uuid>`) on
//! `postgres://postgres@127.0.0.1:5432` (override the server with
//! `INTAKE_TEST_PG_ADMIN_URL`) and drops it at the end.

use intake_engine::dedupe_key::{dedupe_key, normalize_source};
use sqlx::postgres::{PgPool, PgPoolOptions};
use sqlx::{Connection, Executor, PgConnection};

const REFERENCE_KEY: &str = "82101304f0a20ec866a67e89203fc90af02bfb3c639a1d320fcd181508383385";

fn admin_url() -> String {
    std::env::var("INTAKE_TEST_PG_ADMIN_URL")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/postgres".to_string())
}

fn database_url(admin_url: &str, db_name: &str) -> String {
    let (server, _) = admin_url
        .rsplit_once('/')
        .expect("admin URL ends in /dbname");
    format!("{server}/{db_name}")
}

/// Runs `body` against a fresh, fully migrated database, then drops it even
/// when `body` panics.
async fn with_migrated_db<F, Fut>(body: F)
where
    F: FnOnce(PgPool) -> Fut,
    Fut: std::future::Future<Output = ()> + Send + 'static,
{
    let admin_url = admin_url();
    let db_name = format!("intake_t_{}", uuid::Uuid::new_v4().simple());
    let mut admin = PgConnection::connect(&admin_url)
        .await
        .expect("connect as admin");
    admin
        .execute(format!("CREATE DATABASE {db_name}").as_str())
        .await
        .expect("create test database");

    let pool = PgPoolOptions::new()
        .max_connections(2)
        .connect(&database_url(&admin_url, &db_name))
        .await
        .expect("connect to test database");
    sqlx::migrate!("../../migrations/postgres")
        .run(&pool)
        .await
        .expect("apply migrations");

    let outcome = tokio::spawn(body(pool.clone())).await;
    pool.close().await;
    admin
        .execute(format!("DROP DATABASE {db_name} WITH (FORCE)").as_str())
        .await
        .expect("drop test database");
    if let Err(join_error) = outcome {
        std::panic::resume_unwind(join_error.into_panic());
    }
}

type Input = (String, String, Option<String>);

fn input(source: &str, name: &str, email: Option<&str>) -> Input {
    (
        source.to_string(),
        name.to_string(),
        email.map(str::to_string),
    )
}

/// All keys in one round trip; the order of `inputs` is kept.
async fn sql_keys(pool: &PgPool, inputs: &[Input]) -> Vec<String> {
    let sources: Vec<&str> = inputs.iter().map(|i| i.0.as_str()).collect();
    let names: Vec<&str> = inputs.iter().map(|i| i.1.as_str()).collect();
    let emails: Vec<Option<&str>> = inputs.iter().map(|i| i.2.as_deref()).collect();
    sqlx::query_scalar(
        "SELECT ingest.compute_plaintiff_dedupe_key(s, n, e)
           FROM unnest($1::text[], $2::text[], $3::text[]) WITH ORDINALITY AS t(s, n, e, ord)
          ORDER BY ord",
    )
    .bind(&sources)
    .bind(&names)
    .bind(&emails)
    .fetch_all(pool)
    .await
    .expect("compute keys in SQL")
}

fn rust_key(i: &Input) -> String {
    dedupe_key(&i.0, &i.1, i.2.as_deref())
}

/// The normalized name and email as the SQL helpers produce them, to explain
/// a disagreement part by part.
async fn sql_normalized_name_and_email(pool: &PgPool, i: &Input) -> (String, String) {
    sqlx::query_as(
        "SELECT ingest._unicode_collapse_whitespace(ingest._unicode_trim(
                    ingest._unicode_lower(normalize($1, NFKC)))),
                ingest._unicode_trim(ingest._unicode_lower(normalize(coalesce($2, ''), NFKC)))",
    )
    .bind(&i.1)
    .bind(&i.2)
    .fetch_one(pool)
    .await
    .expect("normalize in SQL")
}

fn rust_normalized_name_and_email(i: &Input) -> (String, String) {
    use unicode_normalization::UnicodeNormalization;
    let name_lower = i.1.nfkc().collect::<String>().to_lowercase();
    let name = name_lower.split_whitespace().collect::<Vec<_>>().join(" ");
    let email_lower =
        i.2.as_deref()
            .unwrap_or("")
            .nfkc()
            .collect::<String>()
            .to_lowercase();
    (name, email_lower.trim().to_string())
}

fn code_points(s: &str) -> String {
    s.chars()
        .map(|c| format!("{:04X}", u32::from(c)))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Asserts Rust == SQL for every input and returns the keys. A failure shows
/// the first disagreements as code points, part by part.
async fn assert_agree(pool: &PgPool, inputs: &[Input]) -> Vec<String> {
    let sql = sql_keys(pool, inputs).await;
    assert_eq!(sql.len(), inputs.len());
    let mismatched: Vec<&Input> = inputs
        .iter()
        .zip(&sql)
        .filter(|(i, s)| rust_key(i) != **s)
        .map(|(i, _)| i)
        .collect();
    if mismatched.is_empty() {
        return sql;
    }
    let mut report = String::new();
    for i in mismatched.iter().take(10) {
        let rust = rust_normalized_name_and_email(i);
        let in_sql = sql_normalized_name_and_email(pool, i).await;
        report.push_str(&format!(
            "source [{}] name [{}] email {:?}\n  name  rust [{}]\n        sql  [{}]\n  email rust [{}]\n        sql  [{}]\n",
            code_points(&i.0),
            code_points(&i.1),
            i.2.as_deref().map(code_points),
            code_points(&rust.0),
            code_points(&in_sql.0),
            code_points(&rust.1),
            code_points(&in_sql.1),
        ));
    }
    panic!(
        "{} of {} inputs disagree between Rust and SQL:\n{report}",
        mismatched.len(),
        inputs.len()
    );
}

#[tokio::test]
async fn reference_vector_and_disguises() {
    with_migrated_db(|pool| async move {
        let inputs = vec![
            input("simplicity", "John Doe", Some("john@example.com")),
            input("simplicity", "  JOHN   DOE ", Some("JOHN@EXAMPLE.COM ")),
            input(
                " SIMPLICITY\t",
                "\tJohn\u{00A0}\u{3000}Doe\u{2003}",
                Some("\u{3000}John@Example.com\t"),
            ),
            input(
                "simplicity",
                "\u{3000}John\t\t \u{00A0}Doe\n",
                Some("john@example.com\u{0085}"),
            ),
            input(
                "simplicity",
                "Ｊｏｈｎ Ｄｏｅ",
                Some("ｊｏｈｎ＠ｅｘａｍｐｌｅ．ｃｏｍ"),
            ),
            input(
                "simplicity",
                "John\u{2028}Doe\u{2029}",
                Some("\u{205F}john@example.com\u{202F}"),
            ),
            input(
                "simplicity",
                "John\u{000B}\u{000C}\u{1680}Doe",
                Some("john@example.com"),
            ),
        ];
        let keys = assert_agree(&pool, &inputs).await;
        assert_eq!(keys, vec![REFERENCE_KEY.to_string(); inputs.len()]);

        // Another source, a missing email and an inner email space all change it.
        let others = vec![
            input("jbi", "John Doe", Some("john@example.com")),
            input("simplicity", "John Doe", None),
            input("simplicity", "John Doe", Some("john @example.com")),
            input("simplicity", "JohnDoe", Some("john@example.com")),
        ];
        for key in assert_agree(&pool, &others).await {
            assert_ne!(key, REFERENCE_KEY);
        }
    })
    .await;
}

#[tokio::test]
async fn missing_email_equals_empty_email_and_null_arguments_count_as_empty() {
    with_migrated_db(|pool| async move {
        let keys = assert_agree(
            &pool,
            &[
                input("s", "Jane Roe", None),
                input("s", "Jane Roe", Some("")),
                input("s", "Jane Roe", Some(" \t\u{00A0}")),
            ],
        )
        .await;
        assert_eq!(keys[0], keys[1]);
        assert_eq!(keys[0], keys[2]);
        assert_eq!(keys[0], dedupe_key("s", "Jane Roe", None));

        let (null_args, empty_args): (String, String) = sqlx::query_as(
            "SELECT ingest.compute_plaintiff_dedupe_key(NULL, NULL, NULL),
                    ingest.compute_plaintiff_dedupe_key('', '', '')",
        )
        .fetch_one(&pool)
        .await
        .unwrap();
        assert_eq!(null_args, dedupe_key("", "", None));
        assert_eq!(empty_args, dedupe_key("", "", None));
        // sha256("||"): three empty parts.
        assert_eq!(
            empty_args,
            "565d240f5343e625ae579a4d45a770f1f02c6368b5ed4d06da4fbe6f47c28866"
        );
    })
    .await;
}

/// Pairs that must give the same key (both sides), and pairs that must not.
#[tokio::test]
async fn unicode_vectors() {
    with_migrated_db(|pool| async move {
        let same = [
            // NFC vs NFD accents.
            ("José García", "Jose\u{0301} Garci\u{0301}a"),
            // Fullwidth letters are ASCII after NFKC.
            ("Ｊｏｈｎ", "john"),
            // Ligatures decompose.
            ("ﬁnn ﬂoyd", "finn floyd"),
            // Turkish dotted capital I → "i" + U+0307, as is "İ" spelled NFD.
            ("İSMAİL", "i\u{0307}smai\u{0307}l"),
            ("I\u{0307}SMAIL", "i\u{0307}smail"),
            // Dotless ı has no case mapping; capital I lowercases to i.
            ("ıI", "ıi"),
            // Final sigma: word-final Σ → ς, inner Σ → σ.
            ("ΟΔΥΣΣΕΥΣ", "οδυσσευς"),
            ("Σ", "σ"),
            ("ΑΣ.", "ας."),
            ("ΑΣ'Α", "ασ'α"),
            ("Α\u{0301}Σ\u{0301}", "\u{03AC}\u{03C2}\u{0301}"),
            ("ΑΣ\u{00AD}", "ας\u{00AD}"),
            ("ΣΑΣ ΣΑΣ", "σας σας"),
            // German sharp s: ẞ lowercases to ß (no folding to "ss").
            ("STRAẞE", "straße"),
            // Cherokee, Georgian Mtavruli and Deseret (astral) capitals.
            ("ᏣᎳᎩ", "ꮳꮃꭹ"),
            ("ᲛᲐᲠᲗᲐ", "მართა"),
            ("𐐀𐐁𐐂", "𐐨𐐩𐐪"),
            // Emoji and ZWJ sequences pass through unchanged.
            (
                "👩\u{200D}👩\u{200D}👧 Family",
                "👩\u{200D}👩\u{200D}👧 family",
            ),
            ("👍🏽 OK\u{FE0F}", "👍🏽 ok\u{FE0F}"),
            // Roman numeral, circled letter, Kelvin sign, micro sign.
            ("Ⅻ Ⓐ \u{212A} µ", "xii ⓐ k μ"),
        ];
        let mut inputs = Vec::new();
        for (a, b) in same {
            inputs.push(input("src", a, Some(a)));
            inputs.push(input("src", b, Some(b)));
        }
        let keys = assert_agree(&pool, &inputs).await;
        for (pair, chunk) in same.iter().zip(keys.chunks(2)) {
            assert_eq!(chunk[0], chunk[1], "{pair:?} should give the same key");
        }

        let different = [
            // Σ not at the end of a word stays σ, so these differ.
            ("ΟΔΥΣΣΕΥΣ", "οδυσσευσ"),
            // ß is not "ss" under lowercase.
            ("STRAẞE", "strasse"),
            // ı (dotless) and i are different letters.
            ("ı", "i"),
            // Inner whitespace in a name is kept as one space.
            ("John Doe", "JohnDoe"),
        ];
        let mut inputs = Vec::new();
        for (a, b) in different {
            inputs.push(input("src", a, None));
            inputs.push(input("src", b, None));
        }
        let keys = assert_agree(&pool, &inputs).await;
        for (pair, chunk) in different.iter().zip(keys.chunks(2)) {
            assert_ne!(chunk[0], chunk[1], "{pair:?} should differ");
        }

        // The source is lower(trim()) only: no NFKC, but full lowercase.
        let sources = [
            input("Ｓｉｍｐｌｉｃｉｔｙ", "a", None),
            input("simplicity", "a", None),
            input(" ΑΣ ", "a", None),
            input("İ", "a", None),
        ];
        let keys = assert_agree(&pool, &sources).await;
        assert_ne!(keys[0], keys[1]);
        assert_eq!(normalize_source(" ΑΣ "), "ας");
        assert_eq!(normalize_source("İ"), "i\u{0307}");
    })
    .await;
}

/// xorshift64*: enough randomness for a reproducible property test.
struct XorShift(u64);

impl XorShift {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: u32) -> u32 {
        (self.next() % u64::from(n)) as u32
    }
}

/// Code-point ranges where case mapping, NFKC, whitespace or the final-sigma
/// context are interesting.
const INTERESTING_RANGES: &[(u32, u32)] = &[
    (0x0041, 0x005A),   // A-Z
    (0x0061, 0x007A),   // a-z
    (0x0009, 0x000D),   // ASCII control whitespace
    (0x0020, 0x0040),   // space, punctuation, digits (incl. ' . :)
    (0x00A0, 0x00FF),   // Latin-1: NBSP, ß, µ, ª, soft hyphen
    (0x0100, 0x024F),   // Latin Extended-A/B (titlecase digraphs)
    (0x02B0, 0x036F),   // modifier letters, combining marks
    (0x0370, 0x03FF),   // Greek
    (0x03A3, 0x03A3),   // Σ, on its own to make it frequent
    (0x0400, 0x052F),   // Cyrillic
    (0x0531, 0x058A),   // Armenian (և decomposes)
    (0x10A0, 0x10FF),   // Georgian
    (0x1100, 0x11FF),   // Hangul jamo (NFKC composition)
    (0x13A0, 0x13FD),   // Cherokee
    (0x1C80, 0x1CBF),   // Cyrillic Extended-C, Georgian Mtavruli
    (0x1D00, 0x1DBF),   // phonetic extensions (superscripts)
    (0x1E00, 0x1FFF),   // Latin Extended Additional, Greek Extended
    (0x2000, 0x206F),   // general punctuation, Unicode spaces, ZWJ
    (0x2100, 0x218F),   // letterlike, Roman numerals
    (0x24B6, 0x24E9),   // circled letters
    (0x2C00, 0x2CFF),   // Glagolitic, Coptic
    (0x3000, 0x303F),   // CJK punctuation, ideographic space
    (0xA640, 0xA69F),   // Cyrillic Extended-B
    (0xA720, 0xA7FF),   // Latin Extended-D
    (0xAB70, 0xABBF),   // Cherokee small letters
    (0xAC00, 0xAC40),   // Hangul syllables
    (0xFB00, 0xFB4F),   // presentation forms (ligatures)
    (0xFE00, 0xFE0F),   // variation selectors
    (0xFF00, 0xFFEF),   // fullwidth and halfwidth forms
    (0x10400, 0x104FF), // Deseret, Osage
    (0x10C80, 0x10CFF), // Old Hungarian
    (0x118A0, 0x118FF), // Warang Citi
    (0x16E40, 0x16E9F), // Medefaidrin
    (0x1D400, 0x1D7FF), // mathematical alphanumerics
    (0x1E900, 0x1E95F), // Adlam
    (0x1F100, 0x1F1FF), // enclosed alphanumerics
    (0x1F300, 0x1F6FF), // emoji, skin tones
];

fn random_text(rng: &mut XorShift) -> String {
    let len = rng.below(14);
    (0..len)
        .filter_map(|_| {
            let (lo, hi) = INTERESTING_RANGES[rng.below(INTERESTING_RANGES.len() as u32) as usize];
            char::from_u32(lo + rng.below(hi - lo + 1))
        })
        .collect()
}

#[tokio::test]
async fn rust_and_sql_agree_on_generated_strings() {
    with_migrated_db(|pool| async move {
        let mut rng = XorShift(0x9E37_79B9_7F4A_7C15);
        let sources = [
            "simplicity",
            " JBI ",
            "Ｖｅｎｄｏｒ",
            "ΟΔΟΣ",
            "İzmir\u{3000}",
        ];
        let inputs: Vec<Input> = (0..6000)
            .map(|i| {
                let source = if i % 3 == 0 {
                    random_text(&mut rng)
                } else {
                    sources[rng.below(sources.len() as u32) as usize].to_string()
                };
                let name = random_text(&mut rng);
                let email = match rng.below(4) {
                    0 => None,
                    1 => Some(String::new()),
                    _ => Some(random_text(&mut rng)),
                };
                (source, name, email)
            })
            .collect();
        let keys = assert_agree(&pool, &inputs).await;
        assert_eq!(keys.len(), 6000);
        // Enough distinct inputs that the check means something.
        let distinct: std::collections::HashSet<_> = keys.iter().collect();
        assert!(
            distinct.len() > 5500,
            "only {} distinct keys",
            distinct.len()
        );
    })
    .await;
}

/// Every code point of planes 0–3 and 14 (where all assigned characters
/// are) and every 97th one elsewhere, U+0000 excepted (PostgreSQL text cannot
/// hold it), in a context that exercises NFKC, lowercase, White_Space and the
/// final-sigma rule around it: name "Σ{c}Σ {c}x", email "{c}".
#[tokio::test]
async fn rust_and_sql_agree_on_every_code_point() {
    with_migrated_db(|pool| async move {
        let inputs: Vec<Input> = (1..=0x10FFFFu32)
            .filter(|cp| *cp < 0x40000 || (0xE0000..0xF0000).contains(cp) || cp % 97 == 0)
            .filter_map(char::from_u32)
            .map(|c| {
                (
                    "src".to_string(),
                    format!("\u{03A3}{c}\u{03A3} {c}x"),
                    Some(c.to_string()),
                )
            })
            .collect();
        assert_eq!(inputs.len(), 0x40000 - 1 - 0x800 + 0x10000 + 8107);
        for chunk in inputs.chunks(50_000) {
            assert_agree(&pool, chunk).await;
        }
    })
    .await;
}

#[tokio::test]
async fn only_the_intake_roles_may_execute_and_helpers_stay_private() {
    with_migrated_db(|pool| async move {
        let function = "ingest.compute_plaintiff_dedupe_key(text,text,text)";
        for (role, expected) in [
            ("public", false),
            ("intake_operator", true),
            ("intake_manager", true),
            ("intake_admin", true),
        ] {
            let allowed: bool = sqlx::query_scalar("SELECT has_function_privilege($1, $2, 'EXECUTE')")
                .bind(role)
                .bind(function)
                .fetch_one(&pool)
                .await
                .unwrap();
            assert_eq!(allowed, expected, "{role} EXECUTE on {function}");
        }
        for helper in [
            "ingest._unicode_nfkc(text)",
            "ingest._unicode_lower(text)",
            "ingest._unicode_trim(text)",
            "ingest._unicode_collapse_whitespace(text)",
        ] {
            for role in ["public", "intake_operator", "intake_manager", "intake_admin"] {
                let allowed: bool =
                    sqlx::query_scalar("SELECT has_function_privilege($1, $2, 'EXECUTE')")
                        .bind(role)
                        .bind(helper)
                        .fetch_one(&pool)
                        .await
                        .unwrap();
                assert!(!allowed, "{role} must not execute {helper}");
            }
        }

        let facts: (String, bool, String, Vec<String>) = sqlx::query_as(
            "SELECT p.provolatile::text, p.prosecdef, p.proparallel::text, p.proconfig::text[]
               FROM pg_proc p
              WHERE p.oid = 'ingest.compute_plaintiff_dedupe_key(text,text,text)'::regprocedure",
        )
        .fetch_one(&pool)
        .await
        .unwrap();
        assert_eq!(
            facts,
            (
                "i".to_string(),
                true,
                "s".to_string(),
                vec!["search_path=pg_catalog, pg_temp".to_string()]
            )
        );

        // An operator reaches the private helpers only through the function.
        let mut tx = pool.begin().await.unwrap();
        sqlx::query("SET LOCAL ROLE intake_operator").execute(&mut *tx).await.unwrap();
        let key: String = sqlx::query_scalar(
            "SELECT ingest.compute_plaintiff_dedupe_key('simplicity', 'John Doe', 'john@example.com')",
        )
        .fetch_one(&mut *tx)
        .await
        .unwrap();
        assert_eq!(key, REFERENCE_KEY);
        let denied = sqlx::query("SELECT ingest._unicode_lower('A')")
            .execute(&mut *tx)
            .await
            .unwrap_err();
        assert_eq!(
            denied.as_database_error().and_then(|e| e.code()).as_deref(),
            Some("42501")
        );
        tx.rollback().await.unwrap();
    })
    .await;
}
