/** What the Jest global setup hands to every test file (through the environment, since workers are separate processes). */
export interface TestCluster {
  /** A role that may create databases: the embedded server's superuser, or DATABASE_URL's user. */
  adminUrl: string;
  /** The role that owns test databases and ran the migrations. */
  ownerUrl: string;
  /** A database with every migration applied; each test file copies it. */
  template: string;
  appUser: string;
  appPassword: string;
}

const KEY = 'ASCEND_TEST_CLUSTER';

export function publishTestCluster(cluster: TestCluster) {
  process.env[KEY] = JSON.stringify(cluster);
}

export function testCluster(): TestCluster {
  const value = process.env[KEY];
  if (!value) {
    throw new Error('No test database: this Jest project needs apiJestConfig(name, __dirname, { database: true })');
  }
  return JSON.parse(value) as TestCluster;
}
