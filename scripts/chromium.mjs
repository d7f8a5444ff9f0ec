// Where the headless Chromium for tests and screenshots lives, and the flags that keep it off the
// (closed) network. CHROME_PATH wins; Debian's /usr/bin/chromium is the default.
import { existsSync } from 'node:fs';

export const installHint =
  'apt-get update && apt-get install -y chromium   (or set CHROME_PATH to a Chromium/Chrome binary)';

export function chromiumPath() {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((path) => path && existsSync(path));
}

export const chromiumArgs = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];
