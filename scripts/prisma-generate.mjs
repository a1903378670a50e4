// Generates the Prisma client without the native schema engine, which cannot be downloaded
// offline: `prisma generate` only needs PRISMA_SCHEMA_ENGINE_BINARY to name an existing file.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

if (!existsSync("prisma/schema.prisma")) process.exit(0);
const env = { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: "1", CHECKPOINT_DISABLE: "1" };
env.PRISMA_SCHEMA_ENGINE_BINARY ??= process.execPath;
execFileSync("npx", ["prisma", "generate"], { stdio: "inherit", env });
