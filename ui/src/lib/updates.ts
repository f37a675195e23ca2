// The Settings screen's update section, as plain data: what the clerk typed
// (a draft) against what settings.json holds, and what a check found.

import type { UpdateOffer } from "../bindings/UpdateOffer";
import type { UpdateSettings } from "../bindings/UpdateSettings";

/** The typed address as it is saved: trimmed, empty = none. */
export function normalizeUpdates(draft: UpdateSettings): UpdateSettings {
  const url = draft.url?.trim() ?? "";
  return { enabled: draft.enabled, url: url === "" ? null : url };
}

/** Whether the form differs from what is saved (Save and Check now save it first). */
export function updatesChanged(saved: UpdateSettings, draft: UpdateSettings): boolean {
  const a = normalizeUpdates(saved);
  const b = normalizeUpdates(draft);
  return a.enabled !== b.enabled || a.url !== b.url;
}

/** What a check found, in the clerk's words (`null`: no newer version). */
export function offerSentence(offer: UpdateOffer | null): string {
  return offer ? `Version ${offer.version} is available (this is ${offer.current_version}).` : "You have the newest version.";
}
