//! Plaintiff Intake engine (SPEC §2): everything between a vendor's file and
//! the database, with no Tauri dependency. The CLI (`crates/intake-cli`) and
//! the desktop shell (`src-tauri`) are thin front doors over this crate.
//!
//! Where things live:
//! - `hashing`     — streaming SHA-256 of the file, plus facts for encoding detection
//! - `source`      — the file opened once: what is parsed is what was hashed
//! - `parse`       — encoding/delimiter detection, CSV (RFC 4180) and Excel records
//! - `headers`     — header aliases → canonical fields; `column_map` (--map, name parts),
//!   `suggest` (closest field), `header_row` (which row is the header)
//! - `validate`    — per-row validation and normalization → `LandingRow`
//! - `dedupe_key`  — the dedupe-key recipe of SPEC §2.6
//! - `pii`         — PII by header and by content (SSN, EIN, card): masking and log redaction
//! - `storage`     — the `Storage` trait; `storage::postgres` and `storage::sqlite`
//!   hold claim/land/promote/reconcile/rollback for each backend
//! - `pipeline`    — the import and the dry run, written once over `Storage`;
//!   it decides how a claimed run ends (`pipeline::complete_run`)
//! - `rollback`    — the rollback's policy (a reason is required), checked once
//! - `actor`       — who acts (the OS user), for every front door and backend
//! - `config`      — which database to use (flags, env, profiles, embedded default);
//!   `db_url` describes a database URL without its password
//! - `export`      — copy the embedded history into a team PostgreSQL database
//! - `ops`         — the operations both front doors offer, their requests checked once
//! - `sources`     — known sources, their saved mappings, "did you mean"
//! - `fixes`       — corrections of invalid cells (`--fixes`, the app's edited rows)
//! - `error_export` — errored rows as a CSV a vendor can correct and send back
//! - `logging`     — tracing setup with the runbook's line format and redaction
//! - `diagnostics` — the redacted support text (version, database, last log lines)
//! - `run_csv`     — a run's errored rows / blocked duplicates as a safe CSV

pub mod actor;
pub mod column_map;
pub mod config;
pub mod db_url;
pub mod dedupe_key;
pub mod diagnostics;
pub mod error;
mod error_code;
pub mod error_export;
pub mod export;
pub mod fixes;
pub mod hashing;
pub mod header_row;
pub mod headers;
pub mod logging;
pub mod match_keys;
pub mod matches;
pub mod model;
pub mod ops;
pub mod parse;
pub mod peek;
pub mod pii;
pub mod pipeline;
pub mod progress;
mod quiet_panic;
pub mod rollback;
mod row_error_code;
pub mod run_csv;
pub mod source;
pub mod sources;
pub mod storage;
mod suggest;
pub mod updates;
pub mod validate;

pub use error::{EngineError, ErrorCode, Result};
pub use model::*;
pub use row_error_code::RowErrorCode;
pub use storage::{Claim, ImportSession, Storage};
