// Runs before `npm test`: says plainly what to install when no Chromium is found.
import { existsSync } from 'node:fs';

const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
if (!candidates.some((path) => existsSync(path))) {
  console.error(
    'npm test runs in real Chromium, and none was found.\n' +
      '  Debian/Ubuntu: sudo apt-get install -y chromium   (gives /usr/bin/chromium)\n' +
      '  elsewhere:     set CHROME_PATH to a Chrome or Chromium binary',
  );
  process.exit(1);
}
