// A job worker process for the exactly-once test: the platform and the newsletter, jobs on, no HTTP, against the
// test database named in the environment and sending to the test's SMTP sink. The test kills it with SIGKILL.
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { loadConfig } from '@ascend/platform/config';
import { withPlatform } from '@ascend/platform/core';
import { NewsletterModule } from '../../newsletter.module';

async function main() {
  const { TEST_APP_URL, TEST_OWNER_URL } = process.env;
  if (!TEST_APP_URL || !TEST_OWNER_URL) throw new Error('TEST_APP_URL and TEST_OWNER_URL are required');
  const config = loadConfig({ ...process.env, NODE_ENV: 'test', JOBS_WORKER: 'true', DEMO_DATA: 'false' });
  const app = await NestFactory.create(withPlatform(config, { appUrl: TEST_APP_URL, ownerUrl: TEST_OWNER_URL, poolSize: 5 }, [NewsletterModule]), {
    logger: ['error', 'warn'],
    abortOnError: false,
  });
  await app.init();
  process.stdout.write('send worker ready\n');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
