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
