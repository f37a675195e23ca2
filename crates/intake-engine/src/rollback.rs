//! The rollback's policy, checked once for every front door and backend: a
//! run is only rolled back with a reason, and the actor is trimmed. Backends
//! receive a [`RollbackRequest`], which exists only once checked
//! (PostgreSQL's `ingest.rollback_import_run` checks the reason again, as
//! the guard for a DBA calling it directly).

use crate::actor::validate_actor;
use crate::error::{EngineError, Result};

/// The reason, trimmed; a blank one is refused with `REASON_REQUIRED`.
pub fn validate_reason(reason: &str) -> Result<&str> {
    let reason = reason.trim();
    if reason.is_empty() {
        return Err(EngineError::ReasonRequired);
    }
    Ok(reason)
}

/// A checked rollback: a non-blank, trimmed reason and an optional actor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RollbackRequest {
    reason: String,
    actor: Option<String>,
}

impl RollbackRequest {
    pub fn new(reason: &str, actor: Option<&str>) -> Result<RollbackRequest> {
        Ok(RollbackRequest {
            reason: validate_reason(reason)?.to_string(),
            actor: validate_actor(actor),
        })
    }

    pub fn reason(&self) -> &str {
        &self.reason
    }

    /// `None`: the backend records its default actor.
    pub fn actor(&self) -> Option<&str> {
        self.actor.as_deref()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reason_is_required_and_trimmed() {
        for blank in ["", "   ", " \t\n"] {
            assert!(matches!(
                RollbackRequest::new(blank, Some("ann")),
                Err(EngineError::ReasonRequired)
            ));
        }
        let request = RollbackRequest::new("  wrong vendor file ", Some(" ann ")).unwrap();
        assert_eq!(
            (request.reason(), request.actor()),
            ("wrong vendor file", Some("ann"))
        );
        assert_eq!(
            RollbackRequest::new("why", Some("  ")).unwrap().actor(),
            None
        );
    }
}
