"""Sentences for backup, restore, health and single-instance codes, merged into core.messages."""

from __future__ import annotations

ZH_CN: dict[str, tuple[str, ...]] = {
    "db_in_use": (
        "该数据库正在被另一个程序窗口使用（{path}），请先关闭那个窗口再试",
        "该数据库正在被另一个程序窗口使用，请先关闭那个窗口再试",
    ),
    "db_corrupt": (
        "数据库文件已损坏（{detail}）。请用 incubator restore 从最近的备份恢复，或联系技术支持",
        "数据库文件已损坏。请用 incubator restore 从最近的备份恢复，或联系技术支持",
    ),
    "backup_unreadable": (
        "无法读取备份文件“{path}”（{detail}），数据库未做任何改动",
        "无法读取备份文件，数据库未做任何改动",
    ),
    "backup_not_database": (
        "“{path}”不是数据库文件，不能用来恢复；数据库未做任何改动",
        "该文件不是数据库文件，不能用来恢复；数据库未做任何改动",
    ),
    "backup_damaged": (
        "备份文件“{path}”已损坏，不能用来恢复，请换一个备份；数据库未做任何改动",
        "备份文件已损坏，不能用来恢复，请换一个备份；数据库未做任何改动",
    ),
    "backup_not_ours": (
        "“{path}”不是本程序的数据库备份（结构不符：{detail}），为安全起见不能用来恢复；数据库未做任何改动",
        "“{path}”不是本程序的数据库备份，为安全起见不能用来恢复；数据库未做任何改动",
        "该文件不是本程序的数据库备份，为安全起见不能用来恢复；数据库未做任何改动",
    ),
    "backup_too_new": (
        "备份由更新版本的程序生成（版本 {found}），请先升级本程序再恢复；数据库未做任何改动",
        "备份由更新版本的程序生成，请先升级本程序再恢复；数据库未做任何改动",
    ),
    "restore_failed": (
        "恢复未能完成（{detail}）。恢复前的数据已另存在备份文件夹中，请联系技术支持",
        "恢复未能完成。恢复前的数据已另存在备份文件夹中，请联系技术支持",
    ),
    "backup_target_exists": ("文件“{path}”已经存在，请换一个文件名，以免覆盖", "该文件已经存在，请换一个文件名"),
    "backup_needs_sqlite": ("数据库在数据库服务器上，请用服务器自带的工具备份和恢复",),
    "restore_needs_confirmation": (
        "恢复会用备份替换当前全部数据（当前数据会先另存一份备份）。确认无误后，请加上 --yes 重新运行",
    ),
    "restore_cancelled": ("已取消恢复，数据库未做任何改动",),
    "restore_confirm_prompt": (
        "将用备份“{path}”替换当前全部数据，当前数据会先另存一份备份。确定恢复吗？(y/N) ",
        "将用备份替换当前全部数据，当前数据会先另存一份备份。确定恢复吗？(y/N) ",
    ),
    "backup_made": ("已备份到 {path}（{size} 字节），备份已通过检查", "已备份，备份已通过检查"),
    "restored": (
        "已从 {source} 恢复（数据版本 {revision}）。恢复前的数据已另存为 {previous}",
        "已从 {source} 恢复（数据版本 {revision}）",
        "已恢复",
    ),
    "restored_damaged_set_aside": (
        "已从 {source} 恢复（数据版本 {revision}）。原来已损坏的数据库文件已移到 {previous}，供技术支持检查",
        "已恢复；原来已损坏的数据库文件已移到备份文件夹中",
    ),
    "backup_list_line": ("{taken_at}　{reason}　{size} 字节　{path}", "（一个备份）"),
    "backup_list_empty": ("备份文件夹中还没有备份：{folder}", "还没有备份"),
    "check_ok": (
        "数据库检查通过（{kind}），未发现问题：{path}",
        "数据库检查通过，未发现问题",
    ),
    "check_kind_full": ("完整检查",),
    "check_kind_quick": ("快速检查",),
}

EN: dict[str, tuple[str, ...]] = {
    "db_in_use": (
        "The database is being used by another window of the program ({path}); close that window and try again.",
        "The database is being used by another window of the program; close that window and try again.",
    ),
    "db_corrupt": (
        "The database file is damaged ({detail}). Restore the newest backup with `incubator restore`, "
        "or ask for technical help.",
        "The database file is damaged. Restore the newest backup with `incubator restore`, or ask for technical help.",
    ),
    "backup_unreadable": (
        "The backup file {path} cannot be read ({detail}); the database was not changed.",
        "The backup file cannot be read; the database was not changed.",
    ),
    "backup_not_database": (
        "{path} is not a database file and cannot be restored; the database was not changed.",
        "That file is not a database file and cannot be restored; the database was not changed.",
    ),
    "backup_damaged": (
        "The backup {path} is damaged and cannot be restored; choose another one. The database was not changed.",
        "The backup is damaged and cannot be restored; choose another one. The database was not changed.",
    ),
    "backup_not_ours": (
        "{path} is not a backup of this program (its structure differs: {detail}), so it is not restored; "
        "the database was not changed.",
        "{path} is not a backup of this program, so it is not restored; the database was not changed.",
        "That file is not a backup of this program, so it is not restored; the database was not changed.",
    ),
    "backup_too_new": (
        "The backup was made by a newer version of the program (version {found}); upgrade the program first. "
        "The database was not changed.",
        "The backup was made by a newer version of the program; upgrade the program first. "
        "The database was not changed.",
    ),
    "restore_failed": (
        "The restore did not complete ({detail}). The data as it was before is kept in the backups folder; "
        "ask for technical help.",
        "The restore did not complete. The data as it was before is kept in the backups folder; "
        "ask for technical help.",
    ),
    "backup_target_exists": ("{path} already exists; choose another file name.", "That file already exists."),
    "backup_needs_sqlite": ("The database is on a database server: back it up with the server's own tools.",),
    "restore_needs_confirmation": (
        "Restoring replaces all current data with the backup (the current data is backed up first). "
        "Run again with --yes to confirm.",
    ),
    "restore_cancelled": ("Restore cancelled; the database was not changed.",),
    "restore_confirm_prompt": (
        "Replace all current data with the backup {path}? The current data is backed up first. (y/N) ",
        "Replace all current data with the backup? The current data is backed up first. (y/N) ",
    ),
    "backup_made": ("Backed up to {path} ({size} bytes); the copy passed its check.", "Backed up; checked."),
    "restored": (
        "Restored from {source} (schema {revision}). The data as it was before is kept in {previous}.",
        "Restored from {source} (schema {revision}).",
        "Restored.",
    ),
    "restored_damaged_set_aside": (
        "Restored from {source} (schema {revision}). The damaged database file was moved to {previous} "
        "for technical help.",
        "Restored; the damaged database file was moved to the backups folder.",
    ),
    "backup_list_line": ("{taken_at}  {reason}  {size} bytes  {path}", "(a backup)"),
    "backup_list_empty": ("No backups yet in {folder}.", "No backups yet."),
    "check_ok": ("The database passed its check ({kind}); no problems found: {path}", "The database passed its check."),
    "check_kind_full": ("full check",),
    "check_kind_quick": ("quick check",),
}
