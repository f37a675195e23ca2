//! The temp tables `export-to` stages another backend's rows in (dropped at
//! commit), their COPY statements and the row encoders that feed them, in
//! COPY text format. [`super::export_target`] writes the stages out.

use super::copy::{push_field, push_i64};
use crate::storage::columns::canonical_columns;
use crate::storage::history::{HistoryPlaintiff, HistoryRawRow};

pub(super) const CREATE_STAGES: &str = "
CREATE TEMP TABLE export_raw (
    run_ord                integer NOT NULL,
    run_id                 uuid NOT NULL,
    row_index              integer NOT NULL,
    source_system          text NOT NULL,
    dedupe_key             text,
    plaintiff_name         text,
    firm_name              text,
    short_name             text,
    contact_name           text,
    contact_email          text,
    contact_phone          text,
    contact_address        text,
    source_reference       text,
    raw_payload            jsonb NOT NULL,
    status                 text NOT NULL,
    status_before_rollback text,
    error_code             text,
    error_message          text,
    dup_run                uuid,
    dup_row                integer,
    plaintiff_id           uuid,
    created_at             timestamptz NOT NULL,
    line                   integer
) ON COMMIT DROP;
CREATE TEMP TABLE export_plaintiffs (
    id               uuid NOT NULL,
    plaintiff_name   text NOT NULL,
    firm_name        text,
    short_name       text,
    contact_name     text,
    contact_email    text,
    contact_phone    text,
    contact_address  text,
    source_reference text,
    source_system    text,
    dedupe_key       text NOT NULL,
    import_run_id    uuid NOT NULL,
    raw_run          uuid NOT NULL,
    raw_row          integer NOT NULL,
    created_at       timestamptz NOT NULL,
    deleted_at       timestamptz,
    deleted_reason   text
) ON COMMIT DROP";

/// Rows of [`encode_raw_row`].
pub(super) const COPY_RAW: &str = concat!(
    "COPY pg_temp.export_raw (run_ord, run_id, row_index, source_system, dedupe_key, ",
    canonical_columns!(),
    ", raw_payload, status, status_before_rollback, error_code, error_message, dup_run, \
     dup_row, plaintiff_id, created_at, line) FROM STDIN"
);

/// Rows of [`encode_plaintiff`].
pub(super) const COPY_PLAINTIFFS: &str = concat!(
    "COPY pg_temp.export_plaintiffs (id, ",
    canonical_columns!(),
    ", source_system, dedupe_key, import_run_id, raw_run, raw_row, created_at, deleted_at, \
     deleted_reason) FROM STDIN"
);

/// One staged raw row in COPY text format (columns of `COPY_RAW`). Rows of
/// a superseded run are written as rolled back, remembering what they were.
pub(crate) fn encode_raw_row(
    buffer: &mut Vec<u8>,
    ord: usize,
    run_id: &str,
    row: &HistoryRawRow<'_>,
    superseded: bool,
) {
    let (status, before) = if superseded && row.status != "rolled_back" {
        ("rolled_back", Some(row.status))
    } else {
        (row.status, row.status_before_rollback)
    };
    push_i64(buffer, ord as i64);
    push_field(buffer, Some(run_id));
    push_text_i64(buffer, Some(row.row_index));
    push_field(buffer, row.source_system);
    push_field(buffer, row.dedupe_key);
    for value in row.fields {
        push_field(buffer, value);
    }
    let payload = row.raw_payload.filter(|p| !p.trim().is_empty());
    push_field(buffer, Some(payload.unwrap_or("{}")));
    push_field(buffer, Some(status));
    push_field(buffer, before);
    push_field(buffer, row.error_code);
    push_field(buffer, row.error_message);
    push_field(buffer, row.duplicate_of_run);
    push_text_i64(buffer, row.duplicate_of_row);
    push_field(buffer, row.plaintiff_id);
    push_field(buffer, row.created_at);
    push_text_i64(buffer, row.line);
    buffer.push(b'\n');
}

/// One staged plaintiff in COPY text format (columns of `COPY_PLAINTIFFS`);
/// one of a superseded run is soft-deleted, as its rollback would have.
pub(crate) fn encode_plaintiff(
    buffer: &mut Vec<u8>,
    plaintiff: &HistoryPlaintiff<'_>,
    superseded_reason: Option<&str>,
    export_time: &str,
) {
    buffer.extend_from_slice(plaintiff.id.as_bytes());
    for value in plaintiff.fields {
        push_field(buffer, value);
    }
    push_field(buffer, plaintiff.source_system);
    push_field(buffer, plaintiff.dedupe_key);
    push_field(buffer, Some(plaintiff.import_run_id));
    push_field(buffer, plaintiff.raw_run);
    push_text_i64(buffer, Some(plaintiff.raw_row));
    push_field(buffer, plaintiff.created_at);
    let (deleted_at, deleted_reason) = match (plaintiff.deleted_at, superseded_reason) {
        (None, Some(reason)) => (Some(export_time), Some(reason)),
        _ => (plaintiff.deleted_at, plaintiff.deleted_reason),
    };
    push_field(buffer, deleted_at);
    push_field(buffer, deleted_reason);
    buffer.push(b'\n');
}

/// A tab-prefixed integer field, or `\N`.
fn push_text_i64(buffer: &mut Vec<u8>, value: Option<i64>) {
    match value {
        Some(value) => {
            buffer.push(b'\t');
            push_i64(buffer, value);
        }
        None => push_field(buffer, None),
    }
}
