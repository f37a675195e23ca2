//! A released migration never changes: databases have applied it, and sqlx
//! refuses to migrate a database whose applied migration's checksum differs
//! (`VersionMismatch`). Each migrations folder carries `CHECKSUMS` (the
//! output of `sha256sum *.sql`); this test fails when a listed file changed
//! or disappeared, and when a migration is not listed yet.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

fn migrations_dir(backend: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../migrations")
        .join(backend)
}

/// `CHECKSUMS` as file name → sha256 hex (`sha256sum` lines: `HEX  NAME`).
fn committed_checksums(dir: &Path) -> BTreeMap<String, String> {
    let path = dir.join("CHECKSUMS");
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    text.lines()
        .filter(|line| !line.trim().is_empty())
        .map(|line| {
            let (hex, name) = line.split_once("  ").unwrap_or_else(|| {
                panic!("not a `sha256sum` line in {}: {line:?}", path.display())
            });
            (name.to_string(), hex.to_string())
        })
        .collect()
}

/// Every `*.sql` of `dir` as file name → sha256 hex of its bytes.
fn actual_checksums(dir: &Path) -> BTreeMap<String, String> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "sql"))
        .map(|path| {
            let bytes = std::fs::read(&path).unwrap();
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            (name, hex::encode(Sha256::digest(&bytes)))
        })
        .collect()
}

/// What is wrong with the migrations in `dir` (`migrations/{backend}`)
/// against its `CHECKSUMS`, one line per problem.
fn problems(dir: &Path, backend: &str) -> Vec<String> {
    let committed = committed_checksums(dir);
    let actual = actual_checksums(dir);
    let mut problems = Vec::new();
    for (name, hex) in &committed {
        match actual.get(name) {
            None => problems.push(format!(
                "migrations/{backend}/{name} was released and is gone: restore it"
            )),
            Some(now) if now != hex => problems.push(format!(
                "migrations/{backend}/{name} was released and has changed: restore it \
                 (`git checkout -- migrations/{backend}/{name}`) and put the change in a new \
                 migration (docs/MIGRATIONS.md)"
            )),
            Some(_) => {}
        }
    }
    for name in actual.keys().filter(|name| !committed.contains_key(*name)) {
        problems.push(format!(
            "migrations/{backend}/{name} is not in migrations/{backend}/CHECKSUMS: when it is \
             final, add it with `(cd migrations/{backend} && sha256sum {name} >> CHECKSUMS)`"
        ));
    }
    problems
}

#[test]
fn released_postgres_migrations_are_unchanged() {
    let problems = problems(&migrations_dir("postgres"), "postgres");
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn released_sqlite_migrations_are_unchanged() {
    let problems = problems(&migrations_dir("sqlite"), "sqlite");
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn a_changed_missing_or_unlisted_migration_is_reported() {
    let copy = tempfile::tempdir().unwrap();
    for entry in std::fs::read_dir(migrations_dir("postgres")).unwrap() {
        let path = entry.unwrap().path();
        std::fs::copy(&path, copy.path().join(path.file_name().unwrap())).unwrap();
    }
    assert_eq!(problems(copy.path(), "postgres"), Vec::<String>::new());

    let edited = copy.path().join("0002_dedupe_key.sql");
    let mut text = std::fs::read(&edited).unwrap();
    text.extend_from_slice(b"\n");
    std::fs::write(&edited, text).unwrap();
    std::fs::remove_file(copy.path().join("0004_batch_locks.sql")).unwrap();
    std::fs::write(copy.path().join("0099_new.sql"), "SELECT 1;\n").unwrap();

    let problems = problems(copy.path(), "postgres");
    assert_eq!(problems.len(), 3, "{problems:#?}");
    assert!(problems[0]
        .starts_with("migrations/postgres/0002_dedupe_key.sql was released and has changed"));
    assert!(problems[1]
        .starts_with("migrations/postgres/0004_batch_locks.sql was released and is gone"));
    assert!(
        problems[2].ends_with("`(cd migrations/postgres && sha256sum 0099_new.sql >> CHECKSUMS)`")
    );
}
