/** What one process's `node --trace-opt --trace-deopt` lines tell of V8's optimizing compiler. */
export interface CompilerTrace {
  compiles: number;
  functions: number;
  recompiles: number;
  compilerSeconds: number;
  recompileSeconds: number;
  deopts: number;
  deoptReasons: { reason: string; count: number }[];
}
export function readCompilerTrace(trace: string): CompilerTrace;
