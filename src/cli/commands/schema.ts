import { articleJsonSchema } from "../../schema/json-schema.js";
import { type CliIO, write } from "../io.js";

export async function schemaCommand(_args: string[], io: CliIO): Promise<number> {
  await write(io.stdout, JSON.stringify(articleJsonSchema, null, 2) + "\n");
  return 0;
}
