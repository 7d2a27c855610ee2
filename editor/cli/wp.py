"""``policy-editor wp add-site|sites|pages|pull|push|status``: publishing to WordPress from scripts and CI.

Exit codes: 0 done (``status``: up to date); 1 refused because the page changed on the site
(``push``, nothing sent) or not up to date (``status``); 2 any error, as one line on stderr. The
application password comes from ``POLICY_EDITOR_WP_PASSWORD`` when set, else the system keyring,
else a prompt on a terminal; it is never printed.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys

from editor.cli.output import load_reporting
from editor.exporters import export_file
from editor.wordpress.client import DEFAULT_TIMEOUT, Client
from editor.wordpress.compare import compare, summary
from editor.wordpress.errors import WordPressError
from editor.wordpress.origin import Origin
from editor.wordpress.publish import (
    NEEDS_CONFIRMATION,
    STATUSES,
    PushConflict,
    describe_status,
    list_pages,
    pull,
    push,
    sync_state,
    test_connection,
)
from editor.wordpress.sites import Site, SiteStore, normalize_url, session_passwords

NAME = "wp"
HELP = "publish to WordPress: add-site, sites, pages, pull, push, status"
PASSWORD_VARIABLE = "POLICY_EDITOR_WP_PASSWORD"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    commands = parser.add_subparsers(dest="wp_command", required=True, metavar="COMMAND")
    add = commands.add_parser("add-site", help="add a site (application password on stdin or in $" + PASSWORD_VARIABLE)
    add.add_argument("url", help="the site's address, https://example.org")
    add.add_argument("--user", required=True, help="the WordPress user the application password belongs to")
    commands.add_parser("sites", help="list the sites (never the passwords)")
    listing = commands.add_parser("pages", help="list the pages of a site (ID, status, last change, slug, title)")
    listing.add_argument("--site", help="the site (needed when several are configured)")
    get = commands.add_parser("pull", help="open a page of a site as a policy file")
    get.add_argument("page", help="the page: its URL, slug or ID")
    get.add_argument("--site", help="the site (needed when several are configured and PAGE is not a URL)")
    get.add_argument("-o", "--output", required=True, metavar="FILE", help="the policy to write (.policy.md)")
    send = commands.add_parser("push", help="send a policy back to its page (a draft unless --status says otherwise)")
    send.add_argument("file", help="a policy pulled with 'wp pull' (or any policy, with --new)")
    send.add_argument("--status", choices=STATUSES, default="draft", help="the page status to set (default draft)")
    send.add_argument("--force", action="store_true", help="overwrite the page even if it changed on the site")
    send.add_argument("--new", action="store_true", help="create a new page instead of updating the pulled one")
    send.add_argument("--site", help="the site for a new page (default: the site the policy came from)")
    send.add_argument(
        "--allow-incomplete", action="store_true", help="push a policy whose import was cut off (confirmation)"
    )
    state = commands.add_parser("status", help="is the policy in step with its page? (exit 0 yes, 1 no)")
    state.add_argument("file", help="a policy pulled with 'wp pull'")
    for sub in (add, listing, get, send, state):
        sub.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT, help="seconds to wait for the site")


def run(args: argparse.Namespace) -> int:
    command = {"add-site": _add_site, "sites": _sites, "pages": _pages, "pull": _pull, "push": _push, "status": _status}
    return command[args.wp_command](args)


def _say(text: str) -> None:
    print(f"policy-editor: {text}", file=sys.stderr)


def _read_password(prompt: str) -> str:
    value = os.environ.get(PASSWORD_VARIABLE)
    if value:
        return value.strip()
    if sys.stdin is not None and sys.stdin.isatty():
        return getpass.getpass(prompt).strip()
    data = sys.stdin.readline() if sys.stdin is not None else ""
    return data.strip()


def _client(site: Site, timeout: float) -> Client:
    passwords = session_passwords()
    password = os.environ.get(PASSWORD_VARIABLE) or passwords.get(site)
    if not password and sys.stdin is not None and sys.stdin.isatty():
        password = getpass.getpass(f"Application password for {site.user} at {site.url}: ").strip()
    if not password:
        raise WordPressError("wp.site.no_password", user=site.user, url=site.url)
    return Client(site, password.strip(), timeout=timeout)


def _add_site(args: argparse.Namespace) -> int:
    site = Site(normalize_url(args.url), args.user)
    password = _read_password(f"Application password for {site.user} at {site.url}: ")
    if not password:
        raise WordPressError("wp.site.empty_password")
    report = test_connection(Client(site, password, timeout=args.timeout))
    SiteStore().add(site)
    kept = session_passwords().set(site, password)
    version = report.version or "version hidden by the site"
    print(f"{site.url}: WordPress {version}, signed in as {report.display_name}; may edit pages: "
          f"{'yes' if report.can_edit_pages else 'no'}")  # fmt: skip
    if not report.can_edit_pages:
        _say(f"{site.url}: warning: {site.user} may not edit pages; pulls may fail and pushes will")
    if not kept:
        _say(f"no system keyring: the password is not kept; set {PASSWORD_VARIABLE} for later commands")
    return 0


def _sites(_args: argparse.Namespace) -> int:
    passwords = session_passwords()
    for site in SiteStore().sites():
        where = "in the keyring" if passwords.get(site) else "not stored"
        print(f"{site.url}\t{site.user}\tpassword {where}")
    return 0


def _pages(args: argparse.Namespace) -> int:
    site = SiteStore().find(args.site)
    for page in list_pages(_client(site, args.timeout)):
        modified = page.modified_gmt.replace("T", " ")
        print(f"{page.id}\t{page.status}\t{modified}\t{page.slug}\t{page.title}")
    return 0


def _pull(args: argparse.Namespace) -> int:
    store = SiteStore()
    site = store.find(args.site or (args.page if "://" in args.page else None))
    result = pull(_client(site, args.timeout), args.page)
    for notice in result.notices:
        _say(f"{args.page}: warning: {notice.message()}")
    used = export_file(result.policy, args.output)
    origin = Origin.of(result.policy)
    assert origin is not None
    print(f"{args.output}: page {origin.id} ({origin.status}) of {site.url}, written as {used}", file=sys.stderr)
    return 0


def _push(args: argparse.Namespace) -> int:
    policy = load_reporting(args.file).policy
    origin = Origin.of(policy)
    store = SiteStore()
    if args.site or args.new or origin is None:
        if origin is None and not args.site and not args.new:
            raise WordPressError("wp.push.not_pulled", path=args.file)
        site = store.find(args.site or (origin.site if origin else None))
    else:
        site = store.find(origin.site)
    create = args.new or origin is None or origin.site != site.url
    page = "a new page" if create else f"the page {origin.title!r} (ID {origin.id})" if origin else ""
    if args.status in NEEDS_CONFIRMATION and not _confirm(f"Set {page} on {site.url} to {args.status}?"):
        _say("nothing sent")
        return 2
    try:
        result = push(
            _client(site, args.timeout),
            policy,
            status=args.status,
            force=args.force,
            allow_incomplete=args.allow_incomplete,
            create=create,
            path=args.file,
        )
    except PushConflict as conflict:
        _say(conflict.message())
        print(f"  on the site: {summary(conflict.changes)}", file=sys.stderr)
        _say(f"to take theirs: policy-editor wp pull {conflict.remote.id} --site {site.url} -o FILE; "
             "to overwrite: push again with --force")  # fmt: skip
        return 1
    if args.file.endswith(".policy.md"):
        export_file(result.policy, args.file)
    else:
        _say(f"{args.file}: not a .policy.md; the new origin record is not saved")
    for notice in result.notices:
        _say(f"warning: {notice.message()}")
    action = "created" if result.created else "updated"
    print(f"{action} page {result.page.id} as {result.page.status}: {result.page.link}")
    return 0


def _confirm(question: str) -> bool:
    """Ask on a terminal; without one, the explicit --status option is the confirmation."""
    if sys.stdin is None or not sys.stdin.isatty():
        _say(question.rstrip("?") + ": yes (--status given, no terminal to ask)")
        return True
    answer = input(question + " [y/N] ")
    return answer.strip().lower() in ("y", "yes", "o", "oui")


def _status(args: argparse.Namespace) -> int:
    policy = load_reporting(args.file).policy
    origin = Origin.of(policy)
    if origin is None:
        raise WordPressError("wp.push.not_pulled", path=args.file)
    site = SiteStore().find(origin.site)
    state = sync_state(_client(site, args.timeout), policy, origin)
    print(f"{args.file}: {describe_status(state)}")
    if state.site_changed:
        print(f"  on the site: {summary(compare(origin.raw, state.remote.content))}", file=sys.stderr)
    return 0 if state.up_to_date else 1


__all__ = ["HELP", "NAME", "add_arguments", "run"]
