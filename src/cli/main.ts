#!/usr/bin/env node
import { run } from "./run.js";

run(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`baochi: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  },
);
