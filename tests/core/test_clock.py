"""The hybrid logical clock never goes backwards, even when the PC clock does."""

from __future__ import annotations

from incubator_desktop.core.clock import HybridClock, parse_stamp


def test_stamps_increase_when_wall_clock_jumps_back() -> None:
    """A wall clock set back an hour still yields increasing stamps."""
    times = iter([5_000_000, 5_000_000, 1_400_000, 5_000_001])
    clock = HybridClock(now_ms=lambda: next(times))
    stamps = [clock.tick() for _ in range(4)]
    assert stamps == sorted(stamps) and len(set(stamps)) == 4
    assert parse_stamp(stamps[2]) == (5_000_000, 2)


def test_observing_a_later_stamp_moves_the_clock_forward() -> None:
    """After seeing another device's later stamp, the next local stamp is later still."""
    clock = HybridClock(now_ms=lambda: 1_000)
    remote = HybridClock(now_ms=lambda: 9_000).tick()
    clock.observe(remote)
    assert clock.tick() > remote


def test_resuming_from_a_saved_stamp() -> None:
    """A clock restored from the last saved stamp continues after it."""
    saved = HybridClock(now_ms=lambda: 7_000).tick()
    assert HybridClock(saved, now_ms=lambda: 10).tick() > saved
