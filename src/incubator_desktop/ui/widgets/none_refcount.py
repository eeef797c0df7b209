"""Works around PySide6 6.12 on CPython 3.11 dropping a reference to None on each call of a void Qt method.

Every `label.setText(...)`, `app.processEvents()`, `model.beginResetModel()`... returns None to Python
without taking the reference it gives away, so None's reference count falls by one per call, and after a
few thousand calls the interpreter aborts with "Fatal Python error: none_dealloc". From CPython 3.12
None is immortal (PEP 683) and the bug is harmless; on 3.11 we give None the same practical immortality
by raising its count far beyond what any session can lose. Remove once PySide6 returns None correctly.
"""

from __future__ import annotations

import ctypes
import sys

_HEADROOM = 1 << 40
_state = {"done": False}


def protect_none() -> bool:
    """Make None effectively immortal on CPython < 3.12 (once per process); True if it was needed."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython" or _state["done"]:
        return False
    # ob_refcnt is the first field of every object in a release build of CPython 3.11.
    count = ctypes.c_ssize_t.from_address(id(None))
    count.value += _HEADROOM
    _state["done"] = True
    return True
