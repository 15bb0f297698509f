// The WordPress site `npm run check -- wordpress` tests against: Debian's wordpress, PHP and
// MariaDB (installed when missing), MariaDB started when it is not running, a fresh database, and
// a copy of Debian's WordPress with its own config and wp-content, served by PHP's built-in
// server. The plugin zip is unpacked by WordPress's own unzip (test/integration/wordpress/setup.php).
import { execFileSync, execSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

const sh = (command) => execSync(command, { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
const works = (command) => {
  try {
    sh(command);
    return true;
  } catch {
    return false;
  }
};

/** WordPress, PHP and MariaDB from Debian, when missing. */
function install() {
  if (existsSync('/usr/share/wordpress/wp-settings.php') && works('command -v php') && works('command -v mariadb')) return;
  console.log('== installing Debian wordpress, php-cli, php-mysql, mariadb-server');
  execSync(
    'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends wordpress php-cli php-mysql mariadb-server',
    { stdio: 'inherit' },
  );
}

/**
 * MariaDB, started here when it is not running, and a fresh database. Resolves to whether this
 * started it: `stop()` then shuts it down, so no server is left running under the stages after.
 */
async function database() {
  let started = false;
  if (!works('mariadb-admin ping')) {
    if (!works('service mariadb start')) spawn('mysqld_safe', [], { detached: true, stdio: 'ignore' }).unref();
    for (let i = 0; i < 60 && !works('mariadb-admin ping'); i += 1) await new Promise((r) => setTimeout(r, 500));
    started = true;
  }
  sh(
    `mariadb -e "DROP DATABASE IF EXISTS limber_wp; CREATE DATABASE limber_wp; CREATE USER IF NOT EXISTS 'limber'@'localhost' IDENTIFIED BY 'limber'; GRANT ALL ON limber_wp.* TO 'limber'@'localhost'; FLUSH PRIVILEGES;"`,
  );
  return started;
}

const freePort = () =>
  new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });

/**
 * Builds and serves the site with the plugin `zipFile` active. Resolves to `{ base, urls,
 * versions, themeDir, pluginNotices(), stop() }`: `urls` are the posts setup.php published;
 * `themeDir` the active theme's folder, where a check may put files the theme serves.
 */
export async function startWordPressSite(root, zipFile) {
  install();
  const startedDatabase = await database();
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const site = join(root, 'node_modules/.cache/limber-wordpress');
  rmSync(site, { recursive: true, force: true });
  mkdirSync(join(site, 'wp-content/plugins'), { recursive: true });
  execFileSync('cp', ['-a', '/usr/share/wordpress', join(site, 'wordpress')]);
  cpSync(join(root, 'test/integration/wordpress/limber-hostile'), join(site, 'wp-content/themes/limber-hostile'), { recursive: true });
  writeFileSync(join(site, 'wordpress/wp-config.php'), config(base, site));
  // wp-content/ lives beside the copy: serve it at /wp-content through a link in the document root.
  rmSync(join(site, 'wordpress/wp-content'), { recursive: true, force: true });
  execFileSync('ln', ['-s', join(site, 'wp-content'), join(site, 'wordpress/wp-content')]);
  const setup = [join(root, 'test/integration/wordpress/setup.php'), join(site, 'wordpress'), zipFile, String(port)];
  const { version, ...urls } = JSON.parse(execFileSync('php', setup, { encoding: 'utf8' }));
  const php = spawn('php', ['-S', `127.0.0.1:${port}`, '-t', join(site, 'wordpress')], {
    env: { ...process.env, PHP_CLI_SERVER_WORKERS: '4' },
    stdio: 'ignore',
  });
  const up = () =>
    fetch(`${base}/`).then(
      (r) => r.ok,
      () => false,
    );
  for (let i = 0; i < 40 && !(await up()); i += 1) await new Promise((r) => setTimeout(r, 250));
  const versions = `WordPress ${version}, PHP ${sh('php -r "echo PHP_VERSION;"')}, ${sh('mariadb --version').trim()}`;
  const log = join(site, 'debug.log');
  return {
    base,
    urls,
    versions,
    themeDir: join(site, 'wp-content/themes/limber-hostile'),
    // WordPress 6.1 on PHP 8.2 logs many deprecations of its own; only the plugin's count.
    pluginNotices: () =>
      existsSync(log)
        ? readFileSync(log, 'utf8')
            .split('\n')
            .filter((line) => line.includes('limber-health-content'))
        : [],
    stop: () => {
      php.kill();
      if (startedDatabase) works('mariadb-admin shutdown');
    },
  };
}

function config(base, site) {
  const keys = [
    'AUTH_KEY',
    'SECURE_AUTH_KEY',
    'LOGGED_IN_KEY',
    'NONCE_KEY',
    'AUTH_SALT',
    'SECURE_AUTH_SALT',
    'LOGGED_IN_SALT',
    'NONCE_SALT',
  ];
  return `<?php
define('DB_NAME', 'limber_wp'); define('DB_USER', 'limber'); define('DB_PASSWORD', 'limber'); define('DB_HOST', 'localhost');
define('DB_CHARSET', 'utf8mb4'); define('DB_COLLATE', '');
define('WP_HOME', '${base}'); define('WP_SITEURL', '${base}');
define('WP_CONTENT_DIR', '${site}/wp-content'); define('WP_CONTENT_URL', '${base}/wp-content');
define('FS_METHOD', 'direct'); define('WP_DEBUG', true); define('WP_DEBUG_DISPLAY', false); define('WP_DEBUG_LOG', '${site}/debug.log');
define('AUTOMATIC_UPDATER_DISABLED', true); define('WP_HTTP_BLOCK_EXTERNAL', true); define('DISABLE_WP_CRON', true);
${keys.map((k) => `define('${k}', '${k}-limber-check');`).join('\n')}
$table_prefix = 'wp_';
if (!defined('ABSPATH')) define('ABSPATH', __DIR__ . '/');
require_once ABSPATH . 'wp-settings.php';
`;
}
