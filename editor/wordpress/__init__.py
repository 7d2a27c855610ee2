"""Publishing to WordPress: sites, the REST client, pulling a page and pushing a policy back.

``sites`` keeps the sites (URL and user; the application password in the system keyring, or in
memory for the session), ``client`` speaks the REST API (``wp/v2``) with plain-word errors,
``origin`` is the typed record of where a pulled policy came from, ``shapes`` the page and update
shapes, ``publish`` the pull / push / status operations with the conflict check, ``media`` the
upload of embedded images, ``compare`` the word-level comparison shown on a conflict. Qt-free.
"""
