"""One program per database: an operating-system lock on a file beside it, released even when a process dies."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from types import TracebackType

from incubator_desktop.core.errors import DatabaseRefused

LOCK_SUFFIX = ".lock"


def lock_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + LOCK_SUFFIX)


def _try_lock(fd: int) -> bool:
    if sys.platform == "win32":
        import msvcrt

        try:
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _unlock(fd: int) -> None:
    if sys.platform == "win32":
        import msvcrt

        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
    else:
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_UN)


class InstanceLock:
    """Held while a program uses the database at `db_path`; a second holder is refused, not made to wait.

    The lock belongs to an open file handle (flock on POSIX, a locked byte on Windows), so the operating
    system drops it when the process ends in any way, crash and power cut included: a lock file left
    behind by a dead process never blocks. The file itself is never deleted (that would race a new holder).
    """

    def __init__(self, db_path: Path) -> None:
        self.path = lock_path(db_path)
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> bool:
        """Take the lock if nobody holds it; returns False (and holds nothing) if another program does."""
        if self._fd is not None:
            return True
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        if not _try_lock(fd):
            os.close(fd)
            return False
        if sys.platform != "win32":
            # Who holds it, for a person looking at the folder; nothing reads it back.
            os.ftruncate(fd, 0)
            os.write(fd, f"{os.getpid()}\n".encode())
        self._fd = fd
        return True

    def require(self) -> InstanceLock:
        """Take the lock or raise DatabaseRefused("db_in_use")."""
        if not self.acquire():
            raise DatabaseRefused("db_in_use", path=str(self.path.with_suffix("")))
        return self

    def release(self) -> None:
        fd, self._fd = self._fd, None
        if fd is None:
            return
        try:
            _unlock(fd)
        finally:
            os.close(fd)

    def __enter__(self) -> InstanceLock:
        return self.require()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.release()
