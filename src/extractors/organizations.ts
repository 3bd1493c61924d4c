// Organisations: a head and what follows it (people/org-phrase.ts), or a whole name, once each with
// every mention. Aliases fold to one entry named with the canonical head: "UBND tỉnh Tiền Giang" and
// "Ủy ban nhân dân tỉnh Tiền Giang" are both "Ủy ban nhân dân tỉnh Tiền Giang"; "TP" and "thành phố"
// in the place agree too. The kind comes from the head or, for a generic head, from the field
// ("Phòng Cảnh sát giao thông" → police). An acronym in brackets after an organisation
// ("Ngân hàng Nhà nước (NHNN)") is a later name of it.
import type { Organization, Span } from "../schema/article.js";
import { defineExtractor, type Doc, type Findings } from "./types.js";
import { markSpans, sentencesOf } from "./people/context.js";
import { readOrg, text, type OrgPhrase } from "./people/org-phrase.js";
import { readTeam } from "./orgs/teams.js";
import { isGeneric, namesAProduct, namesAnEvent } from "./orgs/not-orgs.js";
import type { Tok } from "./people/tokens.js";
import { fold } from "../text/fold.js";

// UBND TP Đà Nẵng · UBND Tp. Đà Nẵng · UBND thành phố Đà Nẵng: one key (on folded text, where the
// tone mark of "thành" sits at the end of the syllable)
const CITY_WORDS = fold("thành phố");
const CITY = new RegExp(String.raw`(^|\s)(?:tp\.?|${CITY_WORDS})(?=\s|$)\s*`, "gu");

/**
 * The key two spellings of one organisation share.
 * @example orgKey("UBND TP Đà Nẵng") === orgKey("UBND thành phố Đà Nẵng") // true
 */
export function orgKey(name: string): string {
  let key = KEYS.get(name);
  if (key === undefined) {
    if (KEYS.size >= MAX_KEYS) KEYS.clear();
    key = fold(name).replace(CITY, `$1${CITY_WORDS} `).replace(/\s+/g, " ").trim();
    KEYS.set(name, key);
  }
  return key;
}

// the same names come back in every article (Bộ Y tế, UBND tỉnh …); bounded for hostile input
const KEYS = new Map<string, string>();
const MAX_KEYS = 20_000;

// (PVN) · (NHNN) · (VKS) · (GD&ĐT): an acronym in brackets
const ACRONYM = /^[\p{Lu}][\p{Lu}\p{N}&-]{1,9}$/u;

/** The acronym in brackets right after an organisation, or null. */
function bracketed(toks: readonly Tok[], k: number): string | null {
  if (toks[k]?.t !== "(" || toks[k + 2]?.t !== ")") return null;
  const t = toks[k + 1]!;
  return t.word && ACRONYM.test(t.t) ? t.t : null;
}

/**
 * Finds the organisations of an article.
 * @example
 * // "Đảng ủy xã Long Bình (huyện Gò Công Tây, tỉnh Tiền Giang) … UBND xã …"
 * // → [{ name: "Đảng ủy xã Long Bình", kind: "party", mentions: [ … ] }]
 */
export const organizations = defineExtractor({
  name: "organizations",
  run(doc: Doc, found: Readonly<Findings>): Organization[] {
    const sents = sentencesOf(doc);
    const loc = markSpans(sents, found.locations.flatMap((l) => l.mentions));
    const byKey = new Map<string, { org: Organization; seen: Set<number> }>();
    const aliases = new Map<string, { org: Organization; seen: Set<number> }>();
    sents.forEach((st, si) => {
      if (st.allCaps) return;
      const env = { st, loc: loc[si]! };
      const toks = st.toks;
      for (let i = 0; i < toks.length; ) {
        const team = readTeam(env, i);
        const p: OrgPhrase | null = team
          ? { start: i, end: team.end, headEnd: i, nameEnd: team.end, canonical: team.name, kind: "other" }
          : readOrg(env, i);
        if (!p || namesAnEvent(toks, p.end) || namesAProduct(toks, p) || isGeneric(toks, p)) {
          i = p ? p.end : i + 1;
          continue;
        }
        const rest = p.end > p.nameEnd ? text(toks, p.nameEnd, p.end) : "";
        const name = rest ? `${p.canonical} ${rest}` : p.canonical;
        const key = orgKey(name);
        const span: Span = doc.span(toks[p.start]!.s, toks[p.end - 1]!.e);
        let entry = byKey.get(key);
        if (!entry) {
          entry = { org: { name, kind: p.kind, mentions: [] }, seen: new Set() };
          byKey.set(key, entry);
        }
        if (!entry.seen.has(span.start)) {
          entry.seen.add(span.start);
          entry.org.mentions.push(span);
        }
        const short = bracketed(toks, p.end);
        if (short && !aliases.has(short)) aliases.set(short, entry);
        i = p.end;
      }
    });
    // "Tập đoàn Dầu khí Việt Nam (PVN)": the short form in brackets names the same organisation
    // wherever it stands alone later
    if (aliases.size > 0) {
      sents.forEach((st, si) => {
        const toks = st.toks;
        for (let i = 0; i < toks.length; i++) {
          const entry = aliases.get(toks[i]!.t);
          if (!entry || loc[si]!.inside[i] || (toks[i - 1]?.word && toks[i - 1]!.cap) || (toks[i + 1]?.word && toks[i + 1]!.cap && !toks[i + 1]!.glued)) continue;
          if (toks[i]!.glued && toks[i - 1]?.word) continue;
          const span = doc.span(toks[i]!.s, toks[i]!.e);
          if (entry.seen.has(span.start)) continue;
          entry.seen.add(span.start);
          entry.org.mentions.push(span);
        }
      });
      for (const e of byKey.values()) e.org.mentions.sort((a, b) => a.start - b.start);
    }
    return [...byKey.values()].map((e) => e.org);
  },
});
