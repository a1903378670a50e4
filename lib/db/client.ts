// The one database client of the application. With DATABASE_URL it talks to that PostgreSQL
// through @prisma/adapter-pg; without it, to an embedded PGlite under ./.data, migrated (and,
// when empty, seeded with demo data) on first start so a new machine needs no database server.
// The client lives on globalThis so `next dev` hot reloads reuse it instead of reopening PGlite.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import type { Pool } from "pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/config/env";
import { errorFields, log } from "@/lib/observability/log";
import { metrics } from "@/lib/observability/metrics";
import { openEmbeddedDatabase } from "./embedded";
import { openPgPool } from "./pg-pool";
import { applyMigrations } from "./migrate";
import { pgliteConnection, pgPoolConnection, type DatabaseKind, type SqlConnection } from "./sql-connection";

export interface Database {
  kind: DatabaseKind;
  prisma: PrismaClient;
  sql: SqlConnection;
  /** The connection pool (PostgreSQL only), read by the pool metrics. */
  pool?: Pool;
  /** The server's address (PostgreSQL only), for the composer's threads, which record the
   *  computations they answer on connections of their own (lib/matching-pool/worker.ts). */
  url?: string;
  close(): Promise<void>;
}

export type FirstStartHook = (db: Database) => Promise<void>;

/** Builds a Database around an open PGlite (used for the embedded database and for tests). */
export function databaseFromPglite(pglite: ConstructorParameters<typeof PrismaPGlite>[0], close: () => Promise<void>): Database {
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
  return {
    kind: "pglite",
    prisma,
    sql: pgliteConnection(pglite),
    async close() {
      await prisma.$disconnect();
      await close();
    },
  };
}

export function databaseFromUrl(url: string): Database {
  const pool = openPgPool(url, Number(process.env.DATABASE_POOL_SIZE ?? 10), (error) => log.warn({ component: "db", ...errorFields(error) }, "idle PostgreSQL connection dropped"));
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
  return {
    kind: "postgresql",
    prisma,
    sql: pgPoolConnection(pool),
    pool,
    url,
    async close() {
      await prisma.$disconnect();
      await pool.end();
    },
  };
}

/** The configured database as it is (no migrations, no seed): for command-line scripts. */
export async function openDatabaseForScript(): Promise<Database> {
  const config = env();
  if (config.DATABASE_URL) return databaseFromUrl(config.DATABASE_URL);
  const embedded = await openEmbeddedDatabase(config.PGLITE_DIR);
  return databaseFromPglite(embedded.pglite, embedded.close);
}

async function openConfiguredDatabase(): Promise<Database> {
  const config = env();
  if (config.DATABASE_URL) {
    const db = databaseFromUrl(config.DATABASE_URL);
    metrics().pool = db.pool;
    log.info({ component: "db", host: new URL(config.DATABASE_URL).host }, "using PostgreSQL");
    return db;
  }
  const embedded = await openEmbeddedDatabase(config.PGLITE_DIR);
  const db = databaseFromPglite(embedded.pglite, embedded.close);
  const applied = await applyMigrations(db.sql);
  log.info({ component: "db", dir: config.PGLITE_DIR, appliedMigrations: applied.length }, "using embedded PostgreSQL (PGlite)");
  if (config.SEED_ON_FIRST_START && (await isEmpty(db))) {
    const { seedDemoData } = await import("@/lib/demo-data/seed-demo-data");
    log.info({ component: "db", firms: config.SEED_FIRMS }, "empty embedded database: seeding demo data");
    await seedDemoData(db, { firms: config.SEED_FIRMS });
  }
  return db;
}

async function isEmpty(db: Database): Promise<boolean> {
  const rows = await db.sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Federation"`);
  return (rows[0]?.n ?? 0) === 0;
}

const holder = globalThis as typeof globalThis & { __kjDatabase?: Promise<Database> };

/** The application's database, opened once per process. */
export function getDatabase(): Promise<Database> {
  holder.__kjDatabase ??= openConfiguredDatabase().catch((error: unknown) => {
    holder.__kjDatabase = undefined; // let the next request try again
    throw error;
  });
  return holder.__kjDatabase;
}

/** Shorthand for data-access code that only needs Prisma. */
export async function getPrisma(): Promise<PrismaClient> {
  return (await getDatabase()).prisma;
}
