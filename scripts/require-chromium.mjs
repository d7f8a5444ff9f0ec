// Fails at once, with the one-line fix, when no Chromium is installed.
import { chromiumPath, installHint } from './chromium.mjs';

if (!chromiumPath()) {
  console.error(`No Chromium found. Install it with: ${installHint}`);
  process.exit(1);
}
