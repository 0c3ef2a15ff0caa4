import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  it('gives working development defaults with an empty environment', () => {
    const config = loadConfig({}, '/srv/ascend');
    expect(config.port).toBe(3000);
    expect(config.env).toBe('development');
    expect(config.database.ownerUrl).toBeUndefined();
    expect(config.database.embedded.dataDir).toBe('/srv/ascend/.data/postgres');
    expect(config.log.format).toBe('pretty');
    expect(config.demoData).toBe(true);
    expect(config.publicUrl).toBe('http://localhost:3000');
    expect(config.jobs).toEqual({ runWorker: true, concurrency: 5, pollIntervalMs: 2000 });
  });

  it('reads the job worker settings', () => {
    expect(loadConfig({ JOBS_WORKER: 'false', JOBS_CONCURRENCY: '12', JOBS_POLL_INTERVAL_MS: '100' }).jobs).toEqual({
      runWorker: false,
      concurrency: 12,
      pollIntervalMs: 100,
    });
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ PORT: '', DATABASE_URL: '' }).port).toBe(3000);
  });

  it.each([
    [{ PORT: 'abc' }, /^Invalid configuration: PORT must be a number \(got "abc"\)$/],
    [{ PORT: '70000' }, /^Invalid configuration: PORT must be between 1 and 65535/],
    [{ DATABASE_URL: 'mysql://x@y/z' }, /^Invalid configuration: DATABASE_URL must look like postgres:/],
    [{ DATABASE_URL: 'not a url' }, /^Invalid configuration: DATABASE_URL must look like postgres:/],
    [{ DATABASE_URL: 'postgres://localhost' }, /DATABASE_URL must look like/],
    [{ NODE_ENV: 'staging' }, /^Invalid configuration: NODE_ENV must be development, production or test/],
    [{ DEMO_DATA: 'maybe' }, /^Invalid configuration: DEMO_DATA must be true or false/],
    [{ DATABASE_APP_USER: 'Robert"); drop' }, /DATABASE_APP_USER must be a lower-case PostgreSQL role name/],
    [{ SMTP_URL: 'http://mail' }, /^Invalid configuration: SMTP_URL must look like smtp:/],
    [{ JWT_SECRET: 'short' }, /^Invalid configuration: JWT_SECRET must be at least 32 characters \(got "\*\*\*"\)$/],
    [{ ACCESS_TOKEN_MINUTES: '60' }, /^Invalid configuration: ACCESS_TOKEN_MINUTES must be at most 15/],
    [{ JOBS_WORKER: 'sometimes' }, /^Invalid configuration: JOBS_WORKER must be true or false/],
    [{ JOBS_CONCURRENCY: '0' }, /^Invalid configuration: JOBS_CONCURRENCY must be between 1 and 50 \(got "0"\)$/],
    [{ JOBS_CONCURRENCY: '51' }, /^Invalid configuration: JOBS_CONCURRENCY must be between 1 and 50/],
    [{ JOBS_POLL_INTERVAL_MS: '1.5' }, /^Invalid configuration: JOBS_POLL_INTERVAL_MS must be a whole number/],
    [{ JOBS_POLL_INTERVAL_MS: '5' }, /^Invalid configuration: JOBS_POLL_INTERVAL_MS must be at least 10/],
  ])('rejects %j with one line naming the variable', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });

  it('never echoes a password found in DATABASE_URL', () => {
    expect(() => loadConfig({ DATABASE_URL: 'mysql://admin:s3cret@db/x' })).toThrow(/mysql:\/\/admin:\*\*\*@db\/x/);
  });

  it('requires an external database and an application password in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/DATABASE_URL is required/);
    expect(() => loadConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgres://o@db/ascend' })).toThrow(/DATABASE_APP_PASSWORD is required/);
    const base = { NODE_ENV: 'production', DATABASE_URL: 'postgres://o@db/ascend', DATABASE_APP_PASSWORD: 'long-enough-secret' };
    expect(() => loadConfig(base)).toThrow(/SMTP_URL is required/);
    expect(() => loadConfig({ ...base, SMTP_URL: 'smtp://mail:587' })).toThrow(/JWT_SECRET is required/);
    const config = loadConfig({ ...base, SMTP_URL: 'smtp://mail:587', JWT_SECRET: 'x'.repeat(40) });
    expect(config.log.format).toBe('json');
    expect(config.demoData).toBe(false);
  });
});

describe('the development signing secret', () => {
  const folders: string[] = [];
  const folder = () => {
    const made = mkdtempSync(join(tmpdir(), 'ascend-config-'));
    folders.push(made);
    return made;
  };
  afterAll(() => folders.forEach((made) => rmSync(made, { recursive: true, force: true })));

  it('is made once per data folder, readable by its owner only, and kept across starts', () => {
    const cwd = folder();
    const first = loadConfig({}, cwd).auth.jwtSecret;
    expect(first).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(statSync(join(cwd, '.data/jwt-secret')).mode & 0o777).toBe(0o600);
    expect(loadConfig({}, cwd).auth.jwtSecret).toBe(first);
    expect(loadConfig({}, folder()).auth.jwtSecret).not.toBe(first);
  });

  it('lives beside the embedded database, and reading the configuration alone writes nothing', () => {
    const cwd = folder();
    const config = loadConfig({ EMBEDDED_POSTGRES_DIR: 'state/pg' }, cwd);
    expect(existsSync(join(cwd, 'state'))).toBe(false);
    expect(config.auth.jwtSecret).toBe(readFileSync(join(cwd, 'state/jwt-secret'), 'utf8').trim());
  });

  it('is never made when JWT_SECRET is set or under test', () => {
    const cwd = folder();
    expect(loadConfig({ JWT_SECRET: 's'.repeat(40) }, cwd).auth.jwtSecret).toBe('s'.repeat(40));
    expect(loadConfig({ NODE_ENV: 'test' }, cwd).auth.jwtSecret).toHaveLength(43);
    expect(existsSync(join(cwd, '.data'))).toBe(false);
  });
});

describe('defaults that keep a development machine to itself', () => {
  it('listens on loopback in development and on every interface in production unless HOST says otherwise', () => {
    const production = { NODE_ENV: 'production', DATABASE_URL: 'postgres://o@db/ascend', DATABASE_APP_PASSWORD: 'app-password', SMTP_URL: 'smtp://mail:587', JWT_SECRET: 'x'.repeat(40) };
    expect(loadConfig({}).host).toBe('127.0.0.1');
    expect(loadConfig({ HOST: '0.0.0.0' }).host).toBe('0.0.0.0');
    expect(loadConfig(production).host).toBe('0.0.0.0');
    expect(loadConfig({ ...production, HOST: '10.0.0.2' }).host).toBe('10.0.0.2');
  });

  it('reads the GraphQL limits', () => {
    expect(loadConfig({}).graphqlLimits).toEqual({ depth: 8, aliases: 10, directives: 10, tokens: 1000, cost: 5000 });
    expect(loadConfig({ GRAPHQL_MAX_ALIASES: '3' }).graphqlLimits.aliases).toBe(3);
    expect(() => loadConfig({ GRAPHQL_MAX_DEPTH: '0' })).toThrow(/^Invalid configuration: GRAPHQL_MAX_DEPTH must be at least 1 \(got "0"\)$/);
  });
});

describe('TRUST_PROXY', () => {
  it.each([
    [undefined, ['loopback']],
    ['false', false],
    ['true', true],
    ['2', 2],
    ['loopback, 10.0.0.0/8', ['loopback', '10.0.0.0/8']],
    ['203.0.113.7,2001:db8::/32', ['203.0.113.7', '2001:db8::/32']],
  ])('reads %j', (value, expected) => {
    expect(loadConfig(value === undefined ? {} : { TRUST_PROXY: value }).trustProxy).toEqual(expected);
  });

  it.each(['everyone', '10.0.0.0/33', '300.1.1.1', 'loopback,,'])('refuses %j with one line naming it', (value) => {
    expect(() => loadConfig({ TRUST_PROXY: value })).toThrow(
      `Invalid configuration: TRUST_PROXY must be true, false, a number of proxy hops, or addresses and ranges (e.g. loopback, 10.0.0.0/8) (got "${value}")`,
    );
  });
});

describe('billing settings', () => {
  const stripe = {
    STRIPE_SECRET_KEY: 'sk_test_abc123',
    STRIPE_WEBHOOK_SECRET: 'whsec_abc123',
    STRIPE_PRICE_SOLO: 'price_solo',
    STRIPE_PRICE_PRACTICE: 'price_practice',
    STRIPE_PRICE_TEAM: 'price_team',
  };

  it('leaves billing off without a Stripe key, with a trial and a grace period by default', () => {
    expect(loadConfig({}).billing).toEqual({ stripe: undefined, trialDays: 14, graceDays: 7 });
  });

  it('reads the key, the webhook secret, the plan prices and a test server address together', () => {
    const billing = loadConfig({ ...stripe, STRIPE_API_URL: 'http://127.0.0.1:12111', BILLING_TRIAL_DAYS: '0', BILLING_GRACE_DAYS: '3' }).billing;
    expect(billing).toEqual({
      stripe: {
        secretKey: 'sk_test_abc123',
        webhookSecret: 'whsec_abc123',
        apiUrl: 'http://127.0.0.1:12111',
        prices: { SOLO: 'price_solo', PRACTICE: 'price_practice', TEAM: 'price_team' },
      },
      trialDays: 0,
      graceDays: 3,
    });
  });

  it('refuses half a setup, naming what is missing, and never echoes a secret', () => {
    expect(() => loadConfig({ STRIPE_SECRET_KEY: 'sk_test_abc123', STRIPE_PRICE_SOLO: 'price_solo' })).toThrow(
      'STRIPE_SECRET_KEY is set, so STRIPE_WEBHOOK_SECRET, STRIPE_PRICE_PRACTICE, STRIPE_PRICE_TEAM must be set too',
    );
    expect(() => loadConfig({ ...stripe, STRIPE_SECRET_KEY: 'pk_live_oops' })).toThrow('Invalid configuration: STRIPE_SECRET_KEY must be a Stripe secret key (sk_test_… or sk_live_…) (got "***")');
    expect(() => loadConfig({ ...stripe, STRIPE_PRICE_TEAM: 'team' })).toThrow('STRIPE_PRICE_TEAM must be a Stripe price id (price_…)');
  });
});
