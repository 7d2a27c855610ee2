"""Start (or reuse) a real local WordPress 6.1 + MariaDB on 127.0.0.1 for the publishing tests.

Debian packages (``wordpress``, ``mariadb-server``, ``php-cli``, ``php-mysql``...; ``.ci/run``
installs them) run from a short folder of their own: MariaDB on a unix socket only, PHP's built-in
server on ``127.0.0.1:PORT``. Idempotent: a running server is reused, a stopped one restarted on
its data, application passwords are kept while they verify. ``config-127.0.0.1.php`` in
``/etc/wordpress`` is written only when absent or written by this script.

    python tests/wordpress/server.py          # start; prints the credentials as JSON
    python tests/wordpress/server.py stop

The JSON has ``url`` and, per user (``admin``, ``reader`` a subscriber), the application password.
Recipe and pitfalls: shared reference ``wordpress-server.md``.
"""

from __future__ import annotations

import base64
import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(os.environ.get("POLICY_EDITOR_WP_DIR", "/tmp/pe-wp"))
PORT = int(os.environ.get("POLICY_EDITOR_WP_PORT", "8089"))
URL = f"http://127.0.0.1:{PORT}"
WORDPRESS = Path("/usr/share/wordpress")
CONFIG = Path("/etc/wordpress/config-127.0.0.1.php")
MARKER = "// written by policy-editor tests/wordpress/server.py"
SOCKET = ROOT / "mysqld.sock"
CREDENTIALS = ROOT / "credentials.json"


class CannotStart(RuntimeError):
    """The server cannot start here; the message says why (tests are skipped with it)."""


def _run(*args: str, **kwargs: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, capture_output=True, text=True, check=False, **kwargs)  # type: ignore[call-overload]


def _sql(statement: str) -> subprocess.CompletedProcess[str]:
    return _run("mariadb", "--no-defaults", f"--socket={SOCKET}", "-uroot", "-e", statement)


def _pid_alive(pid_file: Path) -> bool:
    try:
        os.kill(int(pid_file.read_text().strip()), 0)
    except (OSError, ValueError):
        return False
    return True


def _wait(check, seconds: float, what: str) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if check():
            return
        time.sleep(0.05)
    raise CannotStart(f"{what} did not come up within {seconds:g} s (logs in {ROOT})")


def _database() -> None:
    user = "root" if os.geteuid() == 0 else os.environ.get("USER", "nobody")
    if not (ROOT / "db" / "mysql").is_dir():
        shutil.rmtree(ROOT / "db", ignore_errors=True)
        done = _run(
            "mariadb-install-db", "--no-defaults", f"--datadir={ROOT / 'db'}", f"--user={user}",
            "--auth-root-authentication-method=socket", "--skip-test-db",
        )  # fmt: skip
        if done.returncode != 0:
            raise CannotStart(f"mariadb-install-db failed: {done.stderr.strip()[-300:]}")
    if _sql("SELECT 1").returncode != 0:
        log = (ROOT / "mariadbd.log").open("ab")
        subprocess.Popen(
            ["mariadbd", "--no-defaults", f"--datadir={ROOT / 'db'}", f"--socket={SOCKET}", "--skip-networking",
             f"--user={user}", f"--pid-file={ROOT / 'mariadbd.pid'}", f"--log-error={ROOT / 'mariadbd.log'}"],
            stdin=subprocess.DEVNULL, stdout=log, stderr=log, start_new_session=True,
        )  # fmt: skip
        _wait(lambda: _sql("SELECT 1").returncode == 0, 30, "MariaDB")
    _sql(
        "CREATE DATABASE IF NOT EXISTS wordpress CHARACTER SET utf8mb4;"
        "CREATE USER IF NOT EXISTS 'wp'@'localhost' IDENTIFIED BY 'wp';"
        "GRANT ALL ON wordpress.* TO 'wp'@'localhost';"
    )


def _config() -> None:
    if CONFIG.exists() and MARKER not in CONFIG.read_text(encoding="utf-8", errors="replace"):
        raise CannotStart(f"{CONFIG} exists and was not written by this script; not touching it")
    salts = "\n".join(
        f"define('{name}', '{secrets.token_hex(24)}');"
        for name in ("AUTH_KEY", "SECURE_AUTH_KEY", "LOGGED_IN_KEY", "NONCE_KEY", "AUTH_SALT", "SECURE_AUTH_SALT",
                     "LOGGED_IN_SALT", "NONCE_SALT")
    )  # fmt: skip
    text = f"""<?php
{MARKER}
define('DB_NAME', 'wordpress'); define('DB_USER', 'wp'); define('DB_PASSWORD', 'wp');
define('DB_HOST', 'localhost:{SOCKET}');
define('DB_CHARSET', 'utf8mb4'); define('DB_COLLATE', '');
define('WP_HOME', '{URL}'); define('WP_SITEURL', '{URL}');
define('WP_ENVIRONMENT_TYPE', 'local');
define('WPMU_PLUGIN_DIR', '{ROOT / "mu-plugins"}');
define('DISABLE_WP_CRON', true); define('WP_HTTP_BLOCK_EXTERNAL', true); define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_DEBUG', true); define('WP_DEBUG_DISPLAY', false); define('WP_DEBUG_LOG', '{ROOT / "debug.log"}');
{salts}
"""
    if CONFIG.exists():
        old = CONFIG.read_text(encoding="utf-8")
        if f"'{URL}'" in old and str(SOCKET) in old:
            return  # ours, same place: keep its salts
    try:
        CONFIG.parent.mkdir(parents=True, exist_ok=True)
        CONFIG.write_text(text, encoding="utf-8")
    except OSError as error:
        raise CannotStart(f"cannot write {CONFIG} ({error.strerror}); run once as root") from None
    (ROOT / "mu-plugins").mkdir(parents=True, exist_ok=True)
    (ROOT / "mu-plugins" / "no-mail.php").write_text("<?php add_filter('pre_wp_mail', '__return_false');\n")


_INSTALL = r"""<?php
$_SERVER['HTTP_HOST'] = '127.0.0.1:%(port)d';
define('WP_INSTALLING', true);
require '/usr/share/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
if (!is_blog_installed()) wp_install('test', 'admin', 'admin@example.invalid', false, '', wp_generate_password(24));
global $wp_rewrite;
if (get_option('permalink_structure') !== '/%%postname%%/') {
  $wp_rewrite->set_permalink_structure('/%%postname%%/'); flush_rewrite_rules(false);
}
if (!get_user_by('login', 'reader')) {
  wp_insert_user(array('user_login' => 'reader', 'user_pass' => wp_generate_password(24), 'role' => 'subscriber',
    'user_email' => 'reader@example.invalid', 'display_name' => 'Reader'));
}
wp_update_user(array('ID' => get_user_by('login', 'admin')->ID, 'display_name' => 'Site Admin'));
$out = array();
foreach (array('admin', 'reader') as $login) {
  $user = get_user_by('login', $login);
  foreach (WP_Application_Passwords::get_user_application_passwords($user->ID) as $item) {
    WP_Application_Passwords::delete_application_password($user->ID, $item['uuid']);
  }
  list($pw) = WP_Application_Passwords::create_new_application_password($user->ID, array('name' => 'tests'));
  $out[$login] = $pw;
}
echo json_encode($out);
"""


def _verifies(user: str, password: str) -> bool:
    request = urllib.request.Request(f"{URL}/wp-json/wp/v2/users/me")
    token = base64.b64encode(f"{user}:{password}".encode()).decode()
    request.add_header("Authorization", f"Basic {token}")
    try:
        with urllib.request.urlopen(request, timeout=5) as response:
            return response.status == 200
    except (urllib.error.URLError, OSError):
        return False


def _port_open() -> bool:
    try:
        socket.create_connection(("127.0.0.1", PORT), timeout=1).close()
    except OSError:
        return False
    return True


def _web_up() -> bool:
    try:
        with urllib.request.urlopen(f"{URL}/wp-json/", timeout=3) as response:
            return response.status == 200
    except (urllib.error.URLError, OSError):
        return False


def start() -> dict[str, str]:
    """Start what is not running; return ``{"url": ..., "admin": password, "reader": password}``."""
    for program in ("php", "mariadbd", "mariadb-install-db", "mariadb"):
        if shutil.which(program) is None and not Path("/usr/sbin", program).exists():
            raise CannotStart(f"{program} is not installed (Debian: apt-get install wordpress mariadb-server php-cli "
                              "php-mysql php-xml php-mbstring)")  # fmt: skip
    if not (WORDPRESS / "wp-load.php").exists():
        raise CannotStart(f"WordPress is not installed in {WORDPRESS} (Debian: apt-get install wordpress)")
    os.environ["PATH"] = os.environ.get("PATH", "") + ":/usr/sbin"
    ROOT.mkdir(parents=True, exist_ok=True)
    _config()
    _database()
    if not _web_up():
        log = (ROOT / "php.log").open("ab")
        process = subprocess.Popen(
            ["php", "-S", f"127.0.0.1:{PORT}", "-t", str(WORDPRESS)],
            stdin=subprocess.DEVNULL, stdout=log, stderr=log, start_new_session=True,
        )  # fmt: skip
        (ROOT / "php.pid").write_text(str(process.pid))
        _wait(_port_open, 20, "PHP's web server")
    try:
        known = json.loads(CREDENTIALS.read_text())
    except (OSError, ValueError):
        known = {}
    if known.get("url") == URL and _web_up() and all(_verifies(u, known.get(u, "")) for u in ("admin", "reader")):
        return known
    done = _run("php", input=_INSTALL % {"port": PORT})
    try:
        passwords = json.loads(done.stdout.strip().splitlines()[-1])
    except (ValueError, IndexError):
        raise CannotStart(f"WordPress setup failed: {(done.stdout + done.stderr).strip()[-400:]}") from None
    _wait(_web_up, 20, "PHP's web server")
    credentials = {"url": URL, **passwords}
    CREDENTIALS.write_text(json.dumps(credentials))
    return credentials


def stop() -> None:
    for name in ("php.pid", "mariadbd.pid"):
        pid_file = ROOT / name
        if _pid_alive(pid_file):
            os.kill(int(pid_file.read_text().strip()), signal.SIGTERM)


def main(argv: list[str]) -> int:
    if argv[1:2] == ["stop"]:
        stop()
        return 0
    try:
        print(json.dumps(start()))
    except CannotStart as error:
        print(f"wordpress server: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
