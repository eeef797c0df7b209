"""A child process for start-up and memory figures: starts a window, says when it is usable, then exits.

    python -m benchmarks.app_probe bare            a bare PySide6 main window (the baseline)
    python -m benchmarks.app_probe app DB          the real app (its own `main`) on the database DB
    python -m benchmarks.app_probe memory DB       the app, then the activity list loaded and scrolled
    python -m benchmarks.app_probe profile DB      the app under cProfile; prints the top entries once ready

Prints "ready" once the window is shown and the event loop turns; `memory` then prints
"peak <KiB> <ms to list loaded>" once the activity list has loaded its first, middle and last pages.
Exits at once with os._exit: tearing the app down is not part of what is measured.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable


def _say(text: str) -> None:
    sys.stdout.write(text + "\n")
    sys.stdout.flush()


def peak_rss_kib() -> int:
    """The process's peak resident set size (VmHWM on Linux; ru_maxrss elsewhere)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak // 1024 if sys.platform == "darwin" else peak


def _bare() -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication([sys.argv[0]])
    window = QMainWindow()
    window.resize(1200, 760)
    window.show()

    def ready() -> None:
        app.processEvents()
        _say("ready")
        _say(f"peak {peak_rss_kib()} 0")
        os._exit(0)

    QTimer.singleShot(0, ready)
    app.exec()


def _when(condition: Callable[[], bool], then: Callable[[], None]) -> None:
    from PySide6.QtCore import QTimer

    def poll() -> None:
        if condition():
            then()
        else:
            QTimer.singleShot(10, poll)

    QTimer.singleShot(0, poll)


def _app(db: str, *, memory: bool = False, profile: bool = False) -> None:
    profiler = None
    if profile:
        import cProfile

        profiler = cProfile.Profile()
        profiler.enable()
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from incubator_desktop import app as desktop
    from incubator_desktop.ui.main_window import MainWindow

    qt = desktop.application([])

    def window() -> MainWindow | None:
        found = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        return found[0] if found else None

    def ready() -> None:
        main = window()
        if main is None:  # an error box runs its own event loop: not a start-up
            _say("failed")
            os._exit(1)
        qt.processEvents()
        _say("ready")
        if profiler is not None:
            _print_profile(profiler)
        if not memory:
            os._exit(0)
        _load_activities(main)

    QTimer.singleShot(0, ready)
    desktop.main(["--db", db])
    os._exit(2)


def _print_profile(profiler: object) -> None:
    import io
    import pstats

    profiler.disable()  # type: ignore[attr-defined]
    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out).strip_dirs()  # type: ignore[arg-type]
    stats.sort_stats("cumulative").print_stats(40)
    stats.sort_stats("tottime").print_stats(15)
    _say(out.getvalue())


def _load_activities(main: object) -> None:
    """Open the activity list, wait for it, jump to the middle and the end, then report the peak memory."""
    started = time.perf_counter()
    page = main.navigate("activities")  # type: ignore[attr-defined]
    model, table = page.model, page.table

    def finish() -> None:
        _say(f"peak {peak_rss_kib()} {(time.perf_counter() - started) * 1000:.0f}")
        os._exit(0)

    def show(first: int) -> None:
        # What painting the rows asks for, without depending on when the offscreen view repaints.
        table.scrollTo(model.index(first, 0))
        for row in range(first, min(first + 30, model.rowCount())):
            for column in range(model.columnCount()):
                model.data(model.index(row, column))

    def to_end() -> None:
        show(max(0, model.rowCount() - 30))
        _when(lambda: not model.is_loading(), finish)

    def to_middle() -> None:
        show(model.rowCount() // 2)
        _when(lambda: not model.is_loading(), to_end)

    _when(lambda: not model.is_loading() and model.rowCount() > 0, to_middle)


def main() -> None:
    mode = sys.argv[1]
    if mode == "bare":
        _bare()
    else:
        _app(sys.argv[2], memory=mode == "memory", profile=mode == "profile")


if __name__ == "__main__":
    main()
