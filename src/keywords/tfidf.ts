// Keywords by TF-IDF over a batch of articles, on Vietnamese terms (see terms.ts).
//
// Why our own and not `natural`'s TfIdf: natural 8 works with a custom tokenizer, but its default
// tokenizer strips Vietnamese diacritics ("hòa" = "hoa" = "họa"), loading it prints dotenv lines on
// stdout (which would corrupt JSONL output), and it installs 77 MB (mongoose, pg, redis). The part
// we need is a map of document frequencies and one formula, below.
//
// Memory: the document frequencies of the whole batch are held while it runs, one entry per
// distinct term: measured on 3 693 news articles (11 M characters), 94 000 terms in 7.5 MB of
// heap, 29 000 terms in 3 MB once the terms of a single article are dropped. Nothing else of the
// batch is kept, so `baochi batch --keywords` reads its input twice instead of holding it.
import type { Keyword } from "../schema/article.js";
import type { TermCounts } from "./terms.js";

/**
 * Document frequencies over a batch: in how many articles each term occurs.
 *
 * @example
 * const df = new DocumentFrequencies();
 * for (const text of texts) df.add(documentTerms(text).keys());   // pass 1: the whole batch
 * topTerms(documentTerms(texts[0]), df, 5);                        // pass 2: [{ term: "Long Bình", score: 0.42 }, …]
 */
export class DocumentFrequencies {
  /** The number of documents added. */
  docs = 0;
  readonly counts = new Map<string, number>();

  /** Counts one document's distinct terms. */
  add(keys: Iterable<string>): void {
    this.docs++;
    for (const k of keys) this.counts.set(k, (this.counts.get(k) ?? 0) + 1);
  }

  /** Drops terms of a single document (an unknown term counts as df = 1 anyway), to save memory. */
  prune(): void {
    for (const [k, n] of this.counts) if (n < 2) this.counts.delete(k);
  }

  /** Smoothed inverse document frequency: ln((1 + N) / (1 + df)) + 1, as scikit-learn does. */
  idf(key: string): number {
    return Math.log((1 + this.docs) / (1 + (this.counts.get(key) ?? 1))) + 1;
  }

  /** A plain form to send to worker threads. */
  toJSON(): { docs: number; counts: [string, number][] } {
    return { docs: this.docs, counts: [...this.counts] };
  }

  static from(data: { docs: number; counts: Iterable<[string, number]> }): DocumentFrequencies {
    const df = new DocumentFrequencies();
    df.docs = data.docs;
    for (const [k, n] of data.counts) df.counts.set(k, n);
    return df;
  }
}

/**
 * The `k` best terms of one document by TF-IDF, best first (ties: the longer term, then by term). The weight of a term is
 * (1 + ln count) × idf (sublinear term frequency, so that a long article's repetition does not
 * drown its rarer terms), divided by the length of the document's weight vector (L2), so scores
 * lie in [0, 1] and compare across articles. A term that repeats an already chosen one (inside
 * it: "Chí Minh" after "Hồ Chí Minh"; holding it; or overlapping it by two syllables: "hiệu hàng
 * đầu" after "thương hiệu hàng") is skipped, so the list does not repeat itself.
 * Scores are rounded to 4 decimals.
 *
 * @param terms the document's terms (`documentTerms(text)`)
 * @param df document frequencies over the batch, this document included
 * @param k how many terms at most
 * @example
 * const df = new DocumentFrequencies();
 * for (const t of ["Xã Tân Phú họp. Xã Tân Phú …", "Chợ nổi Cái Răng …"]) df.add(documentTerms(t).keys());
 * topTerms(documentTerms("Xã Tân Phú họp. Xã Tân Phú …"), df, 2); // [{ term: "Xã Tân Phú", score: 0.61 }, …]
 */
export function topTerms(terms: TermCounts, df: DocumentFrequencies, k: number): Keyword[] {
  if (terms.size === 0 || k <= 0) return [];
  const scored = [...terms].map(([key, t]) => ({ key, term: t.display, score: (1 + Math.log(t.count)) * df.idf(key) }));
  const norm = Math.sqrt(scored.reduce((n, s) => n + s.score * s.score, 0));
  // ties: the longer term first ("tổng kết" before "kết"), then by term
  scored.sort((a, b) => b.score - a.score || b.key.length - a.key.length || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const chosen: typeof scored = [];
  for (const s of scored) {
    if (chosen.length >= k) break;
    if (chosen.some((c) => overlaps(c.key, s.key))) continue;
    chosen.push(s);
  }
  return chosen.map((c) => ({ term: c.term, score: Math.round((c.score / norm) * 1e4) / 1e4 }));
}

/**
 * True when one term holds the other, or one ends with two syllables the other begins with
 * ("thương hiệu hàng" / "hiệu hàng đầu"); one shared syllable is allowed ("kinh doanh" / "doanh nghiệp").
 */
function overlaps(a: string, b: string): boolean {
  const x = a.split(" ");
  const y = b.split(" ");
  const joins = (p: string[], q: string[]) => {
    for (let n = 2; n <= Math.min(p.length, q.length); n++) if (p.slice(p.length - n).join(" ") === q.slice(0, n).join(" ")) return true;
    return false;
  };
  return ` ${a} `.includes(` ${b} `) || ` ${b} `.includes(` ${a} `) || joins(x, y) || joins(y, x);
}
