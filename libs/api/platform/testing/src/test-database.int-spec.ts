import { createTestDatabase } from './test-database';

describe('test databases', () => {
  it('are fresh copies with every migration, isolated from each other', async () => {
    const [a, b] = await Promise.all([createTestDatabase(), createTestDatabase()]);
    try {
      expect(a.name).not.toBe(b.name);
      await a.query(`insert into practice (slug, name, time_zone) values ('only-in-a', 'A', 'UTC')`);
      expect(await a.query('select slug from practice')).toEqual([{ slug: 'only-in-a' }]);
      expect(await b.query('select slug from practice')).toEqual([]);
    } finally {
      await Promise.all([a.drop(), b.drop()]);
    }
    expect(await a.query('select 1').catch((e: Error) => e.message)).toMatch(/does not exist/);
  });
});
