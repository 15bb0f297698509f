// Runs before `npm test`: says plainly what to install when no Chromium is found.
import { findChromium } from './lib/chromium.mjs';

if (!findChromium()) {
  console.error(
    'npm test runs in real Chromium, and none was found.\n' +
      '  Debian/Ubuntu: sudo apt-get install -y chromium   (gives /usr/bin/chromium)\n' +
      '  elsewhere:     set CHROME_PATH to a Chrome or Chromium binary',
  );
  process.exit(1);
}
