import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { BrowserContextOptions, chromium, Page } from 'playwright-core';
import { expectNoPolicyViolations, watchPolicyViolations } from './policy-violations';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);

// Without the background-networking flags Chromium keeps dialling out, which this closed network refuses.
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Chromium as journeys see it: only pages whose policy violations are watched. */
export interface JourneyBrowser {
  newPage(options?: BrowserContextOptions): Promise<Page>;
  close(): Promise<void>;
}

export async function launchBrowser(): Promise<JourneyBrowser> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  return {
    async newPage(options) {
      const page = await browser.newPage(options);
      await watchPolicyViolations(page);
      return page;
    },
    close: () => browser.close(),
  };
}

export const screenshotDir = join(__dirname, '../../../../.reports/screenshots');

export function screenshotPath(name: string): string {
  mkdirSync(screenshotDir, { recursive: true });
  return join(screenshotDir, `${name}.png`);
}

/**
 * Browser journeys fail on any Content Security Policy violation, checked after each test. They skip only where
 * no Chromium is installed, and say so loudly; CI installs it so they always run there.
 */
export function describeInBrowser(name: string, fn: () => void): void {
  if (!hasChromium) {
    console.warn(`\n!!! SKIPPING browser journeys "${name}": no Chromium at ${CHROMIUM}. Install it with: apt-get install -y chromium\n`);
    describe.skip(name, fn);
    return;
  }
  describe(name, () => {
    afterEach(expectNoPolicyViolations);
    fn();
  });
}
