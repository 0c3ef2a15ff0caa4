import { isIP } from 'node:net';
import { dirname, isAbsolute, resolve } from 'node:path';
import { z } from 'zod';
import { developmentSecret, testSecret } from './development-secret';

const booleanFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { error: 'must be true or false' })
  .transform((value) => ['true', '1', 'yes'].includes(value));

const port = z.coerce
  .number({ error: 'must be a number' })
  .int({ error: 'must be a whole number' })
  .min(1, { error: 'must be between 1 and 65535' })
  .max(65535, { error: 'must be between 1 and 65535' });

const limit = (fallback: number) =>
  z.coerce.number({ error: 'must be a number' }).int({ error: 'must be a whole number' }).min(1, { error: 'must be at least 1' }).default(fallback);

const PROXY_PRESETS = new Set(['loopback', 'linklocal', 'uniquelocal']);
const isAddressOrRange = (item: string) => {
  const [address, bits, ...rest] = item.split('/');
  const family = isIP(address);
  const maxBits = family === 4 ? 32 : 128;
  return family !== 0 && rest.length === 0 && (bits === undefined || (/^\d+$/.test(bits) && Number(bits) <= maxBits));
};

/** Express's `trust proxy`: true/false, a number of hops, or addresses, ranges and presets separated by commas. */
const trustProxy = z.string().transform((value, context): boolean | number | string[] => {
  if (value === 'true' || value === 'false') return value === 'true';
  if (/^\d+$/.test(value)) return Number(value);
  const items = value.split(',').map((item) => item.trim());
  if (items.every((item) => PROXY_PRESETS.has(item) || isAddressOrRange(item))) return items;
  context.addIssue({ code: 'custom', message: 'must be true, false, a number of proxy hops, or addresses and ranges (e.g. loopback, 10.0.0.0/8)' });
  return z.NEVER;
});

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

const stripePrice = z.string().regex(/^price_\w+$/, { error: 'must be a Stripe price id (price_…)' });

const roleName = z.string().regex(/^[a-z_][a-z0-9_]{0,62}$/, { error: 'must be a lower-case PostgreSQL role name' });

const environment = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test'], { error: 'must be development, production or test' }).default('development'),
  HOST: z.string().min(1).optional(),
  PORT: port.default(3000),
  PUBLIC_URL: z.url({ error: 'must be an absolute http(s) URL' }).optional(),
  TRUST_PROXY: trustProxy.default(['loopback']),
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
  GRAPHQL_MAX_DEPTH: limit(8),
  GRAPHQL_MAX_ALIASES: limit(10),
  GRAPHQL_MAX_DIRECTIVES: limit(10),
  GRAPHQL_MAX_TOKENS: limit(1000),
  GRAPHQL_MAX_COST: limit(5000),
  INVITATIONS_PER_HOUR: limit(20),
  INVITATIONS_PER_DAY: limit(100),
  CONFIRMATION_MAILS_PER_HOUR: limit(3),
  CONFIRMATION_MAILS_PER_DAY: limit(10),
  JOBS_WORKER: booleanFlag.optional(),
  JOBS_CONCURRENCY: z.coerce
    .number({ error: 'must be a number' })
    .int({ error: 'must be a whole number' })
    .min(1, { error: 'must be between 1 and 50' })
    .max(50, { error: 'must be between 1 and 50' })
    .default(5),
  JOBS_POLL_INTERVAL_MS: z.coerce
    .number({ error: 'must be a number' })
    .int({ error: 'must be a whole number' })
    .min(10, { error: 'must be at least 10' })
    .default(2000),
  NEWSLETTER_SEND_RATE: limit(50),
  NEWSLETTER_SMTP_CONNECTIONS: z.coerce
    .number({ error: 'must be a number' })
    .int({ error: 'must be a whole number' })
    .min(1, { error: 'must be between 1 and 50' })
    .max(50, { error: 'must be between 1 and 50' })
    .default(5),
  NEWSLETTER_BOUNCE_SECRET: z.string().min(16, { error: 'must be at least 16 characters' }).optional(),
  NEWSLETTER_UNSUBSCRIBE_MAILBOX: z.email({ error: 'must be an email address' }).optional(),
  STRIPE_SECRET_KEY: z.string().regex(/^(sk|rk)_(test|live)_\w+$/, { error: 'must be a Stripe secret key (sk_test_… or sk_live_…)' }).optional(),
  STRIPE_WEBHOOK_SECRET: z.string().regex(/^whsec_\w+$/, { error: 'must be a webhook signing secret (whsec_…)' }).optional(),
  STRIPE_PRICE_SOLO: stripePrice.optional(),
  STRIPE_PRICE_PRACTICE: stripePrice.optional(),
  STRIPE_PRICE_TEAM: stripePrice.optional(),
  STRIPE_API_URL: z.url({ error: 'must be an absolute http(s) URL' }).optional(),
  BILLING_TRIAL_DAYS: z.coerce.number({ error: 'must be a number' }).int({ error: 'must be a whole number' }).min(0).max(90, { error: 'must be at most 90' }).default(14),
  BILLING_GRACE_DAYS: z.coerce.number({ error: 'must be a number' }).int({ error: 'must be a whole number' }).min(0).max(60, { error: 'must be at most 60' }).default(7),
});

/** The variables that turn billing on; without STRIPE_SECRET_KEY practices stay on the free plan and no limit applies. */
export const BILLING_VARIABLES = ['STRIPE_SECRET_KEY', 'STRIPE_WEBHOOK_SECRET', 'STRIPE_PRICE_SOLO', 'STRIPE_PRICE_PRACTICE', 'STRIPE_PRICE_TEAM'] as const;

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
  /** Whose X-Forwarded-For is believed about the client's address (Express's `trust proxy`). */
  trustProxy: boolean | number | string[];
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
  /** What one GraphQL operation may ask for; anything beyond is refused before it runs. */
  graphqlLimits: { depth: number; aliases: number; directives: number; tokens: number; cost: number };
  auth: {
    jwtSecret: string;
    accessTokenMinutes: number;
    /** Sign-in, sign-up and password-reset attempts allowed per address and operation in 15 minutes. */
    rateLimit: number;
  };
  /** Mail a person can make Ascend send: invitations per practice, confirmation mails per person. */
  mailLimits: {
    invitations: { perHour: number; perDay: number };
    confirmations: { perHour: number; perDay: number };
  };
  jobs: {
    /** Run the job worker in this process (`npm start`); off in API processes when workers run alone (`npm run worker`). */
    runWorker: boolean;
    /** Jobs one worker process runs at once. */
    concurrency: number;
    /** How often a worker looks for jobs that became due (new jobs are announced at once by NOTIFY). */
    pollIntervalMs: number;
  };
  newsletter: {
    /** Issue messages sent per second at most, across every connection (NEWSLETTER_SEND_RATE, default 50): providers throttle bursts. */
    sendRatePerSecond: number;
    /** SMTP connections one sending job keeps open at once (NEWSLETTER_SMTP_CONNECTIONS, default 5). */
    smtpConnections: number;
    /** The bearer token a provider's bounce and complaint reports must carry (NEWSLETTER_BOUNCE_SECRET); unset refuses every report. */
    bounceSecret?: string;
    /** The mailto: half of List-Unsubscribe (NEWSLETTER_UNSUBSCRIBE_MAILBOX, default unsubscribe@<host of the public URL>). */
    unsubscribeMailbox: string;
  };
  billing: {
    /** Unset without STRIPE_SECRET_KEY: billing pages say how to enable it, every practice is on Starter, no limit is enforced. */
    stripe?: {
      secretKey: string;
      webhookSecret: string;
      /** Stripe's API, or a Stripe-compatible test server (tests only). */
      apiUrl?: string;
      /** The Stripe price of each paid plan's monthly subscription. */
      prices: { SOLO: string; PRACTICE: string; TEAM: string };
    };
    trialDays: number;
    /** Days a practice keeps working after a failed payment before it turns read-only. */
    graceDays: number;
  };
}

/** Thrown for a bad environment; its message is one line that names the variable. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

const DEV_APP_PASSWORD = 'ascend-app-local-only';

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
  const publicUrl = (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, '');
  const absolute = (p: string) => (isAbsolute(p) ? p : resolve(cwd, p));
  const embeddedDataDir = absolute(e.EMBEDDED_POSTGRES_DIR);
  // Production refuses to start without JWT_SECRET (above); development keeps one beside the embedded database,
  // made when first needed so that reading the configuration (schema printer, migrations) writes nothing.
  let jwtSecret = e.JWT_SECRET ?? (e.NODE_ENV === 'test' ? testSecret : undefined);
  return {
    env: e.NODE_ENV,
    isProduction,
    // Development answers this machine only unless HOST says otherwise; a production container must be reachable.
    host: e.HOST ?? (isProduction ? '0.0.0.0' : '127.0.0.1'),
    port: e.PORT,
    trustProxy: e.TRUST_PROXY,
    publicUrl,
    database: {
      ownerUrl: e.DATABASE_URL,
      appUser: e.DATABASE_APP_USER,
      appPassword: e.DATABASE_APP_PASSWORD ?? DEV_APP_PASSWORD,
      poolSize: e.DATABASE_POOL_SIZE,
      embedded: { dataDir: embeddedDataDir, port: e.EMBEDDED_POSTGRES_PORT },
    },
    log: { level: e.LOG_LEVEL, format: e.LOG_FORMAT ?? (isProduction ? 'json' : 'pretty') },
    webDist: absolute(e.WEB_DIST),
    demoData: e.DEMO_DATA ?? !isProduction,
    mail: { smtpUrl: e.SMTP_URL, from: e.MAIL_FROM, devMailDir: absolute(e.DEV_MAIL_DIR) },
    graphqlLimits: {
      depth: e.GRAPHQL_MAX_DEPTH,
      aliases: e.GRAPHQL_MAX_ALIASES,
      directives: e.GRAPHQL_MAX_DIRECTIVES,
      tokens: e.GRAPHQL_MAX_TOKENS,
      cost: e.GRAPHQL_MAX_COST,
    },
    auth: {
      get jwtSecret() {
        return (jwtSecret ??= developmentSecret(dirname(embeddedDataDir)));
      },
      accessTokenMinutes: e.ACCESS_TOKEN_MINUTES,
      rateLimit: e.AUTH_RATE_LIMIT,
    },
    mailLimits: {
      invitations: { perHour: e.INVITATIONS_PER_HOUR, perDay: e.INVITATIONS_PER_DAY },
      confirmations: { perHour: e.CONFIRMATION_MAILS_PER_HOUR, perDay: e.CONFIRMATION_MAILS_PER_DAY },
    },
    jobs: { runWorker: e.JOBS_WORKER ?? true, concurrency: e.JOBS_CONCURRENCY, pollIntervalMs: e.JOBS_POLL_INTERVAL_MS },
    newsletter: {
      sendRatePerSecond: e.NEWSLETTER_SEND_RATE,
      smtpConnections: e.NEWSLETTER_SMTP_CONNECTIONS,
      bounceSecret: e.NEWSLETTER_BOUNCE_SECRET,
      unsubscribeMailbox: e.NEWSLETTER_UNSUBSCRIBE_MAILBOX ?? `unsubscribe@${new URL(publicUrl).hostname}`,
    },
    billing: { stripe: stripeSettings(e), trialDays: e.BILLING_TRIAL_DAYS, graceDays: e.BILLING_GRACE_DAYS },
  };
}

/** Billing needs the key, the webhook secret and the three prices together: half a setup is refused at start. */
function stripeSettings(e: z.infer<typeof environment>): AppConfig['billing']['stripe'] {
  if (!e.STRIPE_SECRET_KEY) return undefined;
  const missing = BILLING_VARIABLES.filter((variable) => !e[variable]);
  if (missing.length > 0) throw new ConfigError(`Invalid configuration: STRIPE_SECRET_KEY is set, so ${missing.join(', ')} must be set too`);
  return {
    secretKey: e.STRIPE_SECRET_KEY,
    webhookSecret: e.STRIPE_WEBHOOK_SECRET!,
    apiUrl: e.STRIPE_API_URL,
    prices: { SOLO: e.STRIPE_PRICE_SOLO!, PRACTICE: e.STRIPE_PRICE_PRACTICE!, TEAM: e.STRIPE_PRICE_TEAM! },
  };
}

function redact(variable: string, value: string): string {
  if (/PASSWORD|SECRET|KEY/.test(variable)) return '***';
  if (variable === 'SMTP_URL') return value.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
  if (variable.endsWith('_URL')) return value.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
  return value;
}
