// The one database client of the application. With DATABASE_URL it talks to that PostgreSQL
// through @prisma/adapter-pg; without it, to an embedded PGlite under ./.data, migrated (and,
// when empty, seeded with demo data) on first start so a new machine needs no database server.
// The client lives on globalThis so `next dev` hot reloads reuse it instead of reopening PGlite.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { Pool } from "pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/config/env";
import { errorFields, log } from "@/lib/observability/log";
import { metrics } from "@/lib/observability/metrics";
import { openEmbeddedDatabase } from "./embedded";
import { applyMigrations } from "./migrate";
import { pgliteConnection, pgPoolConnection, type DatabaseKind, type SqlConnection } from "./sql-connection";

export interface Database {
  kind: DatabaseKind;
  prisma: PrismaClient;
  sql: SqlConnection;
  /** For the writes a suggestion computation makes inside its turn (its record): connections of
   *  their own, so a turn does not wait in the pages' queue for one (decision 038). The same as
   *  `sql` on the embedded database, which has one connection. */
  turnSql: SqlConnection;
  /** The connection pool (PostgreSQL only), read by the pool metrics. */
  pool?: Pool;
  close(): Promise<void>;
}

export type FirstStartHook = (db: Database) => Promise<void>;

/** Builds a Database around an open PGlite (used for the embedded database and for tests). */
export function databaseFromPglite(pglite: ConstructorParameters<typeof PrismaPGlite>[0], close: () => Promise<void>): Database {
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
  const sql = pgliteConnection(pglite);
  return {
    kind: "pglite",
    prisma,
    sql,
    turnSql: sql,
    async close() {
      await prisma.$disconnect();
      await close();
    },
  };
}

const TURN_CONNECTIONS = 4;

function openPool(url: string, max: number): Pool {
  // JIT off: our queries are short, and on the 10,000-firm seed PostgreSQL spent more time
  // compiling them (280 ms of a 680 ms dashboard query; 2 s of a view refresh) than running them.
  const pool = new Pool({ connectionString: url, max, options: "-c jit=off" });
  // Without a listener, an idle client's error (e.g. the server restarting) crashes Node.
  pool.on("error", (error) => log.warn({ component: "db", ...errorFields(error) }, "idle PostgreSQL connection dropped"));
  return pool;
}

export function databaseFromUrl(url: string): Database {
  const pool = openPool(url, Number(process.env.DATABASE_POOL_SIZE ?? 10));
  // A few: the computations' turns (lib/matching-service) hold one each, three at once by default
  // on two cores; with more at once (MATCHING_AT_ONCE, more cores) the rest wait for one here.
  const turnPool = openPool(url, TURN_CONNECTIONS);
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
  return {
    kind: "postgresql",
    prisma,
    sql: pgPoolConnection(pool),
    turnSql: pgPoolConnection(turnPool),
    pool,
    async close() {
      await prisma.$disconnect();
      await Promise.all([pool.end(), turnPool.end()]);
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
