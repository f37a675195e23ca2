//! The app-window harness shared by the end-to-end tests (tests/app_e2e.rs)
//! and the window benchmark (tests/app_bench.rs): tauri-driver and a
//! WebDriver session on the binary built with the test's features, and a
//! real drag and drop (a GTK drag source moved with xdotool).

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::json;

pub const WAIT: Duration = Duration::from_secs(30);
pub const PG_ADMIN_URL: &str = "postgres://postgres@127.0.0.1:5432/postgres";

/// The display, the mouse and the drag source are shared: one app at a time.
pub static ONE_AT_A_TIME: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

pub fn samples_dir() -> PathBuf {
    std::env::var_os("INTAKE_SAMPLES_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("/work/shared/samples"))
}

pub fn sample(name: &str) -> PathBuf {
    let path = samples_dir().join(name);
    assert!(
        path.is_file(),
        "sample file missing: {} (set INTAKE_SAMPLES_DIR)",
        path.display()
    );
    path
}

pub fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

pub fn tauri_driver() -> PathBuf {
    if let Some(p) = std::env::var_os("TAURI_DRIVER") {
        return PathBuf::from(p);
    }
    let home_bin =
        PathBuf::from(std::env::var("HOME").unwrap_or_default()).join(".cargo/bin/tauri-driver");
    if home_bin.is_file() {
        home_bin
    } else {
        PathBuf::from("tauri-driver")
    }
}

pub fn run(cmd: &str, args: &[&str]) -> String {
    let out = Command::new(cmd)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("cannot run {cmd}: {e}"));
    assert!(
        out.status.success(),
        "{cmd} {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// The X window id of the app's main window.
pub fn app_window() -> String {
    let ids = run(
        "xdotool",
        &["search", "--onlyvisible", "--name", "^Plaintiff Intake$"],
    );
    ids.lines()
        .next()
        .expect("app window not found")
        .to_string()
}

/// The app window's X, Y, width and height on the screen (xdotool).
pub fn app_window_geometry() -> [i64; 4] {
    let geometry = run("xdotool", &["getwindowgeometry", "--shell", &app_window()]);
    ["X", "Y", "WIDTH", "HEIGHT"].map(|k| {
        geometry
            .lines()
            .find_map(|l| l.strip_prefix(&format!("{k}=")))
            .and_then(|v| v.trim().parse().ok())
            .unwrap_or_else(|| panic!("no {k} in xdotool geometry"))
    })
}

/// A running app: tauri-driver (which starts WebKitWebDriver and the app) and
/// a WebDriver session; its data and settings live in a temp dir.
pub struct App {
    pub client: Client,
    pub driver: Child,
    pub data: tempfile::TempDir,
}

impl App {
    pub async fn start(database_url: Option<&str>) -> App {
        App::start_with(database_url, &[], None).await
    }

    /// Start the app with launch arguments (`plaintiff-intake FILE`) and,
    /// when given, these settings already saved.
    pub async fn start_with(
        database_url: Option<&str>,
        args: &[&str],
        settings: Option<serde_json::Value>,
    ) -> App {
        assert!(
            std::env::var_os("DISPLAY").is_some(),
            "no DISPLAY: run under xvfb-run (see the header of tests/app_e2e.rs)"
        );
        let data = tempfile::tempdir().unwrap();
        if let Some(settings) = settings {
            std::fs::create_dir_all(data.path().join("config")).unwrap();
            std::fs::write(
                data.path().join("config/settings.json"),
                settings.to_string(),
            )
            .unwrap();
        }
        std::fs::create_dir_all(data.path().join("exports")).unwrap();
        let port = free_port();
        let native_port = free_port();
        let mut cmd = Command::new(tauri_driver());
        cmd.args([
            "--port",
            &port.to_string(),
            "--native-port",
            &native_port.to_string(),
        ]);
        App::app_env(&mut cmd, data.path());
        cmd.env_remove("DATABASE_URL")
            .env_remove("SUPABASE_MODE")
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        match database_url {
            Some(url) => cmd.env("INTAKE_DATABASE_URL", url),
            None => cmd.env_remove("INTAKE_DATABASE_URL"),
        };
        // Its own process group, so Drop can stop WebKitWebDriver and the app
        // with it: a leftover app would hold the single-instance lock and
        // turn every later test's app into a "second launch".
        std::os::unix::process::CommandExt::process_group(&mut cmd, 0);
        let driver = cmd.spawn().expect(
            "cannot start tauri-driver (cargo install tauri-driver --version '^2' --locked)",
        );

        let mut caps = serde_json::Map::new();
        caps.insert(
            "tauri:options".into(),
            json!({ "application": env!("CARGO_BIN_EXE_plaintiff-intake"), "args": args }),
        );
        let url = format!("http://127.0.0.1:{port}");
        let started = Instant::now();
        let client = loop {
            let connector = hyper_util::client::legacy::connect::HttpConnector::new();
            match ClientBuilder::new(connector)
                .capabilities(caps.clone())
                .connect(&url)
                .await
            {
                Ok(c) => break c,
                Err(e) if started.elapsed() < WAIT => {
                    let _ = e;
                    tokio::time::sleep(Duration::from_millis(200)).await;
                }
                Err(e) => panic!("cannot open a WebDriver session: {e}"),
            }
        };
        let app = App {
            client,
            driver,
            data,
        };
        app.wait_for("[data-testid=db-banner]").await;
        app
    }

    /// The environment the app runs with: its data, settings and remembered
    /// window state live in the test's temp dir, and exports are saved
    /// without the native save dialog (which WebDriver cannot click) into
    /// `<temp>/exports` — `INTAKE_E2E_SAVE_DIR` is a test-only switch.
    pub fn app_env(cmd: &mut Command, dir: &Path) {
        cmd.env("INTAKE_DATA_DIR", dir.join("data"))
            .env("INTAKE_CONFIG_DIR", dir.join("config"))
            .env("XDG_CONFIG_HOME", dir.join("xdg-config"))
            .env("INTAKE_E2E_SAVE_DIR", dir.join("exports"));
    }

    pub async fn wait_for(&self, css: &str) -> fantoccini::elements::Element {
        let found = self
            .client
            .wait()
            .at_most(WAIT)
            .for_element(Locator::Css(css));
        match tokio::time::timeout(WAIT + Duration::from_secs(5), found).await {
            Ok(Ok(el)) => el,
            Ok(Err(e)) => self.fail(&format!("{css} did not appear: {e}")).await,
            Err(_) => panic!("WebDriver did not answer while looking for {css}"),
        }
    }

    /// Fail with a screenshot of the window (target/e2e-failure.png) to look at.
    pub async fn fail(&self, message: &str) -> ! {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/e2e-failure.png");
        let shot = Command::new("import")
            .args(["-window", &app_window()])
            .arg(&path)
            .status();
        if shot.is_ok_and(|s| s.success()) {
            eprintln!("screenshot of the failure: {}", path.display());
        }
        panic!("{message}");
    }

    pub async fn text(&self, css: &str) -> String {
        let el = self.wait_for(css).await;
        match tokio::time::timeout(WAIT, el.text()).await {
            Ok(t) => t.unwrap(),
            Err(_) => panic!("WebDriver did not answer reading the text of {css}"),
        }
    }

    pub async fn click(&self, css: &str) {
        let el = self.wait_for(css).await;
        match tokio::time::timeout(WAIT, el.click()).await {
            Ok(r) => r.unwrap_or_else(|e| panic!("cannot click {css}: {e}")),
            Err(_) => panic!("WebDriver did not answer clicking {css}"),
        }
    }

    /// Type into a field, waiting until it can take input (e.g. a dialog opening).
    pub async fn type_into(&self, css: &str, text: &str) {
        let started = Instant::now();
        loop {
            let el = self.wait_for(css).await;
            match el.clear().await {
                Ok(()) => {
                    el.send_keys(text).await.unwrap();
                    return;
                }
                Err(e) if started.elapsed() > WAIT => {
                    self.fail(&format!("cannot type into {css}: {e}")).await
                }
                Err(_) => tokio::time::sleep(Duration::from_millis(100)).await,
            }
        }
    }

    /// Choose the option of value `value` in the `<select>` at `css`.
    pub async fn choose(&self, css: &str, value: &str) {
        let el = self.wait_for(css).await;
        match tokio::time::timeout(WAIT, el.select_by_value(value)).await {
            Ok(r) => r.unwrap_or_else(|e| panic!("cannot choose {value:?} in {css}: {e}")),
            Err(_) => panic!("WebDriver did not answer choosing in {css}"),
        }
    }

    /// The `name` attribute of the element at `css` ("" when absent).
    pub async fn attr(&self, css: &str, name: &str) -> String {
        let el = self.wait_for(css).await;
        match tokio::time::timeout(WAIT, el.attr(name)).await {
            Ok(r) => r.unwrap().unwrap_or_default(),
            Err(_) => panic!("WebDriver did not answer reading {name} of {css}"),
        }
    }

    /// The class of the count box around the number at `css` (its tone).
    pub async fn count_class(&self, css: &str) -> String {
        self.wait_for(css).await;
        let v = self
            .client
            .execute(
                "return document.querySelector(arguments[0]).parentElement.className",
                vec![json!(css)],
            )
            .await
            .unwrap();
        v.as_str().unwrap_or_default().trim().to_string()
    }

    /// Press one key on the keyboard (a WebDriver key action: a trusted key
    /// event in the web view, as a person's key press is).
    pub async fn press(&self, key: fantoccini::key::Key) {
        use fantoccini::actions::{InputSource, KeyAction, KeyActions};
        let value: char = key.into();
        let keys = KeyActions::new("keyboard".into())
            .then(KeyAction::Down { value })
            .then(KeyAction::Up { value });
        match tokio::time::timeout(WAIT, self.client.perform_actions(keys)).await {
            Ok(r) => r.unwrap_or_else(|e| panic!("cannot press {key:?}: {e}")),
            Err(_) => panic!("WebDriver did not answer pressing {key:?}"),
        }
    }

    /// Type text into whatever has the keyboard focus, key by key.
    pub async fn type_keys(&self, text: &str) {
        use fantoccini::actions::{InputSource, KeyAction, KeyActions};
        let mut keys = KeyActions::new("keyboard".into());
        for value in text.chars() {
            keys = keys
                .then(KeyAction::Down { value })
                .then(KeyAction::Up { value });
        }
        self.client.perform_actions(keys).await.unwrap();
    }

    /// Does the focused element match `css`?
    pub async fn focused_is(&self, css: &str) -> bool {
        self.client
            .execute(
                "const a = document.activeElement; return !!a && a.matches(arguments[0]);",
                vec![json!(css)],
            )
            .await
            .unwrap()
            .as_bool()
            .unwrap_or(false)
    }

    /// Wait until the focus is on `css`.
    pub async fn wait_focus(&self, css: &str) {
        let started = Instant::now();
        while !self.focused_is(css).await {
            if started.elapsed() > WAIT {
                self.fail(&format!("{css} never got the focus")).await;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Press Tab (or Shift+Tab, when `css` comes before the focus) until the
    /// focus is on `css`, at most 40 presses: the way a keyboard user walks
    /// the window.
    pub async fn tab_to(&self, css: &str) {
        use fantoccini::actions::{InputSource, KeyAction, KeyActions};
        use fantoccini::key::Key;
        self.wait_for(css).await;
        let backwards = self
            .client
            .execute(
                "const a = document.activeElement, t = document.querySelector(arguments[0]);
                 return !!a && a !== document.body && !!(a.compareDocumentPosition(t) & Node.DOCUMENT_POSITION_PRECEDING);",
                vec![json!(css)],
            )
            .await
            .unwrap()
            .as_bool()
            .unwrap_or(false);
        for _ in 0..40 {
            if self.focused_is(css).await {
                return;
            }
            if backwards {
                let (shift, tab): (char, char) = (Key::Shift.into(), Key::Tab.into());
                let keys = KeyActions::new("keyboard".into())
                    .then(KeyAction::Down { value: shift })
                    .then(KeyAction::Down { value: tab })
                    .then(KeyAction::Up { value: tab })
                    .then(KeyAction::Up { value: shift });
                self.client.perform_actions(keys).await.unwrap();
            } else {
                self.press(Key::Tab).await;
            }
        }
        self.fail(&format!("Tab never reached {css}")).await
    }

    /// Wait until `css` exists and its text contains `needle`.
    pub async fn wait_text(&self, css: &str, needle: &str) -> String {
        let started = Instant::now();
        loop {
            if let Ok(el) = self.client.find(Locator::Css(css)).await {
                if let Ok(Some(t)) = el.prop("textContent").await {
                    if t.contains(needle) {
                        return t;
                    }
                }
            }
            if started.elapsed() > WAIT {
                self.fail(&format!("{css} never contained {needle:?}"))
                    .await;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Drag `file` from a GTK drag source onto the app window with the real
    /// mouse (xdotool): the path reaches the UI through `onDragDropEvent`.
    /// Returns the wall-clock time the button was released (the drop), for
    /// timings measured against the page's `Date.now()`.
    pub async fn drop_file(&self, file: &Path) -> std::time::SystemTime {
        let [ax, ay, aw, ah] = app_window_geometry();
        // The source sits right of the app window (the screen is 1280 wide).
        let (sx, sy) = (1210, 700);
        let mut source = Command::new("/usr/bin/python3")
            .arg(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/support/drag_source.py"))
            .args([file.to_str().unwrap(), &sx.to_string(), &sy.to_string()])
            .stdout(Stdio::piped())
            .spawn()
            .expect("cannot start the GTK drag source (python3-gi)");
        {
            use std::io::BufRead;
            let mut line = String::new();
            std::io::BufReader::new(source.stdout.as_mut().unwrap())
                .read_line(&mut line)
                .unwrap();
            assert_eq!(line.trim(), "READY", "drag source did not start");
        }
        tokio::time::sleep(Duration::from_millis(300)).await;
        let (from_x, from_y) = (sx + 30, sy + 30);
        let (to_x, to_y) = (ax + aw / 2, ay + ah / 2);
        let xdo = |args: &[String]| {
            let args: Vec<&str> = args.iter().map(String::as_str).collect();
            run("xdotool", &args);
        };
        xdo(&["mousemove".into(), from_x.to_string(), from_y.to_string()]);
        tokio::time::sleep(Duration::from_millis(150)).await;
        xdo(&["mousedown".into(), "1".into()]);
        for step in 1..=20 {
            let x = from_x + (to_x - from_x) * step / 20;
            let y = from_y + (to_y - from_y) * step / 20;
            xdo(&["mousemove".into(), x.to_string(), y.to_string()]);
            tokio::time::sleep(Duration::from_millis(40)).await;
        }
        tokio::time::sleep(Duration::from_millis(300)).await;
        let dropped = std::time::SystemTime::now();
        xdo(&["mouseup".into(), "1".into()]);
        let started = Instant::now();
        while source.try_wait().unwrap().is_none() && started.elapsed() < Duration::from_secs(5) {
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        let _ = source.kill();
        let _ = source.wait();
        dropped
    }

    /// Save a screenshot of the window (X pixels, via ImageMagick's `import`)
    /// when `E2E_SCREENSHOTS` names a folder.
    pub async fn screenshot(&self, name: &str) {
        let Some(dir) = std::env::var_os("E2E_SCREENSHOTS") else {
            return;
        };
        std::fs::create_dir_all(&dir).unwrap();
        // Let the last DOM change paint.
        tokio::time::sleep(Duration::from_millis(400)).await;
        let path = Path::new(&dir).join(name);
        run(
            "import",
            &["-window", &app_window(), path.to_str().unwrap()],
        );
    }

    pub async fn close(self) {
        let _ = self.client.clone().close().await;
        // Drop stops the driver.
    }
}

impl Drop for App {
    /// Also on a failed assertion: stop tauri-driver (and with it the app).
    fn drop(&mut self) {
        let group = format!("-{}", self.driver.id());
        let _ = Command::new("kill")
            .args(["-KILL", "--", &group])
            .stderr(Stdio::null())
            .status();
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }
}
