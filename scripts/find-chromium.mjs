// Runs before `npm test`: finds Chromium. Where there is none and this machine can install it
// (Debian or Ubuntu, as root, with apt-get), installs Debian's `chromium`, as the WordPress check
// installs WordPress; elsewhere says in one line what to install. Never downloads a browser.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './lib/chromium.mjs';

const canInstall = () => process.getuid?.() === 0 && existsSync('/usr/bin/apt-get') && !process.env.CHROME_PATH;

if (!findChromium() && canInstall()) {
  console.log('npm test: no Chromium found; installing Debian’s chromium (apt-get install -y chromium)');
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium', {
    stdio: 'inherit',
  });
}
if (!findChromium()) {
  console.error(
    'npm test runs in real Chromium, and none was found.\n' +
      '  Debian/Ubuntu: sudo apt-get install -y chromium   (gives /usr/bin/chromium)\n' +
      '  elsewhere:     set CHROME_PATH to a Chrome or Chromium binary',
  );
  process.exit(1);
}
