// Reading the summary that valgrind's cachegrind prints on standard error when a process ends:
//   ==4376== I   refs:      36,802,778,601
//   ==4376== D1  misses:      303,789,741  (  239,678,882 rd   +  64,110,859 wr)
//   ==4376== LL misses:         4,280,119  (      307,788 rd   +   3,972,331 wr)
// (the D1 and LL lines come with --cache-sim=yes). The counts are of the whole process: the
// difference of two runs that differ in one thing is what that thing costs.

/** @typedef {{ instructions: number, d1Misses: number | null, llMisses: number | null }} CachegrindCounts */

/**
 * The counts one cachegrind run printed, from its standard error.
 * @param {string} stderr
 * @returns {CachegrindCounts}
 */
export function readCachegrindSummary(stderr) {
  const count = (label) => {
    const m = new RegExp(`^==\\d+==\\s+${label}:\\s+([\\d,]+)`, "m").exec(stderr);
    return m ? Number(m[1].replaceAll(",", "")) : null;
  };
  const instructions = count("I\\s+refs");
  if (instructions === null) throw new Error("no cachegrind summary (an \"I refs\" line) in the output");
  return { instructions, d1Misses: count("D1\\s+misses"), llMisses: count("LL\\s+misses") };
}

/**
 * `a - b`, count by count: what the run `a` did beyond the run `b` (null where either lacks a count).
 * @param {CachegrindCounts} a
 * @param {CachegrindCounts} b
 * @returns {CachegrindCounts}
 */
export function countsMinus(a, b) {
  const minus = (x, y) => (x === null || y === null ? null : x - y);
  return { instructions: a.instructions - b.instructions, d1Misses: minus(a.d1Misses, b.d1Misses), llMisses: minus(a.llMisses, b.llMisses) };
}
