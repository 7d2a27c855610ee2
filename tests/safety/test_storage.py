"""Safe saves (editor.storage): atomic replace, backup, clear errors, no temporary files left."""

from __future__ import annotations

import errno
import os
import stat
import subprocess
import time
from pathlib import Path

import pytest

from editor import storage
from editor.errors import ExportFailed, ImportFailed


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(storage.TEMP_SUFFIX))


def test_write_replaces_and_keeps_previous_version_as_backup(tmp_path: Path) -> None:
    target = tmp_path / "p.policy.md"
    storage.atomic_write(target, b"one")
    assert target.read_bytes() == b"one"
    assert not storage.backup_path(target).exists()
    storage.atomic_write(target, b"two")
    storage.atomic_write(target, b"three")
    assert target.read_bytes() == b"three"
    assert storage.backup_path(target).read_bytes() == b"two"
    assert leftovers(tmp_path) == []


def test_save_after_a_kill_that_left_file_and_backup_linked_leaves_no_temporary(tmp_path: Path) -> None:
    # A save killed between the backup step and the final rename leaves NAME and NAME.bak as two
    # hard links to one file. The next save must still leave no temporary name behind (rename()
    # between two links of the same file does nothing), and keep the previous version as backup.
    target = tmp_path / "p.policy.md"
    target.write_bytes(b"one")
    os.link(target, storage.backup_path(target))
    storage.atomic_write(target, b"two")
    assert target.read_bytes() == b"two"
    assert storage.backup_path(target).read_bytes() == b"one"
    assert leftovers(tmp_path) == []
    storage.atomic_write(target, b"three")
    assert storage.backup_path(target).read_bytes() == b"two"
    assert leftovers(tmp_path) == []


def test_write_keeps_permissions(tmp_path: Path) -> None:
    target = tmp_path / "p.policy.md"
    target.write_bytes(b"old")
    os.chmod(target, 0o640)
    storage.atomic_write(target, b"new")
    assert target.stat().st_mode & 0o777 == 0o640


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores folder permissions")
def test_read_only_folder_is_named_and_nothing_changes(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    target = folder / "p.policy.md"
    target.write_bytes(b"old")
    os.chmod(folder, 0o555)
    try:
        with pytest.raises(ExportFailed) as caught:
            storage.atomic_write(target, b"new")
    finally:
        os.chmod(folder, 0o755)
    assert caught.value.code == "file.read_only"
    assert str(target) in caught.value.message()
    assert target.read_bytes() == b"old"


def test_missing_folder_is_named(tmp_path: Path) -> None:
    target = tmp_path / "gone" / "p.policy.md"
    with pytest.raises(ExportFailed) as caught:
        storage.atomic_write(target, b"new")
    assert caught.value.code == "file.folder_missing"
    assert "gone" in caught.value.message()
    assert "does not exist" in caught.value.message()


def test_folder_is_a_file(tmp_path: Path) -> None:
    (tmp_path / "afile").write_bytes(b"x")
    with pytest.raises(ExportFailed) as caught:
        storage.atomic_write(tmp_path / "afile" / "p.policy.md", b"new")
    assert caught.value.code == "file.folder_missing"


@pytest.mark.parametrize(
    ("number", "code"),
    [
        (errno.ENOSPC, "file.disk_full"),
        (errno.EDQUOT, "file.disk_full"),
        (errno.EROFS, "file.read_only"),
        (errno.EACCES, "file.read_only"),
        (errno.EIO, "file.device_gone"),
        (errno.ENODEV, "file.device_gone"),
    ],
)
def test_errors_during_the_write_are_named_and_leave_old_file_and_no_temp(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, number: int, code: str
) -> None:
    target = tmp_path / "p.policy.md"
    target.write_bytes(b"old")
    real_fsync = os.fsync

    def failing_fsync(fd: int) -> None:
        if os.path.basename(os.readlink(f"/proc/self/fd/{fd}")).endswith(storage.TEMP_SUFFIX):
            raise OSError(number, os.strerror(number))
        real_fsync(fd)

    monkeypatch.setattr(storage.os, "fsync", failing_fsync)
    with pytest.raises(ExportFailed) as caught:
        storage.atomic_write(target, b"new" * 1000)
    assert caught.value.code == code
    assert str(target) in caught.value.message()
    assert target.read_bytes() == b"old"
    assert leftovers(tmp_path) == []


@pytest.fixture
def small_drive(tmp_path: Path):
    """A real 256 KiB filesystem (tmpfs) mounted in tmp_path; skipped where mounting is not allowed."""
    mount = tmp_path / "drive"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", str(mount)], capture_output=True)
    if done.returncode != 0:
        pytest.skip("cannot mount a small filesystem here")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], capture_output=True)


def test_disk_full_on_a_real_small_filesystem(small_drive: Path) -> None:
    target = small_drive / "p.policy.md"
    storage.atomic_write(target, b"old" * 1000)
    with pytest.raises(ExportFailed) as caught:
        storage.atomic_write(target, b"x" * (400 * 1024))
    assert caught.value.code == "file.disk_full"
    assert "disk is full" in caught.value.message()
    assert target.read_bytes() == b"old" * 1000
    assert leftovers(small_drive) == []


def test_read_only_filesystem(small_drive: Path) -> None:
    target = small_drive / "p.policy.md"
    storage.atomic_write(target, b"old")
    subprocess.run(["mount", "-o", "remount,ro", str(small_drive)], check=True)
    with pytest.raises(ExportFailed) as caught:
        storage.atomic_write(target, b"new")
    assert caught.value.code == "file.read_only"
    assert target.read_bytes() == b"old"


def test_removed_drive(small_drive: Path) -> None:
    folder = small_drive / "docs"
    folder.mkdir()
    target = folder / "p.policy.md"
    storage.atomic_write(target, b"old")
    subprocess.run(["umount", "-l", str(small_drive)], check=True)
    with pytest.raises(ExportFailed) as caught:
        storage.atomic_write(target, b"new")
    assert caught.value.code == "file.folder_missing"
    assert "drive removed" in caught.value.message()


def test_interrupt_during_the_write_leaves_no_temporary(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "p.policy.md"
    target.write_bytes(b"old")

    def interrupted(fd: int) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(storage.os, "fsync", interrupted)
    with pytest.raises(KeyboardInterrupt):
        storage.atomic_write(target, b"new")
    assert target.read_bytes() == b"old"
    assert leftovers(tmp_path) == []


def test_stale_temporaries_of_a_killed_save_are_removed_by_the_next_save(tmp_path: Path) -> None:
    target = tmp_path / "p.policy.md"
    stale = tmp_path / ".p.policy.md.abc123.tmp"
    fresh = tmp_path / ".p.policy.md.def456.tmp"
    other = tmp_path / ".other.md.abc.tmp"
    for file in (stale, fresh, other):
        file.write_bytes(b"partial")
    old = time.time() - 3600
    os.utime(stale, (old, old))
    os.utime(other, (old, old))
    storage.atomic_write(target, b"new")
    assert not stale.exists()
    assert fresh.exists()  # may belong to a save running right now
    assert other.exists()  # another document's business


def test_target_that_is_a_folder(tmp_path: Path) -> None:
    with pytest.raises(ExportFailed) as caught:
        storage.atomic_write(tmp_path, b"x")
    assert caught.value.code == "file.is_directory"


def test_read_errors(tmp_path: Path) -> None:
    with pytest.raises(ImportFailed) as caught:
        storage.read_bytes(tmp_path / "none")
    assert caught.value.code == "file.not_found"
    with pytest.raises(ImportFailed) as caught:
        storage.read_bytes(tmp_path)
    assert caught.value.code == "file.is_directory"
    big = tmp_path / "big"
    big.write_bytes(b"x" * 101)
    with pytest.raises(ImportFailed) as caught:
        storage.read_bytes(big, limit=100)
    assert caught.value.code == "file.too_large"
    assert storage.read_bytes(big, limit=101) == b"x" * 101


def test_new_files_get_ordinary_permissions_and_keep_existing_ones(tmp_path: Path) -> None:
    mask = os.umask(0o022)
    try:
        fresh = tmp_path / "export.html"
        storage.atomic_write(fresh, b"<p>x</p>")
        assert stat.S_IMODE(fresh.stat().st_mode) == 0o644
        kept = tmp_path / "private.policy.md"
        kept.write_bytes(b"old")
        kept.chmod(0o600)
        storage.atomic_write(kept, b"new")
        assert stat.S_IMODE(kept.stat().st_mode) == 0o600
    finally:
        os.umask(mask)
