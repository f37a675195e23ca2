import type { SourceInfo } from "../bindings/SourceInfo";
import type { SourceMatch } from "../bindings/SourceMatch";
import { WORDS } from "../lib/words";

/**
 * Under the Source field: "Did you mean simplicity?" for a name close to a
 * known source (one click uses it), or the confirmation a brand-new source
 * needs before Import.
 */
export function SourceHint({
  match,
  typed,
  confirmed,
  onUse,
  onConfirm,
}: {
  match: SourceMatch | null;
  typed: string;
  confirmed: boolean;
  onUse: (name: string) => void;
  onConfirm: (yes: boolean) => void;
}) {
  if (!match || match.kind === "known" || !typed.trim()) return null;
  return (
    <div class="source-hint" data-testid="source-hint">
      {match.kind === "similar" && (
        <p>
          {WORDS.didYouMean(match.suggestion)}{" "}
          <button type="button" class="link" data-testid="use-suggestion" onClick={() => onUse(match.suggestion)}>
            {WORDS.useSource(match.suggestion)}
          </button>
        </p>
      )}
      <label class="inline">
        <input
          type="checkbox"
          data-testid="confirm-new-source"
          checked={confirmed}
          onChange={(e) => onConfirm((e.currentTarget as HTMLInputElement).checked)}
        />{" "}
        {WORDS.newSource(typed.trim())}
      </label>
    </div>
  );
}

/** The known sources as the Source field's suggestions. */
export function SourceOptions({ id, sources }: { id: string; sources: SourceInfo[] }) {
  return (
    <datalist id={id}>
      {sources.map((s) => (
        <option value={s.key} key={s.key}>
          {s.display_name}
        </option>
      ))}
    </datalist>
  );
}
