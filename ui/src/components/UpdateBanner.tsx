import { useState } from "preact/hooks";
import { api } from "../api";
import type { UpdateOffer } from "../bindings/UpdateOffer";
import { ErrorNote } from "./ErrorNote";

/** The startup check found a newer version: a calm note, installed only when the clerk asks. */
export function UpdateBanner({ offer, onDismiss }: { offer: UpdateOffer; onDismiss: () => void }) {
  const [installing, setInstalling] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function install() {
    setInstalling(true);
    setError(null);
    try {
      await api.installUpdate();
    } catch (e) {
      setError(e);
      setInstalling(false);
    }
  }

  return (
    <div class="banner banner-update" role="status" data-testid="update-banner">
      Version <strong>{offer.version}</strong> of Plaintiff Intake is available (you have {offer.current_version}).{" "}
      <button type="button" class="primary" data-testid="update-banner-install" onClick={install} disabled={installing}>
        {installing ? "Installing…" : "Install and restart"}
      </button>{" "}
      <button type="button" class="link" onClick={onDismiss} disabled={installing}>
        Later
      </button>
      {error != null && <ErrorNote error={error} testId="update-banner-error" />}
    </div>
  );
}
