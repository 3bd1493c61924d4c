import type { Row, Miss, Predictions, Span } from "./types.mjs";

export type Entity = { start: number; end: number; type: string; text?: string; depth?: number };
export type GoldSentence = { id: string; text: string; entities: Entity[] };

export interface NerScore {
  rows: Row[];
  macroF1: number;
  misses: Record<string, Miss[]>;
  articles: number;
  sentences: number;
  unlocated: number;
  missing: number;
  textMismatch: number;
}

export const TYPES: readonly ["PERSON", "LOCATION", "ORGANIZATION"];
export function articleIdOf(id: string): string;
export function locateSentences(
  goldSentences: readonly GoldSentence[],
  textOf: (id: string) => string | undefined,
): { located: { aid: string; offset: number; text: string; entities: Entity[] }[]; unlocated: number };
export function predictedSpans(article: unknown, type: string): Span[];
export function scoreNer(
  goldSentences: readonly GoldSentence[],
  articlesById: Map<string, string | { text: string }> | Record<string, string | { text: string }>,
  predictionsById: Predictions,
): NerScore;
