import { describe, expect, it } from "vitest";
import { neutralizeCell, quoteCell, toCsv } from "./csv";

describe("CSV export", () => {
  it("neutralises cells a spreadsheet would evaluate", () => {
    expect(neutralizeCell("=HYPERLINK(\"http://x\")")).toBe("'=HYPERLINK(\"http://x\")");
    expect(neutralizeCell("+1 555 0100")).toBe("'+1 555 0100");
    expect(neutralizeCell("-2+3")).toBe("'-2+3");
    expect(neutralizeCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(neutralizeCell("\t=1")).toBe("'\t=1");
    expect(neutralizeCell("Jane = Doe")).toBe("Jane = Doe");
    expect(neutralizeCell("")).toBe("");
  });
  it("quotes per RFC 4180", () => {
    expect(quoteCell("plain")).toBe("plain");
    expect(quoteCell("a,b")).toBe('"a,b"');
    expect(quoteCell('say "hi"')).toBe('"say ""hi"""');
    expect(quoteCell("line1\nline2")).toBe('"line1\nline2"');
  });
  it("builds a whole file, neutralising before quoting", () => {
    const csv = toCsv(["row_index", "plaintiff_name", "note"], [
      [3, "=cmd|' /C calc'!A0", null],
      [4, "Núñez, José", 'a "b"'],
    ]);
    expect(csv).toBe(
      "row_index,plaintiff_name,note\r\n" +
        "3,'=cmd|' /C calc'!A0,\r\n" +
        '4,"Núñez, José","a ""b"""\r\n',
    );
  });
  it("neutralises a formula that also needs quoting", () => {
    expect(toCsv(["x"], [["=1,2"]])).toBe("x\r\n\"'=1,2\"\r\n");
  });
});
