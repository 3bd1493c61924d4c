import { parseArgs } from "node:util";
import { type CliIO, UsageError, write } from "../io.js";
import { knownBytes, listSources } from "../batch/inputs.js";
import { bytesOption, countOption, jobsOption } from "../batch/options.js";
import { runSession, summaryNote } from "../batch/session.js";
import { CorpusStats, FIELDS, TOP_NAMES, type TopName } from "../batch/facts.js";

export const STATS_HELP = `baochi stats INPUT… [options]

Counts over a corpus: per field, the articles that have it and its mentions; the most common
figure units, official titles, document kinds, provinces, warnings and errors. INPUT as for
baochi batch (files, folders, globs, .jsonl, - for JSONL on standard input).

Options:
  --json              the counts as one JSON object instead of a table
  --top N             values listed per ranking (default 10)
  -j, --jobs N        worker threads (default: the number of cores, or 1 for files under 1 MB)
  --max-bytes N       records larger than N bytes count as failed (default 10M)
  --no-language       skip language detection
  -q, --quiet         no progress bar, no summary line
  -h, --help          this help
Exit codes: 0 every record parsed, 1 some failed, 2 usage error, 130 interrupted.
`;

const LABELS: Record<TopName, string> = {
  units: "figure units",
  titles: "official titles",
  documentKinds: "document kinds",
  provinces: "provinces",
  warnings: "warnings",
  errors: "errors",
};

/** `baochi stats`: see STATS_HELP. */
export async function statsCommand(args: string[], io: CliIO): Promise<number> {
  const { values: v, positionals } = parseArgs({
    args,
    options: {
      json: { type: "boolean" },
      top: { type: "string" },
      jobs: { type: "string", short: "j" },
      "max-bytes": { type: "string" },
      "no-language": { type: "boolean" },
      quiet: { type: "boolean", short: "q" },
      help: { type: "boolean", short: "h" },
    },
    allowPositionals: true,
    strict: true,
  });
  if (v.help) {
    await write(io.stdout, STATS_HELP);
    return 0;
  }
  if (positionals.length === 0) throw new UsageError("stats needs at least one INPUT (a file, a folder, a glob, or - for JSONL on standard input)");
  const top = countOption("--top", v.top, 10);
  jobsOption(v.jobs);
  const maxBytes = bytesOption(v["max-bytes"]);
  const sources = await listSources(positionals);
  const jobs = jobsOption(v.jobs, knownBytes(sources));
  const stats = new CorpusStats();
  const r = await runSession({
    sources,
    config: { mode: "stats", maxBytes, parse: { detectLanguage: !v["no-language"] } },
    jobs,
    io,
    quiet: v.quiet === true,
    onOutput: async (o) => (o.facts && stats.add(o.facts), true),
  });
  const ignore = () => {};
  io.stdout.on("error", ignore);
  try {
    if (!(await write(io.stdout, v.json ? JSON.stringify(statsJson(stats, top)) + "\n" : statsTable(stats, top)))) return stats.failed ? 1 : 0;
  } finally {
    io.stdout.off("error", ignore);
  }
  if (!v.quiet) await write(io.stderr, r.progress.summary(r.counts, summaryNote(r)));
  return r.interrupted ? 130 : stats.failed ? 1 : 0;
}

/** The counts as plain data (`--json`). */
export function statsJson(s: CorpusStats, top: number) {
  return {
    records: s.records,
    parsed: s.records - s.failed,
    failed: s.failed,
    fields: Object.fromEntries(FIELDS.map((f) => [f, s.fields.get(f)!])),
    top: Object.fromEntries(TOP_NAMES.map((t) => [t, s.most(t, top).map(([value, count]) => ({ value, count }))])),
  };
}

/** The counts as aligned plain-text tables. */
export function statsTable(s: CorpusStats, top: number): string {
  const parsed = s.records - s.failed;
  const pct = (n: number) => (parsed ? `${((100 * n) / parsed).toFixed(1)}%` : "-");
  const rows = FIELDS.map((f) => {
    const e = s.fields.get(f)!;
    return [f, String(e.articles), pct(e.articles), String(e.mentions), parsed ? (e.mentions / parsed).toFixed(2) : "-"];
  });
  const parts = [
    `${s.records} records: ${parsed} parsed, ${s.failed} failed\n`,
    align([["field", "articles", "share", "mentions", "per article"], ...rows], [false, true, true, true, true]),
  ];
  for (const t of TOP_NAMES) {
    const most = s.most(t, top);
    if (most.length === 0) continue;
    parts.push(align([[LABELS[t], "count"], ...most.map(([value, n]) => [value, String(n)])], [false, true]));
  }
  return parts.join("\n");
}

/** Columns padded to their widest cell (by code points), numbers right-aligned. */
function align(rows: string[][], right: boolean[]): string {
  const width = (s: string) => [...s.normalize("NFC")].length;
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => width(r[i] ?? ""))));
  return rows
    .map((r) => r.map((c, i) => (right[i] ? " ".repeat(widths[i]! - width(c)) + c : c + " ".repeat(widths[i]! - width(c)))).join("  ").trimEnd())
    .join("\n") + "\n";
}
