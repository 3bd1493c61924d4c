// Globs for INPUT arguments the shell did not expand ("corpus/**/*.txt" in quotes, or on Windows).
// Node 20 has no fs.glob (it came in Node 22), so this is a small matcher: * ? [abc] [!abc] {a,b} **.
// As in shells, * and ? do not match a leading dot.
import { readdir } from "node:fs/promises";
import { join } from "node:path";

const MAGIC = /[*?[{]/;

/** True when `s` has glob characters. */
export function isGlob(s: string): boolean {
  return MAGIC.test(s);
}

/** The regular expression of one glob (paths with "/" separators). */
export function globToRegExp(glob: string): RegExp {
  let re = "";
  let inBraces = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    const atSegmentStart = i === 0 || glob[i - 1] === "/";
    if (c === "*" && glob[i + 1] === "*" && atSegmentStart && (glob[i + 2] === "/" || i + 2 === glob.length)) {
      re += glob[i + 2] === "/" ? "(?:[^/.][^/]*/)*" : "(?:[^/.][^/]*(?:/[^/.][^/]*)*)?";
      i += glob[i + 2] === "/" ? 2 : 1;
    } else if (c === "*") re += atSegmentStart ? "(?:[^/.][^/]*)?" : "[^/]*";
    else if (c === "?") re += atSegmentStart ? "[^/.]" : "[^/]";
    else if (c === "[") {
      const close = glob.indexOf("]", i + 2);
      if (close === -1) re += "\\[";
      else {
        let body = glob.slice(i + 1, close).replace(/\\/g, "\\\\");
        if (body[0] === "!") body = "^" + body.slice(1);
        re += `[${body}]`;
        i = close;
      }
    } else if (c === "{") (inBraces++, (re += "(?:"));
    else if (c === "}" && inBraces > 0) (inBraces--, (re += ")"));
    else if (c === "," && inBraces > 0) re += "|";
    else re += c.replace(/[.+^$()|\\\]]/g, "\\$&");
  }
  return new RegExp(`^${re}$`, "u");
}

/** The files matching `glob`, sorted; paths are written as in the glob ("corpus/a/b.txt"). */
export async function expandGlob(glob: string): Promise<string[]> {
  const pattern = glob.replace(/\\/g, "/");
  const segments = pattern.split("/");
  const firstMagic = segments.findIndex((s) => isGlob(s));
  const base = segments.slice(0, firstMagic).join("/");
  const rest = segments.slice(firstMagic);
  const re = globToRegExp(rest.join("/"));
  const deep = rest.some((s) => s === "**");
  const out: string[] = [];
  const walk = async (dir: string, rel: string, depth: number): Promise<void> => {
    let entries;
    try {
      entries = await readdir(join(base || ".", dir), { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      if (e.name.startsWith(".")) continue;
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) {
        if (deep || depth + 1 < rest.length) await walk(join(dir, e.name), r, depth + 1);
      } else if (re.test(r)) out.push(base ? `${base}/${r}` : r);
    }
  };
  await walk("", "", 0);
  return out.sort();
}
