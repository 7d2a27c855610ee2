"""What keeps work safe: recovery journals and dialog, the file watcher, locks, save errors, the diff view they show."""
