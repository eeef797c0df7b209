"""Sentences for this capability's error and outcome codes, merged into core.messages."""

from __future__ import annotations

_UNCHANGED_ZH = "数据库未做任何改动"
_UNCHANGED_EN = "the database was not changed"

ZH_CN: dict[str, tuple[str, ...]] = {
    # Bundles refused on import: the clerk reads one line, so each says what happened and what to do.
    "bundle_rejected": (f"同步包不能导入，{_UNCHANGED_ZH}",),
    "bundle_unreadable": (
        f"无法读取同步包文件“{{path}}”（{{detail}}），{_UNCHANGED_ZH}",
        f"无法读取同步包文件，{_UNCHANGED_ZH}",
    ),
    "bundle_too_large": (
        f"同步包文件过大（{{size}} 字节，上限 {{limit}} 字节），不是本程序生成的同步包；{_UNCHANGED_ZH}",
        f"同步包文件过大，不是本程序生成的同步包；{_UNCHANGED_ZH}",
    ),
    "bundle_truncated": (
        f"同步包文件不完整（只有 {{size}} 字节），可能拷贝时中断或U盘损坏，请重新导出；{_UNCHANGED_ZH}",
        f"同步包文件不完整，可能拷贝时中断或U盘损坏，请重新导出；{_UNCHANGED_ZH}",
    ),
    "not_a_bundle": (f"该文件不是同步包，请选择扩展名为 .incubator-bundle 的文件；{_UNCHANGED_ZH}",),
    "bundle_format_too_new": (
        f"同步包由更新版本的程序生成（格式 {{found}}，本程序支持到 {{supported}}），请先升级本程序；{_UNCHANGED_ZH}",
        f"同步包由更新版本的程序生成，请先升级本程序；{_UNCHANGED_ZH}",
    ),
    "bundle_damaged": (
        f"同步包已损坏（{{detail}}），请让对方重新导出；{_UNCHANGED_ZH}",
        f"同步包已损坏，请让对方重新导出；{_UNCHANGED_ZH}",
    ),
    "bundle_header_too_large": (
        f"同步包文件头异常大（{{size}} 字节，上限 {{limit}} 字节），已拒绝；{_UNCHANGED_ZH}",
        f"同步包文件头异常大，已拒绝；{_UNCHANGED_ZH}",
    ),
    "bundle_signer_unknown": (
        f"同步包的签名密钥不在本站信任名单中（站点 {{site}}），请先登记对方的公钥；{_UNCHANGED_ZH}",
        f"同步包的签名密钥不在本站信任名单中，请先登记对方的公钥；{_UNCHANGED_ZH}",
    ),
    "bundle_signer_revoked": (
        f"同步包的签名密钥已被吊销（站点 {{site}}），请对方重新生成并登记密钥；{_UNCHANGED_ZH}",
        f"同步包的签名密钥已被吊销，请对方重新生成并登记密钥；{_UNCHANGED_ZH}",
    ),
    "bundle_signer_not_of_site": (
        f"同步包声称来自站点 {{site}}，但签名密钥属于其他站点，可能是伪造的；{_UNCHANGED_ZH}",
        f"同步包的签名密钥与声称的来源站点不符，可能是伪造的；{_UNCHANGED_ZH}",
    ),
    "bundle_signature_invalid": (f"同步包签名校验失败，文件已损坏或被篡改；{_UNCHANGED_ZH}",),
    "bundle_wrong_recipient": (
        f"该同步包是发给站点 {{recipient}} 的，不是发给本站（{{me}}）的；{_UNCHANGED_ZH}",
        f"该同步包不是发给本站的；{_UNCHANGED_ZH}",
    ),
    "bundle_wrong_recipient_key": (
        f"该同步包是用本站已不使用的密钥加密的，请让对方登记本站的新公钥后重新导出；{_UNCHANGED_ZH}",
    ),
    "bundle_sequence_reused": (
        f"严重：站点 {{sender}} 的第 {{sequence}} 号同步包已导入过，但这次内容不同；文件已隔离到 {{quarantined}}，"
        f"请联系技术支持；{_UNCHANGED_ZH}",
        f"严重：站点 {{sender}} 的第 {{sequence}} 号同步包已导入过，但这次内容不同，请联系技术支持；{_UNCHANGED_ZH}",
        f"严重：该序号的同步包已导入过，但这次内容不同，请联系技术支持；{_UNCHANGED_ZH}",
    ),
    "bundle_chain_broken": (
        f"严重：站点 {{sender}} 的第 {{sequence}} 号同步包与前后同步包对不上；文件已隔离到 {{quarantined}}，"
        f"请联系技术支持；{_UNCHANGED_ZH}",
        f"严重：该同步包与前后同步包对不上，请联系技术支持；{_UNCHANGED_ZH}",
    ),
    "bundle_payload_invalid": (
        f"同步包内容格式不正确（{{detail}}）；{_UNCHANGED_ZH}",
        f"同步包内容格式不正确；{_UNCHANGED_ZH}",
    ),
    "bundle_schema_unknown": (
        f"同步包来自更新版本的程序（数据版本 {{schema}}），请先升级本程序；{_UNCHANGED_ZH}",
        f"同步包来自更新版本的程序，请先升级本程序；{_UNCHANGED_ZH}",
    ),
    "bundle_record_invalid": (
        f"同步包中有不符合格式的记录（{{kind}}.{{column}}）；{_UNCHANGED_ZH}",
        f"同步包中有不符合格式的记录；{_UNCHANGED_ZH}",
    ),
    "bundle_sensitive_records": (f"同步包中含有不应传送的敏感档案记录，已拒绝；{_UNCHANGED_ZH}",),
    "bundle_foreign_records": (
        f"同步包中含有其他站点（{{owner}}）的记录，发送方无权修改；{_UNCHANGED_ZH}",
        f"同步包中含有其他站点的记录，发送方无权修改；{_UNCHANGED_ZH}",
    ),
    "bundle_owner_mismatch": (
        f"同步包试图修改属于站点 {{owner}} 的记录；{_UNCHANGED_ZH}",
        f"同步包试图修改属于其他站点的记录；{_UNCHANGED_ZH}",
    ),
    "bundle_counts_mismatch": (f"同步包文件头中的记录数与内容不符，可能被篡改；{_UNCHANGED_ZH}",),
    "bundle_restore_not_allowed": (f"只有本站的上级民政局可以发送恢复包；{_UNCHANGED_ZH}",),
    "bundle_reference_missing": (
        f"同步包中的记录引用了本站没有的{{kind}}记录，请先导入更早的同步包；{_UNCHANGED_ZH}",
        f"同步包中的记录引用了本站没有的记录，请先导入更早的同步包；{_UNCHANGED_ZH}",
    ),
    "bundle_unique_clash": (
        f"同步包中的记录与本站已有记录重复（{{column}}：{{value}}）；{_UNCHANGED_ZH}",
        f"同步包中的记录与本站已有记录重复；{_UNCHANGED_ZH}",
    ),
    "bundle_duplicate_record": (f"同步包中同一条记录出现了两次，可能被篡改；{_UNCHANGED_ZH}",),
    # Export.
    "export_recipient_not_parent": (
        "乡镇只能向上级民政局（{parent}）导出同步包",
        "乡镇只能向上级民政局导出同步包",
    ),
    "export_recipient_required": ("民政局导出同步包时请用 --for 指定乡镇的行政区划代码",),
    "export_verify_failed": (
        "写入后读回校验不一致，U盘可能有问题；已删除该文件（{path}），请换一个U盘重试",
        "写入后读回校验不一致，U盘可能有问题；已删除该文件，请换一个U盘重试",
    ),
    "restore_only_district": ("只有民政局可以为乡镇生成恢复包",),
    "sync_cancelled": ("已取消，未做任何改动",),
    # Keys.
    "key_problem": ("密钥出现问题，请联系技术支持",),
    "private_key_missing": (
        "找不到本机私钥（{key}），请确认是在生成密钥的电脑上操作",
        "找不到本机私钥，请确认是在生成密钥的电脑上操作",
    ),
    "passphrase_required": (
        "本机没有可用的系统凭据库，私钥需保存在加密密钥文件中：请设置环境变量 {variable} 或在提示时输入口令",
        "本机没有可用的系统凭据库，私钥需保存在加密密钥文件中：请提供口令",
    ),
    "passphrase_too_short": ("口令太短，至少需要 {min} 个字符", "口令太短，请使用更长的口令"),
    "passphrase_wrong": ("口令不正确，无法打开密钥文件（{path}）", "口令不正确，无法打开密钥文件"),
    "key_file_missing": ("找不到密钥文件（{path}）", "找不到密钥文件"),
    "key_file_damaged": ("密钥文件已损坏（{path}），请联系技术支持", "密钥文件已损坏，请联系技术支持"),
    "keys_already_exist": ("本站（{site}）已经有密钥了；如需更换请用 keys rotate", "本站已经有密钥了"),
    "keys_missing": ("本站（{site}）还没有可用的密钥，请运行 keys rotate 生成新密钥", "本站还没有可用的密钥"),
    "no_key_for_site": (
        "还没有登记站点 {site} 的公钥，请先用 keys enroll 登记对方的公钥文件",
        "还没有登记对方站点的公钥，请先用 keys enroll 登记对方的公钥文件",
    ),
    "public_key_file_invalid": ("该文件不是有效的公钥文件，或已被改动",),
    "fingerprint_mismatch": (
        "公钥指纹与纸质登记表不符（文件中的指纹为 {fingerprint}），请勿登记，并与对方核实",
        "公钥指纹与纸质登记表不符，请勿登记，并与对方核实",
    ),
    "site_not_related": (
        "站点 {site} 与本站（{me}）没有上下级关系，不能登记其公钥",
        "对方站点与本站没有上下级关系，不能登记其公钥",
    ),
    "key_revoked": ("该密钥（{key}）已被吊销，不能再次登记", "该密钥已被吊销，不能再次登记"),
    "key_unknown": ("找不到密钥 {key}", "找不到该密钥"),
    "revoke_current_key": ("不能吊销本机正在使用的密钥，请用 keys rotate --revoke-old",),
    # Attachments.
    "attachment_hash_invalid": ("附件编号不正确",),
    "attachment_changed_while_copying": ("附件在复制过程中被改动，请关闭正在编辑它的程序后重试",),
    # Outcomes the command line prints.
    "bundle_exported": ("已导出第 {sequence} 号同步包：{path}", "已导出同步包"),
    "bundle_imported": ("已导入站点 {sender} 的第 {sequence} 号同步包", "已导入同步包"),
    "bundle_already_applied": (
        "站点 {sender} 的第 {sequence} 号同步包之前已导入，本次未做任何改动",
        "该同步包之前已导入，本次未做任何改动",
    ),
    "bundle_previewed": (
        "预览：站点 {sender} 的第 {sequence} 号同步包可以导入（未写入数据库）",
        "预览：该同步包可以导入（未写入数据库）",
    ),
    "bundle_gap": (
        "注意：缺少第 {missing} 号同步包（可能U盘丢失）；之后的同步包会补齐其中的内容",
        "注意：中间缺少同步包；之后的同步包会补齐其中的内容",
    ),
    "keys_enrolled": ("已登记站点 {site} 的公钥，指纹：{fingerprint}", "已登记公钥"),
    "keys_not_created": (
        "站点已建立，但同步密钥未生成（{reason}）；请稍后运行 incubator keys generate",
        "站点已建立，但同步密钥未生成；请稍后运行 incubator keys generate",
    ),
    "no_bundle_received": ("还没有导入过符合条件的同步包",),
    "file_written": ("已生成：{path}", "已生成"),
}

EN: dict[str, tuple[str, ...]] = {
    "bundle_rejected": (f"The bundle cannot be imported; {_UNCHANGED_EN}.",),
    "bundle_unreadable": (
        f"The bundle file “{{path}}” cannot be read ({{detail}}); {_UNCHANGED_EN}.",
        f"The bundle file cannot be read; {_UNCHANGED_EN}.",
    ),
    "bundle_too_large": (
        f"The file is too large for a bundle ({{size}} bytes, limit {{limit}}); {_UNCHANGED_EN}.",
        f"The file is too large for a bundle; {_UNCHANGED_EN}.",
    ),
    "bundle_truncated": (
        f"The bundle is incomplete (only {{size}} bytes): the copy was interrupted or the stick is faulty; "
        f"export it again. {_UNCHANGED_EN.capitalize()}.",
        f"The bundle is incomplete: the copy was interrupted or the stick is faulty; export it again. "
        f"{_UNCHANGED_EN.capitalize()}.",
    ),
    "not_a_bundle": (f"This file is not a bundle (*.incubator-bundle); {_UNCHANGED_EN}.",),
    "bundle_format_too_new": (
        f"The bundle was made by a newer version (format {{found}}; this one reads up to {{supported}}); "
        f"upgrade first. {_UNCHANGED_EN.capitalize()}.",
        f"The bundle was made by a newer version; upgrade first. {_UNCHANGED_EN.capitalize()}.",
    ),
    "bundle_damaged": (
        f"The bundle is damaged ({{detail}}); ask the sender to export it again. {_UNCHANGED_EN.capitalize()}.",
        f"The bundle is damaged; ask the sender to export it again. {_UNCHANGED_EN.capitalize()}.",
    ),
    "bundle_header_too_large": (
        f"The bundle header is abnormally large ({{size}} bytes, limit {{limit}}); {_UNCHANGED_EN}.",
        f"The bundle header is abnormally large; {_UNCHANGED_EN}.",
    ),
    "bundle_signer_unknown": (
        f"The bundle is signed by a key this site does not trust (site {{site}}); enroll its public key first. "
        f"{_UNCHANGED_EN.capitalize()}.",
        f"The bundle is signed by a key this site does not trust; enroll its public key first. "
        f"{_UNCHANGED_EN.capitalize()}.",
    ),
    "bundle_signer_revoked": (
        f"The bundle is signed by a revoked key (site {{site}}); the sender must make and enroll new keys. "
        f"{_UNCHANGED_EN.capitalize()}.",
        f"The bundle is signed by a revoked key; the sender must make and enroll new keys. "
        f"{_UNCHANGED_EN.capitalize()}.",
    ),
    "bundle_signer_not_of_site": (
        f"The bundle claims to come from site {{site}} but is signed by another site's key: it may be forged. "
        f"{_UNCHANGED_EN.capitalize()}.",
        f"The bundle is signed by a key of another site than it claims: it may be forged. "
        f"{_UNCHANGED_EN.capitalize()}.",
    ),
    "bundle_signature_invalid": (
        f"The bundle's signature does not verify: it is damaged or was altered. {_UNCHANGED_EN.capitalize()}.",
    ),
    "bundle_wrong_recipient": (
        f"This bundle is addressed to site {{recipient}}, not to this site ({{me}}); {_UNCHANGED_EN}.",
        f"This bundle is not addressed to this site; {_UNCHANGED_EN}.",
    ),
    "bundle_wrong_recipient_key": (
        f"This bundle is encrypted to a key this install no longer uses; ask the sender to enroll our new key "
        f"and export again. {_UNCHANGED_EN.capitalize()}.",
    ),
    "bundle_sequence_reused": (
        f"Serious: bundle {{sequence}} from site {{sender}} was imported before with different contents; the file "
        f"was quarantined to {{quarantined}}. Contact support. {_UNCHANGED_EN.capitalize()}.",
        f"Serious: bundle {{sequence}} from site {{sender}} was imported before with different contents. "
        f"Contact support. {_UNCHANGED_EN.capitalize()}.",
        f"Serious: a bundle with this number was imported before with different contents. Contact support. "
        f"{_UNCHANGED_EN.capitalize()}.",
    ),
    "bundle_chain_broken": (
        f"Serious: bundle {{sequence}} from site {{sender}} does not fit the bundles before and after it; the file "
        f"was quarantined to {{quarantined}}. Contact support. {_UNCHANGED_EN.capitalize()}.",
        f"Serious: this bundle does not fit the bundles before and after it. Contact support. "
        f"{_UNCHANGED_EN.capitalize()}.",
    ),
    "bundle_payload_invalid": (
        f"The bundle's contents are malformed ({{detail}}); {_UNCHANGED_EN}.",
        f"The bundle's contents are malformed; {_UNCHANGED_EN}.",
    ),
    "bundle_schema_unknown": (
        f"The bundle comes from a newer version (data version {{schema}}); upgrade first. "
        f"{_UNCHANGED_EN.capitalize()}.",
        f"The bundle comes from a newer version; upgrade first. {_UNCHANGED_EN.capitalize()}.",
    ),
    "bundle_record_invalid": (
        f"The bundle holds a malformed record ({{kind}}.{{column}}); {_UNCHANGED_EN}.",
        f"The bundle holds a malformed record; {_UNCHANGED_EN}.",
    ),
    "bundle_sensitive_records": (f"The bundle carries sensitive service files, which never travel; {_UNCHANGED_EN}.",),
    "bundle_foreign_records": (
        f"The bundle carries records of another site ({{owner}}), which the sender may not change; {_UNCHANGED_EN}.",
        f"The bundle carries records of another site, which the sender may not change; {_UNCHANGED_EN}.",
    ),
    "bundle_owner_mismatch": (
        f"The bundle tries to change a record owned by site {{owner}}; {_UNCHANGED_EN}.",
        f"The bundle tries to change a record owned by another site; {_UNCHANGED_EN}.",
    ),
    "bundle_counts_mismatch": (
        f"The bundle header's record counts do not match its contents: it may have been altered; {_UNCHANGED_EN}.",
    ),
    "bundle_restore_not_allowed": (f"Only this site's own district may send a restore bundle; {_UNCHANGED_EN}.",),
    "bundle_reference_missing": (
        f"A record in the bundle refers to a {{kind}} record this site does not have; import the earlier bundles "
        f"first. {_UNCHANGED_EN.capitalize()}.",
        f"A record in the bundle refers to a record this site does not have; import the earlier bundles first. "
        f"{_UNCHANGED_EN.capitalize()}.",
    ),
    "bundle_unique_clash": (
        f"A record in the bundle duplicates one already here ({{column}}: {{value}}); {_UNCHANGED_EN}.",
        f"A record in the bundle duplicates one already here; {_UNCHANGED_EN}.",
    ),
    "bundle_duplicate_record": (f"The bundle carries the same record twice: it may be altered; {_UNCHANGED_EN}.",),
    "export_recipient_not_parent": (
        "A township exports bundles only to its district ({parent}).",
        "A township exports bundles only to its district.",
    ),
    "export_recipient_required": ("A district names the township with --for (its division code).",),
    "export_verify_failed": (
        "Reading the written bundle back gave different bytes: the stick may be faulty. The file ({path}) was "
        "removed; try another stick.",
        "Reading the written bundle back gave different bytes: the stick may be faulty. The file was removed; "
        "try another stick.",
    ),
    "restore_only_district": ("Only a district makes restore bundles for its townships.",),
    "sync_cancelled": ("Cancelled; nothing was changed.",),
    "key_problem": ("There is a problem with the keys; contact support.",),
    "private_key_missing": (
        "This install's private key ({key}) cannot be found; use the PC where the keys were made.",
        "This install's private key cannot be found; use the PC where the keys were made.",
    ),
    "passphrase_required": (
        "There is no usable credential store here, so the private keys go into an encrypted key file: set "
        "{variable} or type a passphrase when asked.",
        "There is no usable credential store here, so the private keys go into an encrypted key file: give a "
        "passphrase.",
    ),
    "passphrase_too_short": ("The passphrase is too short: at least {min} characters.", "The passphrase is too short."),
    "passphrase_wrong": ("Wrong passphrase: the key file ({path}) cannot be opened.", "Wrong passphrase."),
    "key_file_missing": ("The key file ({path}) is missing.", "The key file is missing."),
    "key_file_damaged": ("The key file ({path}) is damaged; contact support.", "The key file is damaged."),
    "keys_already_exist": (
        "This site ({site}) already has keys; use keys rotate to replace them.",
        "This site already has keys.",
    ),
    "keys_missing": ("This site ({site}) has no usable keys; run keys rotate.", "This site has no usable keys."),
    "no_key_for_site": (
        "No public key of site {site} is enrolled; enroll its public-key file with keys enroll first.",
        "The other site's public key is not enrolled; enroll its public-key file with keys enroll first.",
    ),
    "public_key_file_invalid": ("This is not a valid public-key file, or it was altered.",),
    "fingerprint_mismatch": (
        "The fingerprint does not match the paper form (the file's is {fingerprint}); do not enroll it and check "
        "with the other site.",
        "The fingerprint does not match the paper form; do not enroll it and check with the other site.",
    ),
    "site_not_related": (
        "Site {site} is neither this site's district nor one of its townships ({me}); its key cannot be enrolled.",
        "The other site is neither this site's district nor one of its townships; its key cannot be enrolled.",
    ),
    "key_revoked": ("That key ({key}) was revoked and cannot be enrolled again.", "That key was revoked."),
    "key_unknown": ("There is no key {key}.", "There is no such key."),
    "revoke_current_key": ("The key in use cannot be revoked; use keys rotate --revoke-old.",),
    "attachment_hash_invalid": ("The attachment id is malformed.",),
    "attachment_changed_while_copying": (
        "The attachment changed while it was copied; close the program editing it and try again.",
    ),
    "bundle_exported": ("Bundle {sequence} written: {path}", "Bundle written."),
    "bundle_imported": ("Imported bundle {sequence} from site {sender}.", "Bundle imported."),
    "bundle_already_applied": (
        "Bundle {sequence} from site {sender} was imported before; nothing changed.",
        "This bundle was imported before; nothing changed.",
    ),
    "bundle_previewed": (
        "Preview: bundle {sequence} from site {sender} can be imported (nothing was written).",
        "Preview: the bundle can be imported (nothing was written).",
    ),
    "bundle_gap": (
        "Note: bundle(s) {missing} never arrived (a lost stick?); later bundles carry their contents.",
        "Note: some bundles never arrived; later bundles carry their contents.",
    ),
    "keys_enrolled": ("Enrolled the public key of site {site}; fingerprint: {fingerprint}", "Public key enrolled."),
    "keys_not_created": (
        "The site is set up, but its sync keys were not made ({reason}); run incubator keys generate later.",
        "The site is set up, but its sync keys were not made; run incubator keys generate later.",
    ),
    "no_bundle_received": ("No bundle matching that has been imported yet.",),
    "file_written": ("Written: {path}", "Written."),
}
