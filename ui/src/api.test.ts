import { describe, expect, it } from "vitest";
import source from "./api.ts?raw";
import { COMMANDS } from "./bindings/commands";

// The type check keeps api.ts from calling a command the shell lacks; this
// keeps the shell from registering one that the UI has no wrapper for.
describe("api", () => {
  it("wraps every command the shell registers, and only those", () => {
    const called = [...source.matchAll(/call<[^(]*>\("([a-z_]+)"/g)].map((m) => m[1]);
    expect(called.length).toBeGreaterThan(0);
    expect([...called].sort()).toEqual([...COMMANDS].sort());
  });
});
