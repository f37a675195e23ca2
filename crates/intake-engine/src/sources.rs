//! Sources (SPEC §7): a table in the database, shared by every clerk and the
//! CLI. A source is known by the normalized key the dedupe key uses
//! (`lower(trim(..))`), shows its display name, and remembers the mapping of
//! its last explicitly mapped import, applied to its next file that has
//! those columns (an explicit mapping wins).

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::dedupe_key::normalize_source;

/// At most this many edits between a typed source and a known one for
/// "Did you mean …?" (`simplicty` → `simplicity`).
const MAX_SOURCE_EDITS: usize = 2;
/// Names shorter than this only match with one edit (`jbi` vs `abc`).
const SHORT_SOURCE_CHARS: usize = 5;

/// A mapping a person chose, as it is remembered for a source: the same
/// shapes as `ImportRequest::column_map` and `ImportRequest::header_overrides`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct SavedMapping {
    #[serde(default)]
    pub column_map: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    pub header_overrides: BTreeMap<String, String>,
}

impl SavedMapping {
    pub fn is_empty(&self) -> bool {
        self.column_map.is_empty() && self.header_overrides.is_empty()
    }

    /// One line for people: `plaintiff_name=Claimant Full; contact_address=Street+Town`.
    pub fn summary(&self) -> String {
        let mut parts: Vec<String> = self
            .column_map
            .iter()
            .map(|(field, cols)| format!("{field}={}", cols.join("+")))
            .collect();
        parts.extend(self.header_overrides.iter().map(|(header, field)| {
            if field.is_empty() {
                format!("'{header}' ignored")
            } else {
                format!("{header}->{field}")
            }
        }));
        parts.join("; ")
    }
}

/// Which mapping an import used.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum MappingSource {
    /// The header aliases (and composed name/address parts) only.
    #[default]
    Aliases,
    /// The request's own `column_map` / `header_overrides` (`--map`, the app's editor).
    Explicit,
    /// The mapping saved for the source by an earlier import.
    Saved,
}

/// A source as `intake sources` and the app's picker show it. Sources that
/// only appear in the run history (imported before sources were stored)
/// are listed too, without who/when or a mapping.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct SourceInfo {
    /// The normalized key (`lower(trim(name))`), as in `import_runs.source_system`.
    pub key: String,
    pub display_name: String,
    pub saved_mapping: Option<SavedMapping>,
    /// Completed (or later rolled back) runs of the source.
    #[ts(type = "number")]
    pub runs: i64,
    pub last_import_at: Option<DateTime<Utc>>,
    pub created_by: Option<String>,
    pub created_at: Option<DateTime<Utc>>,
    pub updated_by: Option<String>,
    pub updated_at: Option<DateTime<Utc>>,
}

/// What an import writes about its source: upsert it, and (when `Some`)
/// remember this mapping for it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceUpdate {
    pub key: String,
    pub display_name: String,
    pub mapping: Option<SavedMapping>,
}

impl SourceUpdate {
    /// The source named `name` (as a person typed it).
    pub fn named(name: &str, mapping: Option<SavedMapping>) -> SourceUpdate {
        SourceUpdate {
            key: normalize_source(name),
            display_name: name.trim().to_string(),
            mapping: mapping.filter(|m| !m.is_empty()),
        }
    }
}

/// The answer to a typed source name: known, new, or new but close to a
/// known one ("Did you mean simplicity?").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[ts(export)]
pub enum SourceMatch {
    Known { key: String },
    New { key: String },
    Similar { key: String, suggestion: String },
}

/// Match a typed source name against the known sources (`known`: their
/// keys). A new name within a couple of edits of a known key gets that key
/// as a suggestion — the closest one, ties to the first.
pub fn match_source<'a>(typed: &str, known: impl IntoIterator<Item = &'a str>) -> SourceMatch {
    let key = normalize_source(typed);
    let mut best: Option<(usize, &str)> = None;
    for candidate in known {
        if candidate == key {
            return SourceMatch::Known { key };
        }
        let edits = strsim::damerau_levenshtein(&key, candidate);
        let shortest = key.chars().count().min(candidate.chars().count());
        let allowed = if shortest < SHORT_SOURCE_CHARS {
            1
        } else {
            MAX_SOURCE_EDITS
        };
        if edits <= allowed && edits < shortest && best.is_none_or(|(b, _)| edits < b) {
            best = Some((edits, candidate));
        }
    }
    match best {
        Some((_, suggestion)) => SourceMatch::Similar {
            key,
            suggestion: suggestion.to_string(),
        },
        None => SourceMatch::New { key },
    }
}

/// The CLI's warning line for a new source close to a known one.
pub fn did_you_mean_line(typed: &str, suggestion: &str) -> String {
    format!(
        "Source '{}' is new; did you mean '{suggestion}'?",
        typed.trim()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typos_of_known_sources_are_suggested() {
        let known = ["simplicity", "jbi", "westfield"];
        assert_eq!(
            match_source(" Simplicity ", known),
            SourceMatch::Known {
                key: "simplicity".into()
            }
        );
        assert_eq!(
            match_source("simplicty", known),
            SourceMatch::Similar {
                key: "simplicty".into(),
                suggestion: "simplicity".into()
            }
        );
        assert_eq!(
            match_source("Westfeild", known),
            SourceMatch::Similar {
                key: "westfeild".into(),
                suggestion: "westfield".into()
            }
        );
        // Short names need to be closer; unrelated names are just new.
        assert_eq!(
            match_source("jb", known),
            SourceMatch::Similar {
                key: "jb".into(),
                suggestion: "jbi".into()
            }
        );
        assert_eq!(
            match_source("abc", known),
            SourceMatch::New { key: "abc".into() }
        );
        assert_eq!(
            match_source("acme-legal", known),
            SourceMatch::New {
                key: "acme-legal".into()
            }
        );
        assert_eq!(
            did_you_mean_line(" simplicty", "simplicity"),
            "Source 'simplicty' is new; did you mean 'simplicity'?"
        );
    }

    #[test]
    fn mapping_summary_names_fields_and_columns() {
        let mut m = SavedMapping::default();
        m.column_map.insert(
            "plaintiff_name".into(),
            vec!["Given".into(), "Family".into()],
        );
        m.header_overrides.insert("Notes".into(), String::new());
        assert_eq!(m.summary(), "plaintiff_name=Given+Family; 'Notes' ignored");
    }
}
