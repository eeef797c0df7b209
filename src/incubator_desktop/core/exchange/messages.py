"""Sentences for this capability's error and outcome codes, merged into core.messages."""

from __future__ import annotations

ZH_CN: dict[str, tuple[str, ...]] = {
    # Files that cannot be read at all; nothing was imported.
    "workbook_missing": ("找不到文件“{path}”，请核对路径后重试", "找不到该文件，请核对路径后重试"),
    "workbook_not_xlsx": (
        "该文件不是 Excel 工作簿（.xlsx），无法导入；如果是 .xls 或 .et 文件，请在 Excel 或 WPS 中另存为 .xlsx 后重试",
    ),
    "workbook_encrypted": ("该文件设置了打开密码，或是旧版 .xls 文件，无法导入；请取消密码并另存为 .xlsx 后重试",),
    "workbook_unsafe": ("该工作簿含有不安全的内容（DTD 声明），已拒绝读取，没有导入任何内容",),
    "workbook_too_large": (
        "该工作簿太大（约 {size_mb} MB，上限 {limit_mb} MB），已拒绝读取，没有导入任何内容",
        "该工作簿太大，已拒绝读取，没有导入任何内容",
    ),
    "workbook_too_many_parts": (
        "该工作簿包含的部件过多（{count} 个，上限 {limit} 个），已拒绝读取，没有导入任何内容",
        "该工作簿包含的部件过多，已拒绝读取，没有导入任何内容",
    ),
    "workbook_bomb": ("该工作簿解压后的大小异常（疑似压缩炸弹），已拒绝读取，没有导入任何内容",),
    "workbook_too_many_rows": (
        "该工作表超过 {limit} 行，已拒绝读取，没有导入任何内容；请拆分成几个较小的文件",
        "该工作表行数过多，已拒绝读取，没有导入任何内容；请拆分成几个较小的文件",
    ),
    "workbook_damaged": (
        "该工作簿已损坏或格式不正确，无法读取，没有导入任何内容（{detail}）",
        "该工作簿已损坏或格式不正确，无法读取，没有导入任何内容",
    ),
    "roster_no_header": ("在各工作表的前 10 行中都找不到表头：表头中至少要有“组织名称”（或“社会组织名称”“名称”）一列",),
    "cancelled": ("操作已取消，没有做任何改动",),
    # Problems with one row; the rest of the file still imports.
    "id_number_as_number": (
        "身份证号被存成了数字，最后几位已经丢失，无法恢复；请把这一列设置为“文本”格式，再重新输入完整的身份证号",
    ),
    "credit_code_as_number": (
        "统一社会信用代码被存成了数字，部分数字可能已经丢失；请把这一列设置为“文本”格式，再重新输入",
    ),
    "members_invalid": (
        "成员人数“{value}”无法识别，请填写整数，如 15 或“15人”",
        "成员人数无法识别，请填写整数，如 15 或“15人”",
    ),
    "credit_code_repeated": (
        "与第 {first_row} 行的统一社会信用代码相同，但组织名称或所在村（社区）不同，请核对",
        "与前面某行的统一社会信用代码相同，但组织名称或所在村（社区）不同，请核对",
    ),
    "roster_ambiguous_name": ("已有多个同名的组织，分属不同的村（社区），请填写所在村（社区）以便区分",),
    "roster_duplicate_row": (
        "第 {row} 行与第 {first_row} 行是同一个组织（{name}），只导入一次",
        "与前面某行是同一个组织，只导入一次",
    ),
    "roster_problem_line": ("第 {row} 行，{column}：{reason}", "有一行未能导入"),
    # Outcomes.
    "roster_imported": (
        "导入完成：新增 {created} 个，更新 {updated} 个，无变化 {unchanged} 个，重复 {duplicates} 行，"
        "未导入 {rejected} 行",
        "导入完成",
    ),
    "roster_previewed": (
        "试导入（没有写入数据库）：将新增 {created} 个，更新 {updated} 个，无变化 {unchanged} 个，"
        "重复 {duplicates} 行，未导入 {rejected} 行",
        "试导入完成，没有写入数据库",
    ),
    "roster_nothing_imported": ("没有导入任何组织：所有数据行都有问题，请按提示修改后重新导入",),
    "roster_exported": ("已导出 {count} 个社会组织：{path}", "名册已导出"),
    "template_written": ("已生成空白名册模板：{path}", "已生成空白名册模板"),
    "ledger_exported": ("已导出台账（{start} 至 {end}）：{path}", "台账已导出"),
    # Writing files.
    "export_failed": ("无法保存工作簿，请换一个位置重试",),
    "export_not_xlsx": (
        "请将文件保存为 .xlsx 格式（文件名以 .xlsx 结尾），现在是“{path}”",
        "请将文件保存为 .xlsx 格式（文件名以 .xlsx 结尾）",
    ),
    "export_folder_missing": ("文件夹“{folder}”不存在，请先建立该文件夹或换一个位置", "保存位置不存在，请换一个位置"),
    "export_file_locked": (
        "无法写入“{path}”：该文件可能正在 Excel 或 WPS 中打开，请关闭后重试",
        "无法写入该文件：它可能正在 Excel 或 WPS 中打开，请关闭后重试",
    ),
}

EN: dict[str, tuple[str, ...]] = {
    "workbook_missing": ("The file “{path}” was not found; check the path and try again.", "The file was not found."),
    "workbook_not_xlsx": (
        "This file is not an Excel workbook (.xlsx) and cannot be imported; save .xls or .et files as .xlsx "
        "in Excel or WPS first.",
    ),
    "workbook_encrypted": (
        "This file has an opening password or is an old .xls file and cannot be imported; remove the password "
        "and save it as .xlsx first.",
    ),
    "workbook_unsafe": ("This workbook contains unsafe content (a DTD) and was refused; nothing was imported.",),
    "workbook_too_large": (
        "This workbook is too large (about {size_mb} MB, the limit is {limit_mb} MB) and was refused; "
        "nothing was imported.",
        "This workbook is too large and was refused; nothing was imported.",
    ),
    "workbook_too_many_parts": (
        "This workbook has too many parts ({count}, the limit is {limit}) and was refused; nothing was imported.",
        "This workbook has too many parts and was refused; nothing was imported.",
    ),
    "workbook_bomb": (
        "This workbook would unpack to an absurd size (a suspected zip bomb) and was refused; nothing was imported.",
    ),
    "workbook_too_many_rows": (
        "This sheet has more than {limit} rows and was refused; nothing was imported. Split it into smaller files.",
        "This sheet has too many rows and was refused; nothing was imported. Split it into smaller files.",
    ),
    "workbook_damaged": (
        "This workbook is damaged or malformed and cannot be read; nothing was imported ({detail}).",
        "This workbook is damaged or malformed and cannot be read; nothing was imported.",
    ),
    "roster_no_header": (
        "No header row was found in the first 10 rows of any sheet: the header needs at least an organization "
        "name column (组织名称).",
    ),
    "cancelled": ("Cancelled; nothing was changed.",),
    "id_number_as_number": (
        "The ID number was stored as a number, so its last digits are already lost; format the column as Text "
        "and type the full ID number again.",
    ),
    "credit_code_as_number": (
        "The credit code was stored as a number and may have lost digits; format the column as Text and type it again.",
    ),
    "members_invalid": (
        "The member count “{value}” is not understood; write a whole number such as 15 or 15人.",
        "The member count is not understood; write a whole number such as 15 or 15人.",
    ),
    "credit_code_repeated": (
        "Same credit code as row {first_row} but a different name or community; check it.",
        "Same credit code as an earlier row but a different name or community; check it.",
    ),
    "roster_ambiguous_name": (
        "Several organizations with this name exist in different communities; fill in the community.",
    ),
    "roster_duplicate_row": (
        "Row {row} names the same organization as row {first_row} ({name}); it is imported once.",
        "This row names the same organization as an earlier row; it is imported once.",
    ),
    "roster_problem_line": ("Row {row}, {column}: {reason}", "A row was not imported."),
    "roster_imported": (
        "Imported: {created} created, {updated} updated, {unchanged} unchanged, {duplicates} duplicate rows, "
        "{rejected} rows not imported.",
        "Imported.",
    ),
    "roster_previewed": (
        "Dry run (nothing written): {created} would be created, {updated} updated, {unchanged} unchanged, "
        "{duplicates} duplicate rows, {rejected} rows not imported.",
        "Dry run finished; nothing was written.",
    ),
    "roster_nothing_imported": ("No organization was imported: every data row has a problem. Fix them and retry.",),
    "roster_exported": ("Exported {count} organizations: {path}", "Roster exported."),
    "template_written": ("Blank roster template written: {path}", "Blank roster template written."),
    "ledger_exported": ("Ledger for {start} to {end} exported: {path}", "Ledger exported."),
    "export_failed": ("The workbook could not be saved; try another place.",),
    "export_not_xlsx": (
        "Save the file as .xlsx (the name must end in .xlsx); it is “{path}”.",
        "Save the file as .xlsx (the name must end in .xlsx).",
    ),
    "export_folder_missing": (
        "The folder “{folder}” does not exist; create it or choose another place.",
        "The folder does not exist; choose another place.",
    ),
    "export_file_locked": (
        "“{path}” cannot be written: it may be open in Excel or WPS. Close it and try again.",
        "The file cannot be written: it may be open in Excel or WPS. Close it and try again.",
    ),
}
