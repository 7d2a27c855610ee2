"""The errors of publishing to WordPress: one code per situation a user must understand.

Messages never contain a password or an ``Authorization`` header: they are built from the code,
the site's address and what the site answered.
"""

from __future__ import annotations

from editor.errors import PolicyEditorError, register_messages

register_messages(
    {
        "wp.site.bad_url": "{url!r} is not a web address (expected https://example.org)",
        "wp.site.plain_http": "{url}: plain http is refused except for localhost and 127.0.0.1: the application "
        "password would cross the network unencrypted; use the https:// address of the site",
        "wp.site.unknown": "no WordPress site {url} is configured; add it with "
        "'policy-editor wp add-site URL --user USER'",
        "wp.site.none": "no WordPress site is configured; add one with 'policy-editor wp add-site URL --user USER'",
        "wp.site.ambiguous": "several WordPress sites are configured ({sites}); name one with --site",
        "wp.site.no_password": "no application password for {user} at {url}: there is no system keyring to keep it; "
        "set POLICY_EDITOR_WP_PASSWORD or type it when asked",
        "wp.site.empty_password": "the application password is empty",
        "wp.http.unauthorized": "{url}: the site refused the user name or application password (401); check them in "
        "the user's profile, Application Passwords",
        "wp.http.forbidden": "{url}: the user may not do this on the site (403: {detail})",
        "wp.http.not_found": "{url}: the page does not exist on the site any more (404; deleted or moved to the trash)",
        "wp.http.no_page": "{url}: the site has no page {ref!r}",
        "wp.http.html": "{url}: the site answered with a web page instead of REST API data ({detail}); a security "
        "plugin, a maintenance page or a wrong address is in the way",
        "wp.http.rest_disabled": "{url}: the REST API is disabled or blocked on this site ({detail}); it is needed "
        "to read and write pages",
        "wp.http.timeout": "{url}: the site did not answer within {seconds} s",
        "wp.http.tls": "{url}: the secure connection failed ({detail}); the site's certificate is not trusted",
        "wp.http.connect": "{url}: cannot reach the site ({detail})",
        "wp.http.redirect": "{url}: the site redirects to {target}; credentials are never sent to another address: "
        "use that address for the site if it is the right one",
        "wp.http.server": "{url}: the site failed with a server error ({status}); nothing was changed by this "
        "request, try again later",
        "wp.http.status": "{url}: the site refused the request ({status}: {detail})",
        "wp.http.bad_json": "{url}: the site's answer is not valid JSON ({detail})",
        "wp.cancelled": "cancelled; nothing was changed on the site by the step that was running",
        "wp.push.not_pulled": "{path}: this policy was not pulled from a WordPress site; name the site with --site "
        "to create a new page",
        "wp.push.cut_off": "{path}: the import of this page was cut off (section {section!r} is incomplete); pushing "
        "would replace the page with a shortened text: confirm with --allow-incomplete",
        "wp.push.conflict": "the page {title!r} (ID {id}) changed on {site} since it was pulled (modified "
        "{theirs} UTC, pulled at {ours} UTC); nothing was sent",
        "wp.push.other_site": "{path}: this policy was pulled from {origin}, not from {site}",
        "wp.push.elementor": "the page was built with Elementor, which shows its own saved layout: the text was "
        "sent, but visitors see it only once the page is edited with Elementor or switched back to the block editor",
        "wp.media.type": "the embedded image {index} is not an image WordPress accepts ({mime})",
    }
)


class WordPressError(PolicyEditorError):
    """A request to a WordPress site that failed, or a publishing step that is refused."""


class Cancelled(WordPressError):
    """The user cancelled the network work; the step that was running changed nothing."""

    def __init__(self) -> None:
        super().__init__("wp.cancelled")
