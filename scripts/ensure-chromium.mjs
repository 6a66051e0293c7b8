// `npm test`'s pretest step: the browser test drives Debian's Chromium through playwright-core, and
// `npm ci && npm test` is the whole set-up, so a missing Chromium is installed from Debian's packages
// here (nothing is downloaded by npm). Where that is impossible it says so and leaves the rest alone.
// Not an install script: installing kdaudit must never run apt-get for its users.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(CHROMIUM)) {
  const canInstall = existsSync('/usr/bin/apt-get') && process.getuid?.() === 0;
  if (canInstall) {
    console.log('kdaudit: installing Debian chromium for the browser test …');
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  } else {
    console.warn(
      `kdaudit: no Chromium at ${CHROMIUM} and no root apt-get to install it: the browser test will fail until it is there (Debian: apt-get install chromium; elsewhere set CHROMIUM_PATH).`,
    );
  }
}
