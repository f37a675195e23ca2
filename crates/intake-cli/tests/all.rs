//! The CLI's integration tests, one test binary (`cargo test -p intake-cli
//! --test all`): a binary per file linked the engine and its dependencies
//! once per file. Filter by module: `cargo test -p intake-cli -- hostile::`.

mod support;

mod cli;
mod encoding_cli;
mod export_cli;
mod front_door;
mod hostile;
mod lifecycle;
mod matches_cli;
mod pii_cli;
mod schema_too_new;
mod sources_fixes_cli;
mod updates_cli;
mod vendor_cli;
