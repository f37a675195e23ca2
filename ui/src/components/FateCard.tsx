import type { FateFilter } from "../bindings/FateFilter";
import { formatCount } from "../lib/format";

/**
 * A count card that filters the preview to its rows: a toggle button
 * (aria-pressed), so Tab and Enter/Space work as a click does.
 */
export function FateCard({
  label,
  value,
  testId,
  tone,
  fate,
  pressed,
  onFate,
}: {
  label: string;
  value: number;
  testId: string;
  tone: string;
  fate: FateFilter;
  pressed: FateFilter | null;
  onFate: (fate: FateFilter | null) => void;
}) {
  const on = pressed === fate;
  return (
    // Colour says "look here": a zero is never coloured.
    <div class={`count${value > 0 ? ` tone-${tone}` : ""}${on ? " pressed" : ""}`}>
      <dt>
        <button
          type="button"
          class="count-filter"
          aria-pressed={on}
          data-testid={`filter-${fate}`}
          title={on ? "Show every row" : `Show only: ${label}`}
          onClick={() => onFate(on ? null : fate)}
        >
          {label}
        </button>
      </dt>
      <dd data-testid={testId}>{formatCount(value)}</dd>
    </div>
  );
}
