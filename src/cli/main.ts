#!/usr/bin/env node
import { run } from "./run.js";

run(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  trapInterrupt() {
    const controller = new AbortController();
    process.on("SIGINT", () => {
      if (controller.signal.aborted) process.exit(130); // a second Ctrl-C: stop now
      controller.abort();
    });
    return controller.signal;
  },
}).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`baochi: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  },
);
