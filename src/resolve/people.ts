// Mentions → people. "Bí thư … Nguyễn Thị Kim Ngọc", "đồng chí Nguyễn Thị Kim Ngọc" and "bà Ngọc"
// are one person: full names group by their words; a shorter form ("Ngọc", "Kim Ngọc", "Trump")
// joins the person whose name ends with it (a foreign name: whose name starts or ends with it),
// initials ("N.V.A") the person whose initials they are; when several people fit, the one named
// last before the mention wins, else the next one named after it.

/** What the merge needs of a mention. */
export interface MentionLike {
  /** normalized start, for ordering and nearness */
  readonly s: number;
  readonly text: string;
  /** folded words of the name */
  readonly words: readonly string[];
  readonly foreign: boolean;
  readonly initials: boolean;
}

/** One person: the mentions that name them, the fullest first. */
export interface Group<M extends MentionLike> {
  /** the fullest form as written: "Nguyễn Thị Kim Ngọc" */
  name: string;
  words: readonly string[];
  mentions: M[];
  /** where the full name itself stands (normalized starts, ascending): what short forms are near to */
  anchors: number[];
  /** a foreign name: it may also be named by its first word ("Ashraf") */
  foreign: boolean;
}

/**
 * Groups mentions into people.
 * @example
 * mergeMentions([ngocFull, dongChiNgoc, baNgoc]).length; // 1, named "Nguyễn Thị Kim Ngọc"
 */
export function mergeMentions<M extends MentionLike>(ms: readonly M[]): Group<M>[] {
  const groups: Group<M>[] = [];
  const byKey = new Map<string, Group<M>>();
  // the groups a short form may join, by the word it must share: the last word, the first word of a
  // foreign name, the first letter (initials)
  const byLast = new Map<string, Group<M>[]>();
  const byFirst = new Map<string, Group<M>[]>();
  const byLetter = new Map<string, Group<M>[]>();
  const index = (m: Map<string, Group<M>[]>, k: string, g: Group<M>): void => {
    const list = m.get(k);
    if (list) list.push(g);
    else m.set(k, [g]);
  };
  // longest names first, so that short forms find the full name they belong to
  const order = [...ms].sort((a, b) => b.words.length - a.words.length || (a.initials ? 1 : 0) - (b.initials ? 1 : 0) || a.s - b.s);
  for (const m of order) {
    const key = (m.initials ? "." : "") + m.words.join(" ");
    const same = byKey.get(key);
    if (same) {
      same.mentions.push(m);
      same.anchors.push(m.s);
      continue;
    }
    const last = m.words[m.words.length - 1] ?? "";
    const pool = m.initials
      ? (byLetter.get(m.words[0] ?? "") ?? [])
      : [...(byLast.get(last) ?? []), ...(m.words.length === 1 ? (byFirst.get(last) ?? []) : [])];
    const g = nearest(pool.filter((x) => fitsInto(m, x)), m.s);
    if (g) {
      g.mentions.push(m);
      continue;
    }
    const created: Group<M> = { name: m.text, words: m.words, mentions: [m], anchors: [m.s], foreign: m.foreign };
    groups.push(created);
    byKey.set(key, created);
    if (!m.initials) {
      index(byLast, last, created);
      if (m.foreign) index(byFirst, m.words[0]!, created);
    }
    // "N.V.A" and "A." find "Nguyễn Văn An"; "K." finds "Đ.V.K"
    index(byLetter, (m.words[0] ?? "").charAt(0), created);
    if (last.charAt(0) !== (m.words[0] ?? "").charAt(0)) index(byLetter, last.charAt(0), created);
  }
  for (const g of groups) g.mentions.sort((a, b) => a.s - b.s);
  return groups.sort((a, b) => a.mentions[0]!.s - b.mentions[0]!.s);
}

function fitsInto(m: MentionLike, g: Group<MentionLike>): boolean {
  const gw = g.words;
  const mw = m.words;
  if (mw.length >= gw.length && !(m.initials && mw.length === 1)) return false;
  // "N.V.A" of "Nguyễn Văn An"; "K." of "Đ.V.K" or of "Nguyễn Thị Khánh" (the given name's initial)
  if (m.initials) return initialsOf(gw) === mw.join("") || (mw.length === 1 && gw[gw.length - 1]!.charAt(0) === mw[0]);
  // a suffix: "ngọc", "kim ngọc" of "nguyễn thị kim ngọc"
  if (mw.every((w, i) => gw[gw.length - mw.length + i] === w)) return true;
  // a foreign name also by its first word ("Ashraf" of "Ashraf Rahmani")
  return g.foreign && mw.length === 1 && gw[0] === mw[0];
}

function initialsOf(words: readonly string[]): string {
  return words.map((w) => w.charAt(0)).join("");
}

/**
 * The group named last before `at` by its full name (its anchors), else the one named next after.
 * Anchors are pushed in text order, so a binary search finds the place of `at` in each.
 */
function nearest<M extends MentionLike>(gs: readonly Group<M>[], at: number): Group<M> | undefined {
  if (gs.length <= 1) return gs[0];
  let before: Group<M> | undefined;
  let beforeAt = -1;
  let after: Group<M> | undefined;
  let afterAt = Infinity;
  for (const g of gs) {
    const a = g.anchors;
    let lo = 0;
    let hi = a.length - 1;
    let k = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (a[mid]! < at) {
        k = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (k >= 0 && a[k]! > beforeAt) {
      beforeAt = a[k]!;
      before = g;
    }
    if (k + 1 < a.length && a[k + 1]! < afterAt) {
      afterAt = a[k + 1]!;
      after = g;
    }
  }
  return before ?? after;
}
