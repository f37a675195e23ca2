// Fixture data for the accessibility audit: what the Rust commands would
// answer for a small session (one preview, two runs). Shapes follow
// ui/src/bindings (generated from the Rust types).

const run = (over) => ({
  id: "7d0f8c1e-3b7a-4c55-9d3e-1f2a3b4c5d6e",
  source_system: "simplicity",
  source_batch_id: null,
  file_hash: "a".repeat(64),
  filename: "plaintiffs_simplicity_update.csv",
  file_kind: "csv",
  status: "completed",
  imported_by: "clerk",
  rows_fetched: 17,
  rows_inserted: 5,
  rows_skipped: 10,
  rows_errored: 2,
  created_at: "2025-01-14T10:30:00Z",
  finished_at: "2025-01-14T10:30:02Z",
  duration_seconds: 1.6,
  is_reconciled: true,
  error_message: null,
  rollback_reason: null,
  rolled_back_by: null,
  rolled_back_at: null,
  rows_pending: 0,
  ...over,
});

export const RUNS = [
  run({}),
  run({
    id: "0b1c2d3e-4f50-4a61-8b72-93a4b5c6d7e8",
    filename: "plaintiffs_simplicity.csv",
    rows_fetched: 100,
    rows_inserted: 100,
    rows_skipped: 0,
    rows_errored: 0,
    status: "rolled_back",
    rollback_reason: "Vendor sent test data",
    rolled_back_by: "admin",
    rolled_back_at: "2025-01-15T09:00:00Z",
    created_at: "2025-01-13T16:05:00Z",
  }),
];

export const CONNECTION = {
  origin: "embedded",
  description: "SQLite /home/clerk/.local/share/plaintiff-intake/intake.sqlite3",
  embedded_path: "/home/clerk/.local/share/plaintiff-intake/intake.sqlite3",
  environment: null,
  capabilities: { backend: "sqlite", role: "local", can_read: true, can_import: true, can_promote: true, can_rollback: true },
  error: null,
  user: "clerk",
};

export const SETTINGS = {
  active_profile: null,
  profiles: [
    { name: "Team (production)", host: "db.example.org", port: 5432, database: "intake", user: "intake_clerk", sslmode: "require", environment: "prod" },
  ],
  last_source: "simplicity",
  sources: ["jbi", "simplicity"],
  header_overrides: {},
  review_before_promoting: false,
  updates: { enabled: false, url: null },
};

export const UPDATE_OFFER = { version: "0.3.0", current_version: "0.2.0", notes: null };

const columns = [
  { header: "PlaintiffName", canonical: "plaintiff_name", pii: false },
  { header: "Firm", canonical: "firm_name", pii: false },
  { header: "Email", canonical: "contact_email", pii: false },
  { header: "SSN", canonical: null, pii: true },
];

export function report(over) {
  return {
    run_id: null,
    status: "dry_run",
    fetched: 6,
    inserted: 3,
    skipped: 2,
    errored: 1,
    file_hash: "a".repeat(64),
    duration_ms: 40,
    filename: "plaintiffs.csv",
    source_system: "simplicity",
    encoding: "UTF-8",
    delimiter: ",",
    columns,
    header_line: 1,
    sheet: null,
    skipped_in_file: 1,
    skipped_existing: 1,
    existing_run: null,
    reconciled: null,
    promoted: true,
    error: null,
    cross_source_matches: [],
    cross_source_match_count: 1,
    ...over,
  };
}

const f = (name, email) => ({ plaintiff_name: name, firm_name: "Smith & Co", contact_email: email, contact_phone: "555-0100", source_reference: null });
export const PREVIEW_ROWS = [
  { row_index: 0, fate: { kind: "new" }, fields: f("Ana Núñez", "ana@example.com") },
  { row_index: 1, fate: { kind: "new" }, fields: f("Bo Li", "bo@example.com"), matches: [{ plaintiff_name: "Bo Li", source_system: "jbi", plaintiff_id: "9f0e1d2c-3b4a-4596-8877-665544332211", import_run_id: null, rule: "email" }] },
  { row_index: 2, fate: { kind: "duplicate_in_file", first_row_index: 0 }, fields: f("Ana Núñez", "ana@example.com") },
  { row_index: 3, fate: { kind: "already_in_database" }, fields: f("Cy Young", "cy@example.com") },
  { row_index: 4, fate: { kind: "invalid", code: "MISSING_NAME", message: "plaintiff_name is empty", field: "plaintiff_name" }, fields: f(null, "x@example.com") },
  { row_index: 5, fate: { kind: "new" }, fields: f("Dee Ray", "dee@example.com") },
];

export const RECONCILIATION = {
  run_id: RUNS[0].id, status: "completed",
  reported_fetched: 17, reported_inserted: 5, reported_skipped: 10, reported_errored: 2,
  actual_total: 17, actual_inserted: 5, actual_skipped: 10, actual_errored: 2,
  fetched_discrepancy: 0, inserted_discrepancy: 0, skipped_discrepancy: 0, errored_discrepancy: 0,
  is_reconciled: true,
};

export const ERRORED = [
  { import_run_id: RUNS[0].id, row_index: 11, filename: RUNS[0].filename, plaintiff_name: null, error_code: "MISSING_NAME", error_message: "plaintiff_name is empty", created_at: "2025-01-14T10:30:01Z", line: 13 },
  { import_run_id: RUNS[0].id, row_index: 14, filename: RUNS[0].filename, plaintiff_name: "Ed Fox", error_code: "INVALID_EMAIL", error_message: "contact_email is not a valid email address", created_at: "2025-01-14T10:30:01Z", line: 16 },
];

export const DUPLICATES = [
  { import_run_id: RUNS[0].id, row_index: 2, filename: RUNS[0].filename, source_system: "simplicity", plaintiff_name: "Ana Núñez", dedupe_key: "b".repeat(64), created_at: "2025-01-14T10:30:01Z", duplicate_of_run_id: RUNS[1].id, duplicate_of_row_index: 0, duplicate_of_filename: RUNS[1].filename },
];

export const MATCHES = [
  {
    plaintiff_id: "1a2b3c4d-5e6f-4071-8293-a4b5c6d7e8f9", plaintiff_name: "Bo Li", source_system: "simplicity", import_run_id: RUNS[0].id, line: 3,
    created_at: "2025-01-14T10:30:01Z", matched_plaintiff_id: "9f0e1d2c-3b4a-4596-8877-665544332211", matched_plaintiff_name: "Bo Li",
    matched_source_system: "jbi", matched_import_run_id: RUNS[1].id, matched_line: 7, matched_created_at: "2025-01-10T09:00:00Z", match_rule: "email",
  },
];

export const FIXES = [
  { import_run_id: RUNS[0].id, line: 13, row_index: 11, field: "plaintiff_name", original_value: null, new_value: "Ann Lee", fixed_by: "clerk", fixed_at: "2025-01-14T10:29:00Z" },
];
