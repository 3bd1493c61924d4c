// What the bench's commands share: the repository's root, paths shown relative to it, and reading
// the options (a bad option prints the usage and exits 2; --help prints it and exits 0).
import { parseArgs } from "node:util";
import { relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository's root folder. */
export const ROOT = fileURLToPath(new URL("../..", import.meta.url));

/**
 * `p` relative to the repository's root, for messages and reports ("." for the root itself).
 * @param {string} p
 */
export const rel = (p) => relative(ROOT, resolve(p)) || ".";

/**
 * The values of the command line's options (node:util parseArgs, with a `help` option added).
 * @param {string} tool the command's name, which starts its error messages
 * @param {string} usage printed with an error, or alone for --help
 * @param {import("node:util").ParseArgsConfig["options"]} options
 * @returns {Record<string, any>}
 */
export function readOptions(tool, usage, options) {
  let values;
  try {
    values = parseArgs({ options: { ...options, help: { type: "boolean", short: "h" } } }).values;
  } catch (e) {
    console.error(`${tool}: ${e instanceof Error ? e.message : e}\n${usage}`);
    process.exit(2);
  }
  if (values.help) {
    console.log(usage);
    process.exit(0);
  }
  return values;
}
