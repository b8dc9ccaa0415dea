// A throwaway WordPress for the plugin's tests, started and stopped by the test:
// Debian's `wordpress` package copied to a scratch folder, a private MariaDB
// (its own datadir and socket, no network, no system service) and PHP's
// built-in web server on 127.0.0.1. Nothing outside the scratch folder changes.
import { execFile, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync, readdirSync } from 'node:fs';
import { createServer, createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
export const WORDPRESS = process.env.PM_WORDPRESS_DIR ?? '/usr/share/wordpress';

const onPath = (name) =>
  (process.env.PATH ?? '')
    .split(':')
    .map((dir) => join(dir, name))
    .find((file) => existsSync(file));

/** What the tests need and where it was found; `missing` names what is not there. */
export function locateWordPress() {
  const found = {
    php: onPath('php'),
    mysqld: onPath('mariadbd') ?? onPath('mysqld') ?? ['/usr/sbin/mariadbd', '/usr/sbin/mysqld'].find(existsSync),
    installDb: onPath('mariadb-install-db') ?? onPath('mysql_install_db'),
    client: onPath('mariadb') ?? onPath('mysql'),
    wordpress: existsSync(join(WORDPRESS, 'wp-settings.php')) ? WORDPRESS : undefined,
  };
  const names = {
    php: 'php (php-cli)',
    mysqld: 'mariadbd (mariadb-server)',
    installDb: 'mysql_install_db (mariadb-server)',
    client: 'mariadb (mariadb-client)',
    wordpress: `${WORDPRESS}/wp-settings.php (wordpress)`,
  };
  const missing = Object.keys(names)
    .filter((key) => !found[key])
    .map((key) => names[key]);
  return { ...found, missing };
}

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

/** Resolves once `check` does not throw, trying every 100 ms up to `timeout`. */
async function until(what, check, timeout = 60_000) {
  const start = Date.now();
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() - start > timeout)
        throw new Error(`${what}: not ready after ${timeout} ms (${error.message})`, { cause: error });
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

const connects = (options) =>
  new Promise((resolve, reject) => {
    const socket = createConnection(options, () => {
      socket.end();
      resolve();
    });
    socket.on('error', reject);
  });

/**
 * Starts MariaDB and PHP and installs WordPress (Debian's, or the folder
 * `wordpress` names) as a site with an administrator and an author. Returns the
 * site with `php(code)`, to run PHP inside it, and `stop()`.
 */
export async function startWordPress({ log = () => {}, wordpress = WORDPRESS } = {}) {
  const tools = locateWordPress();
  if (tools.missing.length) throw new Error(`WordPress tests need: ${tools.missing.join(', ')}`);
  const dir = mkdtempSync(join(tmpdir(), 'pm-wordpress-'));
  const children = [];
  const stop = async () => {
    for (const child of children.reverse()) {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        // The PHP server leads its own process group: its workers end with it.
        if (child.spawnargs.includes('-S')) process.kill(-child.pid, 'SIGTERM');
        else child.kill('SIGTERM');
        await exited;
      }
    }
    if (!process.env.PM_KEEP_WORDPRESS) rmSync(dir, { recursive: true, force: true });
  };
  try {
    // The database: a private datadir and socket.
    const datadir = join(dir, 'db');
    const socket = join(dir, 'db.sock');
    await run(tools.installDb, [
      '--user=root',
      `--datadir=${datadir}`,
      '--auth-root-authentication-method=normal',
      '--skip-test-db',
    ]);
    const mysqld = spawn(
      tools.mysqld,
      [
        '--no-defaults',
        '--user=root',
        `--datadir=${datadir}`,
        `--socket=${socket}`,
        '--skip-networking',
        `--pid-file=${join(dir, 'db.pid')}`,
        `--log-error=${join(dir, 'db.err')}`,
        '--innodb-buffer-pool-size=32M',
        '--innodb-log-file-size=8M',
      ],
      { stdio: 'ignore' },
    );
    children.push(mysqld);
    await until('MariaDB', () => connects({ path: socket }));
    await run(tools.client, [`--socket=${socket}`, '-uroot', '-e', 'CREATE DATABASE wordpress CHARACTER SET utf8mb4']);
    log(`MariaDB ready (${dir})`);

    // WordPress: the package's files with our own wp-config.php and wp-content/.
    const root = join(dir, 'site');
    cpSync(wordpress, root, {
      recursive: true,
      filter: (src) => !/\/(wp-config\.php|\.htaccess)$/.test(src) && !src.startsWith(join(wordpress, 'wp-content')),
    });
    for (const sub of ['plugins', 'uploads', 'themes']) mkdirSync(join(root, 'wp-content', sub), { recursive: true });
    const themes = join(wordpress, 'wp-content/themes');
    for (const theme of readdirSync(themes)) symlinkSync(join(themes, theme), join(root, 'wp-content/themes', theme));

    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const salt = (name) => `define( '${name}', '${name.toLowerCase()}-${port}-${Date.now()}' );`;
    writeFileSync(
      join(root, 'wp-config.php'),
      `<?php
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'root' );
define( 'DB_PASSWORD', '' );
define( 'DB_HOST', 'localhost:${socket}' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );
${['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT'].map(salt).join('\n')}
$table_prefix = 'wp_';
define( 'WP_HOME', '${url}' );
define( 'WP_SITEURL', '${url}' );
define( 'FS_METHOD', 'direct' );
// No request leaves the machine: no cron, updates, or calls to wordpress.org.
define( 'DISABLE_WP_CRON', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_DISPLAY', false );
define( 'WP_DEBUG_LOG', '${join(dir, 'debug.log')}' );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
`,
    );

    const php = async (code) => {
      const { stdout } = await run(
        tools.php,
        ['-d', 'display_errors=stderr', '-r', `$_SERVER['HTTP_HOST'] = '127.0.0.1:${port}'; ${code}`],
        { cwd: root, maxBuffer: 16 * 1024 * 1024 },
      );
      return stdout;
    };
    await php(`
define( 'WP_INSTALLING', true );
require 'wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
wp_install( 'Plugin test site', 'admin', 'admin@example.com', false, '', 'admin-password' );
wp_insert_user( array( 'user_login' => 'author', 'user_pass' => 'author-password', 'user_email' => 'author@example.com', 'role' => 'author' ) );
update_option( 'show_avatars', 0 ); // Gravatar would be a third-party request.
update_user_meta( 1, 'show_welcome_panel', 0 );
// No welcome guide in the block editor (its pictures come from wordpress.org).
update_user_meta( 1, $GLOBALS['wpdb']->get_blog_prefix() . 'persisted_preferences', array( 'core/edit-post' => array( 'welcomeGuide' => false ), '_modified' => gmdate( 'c' ) ) );
`);
    log(`WordPress installed at ${url}`);

    // PHP's web server, several workers: the block editor asks for many things at once.
    // Its own process group (detached), so stopping it stops the workers it forked too.
    const server = spawn(tools.php, ['-S', `127.0.0.1:${port}`, '-t', root], {
      cwd: root,
      stdio: 'ignore',
      detached: true,
      env: { ...process.env, PHP_CLI_SERVER_WORKERS: '4' },
    });
    children.push(server);
    await until('PHP server', () => connects({ host: '127.0.0.1', port }));
    return { url, dir, root, php, stop, debugLog: join(dir, 'debug.log') };
  } catch (error) {
    await stop();
    throw error;
  }
}
