// Files the desktop hands to the app: the one it was started with
// (`plaintiff-intake FILE`, "Open with…") and those of later launches, which
// Rust forwards to this window as an "open-file" event (single instance).

import { listen } from "@tauri-apps/api/event";
import { api } from "../api";

/** Calls `onFile` with each file given to the app; returns the unsubscribe. */
export function onFileOpened(onFile: (path: string) => void): () => void {
  let disposed = false;
  let unlisten: (() => void) | undefined;
  listen<string>("open-file", (event) => onFile(event.payload))
    .then((fn) => (disposed ? fn() : (unlisten = fn)))
    .catch(() => undefined);
  api
    .takeLaunchFile()
    .then((path) => {
      if (path && !disposed) onFile(path);
    })
    .catch(() => undefined);
  return () => {
    disposed = true;
    unlisten?.();
  };
}
