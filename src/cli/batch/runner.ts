// Runs a batch's tasks on worker threads (--jobs N > 1) or in the main thread (--jobs 1); both
// give the outputs in input order, and both process the same way (task.ts), so the bytes match.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Writable } from "node:stream";
import { Worker } from "node:worker_threads";
import { type Task, type TaskConfig, type TaskOutput, createContext, runTask } from "./task.js";
import { WorkerPool } from "./pool.js";

/** Something that turns tasks into outputs, in order. */
export interface Executor {
  map(tasks: AsyncIterable<Task>): AsyncGenerator<TaskOutput, void, undefined>;
  close(): Promise<void>;
}

/**
 * The worker script: dist/worker.js beside the bundled CLI; from the sources (tests), the built
 * dist/worker.js of the repository.
 */
export function workerUrl(): URL {
  const here = import.meta.url;
  return /\.ts$/.test(here) ? new URL("../../../dist/worker.js", here) : new URL("./worker.js", here);
}

/** An executor for `jobs` threads: the main thread itself when jobs is 1. */
export async function createExecutor(config: TaskConfig, jobs: number, stderr?: Writable): Promise<Executor & { peakInFlight(): number }> {
  if (jobs <= 1) {
    const ctx = await createContext(config);
    let peak = 0;
    return {
      async *map(tasks) {
        for await (const t of tasks) {
          peak = 1;
          yield runTask(t, ctx);
          // let timers, signals and stream events run between records
          await new Promise<void>((r) => setImmediate(r));
        }
      },
      close: async () => {},
      peakInFlight: () => peak,
    };
  }
  if (config.keywords?.words === "vntk") await createContext({ ...config, keywords: { ...config.keywords, df: undefined } }); // fails here, once, when vntk is missing
  const url = workerUrl();
  if (!existsSync(fileURLToPath(url))) throw new Error(`the worker script ${fileURLToPath(url)} is missing: build baochi first (npm run build)`);
  const pool = new WorkerPool<Task, TaskOutput>({
    jobs,
    create: () => {
      // a worker's own stdout (a stray console.log in a dependency) goes to stderr, never into the JSONL
      const w = new Worker(url, { workerData: config, stdout: true });
      w.stdout.on("data", (d: Buffer) => stderr?.write(d));
      return w;
    },
    onFail: (t, message) => runTask({ kind: "result", result: { id: taskId(t), error: { code: "internal", message } } }, { config }),
  });
  return { map: (tasks) => pool.map(tasks), close: () => pool.close(), peakInFlight: () => pool.peakInFlight };
}

function taskId(t: Task): string {
  return t.kind === "line" ? `${t.source}:${t.line.lineNo}` : t.kind === "record" ? t.record.id : t.result.id;
}
