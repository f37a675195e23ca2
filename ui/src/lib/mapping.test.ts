import { describe, expect, it } from "vitest";
import { composedSamples, joinParts, withColumns } from "./mapping";

const peek = {
  headers: ["First", "Last", "Street", "City"],
  sample_rows: [
    ["Ada", "Lovelace", "1 Main St", "Leeds"],
    ["", "Turing", "", "Wilmslow"],
  ],
  header_line: 1,
  sheets: [],
  sheet: null,
};

describe("mapping", () => {
  it("sets and clears a field's columns without touching others", () => {
    const one = withColumns({}, "plaintiff_name", ["First", "Last"]);
    expect(one).toEqual({ plaintiff_name: ["First", "Last"] });
    const two = withColumns(one, "contact_email", ["Mail"]);
    expect(two).toEqual({ plaintiff_name: ["First", "Last"], contact_email: ["Mail"] });
    expect(withColumns(two, "plaintiff_name", [])).toEqual({ contact_email: ["Mail"] });
    expect(one).toEqual({ plaintiff_name: ["First", "Last"] });
  });

  it("joins parts like the engine: spaces, commas for the address, empty parts dropped", () => {
    expect(joinParts("plaintiff_name", [" Ada ", "", "Lovelace"])).toBe("Ada Lovelace");
    expect(joinParts("contact_address", ["1 Main St", "Leeds"])).toBe("1 Main St, Leeds");
  });

  it("composes the sample rows in the order the columns were chosen", () => {
    expect(composedSamples(peek, "plaintiff_name", ["First", "Last"])).toEqual(["Ada Lovelace", "Turing"]);
    expect(composedSamples(peek, "contact_address", ["Street", "City"])).toEqual(["1 Main St, Leeds", "Wilmslow"]);
    expect(composedSamples(peek, "plaintiff_name", ["Nope"])).toEqual(["", ""]);
  });
});
