import { z } from 'zod';

/** `https://host:port` exactly: no path, no wildcard, no trailing slash. */
function isBareOrigin(value: string): boolean {
  try {
    return /^https?:$/.test(new URL(value).protocol) && new URL(value).origin === value;
  } catch {
    return false;
  }
}

/**
 * The only place that reads process.env. Everything else receives an `Env` so tests can build
 * servers with their own settings (a scratch database, a low bcrypt cost) side by side.
 */
const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  /** `mysql://user:pass@host:3306/db` for MySQL/MariaDB (`mariadb://` skips detection); absent → SQLite */
  DATABASE_URL: z
    .string()
    .url()
    .refine((url) => /^(mysql|mariadb):\/\//.test(url), { message: 'DATABASE_URL must be mysql://…' })
    .optional(),
  SQLITE_PATH: z.string().min(1).default('./data/govtrust.sqlite'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  SESSION_TTL_HOURS: z.coerce.number().positive().default(12),
  EVIDENCE_DIR: z.string().min(1).default('./data/evidence'),
  MAX_UPLOAD_MB: z.coerce.number().positive().default(20),
  /** where evidence blobs live: `local` (EVIDENCE_DIR) or an S3-compatible bucket (S3_*) */
  EVIDENCE_STORAGE: z.enum(['local', 's3']).default('local'),
  /** absent → AWS itself; MinIO / 阿里云 OSS (S3 mode) / Ceph need their URL */
  S3_ENDPOINT: z.string().url().optional(),
  S3_REGION: z.string().min(1).default('us-east-1'),
  S3_BUCKET: z.string().min(1).optional(),
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  S3_FORCE_PATH_STYLE: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
  /** bcrypt cost; defaults to 12 in production and 10 elsewhere, tests lower it for speed */
  BCRYPT_ROUNDS: z.coerce.number().int().min(4).max(15).optional(),
  /** failed logins per client address in LOGIN_WINDOW_MINUTES before RATE_LIMITED */
  LOGIN_IP_LIMIT: z.coerce.number().int().positive().default(30),
  LOGIN_WINDOW_MINUTES: z.coerce.number().positive().default(15),
  /** express `trust proxy`: 'true', a hop count or a subnet list, when behind a reverse proxy (client IPs for throttling and audit) */
  TRUST_PROXY: z.string().default('false'),
  /**
   * comma-separated origins (https://host:port) whose browser pages may call the API; empty → the
   * console and portal served by the API itself only
   */
  CORS_ORIGINS: z
    .string()
    .default('')
    .transform((value) =>
      value
        .split(',')
        .map((origin) => origin.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.string().refine(isBareOrigin, { message: '须为完整来源，如 https://gov.example.cn' }))),
  /** seed demo units and accounts when the database has no accounts */
  SEED_DEMO: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
});

/** Settings that only make sense together. */
const checkedEnvSchema = envSchema.superRefine((env, ctx) => {
  if (env.EVIDENCE_STORAGE !== 's3') return;
  for (const name of ['S3_BUCKET', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'] as const) {
    if (env[name]) continue;
    ctx.addIssue({ code: 'custom', path: [name], message: `EVIDENCE_STORAGE=s3 时必须设置 ${name}` });
  }
});

export type Env = z.infer<typeof envSchema> & {
  bcryptRounds: number;
  /** 'mysql' means "MySQL or MariaDB, ask the server" (see database/data-source.ts) */
  database: { type: 'mysql' | 'mariadb'; url: string } | { type: 'sqlite'; path: string };
};

export function parseEnv(source: Record<string, string | undefined> = process.env): Env {
  const result = checkedEnvSchema.safeParse(source);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`环境变量配置错误：${problems}`);
  }
  const env = result.data;
  return {
    ...env,
    bcryptRounds: env.BCRYPT_ROUNDS ?? (env.NODE_ENV === 'production' ? 12 : 10),
    database: env.DATABASE_URL
      ? { type: env.DATABASE_URL.startsWith('mariadb:') ? 'mariadb' : 'mysql', url: env.DATABASE_URL }
      : { type: 'sqlite', path: env.SQLITE_PATH },
  };
}
