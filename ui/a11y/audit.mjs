// Accessibility audit of the built UI (ui/dist) in headless Chromium with
// axe-core: every screen and state a clerk meets, in the light and the dark
// theme. Fails on any serious or critical violation. Also checks keyboard
// facts axe cannot: arrow keys move through the preview and history rows.
//
// The UI runs outside Tauri here: a11y/harness.js (a TEST HARNESS) mocks the
// IPC with fixture data. Run: npm --prefix ui run build && npm --prefix ui run a11y
// A11Y_SCREENSHOTS=<dir> saves a PNG of every audited state.
import { createServer } from "node:http";
import { mkdirSync, readFileSync } from "node:fs";
import { extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const ui = fileURLToPath(new URL("..", import.meta.url));
const dist = join(ui, "dist");
const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";
const shots = process.env.A11Y_SCREENSHOTS;
const TYPES = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css", ".svg": "image/svg+xml", ".png": "image/png" };

const files = {
  "/__a11y/harness.js": join(ui, "a11y/harness.js"),
  "/__a11y/fixtures.js": join(ui, "a11y/fixtures.js"),
  "/__a11y/mocks.js": join(ui, "node_modules/@tauri-apps/api/mocks.js"),
};

const server = createServer((req, res) => {
  const path = new URL(req.url, "http://x").pathname;
  let file = files[path] ?? join(dist, normalize(path === "/" ? "/index.html" : path));
  if (!file.startsWith(dist) && !Object.values(files).includes(file)) return res.writeHead(403).end();
  try {
    let body = readFileSync(file);
    if (path === "/") {
      // The harness must run before the app's module script.
      body = body.toString().replace("<script", '<script type="module" src="/__a11y/harness.js"></script>\n    <script');
    }
    res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" }).end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((r) => server.listen(0, "127.0.0.1", r));
const base = `http://127.0.0.1:${server.address().port}/`;

const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
const axeSource = readFileSync(join(ui, "node_modules/axe-core/axe.min.js"), "utf8");
let failures = 0;
let audited = 0;

function fail(message) {
  failures++;
  console.error(`FAIL ${message}`);
}

async function audit(page, scheme, state) {
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ["violations"] }));
  audited++;
  for (const v of result.violations) {
    const where = v.nodes.map((n) => n.target.join(" ")).slice(0, 5).join(" | ");
    const line = `[${scheme}] ${state}: ${v.impact} ${v.id} — ${v.help} (${where})`;
    if (v.impact === "serious" || v.impact === "critical") fail(line);
    else console.log(`note ${line}`);
  }
  if (shots) {
    mkdirSync(shots, { recursive: true });
    await page.screenshot({ path: join(shots, `${scheme}-${state}.png`), fullPage: true });
  }
}

async function expectEqual(actual, expected, what) {
  if (actual !== expected) fail(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
}

for (const scheme of ["light", "dark"]) {
  const page = await browser.newPage({ colorScheme: scheme, viewport: { width: 1280, height: 800 } });
  page.on("pageerror", (e) => fail(`[${scheme}] page error: ${e.message}`));
  await page.goto(base);
  await page.waitForSelector("[data-testid=db-banner]");
  await audit(page, scheme, "import-idle");

  // Choose file… (the dialog is mocked) → preview.
  await page.click("[data-testid=dropzone]");
  await page.waitForSelector("[data-testid=import-button]");
  await page.waitForSelector("[data-testid=preview-scroll] [data-row='5']");
  await audit(page, scheme, "import-preview");

  // Arrow keys move the active row of the virtualized preview.
  await page.focus("[data-testid=preview-scroll]");
  for (let i = 0; i < 3; i++) await page.keyboard.press("ArrowDown");
  await expectEqual(await page.getAttribute("[data-testid=preview-scroll]", "data-active-row"), "3", `[${scheme}] preview row after 3× ArrowDown`);
  const active = await page.getAttribute("[data-testid=preview-scroll]", "aria-activedescendant");
  await expectEqual(await page.getAttribute(`#${active}`, "data-row"), "3", `[${scheme}] aria-activedescendant names row 4`);
  await page.keyboard.press("End");
  await expectEqual(await page.getAttribute("[data-testid=preview-scroll]", "data-active-row"), "5", `[${scheme}] preview row after End`);
  await audit(page, scheme, "import-preview-keyboard");

  // The Invalid card filters the table (keyboard: focus + Enter), an invalid cell edits in place.
  await page.focus("[data-testid=filter-invalid]");
  await page.keyboard.press("Enter");
  await page.waitForSelector("[data-testid=preview-table][data-fate=invalid][data-rows='1']");
  await expectEqual(await page.getAttribute("[data-testid=filter-invalid]", "aria-pressed"), "true", `[${scheme}] Invalid card pressed`);
  await page.waitForSelector("[data-testid=edit-plaintiff_name-4]");
  await audit(page, scheme, "import-preview-invalid-filter");
  await page.fill("[data-testid=edit-plaintiff_name-4]", "Ann Lee");
  await page.press("[data-testid=edit-plaintiff_name-4]", "Enter");
  await page.waitForFunction(() => document.querySelector("[data-testid=count-invalid]")?.textContent === "0");
  await page.click("[data-testid=fate-all]");
  await page.waitForSelector("[data-testid=preview-table][data-fate=all]");

  await page.click("[data-testid=import-button]");
  await page.waitForSelector("[data-testid=result-card]");
  await audit(page, scheme, "import-result");

  // A file that cannot be imported: a sentence, the code in small print.
  await page.evaluate(() => (window.__A11Y_NEXT_FILE__ = "/home/clerk/bad.csv"));
  await page.click("[data-testid=dropzone]");
  await page.waitForSelector("[data-testid=file-error]");
  await expectEqual(
    await page.textContent("[data-testid=file-error] [data-testid=error-sentence]"),
    "The file has no column for the name. Its columns are: Name, Email.",
    `[${scheme}] missing-column sentence`,
  );
  await audit(page, scheme, "import-error");

  // A file without a known name column: the mapping editor, then the preview.
  await page.evaluate(() => (window.__A11Y_NEXT_FILE__ = "/home/clerk/people.csv"));
  await page.click("[data-testid=dropzone]");
  await page.waitForSelector("[data-testid=mapping-editor]");
  await page.check("[data-testid=mapping-editor] input[data-header='Person']");
  await page.waitForSelector("[data-testid=map-gives]");
  await audit(page, scheme, "import-mapping");
  await page.click("[data-testid=map-apply]");
  await page.waitForSelector("[data-testid=import-button]");

  // A typo of a known source, and a new one to confirm.
  await page.fill("[data-testid=source]", "simplicty");
  await page.waitForSelector("[data-testid=use-suggestion]");
  await audit(page, scheme, "import-source-typo");
  await page.click("[data-testid=use-suggestion]");
  await expectEqual(await page.inputValue("[data-testid=source]"), "simplicity", `[${scheme}] suggestion used`);

  await page.click("[data-testid=nav-history]");
  await page.waitForSelector("[data-testid=runs-table]");
  await audit(page, scheme, "history");
  await page.focus("[data-testid=runs-table] tbody tr");
  await page.keyboard.press("ArrowDown");
  await expectEqual(
    await page.evaluate(() => document.activeElement?.getAttribute("data-run-id")),
    "0b1c2d3e-4f50-4a61-8b72-93a4b5c6d7e8",
    `[${scheme}] ArrowDown moves to the second run`,
  );
  await page.click("[data-testid=open-matches]");
  await page.waitForSelector("[data-testid=matches-table]");
  await page.click("[data-testid=export-matches]");
  await page.waitForSelector("[data-testid=matches-saved]");
  await audit(page, scheme, "matches");
  await page.click("[data-testid=matches-back]");
  await page.waitForSelector("[data-testid=runs-table]");
  await page.focus("[data-testid=runs-table] tbody tr");
  await page.keyboard.press("Enter");
  await page.waitForSelector("[data-testid=run-page]");
  await audit(page, scheme, "run");

  await page.click("[data-testid=rollback-button]");
  await page.waitForSelector("[data-testid=rollback-dialog]");
  await audit(page, scheme, "rollback-dialog");
  await page.keyboard.press("Escape");

  await page.click("[data-testid=nav-settings]");
  await page.waitForSelector("#settings-title");
  await audit(page, scheme, "settings");

  // Updates: an insecure address is refused with a sentence; Check now offers a version.
  await page.check("[data-testid=updates-enabled]");
  await page.fill("[data-testid=updates-url]", "http://example.org/x.json");
  await page.click("[data-testid=updates-save]");
  await page.waitForSelector("[data-testid=updates-error]");
  await expectEqual(
    await page.textContent("[data-testid=updates-error] [data-testid=error-code]"),
    "UPDATE_URL_INVALID",
    `[${scheme}] insecure update address refused`,
  );
  await audit(page, scheme, "settings-updates-error");
  await page.fill("[data-testid=updates-url]", "https://updates.example.org/latest.json");
  await page.click("[data-testid=updates-check]");
  await page.waitForSelector("[data-testid=update-install]");
  await expectEqual(
    await page.textContent("[data-testid=update-result]"),
    "Version 0.3.0 is available (this is 0.2.0). Install and restart",
    `[${scheme}] update offered`,
  );
  await audit(page, scheme, "settings-update-offer");

  // The startup check's offer: a calm banner with an Install button.
  await page.goto(`${base}?update=1`);
  await page.waitForSelector("[data-testid=update-banner]");
  await audit(page, scheme, "update-banner");

  // A production profile: the banner names it, in red, its address on hover.
  await page.goto(`${base}?db=prod`);
  await page.waitForSelector("[data-testid=db-banner].banner-prod");
  await expectEqual(await page.textContent("[data-testid=db-banner]"), "Production database: Team (production)", `[${scheme}] production banner`);
  await expectEqual(await page.getAttribute("[data-testid=db-banner]", "title"), "intake_clerk@db.example.org:5432/intake", `[${scheme}] banner hover`);
  await audit(page, scheme, "import-production");
  await page.close();
}

await browser.close();
server.close();
if (failures > 0) {
  console.error(`accessibility audit: ${failures} failure(s) in ${audited} audited states`);
  process.exit(1);
}
console.log(`accessibility audit: ${audited} states (light and dark), no serious or critical violations`);
