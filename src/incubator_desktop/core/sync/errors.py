"""What sync raises and how long work reports progress: stable codes, never prose."""

from __future__ import annotations

from collections.abc import Callable

from incubator_desktop.core.errors import CoreError

#: Reports how far long work got: a fraction from 0 to 1 and the code of the current step.
Progress = Callable[[float, str], None]
#: Asked between steps; True stops the work before anything is written.
Cancelled = Callable[[], bool]


class BundleRejected(CoreError):
    """A bundle that must not be applied (damaged, forged, misdirected, replayed...); nothing was changed."""

    code = "bundle_rejected"


class KeyProblem(CoreError):
    """Keys cannot be created, found, unlocked or trusted as asked."""

    code = "key_problem"


class SyncCancelled(CoreError):
    """The user stopped the work; nothing was written."""

    code = "sync_cancelled"


def no_progress(_fraction: float, _step: str) -> None:
    """The default `progress`: report nowhere."""


def never_cancelled() -> bool:
    """The default `cancelled`: run to the end."""
    return False


def check_cancelled(cancelled: Cancelled) -> None:
    if cancelled():
        raise SyncCancelled()
