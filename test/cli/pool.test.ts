import { Worker } from "node:worker_threads";
import { afterEach, describe, expect, it } from "vitest";
import { WorkerPool } from "../../src/cli/batch/pool.js";

// A stand-in worker that, like dist/worker.js, runs one task at a time: it works (sleeps) `ms`
// milliseconds, then answers; `crash` ends the thread, `fail` answers with a failure.
const ECHO = `
const { parentPort } = require("node:worker_threads");
const sleep = (ms) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
parentPort.on("message", ({ seq, task }) => {
  if (task.crash) process.exit(3);
  if (task.fail) return parentPort.postMessage({ seq, fail: "bad task" });
  sleep(task.ms);
  parentPort.postMessage({ seq, out: { n: task.n } });
});`;

type T = { n: number; ms: number; crash?: boolean; fail?: boolean };
type R = { n: number; error?: string };

let pool: WorkerPool<T, R> | undefined;
afterEach(async () => pool?.close());

function makePool(jobs: number, maxInFlight?: number): WorkerPool<T, R> {
  pool = new WorkerPool<T, R>({ jobs, maxInFlight, create: () => new Worker(ECHO, { eval: true }), onFail: (t, m) => ({ n: t.n, error: m }) });
  return pool;
}

describe("WorkerPool", () => {
  it("keeps input order with uneven task times", async () => {
    const p = makePool(3);
    const tasks = Array.from({ length: 60 }, (_, n) => ({ n, ms: (n * 7919) % 13 }));
    const out: number[] = [];
    for await (const r of p.map(tasks)) out.push(r.n);
    expect(out).toEqual(tasks.map((t) => t.n));
  });

  it("never holds more than maxInFlight records: it reads only when there is room (back-pressure)", async () => {
    const p = makePool(2, 5);
    let pulled = 0;
    let consumed = 0;
    let worst = 0;
    async function* source() {
      for (let n = 0; n < 200; n++) {
        pulled++;
        worst = Math.max(worst, pulled - consumed);
        yield { n, ms: n % 3 };
      }
    }
    for await (const _ of p.map(source())) {
      consumed++;
      await new Promise((r) => setTimeout(r, 1)); // a slow writer
    }
    expect(consumed).toBe(200);
    expect(p.peakInFlight).toBeLessThanOrEqual(5);
    // the window, the record waiting for room, and the one being handed to the consumer
    expect(worst).toBeLessThanOrEqual(5 + 2);
  });

  it("gives a failure in place when a worker crashes or fails a task, and goes on (others are retried)", async () => {
    const p = makePool(2);
    const tasks: T[] = [{ n: 0, ms: 5 }, { n: 1, ms: 0, crash: true }, { n: 2, ms: 1, fail: true }, ...Array.from({ length: 10 }, (_, i) => ({ n: i + 3, ms: 1 }))];
    const out: R[] = [];
    for await (const r of p.map(tasks)) out.push(r);
    expect(out.map((r) => r.n)).toEqual(tasks.map((t) => t.n));
    expect(out[1]!.error).toMatch(/worker thread stopped/);
    expect(out[2]!.error).toBe("bad task");
    expect(out.filter((r) => r.error)).toHaveLength(2);
  });

  it("stops pulling when the consumer stops", async () => {
    const p = makePool(2, 4);
    let pulled = 0;
    function* source() {
      for (let n = 0; n < 1000; n++) {
        pulled++;
        yield { n, ms: 1 };
      }
    }
    let seen = 0;
    for await (const _ of p.map(source())) if (++seen === 3) break;
    await new Promise((r) => setTimeout(r, 20));
    expect(pulled).toBeLessThanOrEqual(3 + 4 + 1);
  });
});
