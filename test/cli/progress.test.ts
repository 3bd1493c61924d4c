import { describe, expect, it } from "vitest";
import { Progress } from "../../src/cli/batch/progress.js";
import { cli, jl, sink } from "./helpers.js";
import { SHORT } from "../stream/articles.js";

describe("progress and summary", () => {
  it("draws articles, MB, rate and ETA when the total is known", () => {
    const p = new Progress(sink(), true, 10_000_000);
    const line = p.line({ records: 120, failed: 2, bytes: 2_500_000 }, Date.now() + 2000);
    expect(line).toMatch(/^\[#{5}\.{15}\] 120 articles \(2 failed\) · 2\.5\/10\.0 MB · \d+\.\d\d MB\/s · \d+ articles\/s · ETA \d+ s$/);
  });

  it("has no ETA on standard input (total unknown)", () => {
    expect(new Progress(sink(), true, null).line({ records: 1, failed: 0, bytes: 10 })).not.toMatch(/ETA/);
  });

  it("draws on a TTY only, then clears the bar", () => {
    const tty = sink({ isTTY: true });
    const p = new Progress(tty, true, null, 0);
    p.update({ records: 1, failed: 0, bytes: 1 });
    p.clear();
    expect(tty.text()).toMatch(/^\r1 articles.*\x1b\[K\r\x1b\[K$/);
    const off = sink();
    new Progress(off, false, null, 0).update({ records: 1, failed: 0, bytes: 1 });
    expect(off.text()).toBe("");
  });

  it("the summary is one line with records, failures and MB/s; --quiet drops it", async () => {
    const r = await cli(["batch", "-", "-j", "1"], jl({ id: "a", text: SHORT }));
    expect(r.stderr).toMatch(/^baochi: 1 records, 0 failed, 0\.0 MB in \d+\.\d s \(\d+\.\d\d MB\/s, \d+ records\/s\)\n$/);
    expect((await cli(["batch", "-", "-j", "1", "-q"], jl({ id: "a", text: SHORT }))).stderr).toBe("");
  });
});
