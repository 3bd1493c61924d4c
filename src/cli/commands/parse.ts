import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { parseArticle } from "../../parse.js";
import { type CliIO, UsageError, readAll, write } from "../io.js";
import { fieldsOption, inputFormatOption } from "../batch/options.js";

export const PARSE_HELP = `baochi parse [FILE|-] [--pretty]

Reads one article (plain text or an HTML page; UTF-8, or a page in the charset it declares) from
FILE or standard input and prints its Article as JSON.
  --pretty        indent the JSON
  --fields LIST   read only these Article fields (comma-separated: dates, documents, figures,
                  locations, organizations, people, quotes); the others are empty
  --no-language   skip language detection
  --input-format F  auto (default: HTML when the input starts as HTML does, with the warning
                  "read-as-html"), text, or html (article.text is then the page's text)
`;

export async function parseCommand(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { pretty: { type: "boolean" }, fields: { type: "string" }, "no-language": { type: "boolean" }, "input-format": { type: "string" }, help: { type: "boolean", short: "h" } },
    allowPositionals: true,
    strict: true,
  });
  if (values.help) {
    await write(io.stdout, PARSE_HELP);
    return 0;
  }
  if (positionals.length > 1) throw new UsageError("parse takes one FILE (or - for standard input)");
  const fields = fieldsOption(values.fields);
  const inputFormat = inputFormatOption(values["input-format"]);
  const file = positionals[0] ?? "-";
  let bytes: Buffer;
  try {
    bytes = file === "-" ? await readAll(io.stdin) : await readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(code === "ENOENT" ? `no such file: ${file}` : code === "EISDIR" ? `${file} is a folder (use baochi batch)` : `cannot read ${file}: ${(e as Error).message}`);
  }
  const article = parseArticle(bytes, { detectLanguage: !values["no-language"], ...(fields ? { fields } : {}), ...(inputFormat ? { inputFormat } : {}) });
  await write(io.stdout, JSON.stringify(article, null, values.pretty ? 2 : undefined) + "\n");
  return 0;
}
