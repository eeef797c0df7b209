"""Performance benchmarks at district scale: a deterministic data generator and a suite that measures it."""

from __future__ import annotations

import sys
from pathlib import Path

# Measure the sources beside this suite, whatever checkout the virtualenv's editable install points at.
_SRC = Path(__file__).resolve().parents[1] / "src"
if (_SRC / "incubator_desktop").is_dir() and str(_SRC) not in sys.path:
    sys.path.insert(0, str(_SRC))
