import { availableParallelism } from "node:os";
import { describe, expect, it } from "vitest";
import { bytesOption, jobsOption } from "../../src/cli/batch/options.js";
import { UsageError } from "../../src/cli/io.js";

describe("--jobs", () => {
  it.each([
    [undefined, 500_000, 1],
    [undefined, null, "cores"],
    [undefined, 5_000_000, "cores"],
    ["3", 10, 3],
  ] as const)("jobsOption(%s, %s) = %s", (v, bytes, want) => {
    expect(jobsOption(v, bytes)).toBe(want === "cores" ? availableParallelism() : want);
  });

  it.each(["0", "-1", "1.5", "x", "257"])("rejects %s", (v) => expect(() => jobsOption(v)).toThrow(UsageError));
});

describe("--max-bytes", () => {
  it.each([
    [undefined, 10_000_000],
    ["500", 500],
    ["500k", 500_000],
    ["2M", 2_000_000],
    ["1.5MB", 1_500_000],
    ["0.3k", 300],
  ] as const)("%s → %d", (v, want) => expect(bytesOption(v)).toBe(want));

  it.each(["", "0", "lots", "5G", "-3"])("rejects %j", (v) => expect(() => bytesOption(v)).toThrow(UsageError));
});
