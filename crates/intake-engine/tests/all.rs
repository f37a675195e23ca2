//! The engine's integration tests, one test binary (`cargo test -p
//! intake-engine --test all`): a binary per file linked the engine and its
//! dependencies once per file, which dominated the suite's build time.
//! Filter by module: `cargo test -p intake-engine --test all -- sqlite_storage::`.

// First, so its macros (`conformance!`, `on_pool!`) are in scope below.
#[macro_use]
mod common;

mod conformance;
mod dead_runs;
mod dedupe_key_sql_data;
mod dedupe_key_vectors;
mod export;
mod fuzz_parse;
mod match_key_segments_pg;
mod match_keys_pg;
mod migration_checksums;
mod parse_samples;
mod pii_content;
mod postgres_least_privilege;
mod postgres_open;
mod postgres_storage;
mod reading;
mod schema_snapshot;
mod schema_version;
mod sources_and_fixes;
mod sqlite_match_keys;
mod sqlite_storage;
mod storage_conformance;
mod text_encoding;
mod vendor_files;
