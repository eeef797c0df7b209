"""A USB stick that fills up, is pulled out or lies on read-back: every export fails loudly, no file is left."""

from __future__ import annotations

import errno
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import openpyxl.writer.excel
import pytest
from sqlalchemy import select

from incubator_desktop.core import durable
from incubator_desktop.core import models as m
from incubator_desktop.core.db import Database
from incubator_desktop.core.exchange.errors import ExportRefused
from incubator_desktop.core.exchange.roster_export import export_roster
from incubator_desktop.core.messages import describe
from incubator_desktop.core.reports.notice import build_notice
from incubator_desktop.core.sync.errors import BundleRejected
from incubator_desktop.core.vocab import SiteKind

from ..reports.conftest import TODAY, fill_sensitive_site
from ..sync.conftest import DISTRICT, TOWNSHIP_A, SiteHandle, introduce, make_site
from ..sync.test_exchange import add_organization
from .counts import tally


def stick_full(*_args: Any, **_kwargs: Any) -> Any:
    raise OSError(errno.ENOSPC, "No space left on device")


def stick_pulled(*_args: Any, **_kwargs: Any) -> Any:
    raise OSError(errno.EIO, "Input/output error")


class PartialWriter:
    """A file whose write stores half the bytes and then finds the stick full."""

    def __init__(self, handle: Any) -> None:
        self._handle = handle

    def __enter__(self) -> PartialWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self._handle.close()

    def write(self, data: bytes) -> int:
        self._handle.write(data[: len(data) // 2])
        raise OSError(errno.ENOSPC, "No space left on device")

    def __getattr__(self, name: str) -> Any:
        return getattr(self._handle, name)


def half_write(real_fdopen: Callable[..., Any]) -> Callable[..., Any]:
    return lambda *args, **kwargs: PartialWriter(real_fdopen(*args, **kwargs))


def lies(change: Callable[[bytes], bytes], real: Callable[[Path], bytes]) -> Callable[[Path], bytes]:
    return lambda path: change(real(path))


def flip_middle(data: bytes) -> bytes:
    return data[: len(data) // 2] + bytes([data[len(data) // 2] ^ 0x10]) + data[len(data) // 2 + 1 :]


BUNDLE_FAULTS: dict[str, Callable[[], tuple[object, str, Any]]] = {
    "half written, then full": lambda: (durable.os, "fdopen", half_write(durable.os.fdopen)),
    "flush to the stick fails": lambda: (durable.os, "fsync", stick_pulled),
    "pulled before the rename": lambda: (durable.os, "replace", stick_pulled),
    "pulled before the read-back": lambda: (durable, "read_back", stick_pulled),
    "reads back one bit flipped": lambda: (durable, "read_back", lies(flip_middle, durable.read_back)),
    "reads back cut short": lambda: (durable, "read_back", lies(lambda data: data[:-4096], durable.read_back)),
    "reads back nothing": lambda: (durable, "read_back", lies(lambda _data: b"", durable.read_back)),
}


@pytest.fixture
def sites(tmp_path: Path) -> Iterator[tuple[SiteHandle, SiteHandle]]:
    """A township and its district, on SQLite files, each trusting the other."""
    township = make_site(tmp_path / "a", SiteKind.TOWNSHIP, TOWNSHIP_A, "托克扎克镇孵化基地")
    district = make_site(tmp_path / "district", SiteKind.DISTRICT, DISTRICT, "疏附县民政局")
    introduce(district, township)
    yield township, district
    township.db.close()
    district.db.close()


@pytest.mark.parametrize("fault", list(BUNDLE_FAULTS))
def test_a_bundle_export_to_a_failing_stick_leaves_no_bundle(
    sites: tuple[SiteHandle, SiteHandle], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fault: str
) -> None:
    """Whatever the stick does, the export raises, no bundle or part file remains, and the next export works."""
    township, district = sites
    add_organization(township, "团结村舞蹈队")
    stick = tmp_path / "stick"
    monkeypatch.setattr(*BUNDLE_FAULTS[fault]())
    with pytest.raises((OSError, BundleRejected)) as failed:
        township.export(stick)
    tally("export_fault")
    if isinstance(failed.value, BundleRejected):
        assert "请换一个U盘重试" in describe(failed.value.code, failed.value.params)
    assert list(stick.iterdir()) == [], f"{fault}: something was left on the stick"
    with township.db.reading() as session:
        assert session.scalars(select(m.SentBundle.status)).all() == ["failed"]
    monkeypatch.undo()
    retry = township.export(stick)
    assert [path.name for path in stick.iterdir()] == [Path(retry.path).name]
    imported = district.import_(retry.path)
    assert (imported.status, imported.gap) == ("applied", [1])


def count_members(monkeypatch: pytest.MonkeyPatch, fail_at: int | None) -> list[int]:
    """Count the members openpyxl writes; the `fail_at`-th finds the stick full."""
    written = [0]
    real = openpyxl.writer.excel.ZipFile

    class StickZip(real):  # type: ignore[misc, valid-type]
        def writestr(self, *args: Any, **kwargs: Any) -> None:
            written[0] += 1
            if written[0] == fail_at:
                # openpyxl leaves a failed archive open, and its finaliser would then meet the collected buffer.
                self.close()
                raise OSError(errno.ENOSPC, "No space left on device")
            super().writestr(*args, **kwargs)

    monkeypatch.setattr(openpyxl.writer.excel, "ZipFile", StickZip)
    return written


def test_a_workbook_export_failing_at_each_member_keeps_the_old_file(
    township: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The stick fills up at member 1, 2, ... N of the xlsx: a clear refusal, the earlier export left intact."""
    with township.transaction() as session:
        fill_sensitive_site(session)
    target = tmp_path / "stick" / "名册.xlsx"
    target.parent.mkdir()
    with township.transaction() as session:
        export_roster(session, target)
    earlier = target.read_bytes()
    written = count_members(monkeypatch, None)
    with township.transaction() as session:
        export_roster(session, tmp_path / "probe.xlsx")
    total = written[0]
    assert total >= 8
    for number in range(1, total + 1):
        count_members(monkeypatch, number)
        with pytest.raises(ExportRefused) as refused, township.transaction() as session:
            export_roster(session, target)
        assert refused.value.code == "export_failed" and "无法保存工作簿" in describe(refused.value.code)
        assert target.read_bytes() == earlier
        assert sorted(path.name for path in target.parent.iterdir()) == ["名册.xlsx"]
        tally("export_fault")
    monkeypatch.undo()
    with township.transaction() as session:
        export_roster(session, target)
    with zipfile.ZipFile(target) as archive:
        assert archive.testzip() is None


@pytest.mark.parametrize(
    "change",
    [flip_middle, lambda data: data[:-100], lambda data: b"", lambda data: data[:22] + bytes(len(data) - 22)],
    ids=["one bit", "cut short", "nothing", "zeros"],
)
def test_a_workbook_that_reads_back_wrong_is_not_kept(
    township: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, change: Callable[[bytes], bytes]
) -> None:
    """A stick that hands back other bytes than were written: the export is refused, no file under the name."""
    target = tmp_path / "名册.xlsx"
    monkeypatch.setattr(durable, "read_back", lies(change, durable.read_back))
    with pytest.raises(ExportRefused) as refused, township.transaction() as session:
        export_roster(session, target)
    assert refused.value.code == "export_failed"
    assert list(tmp_path.glob("*名册*")) == []
    tally("export_fault")


@pytest.mark.parametrize("step", ["fdopen", "fsync", "replace"])
def test_a_printout_to_a_failing_stick_leaves_no_pdf(
    township: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, step: str
) -> None:
    """A PDF whose write, flush or rename fails raises and leaves neither the PDF nor its temporary file."""
    with township.transaction() as session:
        fill_sensitive_site(session)
    fault = half_write(durable.os.fdopen) if step == "fdopen" else stick_full
    monkeypatch.setattr(durable.os, step, fault)
    folder = tmp_path / "stick"
    with pytest.raises(OSError), township.transaction() as session:
        build_notice(session, folder / "公示.pdf", kind="new-orgs", issued_on=TODAY)
    assert list(folder.iterdir()) == []
    tally("export_fault")
