//! `intake import --encoding`, and logs without colour codes in a pipe.

use std::path::Path;
use std::process::{Command, Output};

fn intake(dir: &Path, args: &[&str], log: Option<&str>) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_intake"));
    cmd.args(args)
        .env_remove("DATABASE_URL")
        .env_remove("INTAKE_DATABASE_URL")
        .env_remove("SUPABASE_MODE")
        .env_remove("RUST_LOG")
        .env_remove("INTAKE_LOG")
        // Colour must be off because stderr is a pipe, not because of NO_COLOR.
        .env_remove("NO_COLOR")
        .env("INTAKE_DATA_DIR", dir.join("data"))
        .env("INTAKE_CONFIG_DIR", dir.join("config"));
    if let Some(spec) = log {
        cmd.env("INTAKE_LOG", spec);
    }
    cmd.output().expect("run intake")
}

fn json(out: &Output) -> serde_json::Value {
    let stdout = String::from_utf8_lossy(&out.stdout);
    serde_json::from_str(stdout.trim()).unwrap_or_else(|e| panic!("{e}: {stdout}"))
}

#[test]
fn encoding_flag_chooses_how_a_csv_is_read() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("jbi.csv");
    std::fs::write(
        &file,
        b"Name;Email\r\nJos\xe9 N\xfa\xf1ez;jose@example.es\r\nZo\xeb M\xfcller;zoe@example.de\r\n",
    )
    .unwrap();
    let f = file.to_str().unwrap();
    let base = [
        "import",
        "--file",
        f,
        "--source",
        "jbi",
        "--dry-run",
        "--json",
    ];

    let detected = intake(dir.path(), &base, None);
    assert_eq!(detected.status.code(), Some(0));
    let v = json(&detected);
    assert_eq!(
        (v["encoding"].as_str(), v["errored"].as_i64()),
        (Some("windows-1252"), Some(0))
    );

    let as_utf8 = intake(
        dir.path(),
        &[&base[..], &["--encoding", "UTF-8"]].concat(),
        None,
    );
    assert_eq!(as_utf8.status.code(), Some(0));
    let v = json(&as_utf8);
    assert_eq!(
        (
            v["encoding"].as_str(),
            v["errored"].as_i64(),
            v["inserted"].as_i64()
        ),
        (Some("UTF-8"), Some(2), Some(0))
    );

    let unknown = intake(
        dir.path(),
        &[&base[..], &["--encoding", "klingon"]].concat(),
        None,
    );
    let stderr = String::from_utf8_lossy(&unknown.stderr);
    assert_eq!(unknown.status.code(), Some(2), "{stderr}");
    assert_eq!(
        stderr.trim_end(),
        "error: Invalid argument: 'klingon' is not a known text encoding (e.g. UTF-8, windows-1252, UTF-16LE, UTF-16BE, ISO-8859-2)"
    );
}

#[test]
fn logs_in_a_pipe_carry_no_colour_codes() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("a.csv");
    std::fs::write(&file, "Name,Email\nJosé Núñez,jose@example.es\n").unwrap();
    let out = intake(
        dir.path(),
        &[
            "-v",
            "import",
            "--file",
            file.to_str().unwrap(),
            "--source",
            "acme",
        ],
        // Debug for every crate: events with fields (`summary=…`), which
        // tracing styles with ANSI codes when colour is on.
        Some("debug"),
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert!(
        stderr.contains("[DEBUG]") && stderr.contains("summary="),
        "{stderr}"
    );
    assert!(
        !stderr.contains('\x1b'),
        "ANSI codes in piped logs: {stderr:?}"
    );
}
