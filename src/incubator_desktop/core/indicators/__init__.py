"""Performance indicators computed from the records, against the site's target set."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

# core.messages imports this package for its message table, so the public names load lazily: importing
# the package must not pull in services that might one day import core.messages themselves.
_EXPORTS = {
    "CAPTIONS": "captions",
    "IndicatorCaption": "captions",
    "captions_for": "captions",
    "INDICATOR_CODES": "compute",
    "compute_indicators": "compute",
    "Comparison": "model",
    "Indicator": "model",
    "NearMiss": "model",
    "NearMissReason": "model",
    "Number": "model",
    "Status": "model",
    "indicator_payload": "model",
    "json_number": "model",
    "SERIES_CODES": "series",
    "monthly_series": "series",
    "Targets": "targets",
    "current_targets": "targets",
    "default_period": "targets",
    "default_targets": "targets",
    "ensure_default_target_set": "targets",
}

if TYPE_CHECKING:
    from incubator_desktop.core.indicators.captions import CAPTIONS, IndicatorCaption, captions_for
    from incubator_desktop.core.indicators.compute import INDICATOR_CODES, compute_indicators
    from incubator_desktop.core.indicators.model import (
        Comparison,
        Indicator,
        NearMiss,
        NearMissReason,
        Number,
        Status,
        indicator_payload,
        json_number,
    )
    from incubator_desktop.core.indicators.series import SERIES_CODES, monthly_series
    from incubator_desktop.core.indicators.targets import (
        Targets,
        current_targets,
        default_period,
        default_targets,
        ensure_default_target_set,
    )


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(name)
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)


__all__ = [
    "CAPTIONS",
    "INDICATOR_CODES",
    "SERIES_CODES",
    "Comparison",
    "Indicator",
    "IndicatorCaption",
    "NearMiss",
    "NearMissReason",
    "Number",
    "Status",
    "Targets",
    "captions_for",
    "compute_indicators",
    "current_targets",
    "default_period",
    "default_targets",
    "ensure_default_target_set",
    "indicator_payload",
    "json_number",
    "monthly_series",
]
