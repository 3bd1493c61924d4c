// Worker-thread entry of `baochi batch --jobs N` and `baochi stats --jobs N` (built as dist/worker.js).
// workerData is the run's TaskConfig; each message `{ seq, task }` is answered with `{ seq, out }`.
import { parentPort, workerData } from "node:worker_threads";
import { type Task, type TaskConfig, createContext, runTask } from "./batch/task.js";

const port = parentPort;
if (port) {
  const ctx = await createContext(workerData as TaskConfig);
  port.on("message", ({ seq, task }: { seq: number; task: Task }) => {
    try {
      port.postMessage({ seq, out: runTask(task, ctx) });
    } catch (e) {
      port.postMessage({ seq, fail: e instanceof Error ? e.message : String(e) });
    }
  });
}
