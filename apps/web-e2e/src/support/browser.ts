import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Browser, chromium } from 'playwright-core';

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

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
}

export const screenshotDir = join(__dirname, '../../../../.reports/screenshots');

export function screenshotPath(name: string): string {
  mkdirSync(screenshotDir, { recursive: true });
  return join(screenshotDir, `${name}.png`);
}

/** Browser journeys skip only where no Chromium is installed, and say so loudly; CI installs it so they always run there. */
export const describeInBrowser: jest.Describe = hasChromium
  ? describe
  : (((name: string, fn: () => void) => {
      console.warn(
        `\n!!! SKIPPING browser journeys "${name}": no Chromium at ${CHROMIUM}. Install it with: apt-get install -y chromium\n`,
      );
      describe.skip(name, fn);
    }) as jest.Describe);
