"""Translated texts for the error codes of publishing to WordPress (``editor.wordpress``).

Looked up by :func:`editor.gui.messages.describe_code` for ``wp.*`` codes; a code missing here
falls back to the core's English template. Worded for the window (no command-line options).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def wordpress_templates() -> dict[str, str]:
    """Templates by code, in the user's language."""
    return {
        "wp.site.bad_url": QCoreApplication.translate(
            "messages",
            "“{url}” is not a web address (for example https://example.org)",
        ),
        "wp.site.plain_http": QCoreApplication.translate(
            "messages",
            "{url}: plain http is refused except for localhost and 127.0.0.1: the application password would cross the network unencrypted; use the site’s https:// address",  # noqa: E501
        ),
        "wp.site.unknown": QCoreApplication.translate(
            "messages",
            "no WordPress site {url} is set up; add it first",
        ),
        "wp.site.none": QCoreApplication.translate(
            "messages",
            "no WordPress site is set up; add one first",
        ),
        "wp.site.ambiguous": QCoreApplication.translate(
            "messages",
            "several WordPress sites are set up ({sites}); choose one",
        ),
        "wp.site.no_password": QCoreApplication.translate(
            "messages",
            "no application password for {user} at {url}: there is no system keyring to keep it",
        ),
        "wp.site.empty_password": QCoreApplication.translate(
            "messages",
            "the application password is empty",
        ),
        "wp.http.unauthorized": QCoreApplication.translate(
            "messages",
            "{url}: the site refused the user name or application password (401); check them in the user’s profile, Application Passwords",  # noqa: E501
        ),
        "wp.http.forbidden": QCoreApplication.translate(
            "messages",
            "{url}: the user may not do this on the site (403: {detail})",
        ),
        "wp.http.not_found": QCoreApplication.translate(
            "messages",
            "{url}: the page does not exist on the site any more (404; deleted or moved to the trash)",
        ),
        "wp.http.no_page": QCoreApplication.translate(
            "messages",
            "{url}: the site has no page “{ref}”",
        ),
        "wp.http.html": QCoreApplication.translate(
            "messages",
            "{url}: the site answered with a web page instead of REST API data ({detail}); a security plugin, a maintenance page or a wrong address is in the way",  # noqa: E501
        ),
        "wp.http.rest_disabled": QCoreApplication.translate(
            "messages",
            "{url}: the REST API is disabled or blocked on this site ({detail}); it is needed to read and write pages",
        ),
        "wp.http.timeout": QCoreApplication.translate(
            "messages",
            "{url}: the site did not answer within {seconds} s",
        ),
        "wp.http.tls": QCoreApplication.translate(
            "messages",
            "{url}: the secure connection failed ({detail}); the site’s certificate is not trusted",
        ),
        "wp.http.connect": QCoreApplication.translate(
            "messages",
            "{url}: cannot reach the site ({detail})",
        ),
        "wp.http.redirect": QCoreApplication.translate(
            "messages",
            "{url}: the site redirects to {target}; credentials are never sent to another address: use that address for the site if it is the right one",  # noqa: E501
        ),
        "wp.http.server": QCoreApplication.translate(
            "messages",
            "{url}: the site failed with a server error ({status}); this request changed nothing, try again later",
        ),
        "wp.http.status": QCoreApplication.translate(
            "messages",
            "{url}: the site refused the request ({status}: {detail})",
        ),
        "wp.http.bad_json": QCoreApplication.translate(
            "messages",
            "{url}: the site’s answer is not valid JSON ({detail})",
        ),
        "wp.cancelled": QCoreApplication.translate(
            "messages",
            "cancelled; the step that was running changed nothing on the site",
        ),
        "wp.push.not_pulled": QCoreApplication.translate(
            "messages",
            "{path}: this policy does not come from a WordPress site",
        ),
        "wp.push.cut_off": QCoreApplication.translate(
            "messages",
            "{path}: the import of this page was cut off (section “{section}” is incomplete)",
        ),
        "wp.push.conflict": QCoreApplication.translate(
            "messages",
            "the page “{title}” (ID {id}) changed on {site} since it was pulled (modified {theirs} UTC, pulled at {ours} UTC); nothing was sent",  # noqa: E501
        ),
        "wp.push.other_site": QCoreApplication.translate(
            "messages",
            "{path}: this policy comes from {origin}, not from {site}",
        ),
        "wp.media.type": QCoreApplication.translate(
            "messages",
            "embedded image {index} is not an image type WordPress accepts ({mime})",
        ),
        "wp.push.elementor": QCoreApplication.translate(
            "messages",
            "the page was built with Elementor, which shows its own saved layout: the text was sent, but visitors see it only once the page is edited with Elementor or switched back to the block editor",  # noqa: E501
        ),
    }
