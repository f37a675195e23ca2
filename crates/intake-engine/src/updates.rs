//! Vendor updates (issue 11): what a row of an update file changes in the
//! live record, what an import applied and what a rollback did with it. The
//! SQL lives in `storage/{postgres,sqlite}/updates.rs`.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

use crate::model::CanonicalFields;

/// One entry of the change log (`plaintiff_changes`): a vendor update an
/// import applied (`update`), or what a rollback did with it (`restore`,
/// `conflict`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct PlaintiffChange {
    pub plaintiff_id: Uuid,
    pub plaintiff_name: Option<String>,
    pub import_run_id: Uuid,
    /// `update`, `restore` or `conflict`.
    pub kind: String,
    /// A canonical field name (`contact_phone`, ...).
    pub field: String,
    pub old_value: Option<String>,
    pub new_value: Option<String>,
    pub changed_by: String,
    pub changed_at: DateTime<Utc>,
    /// The update file's line (`update` only).
    #[ts(type = "number | null")]
    pub line: Option<i64>,
}

impl crate::model::RollbackResult {
    /// A rollback's result, with what it restored or left as a conflict read
    /// from the run's change log (`log`: the run's `plaintiff_changes`).
    pub fn with_log(
        run_id: Uuid,
        rows_rolled_back: i64,
        plaintiffs_removed: i64,
        log: Vec<PlaintiffChange>,
    ) -> Self {
        crate::model::RollbackResult {
            run_id,
            rows_rolled_back,
            plaintiffs_removed,
            fields_restored: log.iter().filter(|c| c.kind == "restore").count() as i64,
            conflicts: log.into_iter().filter(|c| c.kind == "conflict").collect(),
        }
    }
}

/// One field of a row whose key is live that differs from the live
/// plaintiff: the stored value and the file's (never empty).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct FieldChange {
    pub field: String,
    pub old: Option<String>,
    pub new: String,
}

/// The live record of a dedupe key, as a dry run compares it: the
/// plaintiff's fields, or the live raw row's while it is still pending
/// (`plaintiff_id` `None`: an update would not be applied to it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LiveRecord {
    pub fields: CanonicalFields,
    pub plaintiff_id: Option<Uuid>,
}

/// What an import did with its changed rows (see `ImportReport`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct UpdateCounts {
    /// Skipped rows whose live record differs.
    pub changed: i64,
    /// Plaintiffs updated.
    pub updated: i64,
}

/// The canonical fields a vendor update may change (not the name or email:
/// they make the dedupe key).
pub const UPDATABLE_FIELDS: [&str; 6] = [
    "firm_name",
    "short_name",
    "contact_name",
    "contact_phone",
    "contact_address",
    "source_reference",
];

impl CanonicalFields {
    /// An updatable field by name.
    pub fn updatable(&self, field: &str) -> Option<&str> {
        match field {
            "firm_name" => self.firm_name.as_deref(),
            "short_name" => self.short_name.as_deref(),
            "contact_name" => self.contact_name.as_deref(),
            "contact_phone" => self.contact_phone.as_deref(),
            "contact_address" => self.contact_address.as_deref(),
            "source_reference" => self.source_reference.as_deref(),
            _ => None,
        }
    }

    /// What `new` (a row of an update file) changes in `self` (the live
    /// record): non-empty values that differ. A blank never erases.
    pub fn changes_to(&self, new: &CanonicalFields) -> Vec<FieldChange> {
        UPDATABLE_FIELDS
            .iter()
            .filter_map(|&field| {
                let value = new.updatable(field).filter(|v| !v.is_empty())?;
                let old = self.updatable(field);
                (old != Some(value)).then(|| FieldChange {
                    field: field.to_string(),
                    old: old.map(str::to_string),
                    new: value.to_string(),
                })
            })
            .collect()
    }
}
