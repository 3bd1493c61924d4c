// Approximators of data/approximators.tsv: khoảng (about), hơn (over), gần (under), ít nhất (atLeast),
// tối đa (atMost), "trở lên" after the unit.
import { table } from "../../lexicon/tables.js";
import { lookupKey, wordKey } from "../lookup.js";
import { lowerCase } from "../chars.js";
import type { Approx } from "./types.js";

interface ApproxInfo {
  approx: Approx;
  place: "before" | "after";
  onlyUnit: ReadonlySet<string> | null;
}
let approxTable: Map<string, ApproxInfo> | undefined;
let approxEnds: Set<string> | undefined;
let approxAfterStarts: Set<string> | undefined;

/** The approximator a phrase is ("khoảng" → about, "trở lên" → atLeast), or undefined. */
export function approximator(phrase: string): Readonly<ApproxInfo> | undefined {
  approxTable ??= new Map(
    table("approximators").map((r) => [
      lookupKey(r.phrase!),
      { approx: r.approx as Approx, place: r.place as "before" | "after", onlyUnit: r.only_unit ? new Set(r.only_unit.split(",").map(lookupKey)) : null },
    ]),
  );
  return approxTable.get(wordKey(phrase));
}

/** True when an approximator written after the unit starts with this word ("trở" of "trở lên"). */
export function isApproxAfterStart(word: string): boolean {
  if (!approxAfterStarts) {
    approximator("");
    approxAfterStarts = new Set([...approxTable!].filter(([, v]) => v.place === "after").map(([k]) => k.split(" ")[0]!));
  }
  return approxAfterStarts.has(lowerCase(word));
}

/** True when an approximator ends with this word (a `lookupKey`): a cheap test before `approximator()`. */
export function isApproxEnd(key: string): boolean {
  if (!approxEnds) {
    approximator("");
    approxEnds = new Set([...approxTable!.keys()].map((k) => k.slice(k.lastIndexOf(" ") + 1)));
  }
  return approxEnds.has(key);
}
