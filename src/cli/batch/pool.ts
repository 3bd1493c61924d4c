// An ordered, bounded worker-thread pool: results come out in input order, and at most
// `maxInFlight` records are between "read" and "written" at any time, so memory stays flat
// however large the input is (the reader waits for room: back-pressure, not an unbounded queue).
//
// node:worker_threads directly rather than piscina: no extra dependency, and the two things we
// need (output in input order, a bounded window that pulls input only when there is room) are a
// few lines on top of postMessage, where a general task queue would still need them added.
import type { Worker } from "node:worker_threads";

/** How to build and feed the pool. */
export interface PoolOptions<T, R> {
  /** The number of worker threads. */
  jobs: number;
  /** Records in flight at most (read, not yet handed out); default 4 per worker. */
  maxInFlight?: number;
  /** Starts one worker; it answers each `{ seq, task }` message with `{ seq, out }` or `{ seq, fail }`. */
  create: () => Worker;
  /** The output for a task whose worker failed (crashed, or answered `fail`). */
  onFail: (task: T, message: string) => R;
}

interface Slot<R> {
  promise: Promise<R>;
  resolve: (r: R) => void;
}

interface Member<T, R> {
  worker: Worker;
  pending: Map<number, { task: T; slot: Slot<R> }>;
}

/**
 * Runs tasks on worker threads, yielding their outputs in input order.
 *
 * @example
 * const pool = new WorkerPool({ jobs: 2, create: () => new Worker(url), onFail: (t, m) => ({ error: m }) });
 * try { for await (const out of pool.map(tasks)) write(out); } finally { await pool.close(); }
 */
export class WorkerPool<T, R> {
  private readonly members: Member<T, R>[] = [];
  private seq = 0;
  private closed = false;
  /** The most records that were in flight at once (for tests and tuning). */
  peakInFlight = 0;
  readonly maxInFlight: number;

  constructor(private readonly opts: PoolOptions<T, R>) {
    this.maxInFlight = Math.max(1, opts.maxInFlight ?? opts.jobs * 4);
    for (let i = 0; i < Math.max(1, opts.jobs); i++) this.members.push(this.spawn());
  }

  /** The outputs of `source`'s tasks, in order. Pulls a task only when fewer than `maxInFlight` are out. */
  async *map(source: AsyncIterable<T> | Iterable<T>): AsyncGenerator<R, void, undefined> {
    const window: Slot<R>[] = [];
    let inputDone = false;
    let inputError: unknown;
    let stopped = false;
    let wakeReader: (() => void) | undefined;
    let wakeWriter: (() => void) | undefined;
    const signalWriter = () => (wakeWriter?.(), (wakeWriter = undefined));

    const reader = (async () => {
      try {
        for await (const task of source) {
          while (window.length >= this.maxInFlight && !stopped) await new Promise<void>((r) => (wakeReader = r));
          if (stopped) break;
          window.push(this.submit(task));
          this.peakInFlight = Math.max(this.peakInFlight, window.length);
          signalWriter();
        }
      } catch (e) {
        inputError = e;
      } finally {
        inputDone = true;
        signalWriter();
      }
    })();

    try {
      for (;;) {
        if (window.length === 0) {
          if (inputDone) break;
          await new Promise<void>((r) => (wakeWriter = r));
          continue;
        }
        const out = await window[0]!.promise;
        window.shift();
        wakeReader?.();
        wakeReader = undefined;
        yield out;
      }
      if (inputError !== undefined) throw inputError;
    } finally {
      // the reader notices at its next task; a read that is still pending ends when the caller aborts its input
      stopped = true;
      wakeReader?.();
      void reader;
    }
  }

  /** Stops the workers. */
  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.members.map((m) => m.worker.terminate()));
  }

  private submit(task: T): Slot<R> {
    let resolve!: (r: R) => void;
    const slot: Slot<R> = { promise: new Promise<R>((r) => (resolve = r)), resolve };
    // the least busy worker takes it
    let m = this.members[0]!;
    for (const x of this.members) if (x.pending.size < m.pending.size) m = x;
    const seq = this.seq++;
    m.pending.set(seq, { task, slot });
    // copied, not transferred: a task may have to be sent again if its worker dies
    m.worker.postMessage({ seq, task });
    return slot;
  }

  private spawn(): Member<T, R> {
    const member: Member<T, R> = { worker: this.opts.create(), pending: new Map() };
    member.worker.on("message", (msg: { seq: number; out?: R; fail?: string }) => {
      const p = member.pending.get(msg.seq);
      if (!p) return;
      member.pending.delete(msg.seq);
      p.slot.resolve(msg.fail !== undefined ? this.opts.onFail(p.task, msg.fail) : msg.out!);
    });
    const lost = (why: string) => {
      const i = this.members.indexOf(member);
      if (this.closed || i < 0) return;
      // The worker died. A worker runs its tasks one at a time, in the order sent, so the oldest
      // pending task is the one that killed it: that one fails in place; a new worker takes the
      // seat and the others are sent to it again.
      const [first, ...rest] = member.pending.entries();
      member.pending.clear();
      const next = (this.members[i] = this.spawn());
      if (first) first[1].slot.resolve(this.opts.onFail(first[1].task, why));
      for (const [seq, p] of rest) {
        next.pending.set(seq, p);
        next.worker.postMessage({ seq, task: p.task });
      }
    };
    member.worker.on("error", (e) => lost(`a worker thread failed: ${e.message}`));
    member.worker.on("exit", (code) => lost(`a worker thread stopped (exit code ${code})`));
    return member;
  }
}
