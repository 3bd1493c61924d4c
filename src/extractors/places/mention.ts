// A place mention and how overlapping mentions are settled.
import type { LocationLevel } from "../../schema/article.js";
import type { Unit } from "../../lexicon/gazetteer.js";

/** One place mention, in normalized offsets. */
export interface PlaceMention {
  /** the whole mention, prefix included */
  start: number;
  end: number;
  /** the name without its prefix, as written (spaces squashed): "Gò Công Tây", "1", "TP.HCM" */
  name: string;
  /** what mentions of one place share: placeKey of the canonical name ("hồ chí minh" for TP.HCM) */
  key: string;
  level: LocationLevel;
  /** the gazetteer units the name may be (both structures), before the article's context decides */
  units: readonly Unit[];
  rule: "prefix" | "bare" | "phrase";
  /**
   * written inside a longer name, which the mention goes to `inNames` for: a club's ("giúp Quảng Nam
   * giành chiến thắng" in a football report), a site's ("sân bay Đà Nẵng", "chợ Đồng Xuân").
   * Every mention is made with it (false): one set later would give the mentions a second shape.
   */
  inName: boolean;
}

const RANK: Record<PlaceMention["rule"], number> = { phrase: 0, prefix: 1, bare: 2 };

/** Keeps the earliest, then longest, then phrase > prefix > bare; drops what overlaps a kept one (sorts `found`, and may return it). */
export function settle(found: PlaceMention[]): PlaceMention[] {
  if (found.length < 2) return found; // most sentences name no place: nothing to sort or drop
  found.sort((a, b) => a.start - b.start || b.end - a.end || RANK[a.rule] - RANK[b.rule]);
  const out: PlaceMention[] = [];
  let reach = -1;
  for (const f of found) {
    if (f.start < reach) continue;
    out.push(f);
    reach = f.end;
  }
  return out;
}
