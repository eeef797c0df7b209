"""Sentences for a full or failing disk, or a foreign database file, merged into core.messages."""

from __future__ import annotations

ZH_CN: dict[str, tuple[str, ...]] = {
    "disk_full": ("磁盘空间已满，本次操作没有保存任何内容；请清理出磁盘空间后重试",),
    "disk_io_error": ("读写磁盘时出错，本次操作没有保存任何内容；请稍后重试，如反复出现请检查硬盘或联系技术支持",),
    "disk_failed": ("磁盘出现问题，本次操作没有保存任何内容；请检查磁盘空间后重试",),
    "db_foreign_code": (
        "该数据库文件中含有不是本程序建立的触发器或视图（{names}），可能被人改动过，为安全起见拒绝打开；文件未做任何改动",
        "该数据库文件中含有不是本程序建立的触发器或视图，可能被人改动过，为安全起见拒绝打开；文件未做任何改动",
    ),
}

EN: dict[str, tuple[str, ...]] = {
    "disk_full": ("The disk is full, so nothing of this operation was saved. Free some disk space and try again.",),
    "disk_io_error": (
        "The disk could not be read or written, so nothing of this operation was saved. Try again; if it "
        "keeps happening, check the hard disk or contact support.",
    ),
    "disk_failed": ("A disk problem stopped this operation; nothing was saved. Check the free disk space and retry.",),
    "db_foreign_code": (
        "This database file holds triggers or views this program did not make ({names}); it may have been "
        "tampered with, so it was not opened. The file was not changed.",
        "This database file holds triggers or views this program did not make; it may have been tampered "
        "with, so it was not opened. The file was not changed.",
    ),
}
