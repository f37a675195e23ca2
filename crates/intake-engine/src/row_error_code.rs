//! The codes of an invalid (or export-skipped) row, stored in
//! `plaintiffs_raw.error_code` and shown in previews and error exports. One
//! enum, so the producers cannot misspell them; the stored and wire form is
//! the SCREAMING_SNAKE_CASE name, and rows already stored keep theirs, so
//! variants are only ever added.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Why a row did not become a plaintiff: what, for programs; the row's
/// message says it for people.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
#[ts(export)]
pub enum RowErrorCode {
    /// The record has more or fewer fields than the header.
    InvalidFieldCount,
    /// A control character in a field.
    InvalidCharacter,
    /// A field longer than `validate::MAX_FIELD_CHARS` characters.
    FieldTooLong,
    MissingName,
    /// A name with no letters or digits.
    InvalidName,
    InvalidEmail,
    /// Bytes that are not text in the file's encoding, or a NUL byte.
    InvalidEncoding,
    /// A quote never closed, or not closed on its line.
    InvalidQuote,
    /// Export: the team database already has this plaintiff live, so the
    /// local row lands there as `skipped`.
    AlreadyInTeamDatabase,
}

impl RowErrorCode {
    /// Every code, for tests and generated lists.
    pub const ALL: [RowErrorCode; 9] = [
        RowErrorCode::InvalidFieldCount,
        RowErrorCode::InvalidCharacter,
        RowErrorCode::FieldTooLong,
        RowErrorCode::MissingName,
        RowErrorCode::InvalidName,
        RowErrorCode::InvalidEmail,
        RowErrorCode::InvalidEncoding,
        RowErrorCode::InvalidQuote,
        RowErrorCode::AlreadyInTeamDatabase,
    ];

    /// The stored form, e.g. `MISSING_NAME` (what serde writes).
    pub const fn as_str(self) -> &'static str {
        match self {
            RowErrorCode::InvalidFieldCount => "INVALID_FIELD_COUNT",
            RowErrorCode::InvalidCharacter => "INVALID_CHARACTER",
            RowErrorCode::FieldTooLong => "FIELD_TOO_LONG",
            RowErrorCode::MissingName => "MISSING_NAME",
            RowErrorCode::InvalidName => "INVALID_NAME",
            RowErrorCode::InvalidEmail => "INVALID_EMAIL",
            RowErrorCode::InvalidEncoding => "INVALID_ENCODING",
            RowErrorCode::InvalidQuote => "INVALID_QUOTE",
            RowErrorCode::AlreadyInTeamDatabase => "ALREADY_IN_TEAM_DATABASE",
        }
    }
}

impl std::fmt::Display for RowErrorCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_stored_form_is_what_serde_writes() {
        for code in RowErrorCode::ALL {
            assert_eq!(
                serde_json::to_string(&code).unwrap(),
                format!("\"{}\"", code.as_str())
            );
        }
    }
}
