import { describe, it, expect } from "vitest";
import { endsInNote } from "../../src/pipeline/bylines.js";

const texts = ["", ")", ").", ")..", ") ", "An Dương (T/h)", "An Dương (T/h).", "An Dương (T/h) .", "(x)y", "x.)", "x).)"];

describe("bylines gates", () => {
  it.each(texts)("endsInNote agrees with /\\)\\.?$/ on %j", (t) => {
    expect(endsInNote(t)).toBe(/\)\.?$/u.test(t));
  });
});
