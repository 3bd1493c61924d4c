// The seed article (../shared/seed/long-binh.txt) is third-party text: it is not in this repository.
// Tests that read it run where ../shared exists (CI, the developers' machines) and are skipped
// elsewhere, so `npm test` passes on a fresh clone.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const SEED_PATH = fileURLToPath(new URL("../../../shared/seed/long-binh.txt", import.meta.url));
export const hasSeed = existsSync(SEED_PATH);
