// Places written inside a longer name: "Hà Nội" in "Sở Y tế Hà Nội", "Việt Nam" in "U16 Việt Nam".
// The place stays in the list (the article names it), but the mention moves from `mentions` to
// `inNames`, so that `mentions` never overlaps an organisation's span. Runs after the organizations
// extractor, whose mentions it reads.
import type { Location, Span } from "../../schema/article.js";
import { defineExtractor } from "../types.js";
import { isDigitCode } from "../../text/chars.js";

// An age-group team before the place: "U16 Việt Nam", "u23 Thái Lan", "U21 Hà Nội"
const TEAM_BEFORE = /(?:^|[^\p{L}\p{N}])[Uu]\d{2}\s+$/u;
const TEAM_SPAN = 8;

/**
 * True when an age-group team stands right before `pos` (TEAM_BEFORE on the 8 code units before
 * it), tried only when a digit is among them (most places follow a word).
 */
export function teamBefore(input: string, pos: number): boolean {
  const from = Math.max(0, pos - TEAM_SPAN);
  let digit = false;
  for (let j = pos - 1; j >= from && !digit; j--) digit = isDigitCode(input.charCodeAt(j));
  return digit && TEAM_BEFORE.test(input.slice(from, pos));
}

/** Spans sorted by start, with the running maximum of their ends, for containment queries. */
class Cover {
  private readonly starts: number[];
  private readonly maxEnd: number[];
  constructor(spans: readonly Span[]) {
    const sorted = [...spans].sort((a, b) => a.start - b.start);
    // loops, not sorted.map: one array shape in every document (see pipeline/document.ts)
    this.starts = [];
    this.maxEnd = [];
    let m = -1;
    for (const s of sorted) {
      this.starts.push(s.start);
      this.maxEnd.push((m = Math.max(m, s.end)));
    }
  }
  /** The running max end over spans starting before `pos` (strictly, or at it). */
  private reach(pos: number, inclusive: boolean): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    let k = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid]! < pos || (inclusive && this.starts[mid]! === pos)) {
        k = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return k < 0 ? -1 : this.maxEnd[k]!;
  }
  /** True when a longer span holds `s`. */
  holds(s: Span): boolean {
    return this.reach(s.start, false) >= s.end || this.reach(s.start, true) > s.end;
  }
}

/**
 * Moves each location mention that lies inside a longer organisation mention, or right after an
 * age-group team ("U16 Việt Nam"), from `mentions` to `inNames`.
 */
export function placesInNames(input: string, locations: readonly Location[], organizations: readonly Span[]): Location[] {
  const cover = new Cover(organizations);
  const inName = (m: Span): boolean => cover.holds(m) || teamBefore(input, m.start);
  return locations.map((l) => {
    // most places are in no name: their mentions are read once, and nothing new is made
    if (!l.mentions.some(inName)) return l;
    const own: Span[] = [];
    const inNames: Span[] = [];
    for (const m of l.mentions) (inName(m) ? inNames : own).push(m);
    // (a club's or a site's name, "Quảng Nam" in a football report, is already in inNames: locations.ts)
    const all = l.inNames ? [...l.inNames, ...inNames].sort((a, b) => a.start - b.start) : inNames;
    return { ...l, mentions: own, inNames: all };
  });
}

/**
 * The refinement as an extractor of "locations" that runs last: copy it into your list after
 * `organizations` when you build your own.
 */
export const locationsInNames = defineExtractor({
  name: "locations",
  reads: ["locations", "organizations"],
  run(doc, found) {
    return placesInNames(doc.input, found.locations, found.organizations.flatMap((o) => o.mentions));
  },
});
