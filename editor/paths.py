"""Where the application keeps its own files (platformdirs locations, never the working folder).

``POLICY_EDITOR_HOME`` moves them all under one folder (tests, portable installs).
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "policy-editor"
APP_AUTHOR = "PolicyEditor"


def _base(kind: str) -> Path:
    home = os.environ.get("POLICY_EDITOR_HOME")
    if home:
        return Path(home) / kind
    dirs = platformdirs.PlatformDirs(APP_NAME, APP_AUTHOR)
    return Path(
        {
            "config": dirs.user_config_dir,
            "state": dirs.user_state_dir,
            "log": dirs.user_log_dir,
            "cache": dirs.user_cache_dir,
            "data": dirs.user_data_dir,
        }[kind]
    )


def config_dir() -> Path:
    """Settings and recent files."""
    return _base("config")


def state_dir() -> Path:
    """Recovery journals and other state that must survive a crash."""
    return _base("state")


def log_dir() -> Path:
    """Logs, including the details of unexpected errors."""
    return _base("log")


def cache_dir() -> Path:
    return _base("cache")


def data_dir() -> Path:
    """Data the user builds up, such as the personal spelling dictionary."""
    return _base("data")
