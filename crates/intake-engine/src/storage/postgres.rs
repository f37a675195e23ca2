//! PostgreSQL backend (production; Supabase or any PostgreSQL >= 14).
