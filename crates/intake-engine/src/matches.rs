//! Cross-vendor matches (issue 11): the dedupe key contains the source, so
//! the same person sent by two vendors becomes two plaintiffs. A row whose
//! normalized email, or normalized name plus phone digits, equals a live
//! plaintiff of another source is a *possible match*: still imported, but
//! shown to the manager (preview, report, `v_cross_source_matches`).
//!
//! The keys are the same 64-bit hashes everywhere (`crate::match_keys`;
//! PostgreSQL's `ingest.match_key_hash` gives the same numbers), stored
//! beside each landed row, so a lookup is an index probe and the preview,
//! the report and the view always agree.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

/// At most this many matches are listed in an import's report; the count
/// is always complete (`ImportReport::cross_source_match_count`).
pub const REPORT_MATCH_LIMIT: i64 = 1000;

/// Which rule matched (an email match wins when both do).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum MatchRule {
    /// Same normalized email.
    Email,
    /// Same normalized name and the same phone digits.
    NamePhone,
}

impl MatchRule {
    pub fn as_str(self) -> &'static str {
        match self {
            MatchRule::Email => "email",
            MatchRule::NamePhone => "name_phone",
        }
    }

    pub(crate) fn parse(s: &str) -> MatchRule {
        if s == "email" {
            MatchRule::Email
        } else {
            MatchRule::NamePhone
        }
    }

    /// How a person reads it ("same email", "same name and phone").
    pub fn describe(self) -> &'static str {
        match self {
            MatchRule::Email => "same email",
            MatchRule::NamePhone => "same name and phone",
        }
    }
}

/// A live plaintiff of another source that a row possibly is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct PossibleMatch {
    /// The matched plaintiff's name and source.
    pub plaintiff_name: String,
    pub source_system: String,
    pub plaintiff_id: Uuid,
    pub import_run_id: Option<Uuid>,
    pub rule: MatchRule,
}

/// One row of a file (an import's or a preview's) and what it possibly is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct RowMatch {
    #[ts(type = "number")]
    pub row_index: i64,
    /// The file line a spreadsheet program shows for the row.
    #[ts(type = "number | null")]
    pub line: Option<i64>,
    /// The row's own name.
    pub name: Option<String>,
    pub matched: PossibleMatch,
}

/// A row of a chunk to look up (preview and dry run).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MatchCandidate {
    pub row_index: i64,
    /// The row's keys (`LandingRow::match_keys`).
    pub keys: crate::match_keys::MatchKeys,
}

/// A run's matches: the first [`REPORT_MATCH_LIMIT`] (by line) and how many
/// there are in all.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RunMatches {
    pub total: i64,
    pub rows: Vec<RowMatch>,
}

/// A row of `v_cross_source_matches`: a live pair of plaintiffs of two
/// sources. `plaintiff_*` is the later one, `matched_*` the earlier.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct CrossSourceMatch {
    pub plaintiff_id: Uuid,
    pub plaintiff_name: String,
    pub source_system: String,
    pub import_run_id: Option<Uuid>,
    #[ts(type = "number | null")]
    pub line: Option<i64>,
    pub created_at: DateTime<Utc>,
    pub matched_plaintiff_id: Uuid,
    pub matched_plaintiff_name: String,
    pub matched_source_system: String,
    pub matched_import_run_id: Option<Uuid>,
    #[ts(type = "number | null")]
    pub matched_line: Option<i64>,
    pub matched_created_at: DateTime<Utc>,
    pub match_rule: MatchRule,
}

/// Which pairs to list.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct MatchFilter {
    /// Pairs with this source on either side.
    #[serde(default)]
    pub source: Option<String>,
    /// Pairs with a plaintiff of this run on either side.
    #[serde(default)]
    pub run_id: Option<Uuid>,
    /// At most this many, newest first (default 1000).
    #[serde(default)]
    #[ts(type = "number | null")]
    pub limit: Option<i64>,
}

/// Pairs listed when the filter gives no limit.
pub const DEFAULT_LIST_LIMIT: i64 = 1000;

/// The CSV of possible matches (the app's export and `intake matches --csv`),
/// formula cells neutralized as in every export (`run_csv`).
pub fn matches_csv(rows: &[CrossSourceMatch]) -> String {
    let opt = |u: Option<Uuid>| u.map(|u| u.to_string()).unwrap_or_default();
    let num = |l: Option<i64>| l.map(|l| l.to_string()).unwrap_or_default();
    crate::run_csv::to_csv(
        &[
            "plaintiff_name",
            "source",
            "run_id",
            "line",
            "matched_plaintiff_name",
            "matched_source",
            "matched_run_id",
            "matched_line",
            "rule",
            "created_at",
        ],
        rows.iter().map(|m| {
            vec![
                m.plaintiff_name.clone(),
                m.source_system.clone(),
                opt(m.import_run_id),
                num(m.line),
                m.matched_plaintiff_name.clone(),
                m.matched_source_system.clone(),
                opt(m.matched_import_run_id),
                num(m.matched_line),
                m.match_rule.as_str().to_string(),
                m.created_at.to_rfc3339(),
            ]
        }),
    )
}
