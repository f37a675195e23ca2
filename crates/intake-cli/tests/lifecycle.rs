//! Run lifecycle at the front door (issue #8 point 6): SIGTERM and SIGHUP
//! cancel an import like Ctrl-C; a run whose importer died is settled by the
//! next command and can be rolled back, while a live one is refused; a full
//! disk under the embedded database fails the run with a sentence.

use std::process::{Command, Stdio};

use crate::support::{big_csv, json, send_signal, text, Env, Kind};

const CANCELLED_LINE: &str = "  error [CANCELLED]: The import was cancelled; nothing was imported";

#[test]
fn sigterm_and_sighup_cancel_an_import_like_ctrl_c() {
    let files = tempfile::tempdir().unwrap();
    let file = big_csv(files.path(), "big.csv", 100_000);
    for kind in [Kind::SqliteUrl, Kind::Postgres] {
        let env = Env::new(kind);
        for (signal, name) in [("TERM", "SIGTERM"), ("HUP", "SIGHUP")] {
            let child = env
                .command(&[
                    "import",
                    "--file",
                    file.to_str().unwrap(),
                    "--source",
                    "bulk",
                ])
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap();
            let run_id = env.wait_for_processing();
            send_signal(child.id(), signal);
            let out = child.wait_with_output().unwrap();
            let (stdout, stderr) = (text(&out.stdout), text(&out.stderr));
            assert_eq!(out.status.code(), Some(1), "{kind:?} {name}: {stderr}");
            assert!(
                stdout.contains(&format!(
                    "\n  run: {run_id} (not reconciled)\n{CANCELLED_LINE}\n"
                )),
                "{kind:?} {name}: {stdout}"
            );
            assert!(
                stderr.contains(&format!("[WARN] [intake] {name} received: cancelling the import, nothing of it will be kept (send it again to stop at once)")),
                "{stderr}"
            );
            assert_eq!(
                env.run_state(&run_id),
                "failed CANCELLED",
                "{kind:?} {name}"
            );
            assert_eq!(
                env.rows_of(&run_id),
                ("0".into(), "0".into()),
                "nothing of the run stays"
            );
        }
        // The batch is free: the next import completes.
        let out = env.import(&file, "bulk", &["--json"]);
        assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
        let v = json(&out);
        assert_eq!(
            (
                v["status"].as_str(),
                v["inserted"].as_i64(),
                v["reconciled"].as_bool()
            ),
            (Some("completed"), Some(100_000), Some(true))
        );
        assert_eq!(
            env.sql(&format!(
                "SELECT COUNT(*) FROM {} WHERE deleted_at IS NULL",
                env.table("plaintiffs")
            )),
            "100000"
        );
    }
}

/// Holds a run's liveness lock from the test, as its importer would.
enum LivenessLock {
    // Held until dropped.
    File(#[allow(dead_code)] std::fs::File),
    Postgres(tokio::runtime::Runtime, sqlx::PgConnection),
}

impl LivenessLock {
    fn take(env: &Env, run_id: &str) -> LivenessLock {
        match env.kind {
            Kind::Postgres => {
                let rt = tokio::runtime::Runtime::new().unwrap();
                let conn = rt.block_on(async {
                    use sqlx::Connection;
                    let mut conn = sqlx::PgConnection::connect(env.url.as_deref().unwrap())
                        .await
                        .unwrap();
                    // Waits for the killed importer's backend to let go.
                    sqlx::query(
                        "SELECT pg_advisory_lock(ingest.batch_lock_key(2, source_system, \
                         source_batch_id, file_hash)) FROM ingest.import_runs WHERE id = $1::uuid",
                    )
                    .bind(run_id)
                    .execute(&mut conn)
                    .await
                    .unwrap();
                    conn
                });
                LivenessLock::Postgres(rt, conn)
            }
            _ => {
                // The batch's lock file (the only one besides migrate.lock).
                let mut dir = env.sqlite_path().into_os_string();
                dir.push(".locks");
                let path = std::fs::read_dir(&dir)
                    .unwrap()
                    .map(|e| e.unwrap().path())
                    .find(|p| !p.ends_with("migrate.lock"))
                    .expect("a batch lock file");
                let file = std::fs::OpenOptions::new()
                    .read(true)
                    .write(true)
                    .open(path)
                    .unwrap();
                file.try_lock().expect("the dead importer's lock is free");
                LivenessLock::File(file)
            }
        }
    }

    fn release(self) {
        if let LivenessLock::Postgres(rt, conn) = self {
            rt.block_on(async {
                use sqlx::Connection;
                conn.close().await.unwrap();
            });
        }
    }
}

/// Start an import and kill -9 it once it is landing; returns the run id.
fn kill_mid_import(env: &Env, file: &std::path::Path) -> String {
    let mut child = env
        .command(&[
            "import",
            "--file",
            file.to_str().unwrap(),
            "--source",
            "bulk",
        ])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let run_id = env.wait_for_processing();
    child.kill().unwrap();
    child.wait().unwrap();
    run_id
}

#[test]
fn a_dead_importer_s_run_is_settled_and_can_be_rolled_back() {
    let files = tempfile::tempdir().unwrap();
    let file = big_csv(files.path(), "big.csv", 100_000);
    for kind in [Kind::SqliteUrl, Kind::Postgres] {
        let env = Env::new(kind);
        let dead = kill_mid_import(&env, &file);

        // While something holds the run's liveness lock (its importer, as
        // far as anyone can tell), the run is live: shown as processing and
        // not rolled back.
        let lock = LivenessLock::take(&env, &dead);
        let runs = env.intake(&["runs"]);
        let line = text(&runs.stdout)
            .lines()
            .find(|l| l.starts_with(&dead))
            .map(str::to_string)
            .unwrap();
        assert!(line.contains(" processing "), "{kind:?}: {line}");
        let out = env.intake(&["rollback", &dead, "--reason", "dead importer"]);
        assert_eq!(out.status.code(), Some(1), "{kind:?}");
        assert_eq!(
            text(&out.stderr).trim_end(),
            format!("error: Import run {dead} cannot be rolled back: its status is 'processing'")
        );
        assert_eq!(env.run_state(&dead), "processing -");
        lock.release();

        // The importer is gone: rollback records it as failed, then rolls it back.
        let out = env.intake(&["rollback", &dead, "--reason", "dead importer"]);
        assert_eq!(
            out.status.code(),
            Some(0),
            "{kind:?}: {}",
            text(&out.stderr)
        );
        assert_eq!(
            text(&out.stdout).lines().nth(1),
            Some(format!("Rolled back run {dead}: 0 rows marked rolled_back, 0 plaintiffs taken out of production. Reason: dead importer").as_str())
        );
        assert_eq!(env.run_state(&dead), "rolled_back ABANDONED");
        assert_eq!(env.rows_of(&dead), ("0".into(), "0".into()));

        // Another dead run: the next command that looks at it (`runs`)
        // records it as failed.
        let dead = kill_mid_import(&env, &file);
        drop(LivenessLock::take(&env, &dead)); // waits until it is really gone
        let runs = env.intake(&["runs"]);
        assert_eq!(runs.status.code(), Some(0));
        let line = text(&runs.stdout)
            .lines()
            .find(|l| l.starts_with(&dead))
            .map(str::to_string)
            .unwrap();
        assert!(line.contains(" failed "), "{kind:?}: {line}");
        assert_eq!(env.run_state(&dead), "failed ABANDONED");
        let out = env.intake(&["rollback", &dead, "--reason", "x"]);
        assert_eq!(out.status.code(), Some(1));
        assert_eq!(
            text(&out.stderr).trim_end(),
            format!("error: Import run {dead} cannot be rolled back: its status is 'failed' (a failed run kept none of its rows: there is nothing to roll back)")
        );

        // And the batch imports normally.
        let v = json(&env.import(&file, "bulk", &["--json"]));
        assert_eq!(
            (v["status"].as_str(), v["inserted"].as_i64()),
            (Some("completed"), Some(100_000))
        );
    }
}

/// A tmpfs too small for the import: the run ends `failed` with DISK_FULL
/// and a sentence, keeps nothing, and imports once there is room.
#[test]
fn sqlite_disk_full_fails_the_run_with_a_sentence() {
    let dir = tempfile::tempdir().unwrap();
    let mount_point = dir.path().join("tiny");
    std::fs::create_dir(&mount_point).unwrap();
    let mounted = Command::new("mount")
        .args(["-t", "tmpfs", "-o", "size=2m", "tmpfs"])
        .arg(&mount_point)
        .output();
    match mounted {
        Ok(out) if out.status.success() => {}
        Ok(out) => {
            eprintln!(
                "SKIPPED sqlite_disk_full_fails_the_run_with_a_sentence: cannot mount a tmpfs: {}",
                text(&out.stderr).trim()
            );
            return;
        }
        Err(e) => {
            eprintln!(
                "SKIPPED sqlite_disk_full_fails_the_run_with_a_sentence: no mount command: {e}"
            );
            return;
        }
    }
    struct Unmount(std::path::PathBuf);
    impl Drop for Unmount {
        fn drop(&mut self) {
            let _ = Command::new("umount").arg(&self.0).status();
        }
    }
    let _unmount = Unmount(mount_point.clone());

    let mut env = Env::new(Kind::SqliteUrl);
    let db = mount_point.join("intake.sqlite3");
    env.url = Some(format!("sqlite://{}", db.display()));
    let file = big_csv(dir.path(), "fifty.csv", 50_000);
    let out = env.import(&file, "bulk", &[]);
    let stdout = text(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{stdout} {}", text(&out.stderr));
    assert!(
        stdout.contains("  error [DISK_FULL]: The disk holding the database is full: nothing of this change was kept. Free some space and try again.\n"),
        "{stdout}"
    );
    let run = |sql: &str| sqlite_scalar(&db, sql);
    assert_eq!(
        run("SELECT status || ' ' || (error_details ->> '$.code') FROM import_runs"),
        "failed DISK_FULL"
    );
    assert_eq!(run("SELECT COUNT(*) FROM plaintiffs_raw"), "0");

    // Room again: the same file imports.
    let grown = Command::new("mount")
        .args(["-o", "remount,size=256m"])
        .arg(&mount_point)
        .status()
        .unwrap();
    assert!(grown.success());
    let v = json(&env.import(&file, "bulk", &["--json"]));
    assert_eq!(
        (v["status"].as_str(), v["inserted"].as_i64()),
        (Some("completed"), Some(50_000))
    );
}

fn sqlite_scalar(db: &std::path::Path, sql: &str) -> String {
    let rt = tokio::runtime::Runtime::new().unwrap();
    rt.block_on(async {
        use sqlx::{Connection, Row};
        let mut conn = sqlx::SqliteConnection::connect(&format!("sqlite://{}", db.display()))
            .await
            .unwrap();
        let row = sqlx::query(sql).fetch_one(&mut conn).await.unwrap();
        row.try_get::<String, _>(0)
            .or_else(|_| row.try_get::<i64, _>(0).map(|v| v.to_string()))
            .unwrap()
    })
}
