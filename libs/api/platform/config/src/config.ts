import { isAbsolute, resolve } from 'node:path';
import { z } from 'zod';

const booleanFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { error: 'must be true or false' })
  .transform((value) => ['true', '1', 'yes'].includes(value));

const port = z.coerce
  .number({ error: 'must be a number' })
  .int({ error: 'must be a whole number' })
  .min(1, { error: 'must be between 1 and 65535' })
  .max(65535, { error: 'must be between 1 and 65535' });

const postgresUrl = z.string().refine(
  (value) => {
    try {
      const url = new URL(value);
      return (url.protocol === 'postgres:' || url.protocol === 'postgresql:') && url.hostname !== '' && url.pathname.length > 1;
    } catch {
      return false;
    }
  },
  { error: 'must look like postgres://user:password@host:5432/database' },
);

const roleName = z.string().regex(/^[a-z_][a-z0-9_]{0,62}$/, { error: 'must be a lower-case PostgreSQL role name' });

const environment = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test'], { error: 'must be development, production or test' }).default('development'),
  HOST: z.string().min(1).default('0.0.0.0'),
  PORT: port.default(3000),
  PUBLIC_URL: z.url({ error: 'must be an absolute http(s) URL' }).optional(),
  DATABASE_URL: postgresUrl.optional(),
  DATABASE_APP_USER: roleName.default('ascend_app'),
  DATABASE_APP_PASSWORD: z.string().min(8, { error: 'must be at least 8 characters' }).optional(),
  DATABASE_POOL_SIZE: z.coerce.number({ error: 'must be a number' }).int().min(1).max(200).default(10),
  EMBEDDED_POSTGRES_DIR: z.string().min(1).default('.data/postgres'),
  EMBEDDED_POSTGRES_PORT: port.default(54329),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], { error: 'must be one of fatal, error, warn, info, debug, trace, silent' }).default('info'),
  LOG_FORMAT: z.enum(['json', 'pretty'], { error: 'must be json or pretty' }).optional(),
  WEB_DIST: z.string().min(1).default('dist/apps/web'),
  DEMO_DATA: booleanFlag.optional(),
  SMTP_URL: z
    .string()
    .refine((value) => /^smtps?:\/\/[^/]+/.test(value), { error: 'must look like smtp://user:password@host:587 or smtps://host:465' })
    .optional(),
  MAIL_FROM: z.string().min(3).default('Ascend <no-reply@ascend.localhost>'),
  DEV_MAIL_DIR: z.string().min(1).default('.data/mail'),
  JWT_SECRET: z.string().min(32, { error: 'must be at least 32 characters' }).optional(),
  AUTH_RATE_LIMIT: z.coerce.number({ error: 'must be a number' }).int().min(1, { error: 'must be at least 1' }).default(20),
  ACCESS_TOKEN_MINUTES: z.coerce.number({ error: 'must be a number' }).int().min(1).max(15, { error: 'must be at most 15' }).default(15),
});

export interface DatabaseConfig {
  /** Connection of the role that owns the schema and runs migrations; unset means an embedded server. */
  ownerUrl?: string;
  appUser: string;
  appPassword: string;
  poolSize: number;
  embedded: { dataDir: string; port: number };
}

export interface AppConfig {
  env: 'development' | 'production' | 'test';
  isProduction: boolean;
  host: string;
  port: number;
  publicUrl: string;
  database: DatabaseConfig;
  log: { level: string; format: 'json' | 'pretty' };
  webDist: string;
  demoData: boolean;
  mail: {
    /** Unset in development: mail is kept in `devMailDir` and shown on /dev/mail instead of being sent. */
    smtpUrl?: string;
    from: string;
    devMailDir: string;
  };
  auth: {
    jwtSecret: string;
    accessTokenMinutes: number;
    /** Sign-in, sign-up and password-reset attempts allowed per address and operation in 15 minutes. */
    rateLimit: number;
  };
}

/** Thrown for a bad environment; its message is one line that names the variable. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

const DEV_APP_PASSWORD = 'ascend-app-local-only';
// Development only: production refuses to start without JWT_SECRET.
const DEV_JWT_SECRET = 'ascend-development-only-signing-secret-not-for-production';

export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): AppConfig {
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const parsed = environment.safeParse(present);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const variable = String(issue.path[0]);
    const value = present[variable];
    throw new ConfigError(`Invalid configuration: ${variable} ${issue.message}${value === undefined ? '' : ` (got "${redact(variable, value)}")`}`);
  }
  const e = parsed.data;
  const isProduction = e.NODE_ENV === 'production';
  if (isProduction && !e.DATABASE_URL) {
    throw new ConfigError('Invalid configuration: DATABASE_URL is required when NODE_ENV=production (the embedded database is for development)');
  }
  if (isProduction && !e.DATABASE_APP_PASSWORD) {
    throw new ConfigError('Invalid configuration: DATABASE_APP_PASSWORD is required when NODE_ENV=production');
  }
  if (isProduction && !e.SMTP_URL) {
    throw new ConfigError('Invalid configuration: SMTP_URL is required when NODE_ENV=production (development keeps mail on /dev/mail)');
  }
  if (isProduction && !e.JWT_SECRET) {
    throw new ConfigError('Invalid configuration: JWT_SECRET is required when NODE_ENV=production (at least 32 random characters)');
  }
  const absolute = (p: string) => (isAbsolute(p) ? p : resolve(cwd, p));
  return {
    env: e.NODE_ENV,
    isProduction,
    host: e.HOST,
    port: e.PORT,
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, ''),
    database: {
      ownerUrl: e.DATABASE_URL,
      appUser: e.DATABASE_APP_USER,
      appPassword: e.DATABASE_APP_PASSWORD ?? DEV_APP_PASSWORD,
      poolSize: e.DATABASE_POOL_SIZE,
      embedded: { dataDir: absolute(e.EMBEDDED_POSTGRES_DIR), port: e.EMBEDDED_POSTGRES_PORT },
    },
    log: { level: e.LOG_LEVEL, format: e.LOG_FORMAT ?? (isProduction ? 'json' : 'pretty') },
    webDist: absolute(e.WEB_DIST),
    demoData: e.DEMO_DATA ?? !isProduction,
    mail: { smtpUrl: e.SMTP_URL, from: e.MAIL_FROM, devMailDir: absolute(e.DEV_MAIL_DIR) },
    auth: { jwtSecret: e.JWT_SECRET ?? DEV_JWT_SECRET, accessTokenMinutes: e.ACCESS_TOKEN_MINUTES, rateLimit: e.AUTH_RATE_LIMIT },
  };
}

function redact(variable: string, value: string): string {
  if (/PASSWORD|SECRET|KEY/.test(variable)) return '***';
  if (variable === 'SMTP_URL') return value.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
  if (variable.endsWith('_URL')) return value.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
  return value;
}
