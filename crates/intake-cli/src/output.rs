//! What `intake` prints: the runbook's human wording, or one JSON object.

use intake_engine::config::DatabaseInfo;
use intake_engine::export::ExportReport;
use intake_engine::fixes::StoredFix;
use intake_engine::matches::CrossSourceMatch;
use intake_engine::model::PlaintiffChange;
use intake_engine::sources::{MappingSource, SourceInfo};
use intake_engine::{
    pipeline, ErrorCode, ImportReport, ImportStatus, PromoteResult, Reconciliation, RollbackResult,
    RunSummary,
};
use serde::Serialize;
use serde_json::json;

/// `println!` that ignores a closed stdout (`intake runs | head`, a terminal
/// gone after SIGHUP) instead of panicking: what was done is in the database.
macro_rules! say {
    () => {
        say!("")
    };
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stdout().lock(), $($arg)*);
    }};
}
pub(crate) use say;

const RULE: &str = "============================================================";

/// The first line of every command's human output, e.g.
/// `Database: PostgreSQL postgres://postgres@127.0.0.1:5432/test (from --database)`.
pub fn database_line(db: &DatabaseInfo) {
    say!("Database: {db}");
}

/// One JSON object with the database that was used as `database`.
fn print_with_database(value: &impl Serialize, db: Option<&DatabaseInfo>) {
    let mut value = serde_json::to_value(value).expect("serialize output");
    if let (Some(object), Some(db)) = (value.as_object_mut(), db) {
        object.insert("database".into(), json!(db));
    }
    say!("{value}");
}

/// Print an import report; returns the exit code.
pub fn import_report(
    report: &ImportReport,
    source_suggestion: Option<&str>,
    db: Option<&DatabaseInfo>,
    as_json: bool,
) -> u8 {
    let code = match report.status {
        ImportStatus::Completed | ImportStatus::DryRun | ImportStatus::Duplicate => 0,
        ImportStatus::Failed | ImportStatus::InProgress => 1,
    };
    if as_json {
        let value = json!({
            "run_id": report.run_id,
            "status": report.status,
            "fetched": report.fetched,
            "inserted": report.inserted,
            "skipped": report.skipped,
            "errored": report.errored,
            "file_hash": report.file_hash,
            "duration_ms": report.duration_ms,
            "filename": report.filename,
            "source_system": report.source_system,
            "skipped_in_file": report.skipped_in_file,
            "skipped_existing": report.skipped_existing,
            "skipped_changed": report.skipped_changed,
            "updated": report.updated,
            "reconciled": report.reconciled,
            "encoding": report.encoding,
            "delimiter": report.delimiter,
            "header_line": report.header_line,
            "sheet": report.sheet,
            "columns": report.columns,
            "mapping_source": report.mapping_source,
            "saved_mapping_ignored": report.saved_mapping_ignored,
            "fixes_applied": report.fixes_applied,
            "cross_source_matches": report.cross_source_matches,
            "cross_source_match_count": report.cross_source_match_count,
            "source_suggestion": source_suggestion,
            "error": report.error,
        });
        print_with_database(&value, db);
        return code;
    }
    match report.status {
        ImportStatus::Duplicate => say!("{}", pipeline::duplicate_line(report)),
        ImportStatus::InProgress => {
            let who = report
                .existing_run
                .as_ref()
                .map(|r| {
                    format!(
                        " by {} (run {}, started {})",
                        r.imported_by,
                        r.id,
                        r.created_at.format("%Y-%m-%d %H:%M:%S UTC")
                    )
                })
                .unwrap_or_default();
            say!(
                "IN PROGRESS: File '{}' is being imported right now{who}. Nothing was done; try again when it finishes.",
                report.filename
            );
        }
        _ => {
            layout_lines(report);
            say!();
            say!("{RULE}");
            say!("{}", pipeline::summary_line(report));
            if report.skipped > 0 {
                say!(
                    "  skipped: {} duplicate in file, {} already in database",
                    report.skipped_in_file,
                    report.skipped_existing
                );
            }
            match_lines(report);
            if report.skipped_changed > 0 {
                let verb = if report.status == ImportStatus::DryRun {
                    "would be updated"
                } else {
                    "updated"
                };
                let hint = if report.updated == 0 && report.status == ImportStatus::DryRun {
                    " (--apply-updates to apply them)"
                } else if report.updated == 0 {
                    " (not applied: import again with --apply-updates after rolling this run back)"
                } else {
                    ""
                };
                say!(
                    "  changed: {} already in database with new values, {} plaintiffs {verb}{hint}",
                    report.skipped_changed,
                    report.updated
                );
            }
            if let Some(id) = report.run_id {
                let reconciled = match report.reconciled {
                    Some(true) => "reconciled",
                    Some(false) => "NOT reconciled",
                    None => "not reconciled",
                };
                say!("  run: {id} ({reconciled})");
            }
            if let Some(err) = &report.error {
                say!("  error [{}]: {}", err.code, err.message);
            }
            say!("{RULE}");
        }
    }
    code
}

/// A run's change log: the vendor updates it applied, and what its
/// rollback restored or left.
fn changes_lines(changes: &[PlaintiffChange]) {
    if changes.is_empty() {
        return;
    }
    let shown = |v: &Option<String>| match v {
        Some(v) => format!("'{v}'"),
        None => "(empty)".to_string(),
    };
    say!("  Plaintiff changes ({}):", changes.len());
    for c in changes {
        let line = c.line.map(|l| format!(" (line {l})")).unwrap_or_default();
        say!(
            "    {} {}{line}: {} {} -> {} (by {})",
            c.kind,
            c.plaintiff_name.as_deref().unwrap_or("?"),
            c.field,
            shown(&c.old_value),
            shown(&c.new_value),
            c.changed_by
        );
    }
}

/// Where the records were found, when not simply under line 1, and the
/// columns that look like a field (never applied: `--map` confirms them).
fn layout_lines(report: &ImportReport) {
    if let Some(sheet) = &report.sheet {
        say!("Sheet: {sheet}");
    }
    if let Some(line) = report.header_line.filter(|l| *l > 1) {
        say!("Header on line {line} (the lines above it are not records)");
    }
    match report.mapping_source {
        MappingSource::Saved => say!("Mapping: the one saved for source '{}'", report.source_system),
        _ if report.saved_mapping_ignored => say!(
            "Mapping: the one saved for source '{}' was not applied (the file lacks some of its columns)",
            report.source_system
        ),
        _ => {}
    }
    if report.fixes_applied > 0 {
        say!("Fixes applied: {}", report.fixes_applied);
    }
    for c in &report.columns {
        if let Some(field) = &c.suggestion {
            say!(
                "Column '{}' is not imported; if it holds {field}, add --map {field}=\"{}\"",
                c.header,
                c.header
            );
        }
    }
}

/// `--json` output for an error that stopped the command.
pub fn json_error(code: ErrorCode, message: &str, db: Option<&DatabaseInfo>) {
    print_with_database(
        &json!({"status": "failed", "error": {"code": code, "message": message}}),
        db,
    );
}

/// The history. `--json` stays one array of runs (the database is named in
/// human output only).
/// How many rows possibly are a plaintiff of another source, the first few
/// by line ("possible match: NAME from SOURCE").
fn match_lines(report: &ImportReport) {
    const SHOWN: usize = 20;
    if report.cross_source_match_count == 0 {
        return;
    }
    say!(
        "  possible matches with other sources: {} (imported anyway; list them with `intake matches{}`)",
        report.cross_source_match_count,
        report
            .run_id
            .map(|id| format!(" --run-id {id}"))
            .unwrap_or_default()
    );
    for m in report.cross_source_matches.iter().take(SHOWN) {
        let line = m
            .line
            .map(|l| format!("line {l}"))
            .unwrap_or_else(|| format!("record {}", m.row_index + 1));
        say!(
            "    {line}: {} - possible match: {} from {} ({})",
            m.name.as_deref().unwrap_or("(no name)"),
            m.matched.plaintiff_name,
            m.matched.source_system,
            m.matched.rule.describe()
        );
    }
    let more =
        report.cross_source_match_count - SHOWN.min(report.cross_source_matches.len()) as i64;
    if more > 0 {
        say!("    ... and {more} more");
    }
}

/// Live pairs of plaintiffs of two sources (`intake matches`).
pub fn cross_source_matches(pairs: &[CrossSourceMatch], as_json: bool) {
    if as_json {
        say!(
            "{}",
            serde_json::to_string(pairs).expect("serialize matches")
        );
        return;
    }
    if pairs.is_empty() {
        say!("No possible matches between sources.");
        return;
    }
    say!(
        "{:<24}  {:<12}  {:>6}  {:<24}  {:<12}  {:>6}  {:<19}  {:<19}  run",
        "plaintiff",
        "source",
        "line",
        "possible match",
        "source",
        "line",
        "rule",
        "created (UTC)"
    );
    let line = |l: Option<i64>| l.map(|l| l.to_string()).unwrap_or_else(|| "-".into());
    for p in pairs {
        say!(
            "{:<24}  {:<12}  {:>6}  {:<24}  {:<12}  {:>6}  {:<19}  {:<19}  {}",
            truncate(&p.plaintiff_name, 24),
            truncate(&p.source_system, 12),
            line(p.line),
            truncate(&p.matched_plaintiff_name, 24),
            truncate(&p.matched_source_system, 12),
            line(p.matched_line),
            p.match_rule.describe(),
            p.created_at.format("%Y-%m-%d %H:%M:%S"),
            p.import_run_id.map(|u| u.to_string()).unwrap_or_default()
        );
    }
}

pub fn runs(runs: &[RunSummary], as_json: bool) {
    if as_json {
        say!("{}", serde_json::to_string(runs).expect("serialize runs"));
        return;
    }
    if runs.is_empty() {
        say!("No import runs yet.");
        return;
    }
    say!(
        "{:<36}  {:<19}  {:<12}  {:<28}  {:<11}  {:>8} {:>8} {:>8} {:>8}  {:>8}  {:<4}  by",
        "run id",
        "created (UTC)",
        "source",
        "file",
        "status",
        "fetched",
        "inserted",
        "skipped",
        "errored",
        "seconds",
        "rec"
    );
    for r in runs {
        let rec = match r.is_reconciled {
            Some(true) => "✓",
            Some(false) => "✗",
            None => "-",
        };
        say!(
            "{:<36}  {:<19}  {:<12}  {:<28}  {:<11}  {:>8} {:>8} {:>8} {:>8}  {:>8}  {:<4}  {}",
            r.id,
            r.created_at.format("%Y-%m-%d %H:%M:%S"),
            truncate(&r.source_system, 12),
            truncate(&r.filename, 28),
            r.status.as_str(),
            r.rows_fetched,
            r.rows_inserted,
            r.rows_skipped,
            r.rows_errored,
            r.duration_seconds
                .map(|d| format!("{d:.2}"))
                .unwrap_or_else(|| "-".into()),
            rec,
            r.imported_by
        );
    }
}

/// One run and the fixes applied to its rows (`intake runs --run-id`).
pub fn run_detail(
    run: &RunSummary,
    fixes: &[StoredFix],
    changes: &[PlaintiffChange],
    as_json: bool,
) {
    if as_json {
        say!(
            "{}",
            json!({"run": run, "fixes": fixes, "changes": changes})
        );
        return;
    }
    say!(
        "Run {} ({}): file '{}', source {}, by {} at {}",
        run.id,
        run.status.as_str(),
        run.filename,
        run.source_system,
        run.imported_by,
        run.created_at.format("%Y-%m-%d %H:%M:%S UTC")
    );
    say!(
        "  {} fetched, {} inserted, {} skipped, {} errored",
        run.rows_fetched,
        run.rows_inserted,
        run.rows_skipped,
        run.rows_errored
    );
    changes_lines(changes);
    if fixes.is_empty() {
        say!("  No fixes.");
        return;
    }
    say!("  Fixes ({}):", fixes.len());
    let shown = |v: &Option<String>| match v {
        Some(v) => format!("'{v}'"),
        None => "(empty)".to_string(),
    };
    for f in fixes {
        let line = f
            .line
            .map(|l| format!("line {l}"))
            .unwrap_or_else(|| format!("row {}", f.row_index));
        say!(
            "    {line}: {} {} -> {} (by {} at {})",
            f.field,
            shown(&f.original_value),
            shown(&f.new_value),
            f.fixed_by,
            f.fixed_at.format("%Y-%m-%d %H:%M:%S UTC")
        );
    }
}

/// Known sources (`intake sources`). `--json` is one array.
pub fn sources(sources: &[SourceInfo], as_json: bool) {
    if as_json {
        say!(
            "{}",
            serde_json::to_string(sources).expect("serialize sources")
        );
        return;
    }
    if sources.is_empty() {
        say!("No sources yet.");
        return;
    }
    say!(
        "{:<24}  {:<20}  {:>5}  {:<19}  saved mapping",
        "name",
        "key",
        "runs",
        "last import (UTC)"
    );
    for s in sources {
        say!(
            "{:<24}  {:<20}  {:>5}  {:<19}  {}",
            truncate(&s.display_name, 24),
            truncate(&s.key, 20),
            s.runs,
            s.last_import_at
                .map(|t| t.format("%Y-%m-%d %H:%M:%S").to_string())
                .unwrap_or_else(|| "-".into()),
            s.saved_mapping
                .as_ref()
                .map(|m| m.summary())
                .filter(|m| !m.is_empty())
                .unwrap_or_else(|| "-".into())
        );
    }
}

fn truncate(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(n - 1).collect();
        t.push('…');
        t
    }
}

pub fn reconciliation(r: &Reconciliation, db: Option<&DatabaseInfo>, as_json: bool) {
    if as_json {
        print_with_database(r, db);
        return;
    }
    say!("Reconciliation of run {} ({})", r.run_id, r.status.as_str());
    say!(
        "{:<10} {:>10} {:>10} {:>12}",
        "",
        "reported",
        "actual",
        "discrepancy"
    );
    let line = |name: &str, rep: i64, act: i64, d: i64| {
        say!("{name:<10} {rep:>10} {act:>10} {d:>12}");
    };
    line(
        "fetched",
        r.reported_fetched,
        r.actual_total,
        r.fetched_discrepancy,
    );
    line(
        "inserted",
        r.reported_inserted,
        r.actual_inserted,
        r.inserted_discrepancy,
    );
    line(
        "skipped",
        r.reported_skipped,
        r.actual_skipped,
        r.skipped_discrepancy,
    );
    line(
        "errored",
        r.reported_errored,
        r.actual_errored,
        r.errored_discrepancy,
    );
    say!(
        "is_reconciled: {}",
        if r.is_reconciled { "true" } else { "false" }
    );
}

pub fn rollback(r: &RollbackResult, reason: &str, db: Option<&DatabaseInfo>, as_json: bool) {
    if as_json {
        print_with_database(r, db);
        return;
    }
    say!(
        "Rolled back run {}: {} rows marked rolled_back, {} plaintiffs taken out of production. Reason: {reason}",
        r.run_id, r.rows_rolled_back, r.plaintiffs_removed
    );
    if r.fields_restored > 0 || !r.conflicts.is_empty() {
        say!(
            "  updates: {} fields restored to their old value, {} left as they are (changed again by a later run)",
            r.fields_restored,
            r.conflicts.len()
        );
    }
    for c in &r.conflicts {
        say!(
            "  conflict: {} {}: kept '{}' (would have restored '{}')",
            c.plaintiff_name.as_deref().unwrap_or("?"),
            c.field,
            c.new_value.as_deref().unwrap_or(""),
            c.old_value.as_deref().unwrap_or("")
        );
    }
}

pub fn promote(r: &PromoteResult, db: Option<&DatabaseInfo>, as_json: bool) {
    if as_json {
        print_with_database(r, db);
        return;
    }
    say!(
        "Promoted {} rows from {} runs into public.plaintiffs.",
        r.promoted,
        r.runs
    );
}

/// `intake export-to`: one summary line, then a line per kind of conflict.
pub fn export_report(r: &ExportReport, db: Option<&DatabaseInfo>, as_json: bool) {
    if as_json {
        let mut value = serde_json::to_value(r).expect("serialize export report");
        value["status"] = json!("completed");
        print_with_database(&value, db);
        return;
    }
    say!(
        "Exported {} runs ({} already there), {} rows, {} plaintiffs from {} to {}",
        r.runs_copied,
        r.runs_already_there,
        r.rows_copied,
        r.plaintiffs_copied,
        r.source,
        r.target
    );
    for s in &r.conflicts.superseded_runs {
        say!(
            "  run {} copied as rolled_back: the team database had already imported its batch (run {})",
            s.run_id, s.team_run_id
        );
    }
    if r.conflicts.rows_already_live > 0 {
        say!(
            "  {} rows copied as skipped: their plaintiffs were already live in the team database ({} local plaintiffs not copied)",
            r.conflicts.rows_already_live, r.conflicts.plaintiffs_not_copied
        );
    }
    for id in &r.runs_skipped_processing {
        say!("  run {id} not copied: it is still processing; export again when it has finished");
    }
    for id in &r.runs_changed_locally {
        say!("  run {id} changed locally since it was exported: not changed in the team database");
    }
}
