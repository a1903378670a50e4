// Prisma CLI configuration. The app itself never reads this: it builds its client with a driver
// adapter (lib/db/client.ts). DATABASE_URL is only needed by `prisma migrate deploy` on a machine
// that has Prisma's schema engine; `npm run db:migrate` applies the same SQL without it.
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres" },
});
