"""Publishing to WordPress from the window: the site and page dialogs, the network task, File > WordPress."""
