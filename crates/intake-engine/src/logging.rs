//! Logging through one redaction layer (SPEC §5).
