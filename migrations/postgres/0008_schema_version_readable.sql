-- Every role reads the schema's version, so an older app can refuse a
-- database that a newer one migrated (storage/schema_version.rs) whatever
-- role it connects as. `_sqlx_migrations` holds migration numbers,
-- descriptions and checksums only.
GRANT SELECT ON _sqlx_migrations TO intake_operator, intake_manager, intake_admin;
