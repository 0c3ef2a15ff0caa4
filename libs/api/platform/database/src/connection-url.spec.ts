import { databaseName, describeUrl, urlForDatabase, urlForRole } from './connection-url';

describe('connection URLs', () => {
  const owner = 'postgres://owner:s3cret@db.internal:6543/ascend?sslmode=require';

  it('swaps the role, escaping what needs it, and keeps server, database and options', () => {
    expect(urlForRole(owner, 'ascend_app', 'p@ss/word')).toBe('postgres://ascend_app:p%40ss%2Fword@db.internal:6543/ascend?sslmode=require');
  });

  it('swaps the database', () => {
    expect(urlForDatabase(owner, 'postgres')).toBe('postgres://owner:s3cret@db.internal:6543/postgres?sslmode=require');
    expect(databaseName(owner)).toBe('ascend');
  });

  it('describes a server without its password', () => {
    expect(describeUrl(owner)).toBe('db.internal:6543/ascend as owner');
    expect(describeUrl('postgres://127.0.0.1/x')).toBe('127.0.0.1:5432/x as (default user)');
  });
});
