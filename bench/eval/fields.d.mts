import type { Row, Miss, Predictions } from "./types.mjs";

export interface FieldScore {
  rows: Row[];
  macroF1: number;
  misses: Record<string, Miss[]>;
  articles: number;
  missing: number;
}

export function scoreFields(
  goldRecords: readonly Record<string, unknown>[],
  predictionsById: Predictions,
  options?: { texts?: Map<string, string> | Record<string, string> },
): FieldScore;

export function articleOf(entry: unknown): any;
