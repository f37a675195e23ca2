import { describe, expect, it } from "vitest";
import { normalizeUpdates, offerSentence, updatesChanged } from "./updates";

describe("update settings", () => {
  it("saves a trimmed address, and none for blanks", () => {
    expect(normalizeUpdates({ enabled: true, url: "  https://u.example.org/latest.json " })).toEqual({
      enabled: true,
      url: "https://u.example.org/latest.json",
    });
    expect(normalizeUpdates({ enabled: false, url: "   " })).toEqual({ enabled: false, url: null });
  });

  it("sees a change only when the saved value would change", () => {
    const saved = { enabled: false, url: null };
    expect(updatesChanged(saved, { enabled: false, url: "" })).toBe(false);
    expect(updatesChanged(saved, { enabled: false, url: " " })).toBe(false);
    expect(updatesChanged(saved, { enabled: true, url: null })).toBe(true);
    expect(updatesChanged(saved, { enabled: false, url: "https://u.example.org/x.json" })).toBe(true);
    expect(updatesChanged({ enabled: true, url: "https://a/x" }, { enabled: true, url: " https://a/x " })).toBe(false);
  });

  it("says what a check found", () => {
    expect(offerSentence(null)).toBe("You have the newest version.");
    expect(offerSentence({ version: "0.3.0", current_version: "0.2.1", notes: null })).toBe("Version 0.3.0 is available (this is 0.2.1).");
  });
});
