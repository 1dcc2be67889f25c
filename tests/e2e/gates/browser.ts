import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium, as CI installs it; CHROME_PATH points elsewhere. */
export const chromiumPath = process.env['CHROME_PATH'] ?? '/usr/bin/chromium';

/** The flags this machine needs: headless, no sandbox as root, no network of its own. */
export const chromiumFlags = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Debian's Chromium, driven by playwright-core. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: chromiumFlags });
}
