// A PostgreSQL connection pool as the app opens one: the request thread's (lib/db/client.ts) and
// each composer thread's own (lib/matching-pool/worker.ts, bundled apart, hence the default import).
import pg from "pg";

export function openPgPool(url: string, max: number, onIdleError: (error: Error) => void): pg.Pool {
  // JIT off: our queries are short, and on the 10,000-firm seed PostgreSQL spent more time
  // compiling them (280 ms of a 680 ms dashboard query; 2 s of a view refresh) than running them.
  const pool = new pg.Pool({ connectionString: url, max, options: "-c jit=off" });
  // Without a listener, an idle client's error (e.g. the server restarting) crashes Node.
  pool.on("error", onIdleError);
  return pool;
}
