//! The plaintiff's columns, written once. Every INSERT, COPY and SELECT of
//! the canonical fields (both backends' landing and promotion, the export)
//! spells them through this module, so a new field is added in one list and
//! the order can never differ between a column list and the values of a row.

use crate::model::CanonicalFields;

/// The eight canonical fields as columns, in the order of [`CanonicalFields`]
/// and of every list below.
pub const CANONICAL_COLUMNS: [&str; 8] = [
    "plaintiff_name",
    "firm_name",
    "short_name",
    "contact_name",
    "contact_email",
    "contact_phone",
    "contact_address",
    "source_reference",
];

/// `plaintiff_name, firm_name, …` as a string literal, so SQL can stay a
/// `const` (`concat!`). `canonical_columns!("s.")` prefixes every name with
/// a table alias. Same names, same order as [`CANONICAL_COLUMNS`] (tested).
macro_rules! canonical_columns {
    () => {
        $crate::storage::columns::canonical_columns!("")
    };
    ($alias:literal) => {
        concat!(
            $alias,
            "plaintiff_name, ",
            $alias,
            "firm_name, ",
            $alias,
            "short_name, ",
            $alias,
            "contact_name, ",
            $alias,
            "contact_email, ",
            $alias,
            "contact_phone, ",
            $alias,
            "contact_address, ",
            $alias,
            "source_reference"
        )
    };
}
pub(crate) use canonical_columns;

/// The columns a plaintiff is made of from its raw row, in both backends'
/// `plaintiffs` table: its id, the canonical fields, then where it came
/// from (`… source_system, dedupe_key, import_run_id, raw_id`).
macro_rules! plaintiff_columns {
    () => {
        concat!(
            "id, ",
            $crate::storage::columns::canonical_columns!(),
            ", source_system, dedupe_key, import_run_id, raw_id"
        )
    };
}
pub(crate) use plaintiff_columns;

/// The canonical field values of a row, in [`CANONICAL_COLUMNS`] order.
pub fn canonical_values(fields: &CanonicalFields) -> [Option<&str>; 8] {
    [
        fields.plaintiff_name.as_deref(),
        fields.firm_name.as_deref(),
        fields.short_name.as_deref(),
        fields.contact_name.as_deref(),
        fields.contact_email.as_deref(),
        fields.contact_phone.as_deref(),
        fields.contact_address.as_deref(),
        fields.source_reference.as_deref(),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_literal_lists_spell_the_canonical_columns_in_order() {
        assert_eq!(canonical_columns!(), CANONICAL_COLUMNS.join(", "));
        let aliased: Vec<String> = CANONICAL_COLUMNS.iter().map(|c| format!("s.{c}")).collect();
        assert_eq!(canonical_columns!("s."), aliased.join(", "));
        assert_eq!(
            plaintiff_columns!(),
            format!(
                "id, {}, source_system, dedupe_key, import_run_id, raw_id",
                CANONICAL_COLUMNS.join(", ")
            )
        );
    }

    #[test]
    fn values_follow_the_column_order() {
        let fields = CanonicalFields {
            plaintiff_name: Some("plaintiff_name".into()),
            firm_name: Some("firm_name".into()),
            short_name: Some("short_name".into()),
            contact_name: Some("contact_name".into()),
            contact_email: Some("contact_email".into()),
            contact_phone: Some("contact_phone".into()),
            contact_address: Some("contact_address".into()),
            source_reference: Some("source_reference".into()),
        };
        let values: Vec<&str> = canonical_values(&fields)
            .iter()
            .flatten()
            .copied()
            .collect();
        assert_eq!(values, CANONICAL_COLUMNS);
    }
}
