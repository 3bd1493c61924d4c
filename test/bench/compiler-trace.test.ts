import { describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { readCompilerTrace } from "../../bench/lib/compiler-trace.mjs";

// a function optimized, dropped when it meets an object of another shape, and optimized again
const PROGRAM = `
function f(o) { return o.x; }
%PrepareFunctionForOptimization(f);
f({ x: 1 }); f({ x: 2 });
%OptimizeFunctionOnNextCall(f);
f({ x: 3 });
f({ y: 1, x: 2 });
%PrepareFunctionForOptimization(f);
f({ x: 1 });
%OptimizeFunctionOnNextCall(f);
f({ x: 1 });
`;

describe("readCompilerTrace", () => {
  it("reads this Node's own trace: one compile, one deoptimization for a wrong map, one recompile", () => {
    const trace = execFileSync(process.execPath, ["--allow-natives-syntax", "--single-threaded", "--trace-opt", "--trace-deopt", "-e", PROGRAM], { encoding: "utf8" });
    const c = readCompilerTrace(trace);
    expect(c).toMatchObject({ compiles: 2, functions: 1, recompiles: 1, deopts: 1, deoptReasons: [{ reason: "wrong map", count: 1 }] });
    expect(c.compilerSeconds).toBeGreaterThan(0);
    expect(c.recompileSeconds).toBeLessThanOrEqual(c.compilerSeconds);
  });

  it("adds up the compiler's times, tells functions apart by their sfi, and groups the feedback reasons", () => {
    const lines = [
      "[marking 0x1 <JSFunction a (sfi = 0xa1)> for optimization to TURBOFAN, ConcurrencyMode::kConcurrent, reason: hot and stable]",
      "[completed compiling 0x1 <JSFunction a (sfi = 0xa1)> (target TURBOFAN) - took 0.100, 20.000, 0.400 ms]",
      "[completed compiling 0x2 <JSFunction (sfi = 0xb2)> (target TURBOFAN) - took 0.000, 9.500, 0.000 ms]",
      "[bailout (kind: deopt-eager, reason: Insufficient type feedback for call): begin. deoptimizing 0x1 <JSFunction a (sfi = 0xa1)>, …]",
      "[bailout end. took 0.5 ms]",
      "[bailout (kind: deopt-soft, reason: Insufficient type feedback for generic named access): begin. deoptimizing 0x2 <JSFunction (sfi = 0xb2)>, …]",
      "[bailout (kind: deopt-eager, reason: out of bounds): begin. deoptimizing 0x1 <JSFunction a (sfi = 0xa1)>, …]",
      "[completed compiling 0x1 <JSFunction a (sfi = 0xa1)> (target TURBOFAN) - took 0.000, 30.000, 0.000 ms]",
      "[bailout (kind: deopt-eager, reason: (unknown)): begin. deoptimizing 0x1 <JSFunction a (sfi = 0xa1)>, …]",
      "[completed compiling 0x1 <JSFunction a (sfi = 0xa1)> (target MAGLEV) - took 0.000, 1.000, 0.000 ms]",
    ];
    expect(readCompilerTrace(lines.join("\n"))).toEqual({
      compiles: 3,
      functions: 2,
      recompiles: 1,
      compilerSeconds: 0.06,
      recompileSeconds: 0.03,
      deopts: 4,
      deoptReasons: [
        { reason: "insufficient type feedback", count: 2 },
        { reason: "out of bounds", count: 1 },
        { reason: "(unknown)", count: 1 },
      ],
    });
  });

  it("reads nothing from a trace with no compiles", () => {
    expect(readCompilerTrace("done\n")).toEqual({ compiles: 0, functions: 0, recompiles: 0, compilerSeconds: 0, recompileSeconds: 0, deopts: 0, deoptReasons: [] });
  });
});
