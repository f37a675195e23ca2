//! `intake` — the terminal front door to the Plaintiff Intake engine (SPEC §4).
//! A thin layer: parse arguments, pick the database, call the engine, print
//! the runbook's wording. Exit codes: 0 completed / dry run / duplicate;
//! 1 import failed or in progress elsewhere (or a database problem);
//! 2 bad invocation, a file that cannot be imported at all, or a database
//! migrated by a newer version (`SCHEMA_TOO_NEW`).

mod output;
mod signals;

use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use clap::{Parser, Subcommand};
use intake_engine::config::{self, DatabaseInfo, ResolvedDatabase};
use intake_engine::ops::{self, ExportRequest, RollbackRequest};
use intake_engine::progress::{CancelToken, NoProgress};
use intake_engine::{
    error_export, sources, EngineError, ErrorCode, ImportRequest, RunFilter, Storage,
};

#[derive(Parser)]
#[command(
    name = "intake",
    version,
    about = "Import vendor CSV/Excel files of plaintiff records, safely and idempotently.",
    after_help = after_help()
)]
struct Cli {
    /// Database URL (postgres://… or sqlite://PATH). Default: INTAKE_DATABASE_URL,
    /// DATABASE_URL, a saved profile, else the embedded SQLite file.
    #[arg(long, global = true, value_name = "URL")]
    database: Option<String>,
    /// Saved connection profile (made in the app's Settings; password from the OS keychain).
    #[arg(long, global = true, value_name = "NAME")]
    profile: Option<String>,
    /// More log detail on stderr (debug level). PII stays masked.
    #[arg(long, short, global = true)]
    verbose: bool,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Import a CSV or Excel file (or preview it with --dry-run).
    Import {
        #[arg(long, value_name = "F")]
        file: PathBuf,
        /// Vendor / source system, e.g. simplicity.
        #[arg(long, value_name = "S")]
        source: String,
        /// Explicit batch id; without it the same bytes are the same batch.
        #[arg(long, value_name = "B")]
        batch_id: Option<String>,
        /// Excel sheet to read (default: the first).
        #[arg(long, value_name = "NAME")]
        sheet: Option<String>,
        /// Read a CSV in this encoding instead of the detected one, e.g.
        /// UTF-8, windows-1252, UTF-16LE, ISO-8859-2.
        #[arg(long, value_name = "LABEL")]
        encoding: Option<String>,
        /// The line (Excel: sheet row) holding the column names, counted from 1.
        /// Default: the first of the first 30 non-blank lines that has a name column.
        #[arg(long, value_name = "N")]
        header_row: Option<u64>,
        /// Feed a field from the named column(s), e.g. --map plaintiff_name="Claimant Full"
        /// or --map plaintiff_name=First+Last (joined with a space; ", " for contact_address).
        /// Repeatable; columns match like aliases (case, spaces, - and _ ignored).
        #[arg(long = "map", value_name = "FIELD=COLUMN[+COLUMN…]")]
        maps: Vec<String>,
        /// Corrections: a CSV with the columns line,field,value (line as a
        /// spreadsheet shows it, field a canonical field such as plaintiff_name).
        /// Applied before validation; each fix is stored with the run.
        #[arg(long, value_name = "FILE")]
        fixes: Option<PathBuf>,
        /// Predict exactly what an import would do, writing nothing.
        #[arg(long)]
        dry_run: bool,
        /// Keep new rows `pending` instead of promoting them to public.plaintiffs.
        #[arg(long)]
        no_promote: bool,
        /// Apply vendor updates: rows whose plaintiff is already live but whose
        /// other fields (firm, short name, contact name, phone, address, source
        /// reference) hold new non-empty values change that plaintiff; each
        /// change is logged in plaintiff_changes and a rollback restores it.
        #[arg(long)]
        apply_updates: bool,
        /// Print one JSON object.
        #[arg(long)]
        json: bool,
    },
    /// Import run history, newest first (or one run and its fixes with --run-id).
    Runs {
        #[arg(long, default_value_t = 20)]
        limit: i64,
        /// Show this run and the fixes applied to its rows.
        #[arg(long, value_name = "RUN_ID")]
        run_id: Option<String>,
        #[arg(long)]
        source: Option<String>,
        /// processing, completed, failed or rolled_back.
        #[arg(long)]
        status: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// Compare a run's reported counts with the rows actually stored.
    Reconcile {
        run_id: String,
        #[arg(long)]
        json: bool,
    },
    /// Soft-delete a run (admins): its rows are marked rolled_back and its
    /// plaintiffs taken out of production. A reason is required.
    Rollback {
        run_id: String,
        #[arg(long)]
        reason: String,
        #[arg(long)]
        json: bool,
    },
    /// Promote pending rows (imported with --no-promote) into public.plaintiffs.
    Promote {
        #[arg(long)]
        run_id: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// Known sources: name, key, completed runs, last import, saved mapping.
    Sources {
        #[arg(long)]
        json: bool,
    },
    /// A run's errored rows as CSV (line, code, message, then the file's
    /// columns, PII masked): correct it and import it again as a new file.
    Errors {
        run_id: String,
        /// Write to this file instead of standard output.
        #[arg(long, short, value_name = "FILE")]
        output: Option<PathBuf>,
    },
    /// Possible cross-vendor matches: live plaintiffs of two sources with the
    /// same email, or the same name and phone (`v_cross_source_matches`),
    /// newest first.
    Matches {
        /// Only pairs with this source on either side.
        #[arg(long)]
        source: Option<String>,
        /// Only pairs with a plaintiff of this run on either side.
        #[arg(long, value_name = "RUN_ID")]
        run_id: Option<String>,
        #[arg(long, default_value_t = 1000)]
        limit: i64,
        /// Print CSV (for a spreadsheet) instead of a table.
        #[arg(long, conflicts_with = "json")]
        csv: bool,
        #[arg(long)]
        json: bool,
    },
    /// Create or update the database schema (idempotent).
    Migrate,
    /// Copy the embedded database's run history and plaintiffs into a team
    /// PostgreSQL database (idempotent: running it again copies nothing new).
    /// Source: the embedded file, or --database sqlite://PATH.
    ExportTo {
        /// The team database: postgres://user@host:port/database (already migrated).
        #[arg(value_name = "URL")]
        url: String,
        #[arg(long)]
        json: bool,
    },
}

fn after_help() -> String {
    format!(
        "Embedded database (used when nothing else is configured): {}\n\
         Examples:\n  intake import --file plaintiffs.csv --source simplicity --dry-run\n  \
         intake import --file plaintiffs.csv --source simplicity\n  intake runs\n  intake matches --csv\n  \
         intake reconcile RUN_ID\n  intake rollback RUN_ID --reason \"Vendor sent test data - Ticket #1234\"\n  \
         intake export-to postgres://user@team-db:5432/intake",
        config::default_sqlite_path().display()
    )
}

/// What went wrong, mapped to an exit code.
struct Failure {
    code: u8,
    /// Stable error code for `--json`.
    error_code: ErrorCode,
    message: String,
}

impl From<EngineError> for Failure {
    fn from(e: EngineError) -> Self {
        Failure {
            // A database migrated by a newer intake: nothing here can
            // work until this program is updated (exit 2, like bad input).
            code: if e.is_bad_input() || matches!(e, EngineError::SchemaTooNew { .. }) {
                2
            } else {
                1
            },
            error_code: e.error_code(),
            message: intake_engine::pii::redact(&e.to_string()),
        }
    }
}

impl Command {
    fn wants_json(&self) -> bool {
        match self {
            Command::Import { json, .. }
            | Command::Runs { json, .. }
            | Command::Reconcile { json, .. }
            | Command::Rollback { json, .. }
            | Command::Promote { json, .. }
            | Command::ExportTo { json, .. }
            | Command::Sources { json } => *json,
            Command::Matches { json, csv, .. } => *json || *csv,
            // The CSV goes to stdout: no database line before it.
            Command::Errors { output, .. } => output.is_none(),
            Command::Migrate => false,
        }
    }
}

fn main() -> ExitCode {
    intake_alloc::tune();
    let cli = Cli::parse();
    intake_engine::logging::init_cli(if cli.verbose { "debug" } else { "info" });
    let runtime = match tokio::runtime::Runtime::new() {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("error: cannot start: {e}");
            return ExitCode::from(1);
        }
    };
    let json = cli.command.wants_json();
    let mut used = None;
    match runtime.block_on(run(cli, &mut used)) {
        Ok(code) => ExitCode::from(code),
        Err(f) => {
            // One clear line on stderr; with --json also one object on stdout.
            {
                use std::io::Write as _;
                let _ = writeln!(std::io::stderr().lock(), "error: {}", f.message);
            }
            if json {
                output::json_error(f.error_code, &f.message, used.as_ref());
            }
            ExitCode::from(f.code)
        }
    }
}

/// Resolve and open the database, and say which one it is (human output
/// names it on its first line; `--json` carries it as `database`).
async fn open_store(
    cli: &Cli,
    for_migrate: bool,
    used: &mut Option<DatabaseInfo>,
) -> Result<(Arc<dyn Storage>, ResolvedDatabase), Failure> {
    let resolved = config::resolve(cli.database.as_deref(), cli.profile.as_deref())?;
    let store = if for_migrate {
        config::connect(&resolved.url).await?
    } else {
        config::open(&resolved.url).await?
    };
    announce(DatabaseInfo::of(&resolved), &cli.command, used);
    Ok((store, resolved))
}

fn announce(db: DatabaseInfo, command: &Command, used: &mut Option<DatabaseInfo>) {
    if !command.wants_json() {
        output::database_line(&db);
    }
    *used = Some(db);
}

async fn run(cli: Cli, used: &mut Option<DatabaseInfo>) -> Result<u8, Failure> {
    match &cli.command {
        Command::Import {
            file,
            source,
            batch_id,
            sheet,
            encoding,
            header_row,
            maps,
            fixes,
            dry_run,
            no_promote,
            apply_updates,
            json,
        } => {
            let column_map = parse_maps(maps)?;
            let fixes = match fixes {
                Some(path) => intake_engine::fixes::read_fixes_csv(path)?,
                None => Vec::new(),
            };
            let req = ImportRequest {
                path: file.clone(),
                source: source.clone(),
                batch_id: batch_id.clone(),
                sheet: sheet.clone(),
                encoding: encoding.clone(),
                header_row: *header_row,
                column_map,
                dry_run: *dry_run,
                promote: !*no_promote,
                fixes,
                apply_updates: *apply_updates,
                ..Default::default()
            };
            ops::check_import(&req)?;
            let cancel = CancelToken::new();
            signals::cancel_on_signals(cancel.clone());
            let (store, _) = open_store(&cli, false, used).await?;
            // A typo must not silently start a new source (it is part of
            // the dedupe key): warn on stderr; the import still proceeds.
            let known = store.list_sources().await?;
            let suggestion =
                match sources::match_source(source, known.iter().map(|s| s.key.as_str())) {
                    sources::SourceMatch::Similar { suggestion, .. } => {
                        use std::io::Write as _;
                        let _ = writeln!(
                            std::io::stderr().lock(),
                            "{}",
                            sources::did_you_mean_line(source, &suggestion)
                        );
                        Some(suggestion)
                    }
                    _ => None,
                };
            let report = ops::import(store.as_ref(), &req, &NoProgress, &cancel).await?;
            Ok(output::import_report(
                &report,
                suggestion.as_deref(),
                used.as_ref(),
                *json,
            ))
        }
        Command::Runs {
            run_id: Some(run_id),
            json,
            ..
        } => {
            let run_id = ops::parse_run_id(run_id)?;
            let (store, _) = open_store(&cli, false, used).await?;
            let run = store
                .get_run(run_id)
                .await?
                .ok_or(EngineError::RunNotFound(run_id))?;
            let fixes = store.run_fixes(run_id).await?;
            let changes = ops::plaintiff_changes(store.as_ref(), run_id).await?;
            output::run_detail(&run, &fixes, &changes, *json);
            Ok(0)
        }
        Command::Runs {
            limit,
            source,
            status,
            json,
            run_id: None,
        } => {
            let status = status.as_deref().map(ops::parse_run_status).transpose()?;
            let (store, _) = open_store(&cli, false, used).await?;
            let filter = RunFilter {
                source_system: source.clone(),
                status,
                limit: *limit,
                ..Default::default()
            };
            let runs = ops::list_runs(store.as_ref(), filter).await?;
            output::runs(&runs, *json);
            Ok(0)
        }
        Command::Reconcile { run_id, json } => {
            let run_id = ops::parse_run_id(run_id)?;
            let (store, _) = open_store(&cli, false, used).await?;
            let recon = ops::reconcile(store.as_ref(), run_id).await?;
            output::reconciliation(&recon, used.as_ref(), *json);
            Ok(if recon.is_reconciled { 0 } else { 1 })
        }
        Command::Rollback {
            run_id,
            reason,
            json,
        } => {
            let req = RollbackRequest::new(ops::parse_run_id(run_id)?, reason, None)?;
            let (store, _) = open_store(&cli, false, used).await?;
            let result = ops::rollback(store.as_ref(), &req).await?;
            output::rollback(&result, req.reason(), used.as_ref(), *json);
            Ok(0)
        }
        Command::Promote { run_id, json } => {
            let run_id = run_id.as_deref().map(ops::parse_run_id).transpose()?;
            let (store, _) = open_store(&cli, false, used).await?;
            let result = ops::promote(store.as_ref(), run_id).await?;
            output::promote(&result, used.as_ref(), *json);
            Ok(0)
        }
        Command::Sources { json } => {
            let (store, _) = open_store(&cli, false, used).await?;
            output::sources(&store.list_sources().await?, *json);
            Ok(0)
        }
        Command::Errors {
            run_id,
            output: path,
        } => {
            let run_id = ops::parse_run_id(run_id)?;
            let (store, _) = open_store(&cli, false, used).await?;
            // Streamed a page at a time from the database to the output.
            match path {
                None => {
                    let mut out = std::io::BufWriter::new(std::io::stdout());
                    match error_export::write_errored_rows_csv(store.as_ref(), run_id, &mut out)
                        .await
                    {
                        // A closed pipe (`| head`) is not an error.
                        Err(intake_engine::EngineError::FileUnwritable(_)) => {}
                        other => {
                            other?;
                        }
                    }
                }
                Some(path) => {
                    let unwritable = |e: std::io::Error| Failure {
                        code: 1,
                        error_code: ErrorCode::FileUnwritable,
                        message: format!("cannot write {}: {e}", path.display()),
                    };
                    let file = std::fs::File::create(path).map_err(unwritable)?;
                    let mut out = std::io::BufWriter::new(file);
                    let written =
                        error_export::write_errored_rows_csv(store.as_ref(), run_id, &mut out)
                            .await;
                    let rows = match written {
                        Ok(rows) => rows,
                        Err(e) => {
                            drop(out);
                            let _ = std::fs::remove_file(path);
                            return Err(e.into());
                        }
                    };
                    use std::io::Write as _;
                    out.flush().map_err(unwritable)?;
                    output::say!(
                        "Wrote {rows} errored row(s) of run {run_id} to {}",
                        path.display()
                    );
                }
            }
            Ok(0)
        }
        Command::Matches {
            source,
            run_id,
            limit,
            csv,
            json,
        } => {
            let run_id = run_id.as_deref().map(ops::parse_run_id).transpose()?;
            let (store, _) = open_store(&cli, false, used).await?;
            let filter = intake_engine::matches::MatchFilter {
                source: source.clone(),
                run_id,
                limit: Some(*limit),
            };
            let pairs = ops::cross_source_matches(store.as_ref(), &filter).await?;
            if *csv {
                use std::io::Write as _;
                let text = intake_engine::matches::matches_csv(&pairs);
                let _ = std::io::stdout().lock().write_all(text.as_bytes());
            } else {
                output::cross_source_matches(&pairs, *json);
            }
            Ok(0)
        }
        Command::Migrate => {
            let (store, _) = open_store(&cli, true, used).await?;
            store.migrate().await?;
            output::say!("Migrations applied: {}", store.describe());
            Ok(0)
        }
        Command::ExportTo { url, json } => {
            let req = ExportRequest::new(cli.database.as_deref(), url)?;
            let report = ops::export(&req, &NoProgress).await?;
            // Named once the export has opened it (the report names the target).
            let origin = match cli.database {
                Some(_) => "--database",
                None => config::EMBEDDED_ORIGIN,
            };
            let resolved = ResolvedDatabase {
                url: config::sqlite_url(req.source()),
                origin: origin.into(),
                environment: None,
            };
            announce(DatabaseInfo::of(&resolved), &cli.command, used);
            output::export_report(&report, used.as_ref(), *json);
            Ok(0)
        }
    }
}

/// `--map FIELD=COLUMN[+COLUMN…]` options as the engine's column map; the
/// fields are checked by the engine (an unknown one lists the known ones).
fn parse_maps(maps: &[String]) -> Result<std::collections::BTreeMap<String, Vec<String>>, Failure> {
    let mut column_map = std::collections::BTreeMap::new();
    for map in maps {
        let Some((field, columns)) = map.split_once('=') else {
            return Err(EngineError::Usage(format!(
                "--map '{map}' is not FIELD=COLUMN (e.g. --map plaintiff_name=\"Claimant Full\")"
            ))
            .into());
        };
        let columns: Vec<String> = columns.split('+').map(|c| c.trim().to_string()).collect();
        intake_engine::column_map::field_index(field)?;
        if column_map
            .insert(field.trim().to_string(), columns)
            .is_some()
        {
            return Err(
                EngineError::Usage(format!("--map {} is given twice", field.trim())).into(),
            );
        }
    }
    Ok(column_map)
}
