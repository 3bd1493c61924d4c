// Reads the lines of `node --trace-opt --trace-deopt` (V8 11, Node 20) for the bench: how much the
// optimizing compiler did in one process, and why it dropped optimized code.
import { round } from "./stats.mjs";

/**
 * What V8's `--trace-opt --trace-deopt` lines of one process tell: each "completed compiling …
 * (target TURBOFAN) - took A, B, C ms" is one optimizing compile of the function with that shared
 * function info (sfi), a second one of the same function a recompile; each "bailout (kind: …, reason:
 * …)" is one deoptimization.
 * @param {string} trace
 */
export function readCompilerTrace(trace) {
  const seen = new Map();
  let compiles = 0;
  let recompiles = 0;
  let ms = 0;
  let recompileMs = 0;
  const reasons = new Map();
  let deopts = 0;
  for (const line of trace.split("\n")) {
    if (line.startsWith("[completed compiling") && line.includes("TURBOFAN")) {
      const sfi = /sfi = (0x[0-9a-f]+)/.exec(line)?.[1] ?? line;
      const took = /took ([\d.]+), ([\d.]+), ([\d.]+) ms/.exec(line);
      const t = took ? Number(took[1]) + Number(took[2]) + Number(took[3]) : 0;
      const n = (seen.get(sfi) ?? 0) + 1;
      seen.set(sfi, n);
      compiles++;
      ms += t;
      if (n > 1) {
        recompiles++;
        recompileMs += t;
      }
    } else if (line.startsWith("[bailout (kind:")) {
      deopts++;
      // "wrong map", "out of bounds", "Insufficient type feedback for call" …: the feedback kinds as one
      const reason = (/reason: (.*?)\): begin/.exec(line)?.[1] ?? "?").replace(/^Insufficient type feedback.*/, "insufficient type feedback");
      reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
    }
  }
  return {
    compiles,
    functions: seen.size,
    recompiles,
    compilerSeconds: round(ms / 1e3, 4),
    recompileSeconds: round(recompileMs / 1e3, 4),
    deopts,
    deoptReasons: [...reasons].sort((a, b) => b[1] - a[1]).map(([reason, count]) => ({ reason, count })),
  };
}
