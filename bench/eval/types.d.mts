// Types of the evaluation modules, for TypeScript callers (the tests); the modules are plain .mjs.

export type Span = { start: number; end: number };

export interface Row {
  field: string;
  gold: number;
  pred: number;
  tp: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface Miss {
  id: string;
  kind: "missed" | "spurious";
  key: string;
  sentence?: string;
  span?: Span;
  sentenceSpan?: Span;
  note?: string;
}

/** id → Article (or a `{ id, article }` / `{ id, error }` batch line); null or absent = no output. */
export type Predictions = Map<string, unknown> | Record<string, unknown>;
