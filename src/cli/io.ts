import type { Readable, Writable } from "node:stream";

/** The streams a CLI run uses; tests pass their own. */
export interface CliIO {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable & { isTTY?: boolean };
  /**
   * Called by a command that can stop cleanly (batch, stats): from then on Ctrl-C aborts the
   * returned signal instead of killing the process (main.ts: a second Ctrl-C still kills it).
   */
  trapInterrupt?: () => AbortSignal;
}

/** A usage error: one line on stderr, exit code 2. */
export class UsageError extends Error {}

declare const __BAOCHI_VERSION__: string;
/** The package version, written in at build time. */
export const VERSION: string = typeof __BAOCHI_VERSION__ === "string" ? __BAOCHI_VERSION__ : "0.0.0-dev";

/** Reads a whole stream into one Buffer. */
export async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(typeof c === "string" ? Buffer.from(c) : (c as Buffer));
  return Buffer.concat(chunks);
}

/** Writes and waits for the stream to take it (back-pressure); resolves false when the reader has gone (EPIPE). */
export function write(out: Writable, s: string | Uint8Array): Promise<boolean> {
  return new Promise((resolve) => {
    if (out.destroyed || out.writableEnded) return resolve(false);
    const ok = out.write(s, (err) => {
      if (err) resolve(false);
    });
    if (ok) resolve(true);
    else out.once("drain", () => resolve(true));
  });
}
