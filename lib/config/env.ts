// Every setting the server reads, checked once with zod so a bad or missing value fails at start
// with a message that names it, instead of somewhere deep in a request.
import { z } from "zod";
import { parseStorageUrl } from "@/lib/uploads/storage-url";
import { parseTrustedProxies } from "@/lib/security/trusted-proxies";

const optionalString = z
  .string()
  .trim()
  .transform((value) => (value === "" ? undefined : value))
  .optional();

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  DATABASE_URL: optionalString.pipe(
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgresql:// URL")
      .optional(),
  ),
  PGLITE_DIR: z.string().default(".data/pglite"),
  /** Seed demo data into an empty embedded database on first start. */
  SEED_ON_FIRST_START: z
    .enum(["true", "false"])
    .default("true")
    .transform((v) => v === "true"),
  SEED_FIRMS: z.coerce.number().int().min(0).max(100_000).default(600),
  UPLOAD_DIR: z.string().default(".data/uploads"),
  /** An S3-compatible bucket for uploaded files (lib/uploads/storage-url.ts); unset: UPLOAD_DIR. */
  STORAGE_URL: optionalString.pipe(
    z
      .string()
      .refine((value) => {
        try {
          parseStorageUrl(value);
          return true;
        } catch {
          return false;
        }
      }, "STORAGE_URL must be s3://bucket[/prefix] or https://key:secret@host/bucket[/prefix]")
      .optional(),
  ),
  /** Bearer token for /api/metrics (Prometheus); unset: the endpoint answers 404. */
  METRICS_TOKEN: optionalString.pipe(z.string().min(16, "METRICS_TOKEN must be at least 16 characters").optional()),
  /** Run the scheduled tasks (expiry, digests, reminders) in this app instance. */
  QUEUE_WORKERS: z
    .enum(["true", "false"])
    .default("true")
    .transform((v) => v === "true"),
  // ── Accounts and sessions (lib/auth) ──
  /** Signs session tokens; required in production (32+ characters). Dev: generated under .data/. */
  NEXTAUTH_SECRET: optionalString.pipe(z.string().min(32, "NEXTAUTH_SECRET must be at least 32 characters").optional()),
  /** The public URL of the app, e.g. https://kyodo.example.jp; required in production. */
  NEXTAUTH_URL: optionalString.pipe(z.url("NEXTAUTH_URL must be a URL").optional()),
  /** smtp(s)://user:pass@host:port; without it, mails are written to the server log. */
  SMTP_URL: optionalString.pipe(z.string().regex(/^smtps?:\/\//, "SMTP_URL must be an smtp:// or smtps:// URL").optional()),
  MAIL_FROM: z.string().default("共同受注プラットフォーム <no-reply@kyodo.localhost>"),
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(30),
  SESSION_MAX_HOURS: z.coerce.number().int().min(1).max(24 * 30).default(12),
  LOGIN_MAX_FAILURES: z.coerce.number().int().min(3).max(100).default(5),
  LOGIN_MAX_FAILURES_PER_IP: z.coerce.number().int().min(5).max(1000).default(20),
  LOGIN_WINDOW_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(15),
  /** New inquiry threads one user may start with firms in 24 hours (abuse protection, lib/inquiries). */
  INQUIRY_MAX_NEW_PER_DAY: z.coerce.number().int().min(1).max(1000).default(10),
  /** Reverse proxies (addresses or CIDRs) whose X-Forwarded-For/-Host/-Proto are believed;
   *  from anyone else those headers are dropped (lib/security/forwarded-headers.ts). */
  TRUSTED_PROXIES: optionalString.superRefine((value, ctx) => {
    try {
      parseTrustedProxies(value);
    } catch (error) {
      ctx.addIssue({ code: "custom", message: (error as Error).message });
    }
  }),
  /** Optional OpenID Connect provider (e.g. a federation's own identity provider). */
  OIDC_ISSUER: optionalString.pipe(z.url("OIDC_ISSUER must be a URL").optional()),
  OIDC_CLIENT_ID: optionalString,
  OIDC_CLIENT_SECRET: optionalString,
  OIDC_NAME: z.string().default("SSO"),
}).superRefine((value, ctx) => {
  if (value.NODE_ENV === "production" && !value.NEXTAUTH_SECRET) {
    ctx.addIssue({ code: "custom", path: ["NEXTAUTH_SECRET"], message: "NEXTAUTH_SECRET is required in production" });
  }
  const oidc = [value.OIDC_ISSUER, value.OIDC_CLIENT_ID, value.OIDC_CLIENT_SECRET].filter(Boolean).length;
  if (oidc !== 0 && oidc !== 3) {
    ctx.addIssue({ code: "custom", path: ["OIDC_ISSUER"], message: "set OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET together" });
  }
});

export type Env = z.infer<typeof envSchema>;

let cached: Env | undefined;

export function env(): Env {
  if (cached) return cached;
  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`).join("\n");
    throw new Error(`Invalid configuration:\n${problems}`);
  }
  cached = parsed.data;
  return cached;
}
