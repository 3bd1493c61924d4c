// Option values shared by `baochi batch` and `baochi stats`, checked into usage errors.
import { availableParallelism } from "node:os";
import { UsageError } from "../io.js";
import { DEFAULT_MAX_BYTES } from "../../batch/record.js";
import { FINDING_KEYS, type FindingKey } from "../../extractors/types.js";

/** Below this much known input, the default is the main thread: starting workers would cost more. */
export const SMALL_INPUT_BYTES = 1_000_000;

/**
 * --jobs N: a whole number from 1 to 256. Default: the number of cores, or 1 (the main thread)
 * when the input is files of less than 1 MB in all (`knownBytes`), where starting worker threads,
 * each loading baochi's lexicons, takes longer than the work.
 */
export function jobsOption(v: string | undefined, knownBytes: number | null = null): number {
  if (v === undefined) return knownBytes !== null && knownBytes < SMALL_INPUT_BYTES ? 1 : Math.max(1, availableParallelism());
  const n = Number(v);
  if (!/^\d+$/.test(v) || n < 1 || n > 256) throw new UsageError(`--jobs takes a number of threads from 1 to 256, not "${v}"`);
  return n;
}

/** --max-bytes N: bytes, with an optional k/M suffix (powers of 1000): 500k, 10M. */
export function bytesOption(v: string | undefined): number {
  if (v === undefined) return DEFAULT_MAX_BYTES;
  const m = /^(\d+(?:\.\d+)?)\s*([kKmM]?)[bB]?$/.exec(v.trim());
  const n = m ? Number(m[1]) * (m[2] === "" ? 1 : /k/i.test(m[2]!) ? 1e3 : 1e6) : NaN;
  if (!(n >= 1)) throw new UsageError(`--max-bytes takes a size in bytes such as 500000, 500k or 10M, not "${v}"`);
  return Math.floor(n);
}

/** A whole number option (--keywords K, --top N). */
export function countOption(name: string, v: string | undefined, fallback: number, max = 1000): number {
  if (v === undefined) return fallback;
  const n = Number(v);
  if (!/^\d+$/.test(v) || n < 1 || n > max) throw new UsageError(`${name} takes a number from 1 to ${max}, not "${v}"`);
  return n;
}

/** One of a fixed list. */
export function choiceOption<T extends string>(name: string, v: string | undefined, choices: readonly T[]): T | undefined {
  if (v === undefined) return undefined;
  if (!(choices as readonly string[]).includes(v)) throw new UsageError(`${name} takes one of ${choices.join(", ")}, not "${v}"`);
  return v as T;
}

/** --fields LIST: Article fields, comma-separated ("figures,documents"), each at most once. */
export function fieldsOption(v: string | undefined): FindingKey[] | undefined {
  if (v === undefined) return undefined;
  const names = v.split(",").map((s) => s.trim());
  const bad = names.find((n) => !(FINDING_KEYS as readonly string[]).includes(n));
  if (bad !== undefined || names.length === 0) {
    throw new UsageError(`--fields takes Article fields separated by commas (${FINDING_KEYS.join(", ")}), not "${bad ?? v}"`);
  }
  return [...new Set(names)] as FindingKey[];
}

/** --input-format auto|text|html: what the articles are (ParseOptions.inputFormat); default auto. */
export function inputFormatOption(v: string | undefined): "auto" | "text" | "html" | undefined {
  return choiceOption("--input-format", v, ["auto", "text", "html"] as const);
}
