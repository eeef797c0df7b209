<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <source>About</source>
        <extracomment>(component, licence) — fonts first: their licence files ship in resources/fonts/.</extracomment>
        <translation>关于</translation>
    </message>
    <message>
        <source>Community Organization Incubator</source>
        <translation>社区社会组织孵化培育管理系统</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>版本 {version}</translation>
    </message>
    <message>
        <source>Data folder: {folder}</source>
        <translation>数据文件夹：{folder}</translation>
    </message>
    <message>
        <source>Database: {database}</source>
        <translation>数据库：{database}</translation>
    </message>
    <message>
        <source>Bundled fonts</source>
        <translation>随附字体</translation>
    </message>
    <message>
        <source>Main libraries</source>
        <translation>主要软件库</translation>
    </message>
    <message>
        <source>The full licence texts are in the fonts folder of the installation.</source>
        <translation>完整的许可证文本位于安装目录的 fonts 文件夹中。</translation>
    </message>
</context>
<context>
    <name>ActivitySpec</name>
    <message>
        <source>New service activity</source>
        <translation>新建服务活动</translation>
    </message>
    <message>
        <source>Edit service activity</source>
        <translation>修改服务活动</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>活动名称</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>活动日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>活动类型</translation>
    </message>
    <message>
        <source>Service area</source>
        <translation>服务领域</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>开展组织</translation>
    </message>
    <message>
        <source>Leave empty when the base itself held it</source>
        <translation>由孵化基地自行开展的，此项留空</translation>
    </message>
    <message>
        <source>Village (community)</source>
        <translation>所在村（社区）</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>活动地点</translation>
    </message>
    <message>
        <source>People served</source>
        <translation>服务人次</translation>
    </message>
    <message>
        <source>Count each person each time (人次).</source>
        <translation>同一人参加几次就计几人次。</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>志愿者人数</translation>
    </message>
    <message>
        <source>Volunteer hours</source>
        <translation>志愿服务时长（小时）</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>活动内容</translation>
    </message>
    <message>
        <source>Service activities</source>
        <translation>服务活动</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>服务领域</translation>
    </message>
    <message>
        <source>(the base)</source>
        <translation>（基地自办）</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Title, place, or organization</source>
        <translation>活动名称、地点或组织名称</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>Area:</source>
        <translation>领域：</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>全部领域</translation>
    </message>
    <message>
        <source>Organization:</source>
        <translation>组织：</translation>
    </message>
    <message>
        <source>All organizations</source>
        <translation>全部组织</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>月份：</translation>
    </message>
    <message>
        <source>All months</source>
        <translation>全部月份</translation>
    </message>
    <message>
        <source>No service activities recorded yet. Press “New…” (Ctrl+N) to record one, then add its photos.</source>
        <translation>还没有录入服务活动。点击“新建…”（Ctrl+N）录入一场活动，然后在右侧添加活动照片。</translation>
    </message>
    <message>
        <source>No activity matches these filters.</source>
        <translation>没有符合筛选条件的服务活动。</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>The database cannot be opened</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <source>Community Organization Incubator</source>
        <translation>社区社会组织孵化培育管理系统</translation>
    </message>
    <message>
        <source>The database could not be opened ({detail}). Ask for technical help.</source>
        <translation>数据库未能打开（{detail}），请联系技术人员协助处理。</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>Photos and scans</source>
        <translation>照片和扫描件</translation>
    </message>
    <message>
        <source>Choose a record on the left to see or add its photos.</source>
        <translation>请先在左侧选中一条记录，再查看或添加照片。</translation>
    </message>
    <message>
        <source>Drag photos or scans here, or</source>
        <translation>把照片或扫描件拖到这里，或者</translation>
    </message>
    <message>
        <source>Choose files…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>No photos yet. Photos of the activity, sign-in sheets and other scans can be kept here.</source>
        <translation>还没有照片。活动照片、签到表等扫描件都可以保存在这里。</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>共 %n 个文件</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose photos or scans</source>
        <translation>选择照片或扫描件</translation>
    </message>
    <message>
        <source>Photos and scans (*.jpg *.jpeg *.png *.bmp *.gif *.webp *.tif *.tiff *.pdf)</source>
        <translation>照片和扫描件 (*.jpg *.jpeg *.png *.bmp *.gif *.webp *.tif *.tiff *.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Copying %n file(s)…</source>
        <translation>
            <numerusform>正在复制 %n 个文件…</numerusform>
        </translation>
    </message>
    <message>
        <source>Added: {names}</source>
        <translation>已添加：{names}</translation>
    </message>
    <message>
        <source>Already attached: {names}</source>
        <translation>之前已添加过：{names}</translation>
    </message>
    <message>
        <source>Not added: {name} ({reason})</source>
        <translation>未添加：{name}（{reason}）</translation>
    </message>
    <message>
        <source>Removed “{name}”.</source>
        <translation>已移除“{name}”。</translation>
    </message>
</context>
<context>
    <name>AttendancePanel</name>
    <message>
        <source>Attendance</source>
        <translation>签到名单</translation>
    </message>
    <message>
        <source>Choose a training on the left to see and record who attended.</source>
        <translation>请先在左侧选中一次培训，再查看或登记参训人员。</translation>
    </message>
    <message>
        <source>Type part of a name</source>
        <translation>输入姓名中的字查找</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Name of someone not in the people list</source>
        <translation>直接输入姓名</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>移除选中人员</translation>
    </message>
    <message>
        <source>From the people list:</source>
        <translation>从人员名单添加：</translation>
    </message>
    <message>
        <source>Walk-in:</source>
        <translation>临时参训人员：</translation>
    </message>
    <message>
        <source>  (walk-in)</source>
        <translation>（临时参训）</translation>
    </message>
    <message numerus="yes">
        <source>%n attendance(s)</source>
        <translation>
            <numerusform>共 %n 人次</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose someone from the list, or add them as a walk-in below.</source>
        <translation>请从下拉名单中选择人员；名单里没有的，请在下面按临时参训人员添加。</translation>
    </message>
    <message>
        <source>This person is already on the list.</source>
        <translation>此人已在签到名单中。</translation>
    </message>
</context>
<context>
    <name>AutomaticBackupsSection</name>
    <message>
        <source>Automatic backups</source>
        <translation>自动备份</translation>
    </message>
    <message>
        <source>The program backs up the database by itself: when it closes, every 30 minutes while records are being changed, and before every import, upgrade and restore. It keeps the newest 10 backups, one a day for two weeks, one a week for two months and one a month for a year.</source>
        <translation>程序会自动备份数据库：关闭程序时、录入或修改记录期间每 30 分钟一次，以及每次导入、升级和恢复之前。程序保留最近的 10 份备份，两周内每天一份，两个月内每周一份，一年内每月一份。</translation>
    </message>
    <message>
        <source>So that they never fill the disk, the oldest are also deleted when they would take more than 10 GB or half of the free space; the newest three are always kept.</source>
        <translation>为免占满磁盘，备份合计超过 10 GB 或剩余空间的一半时，也会删除最早的备份；最新的三份始终保留。</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>Restore the selected backup…</source>
        <translation>恢复选中的备份…</translation>
    </message>
    <message>
        <source>Restore from a file…</source>
        <translation>从文件恢复…</translation>
    </message>
    <message>
        <source>The database is on a database server: back it up with the server&apos;s own tools.</source>
        <translation>数据库在数据库服务器上，请用服务器自带的工具备份。</translation>
    </message>
    <message>
        <source>when the program closed</source>
        <translation>关闭程序时</translation>
    </message>
    <message>
        <source>while working (every 30 minutes)</source>
        <translation>工作期间（每 30 分钟）</translation>
    </message>
    <message>
        <source>before a bundle import</source>
        <translation>导入同步包之前</translation>
    </message>
    <message>
        <source>before a roster import</source>
        <translation>导入花名册之前</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>程序升级之前</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>恢复备份之前</translation>
    </message>
    <message>
        <source>from the command line</source>
        <translation>命令行备份</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>手动备份</translation>
    </message>
    <message>
        <source>Folder: {folder}</source>
        <translation>存放位置：{folder}</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) kept; the newest is from {when}.</source>
        <translation>
            <numerusform>共保留 %n 份备份，最新的一份是 {when} 的。</numerusform>
        </translation>
    </message>
    <message>
        <source>No automatic backups yet; the first is made when the program closes.</source>
        <translation>还没有自动备份；第一次关闭程序时会生成第一份。</translation>
    </message>
    <message>
        <source>Choose a backup to restore</source>
        <translation>选择要恢复的备份</translation>
    </message>
    <message>
        <source>Database backups (*.db);;All files (*)</source>
        <translation>数据库备份 (*.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>要恢复这个备份吗？</translation>
    </message>
    <message>
        <source>All records will be replaced by the ones in {name}. The records as they are now are backed up first, so this can be undone by restoring that backup. Restore now?</source>
        <translation>全部记录将被替换为备份 {name} 中的记录。恢复前会先把现在的记录另存一份备份，需要时可以再恢复回来。现在恢复吗？</translation>
    </message>
    <message>
        <source>Restoring… The backup is checked first.</source>
        <translation>正在恢复…会先检查备份是否完好。</translation>
    </message>
    <message>
        <source>Restored. The records as they were just before are kept in the backup {name}.</source>
        <translation>已恢复。恢复前的记录已另存为备份 {name}。</translation>
    </message>
</context>
<context>
    <name>BackupSection</name>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <source>Backup folder:</source>
        <translation>备份文件夹：</translation>
    </message>
    <message>
        <source>Each backup is a new, dated copy of the database, checked after copying. A USB stick is a good place for it. Photos and scans are kept in the “attachments” folder next to the database: copy that folder too.</source>
        <translation>每次备份都会生成一份带日期的数据库副本，复制后会自动检查完整性。备份可以放在U盘上。照片和扫描件保存在数据库旁边的“attachments”文件夹中，请把这个文件夹也一并复制。</translation>
    </message>
    <message>
        <source>The database is on a database server: back it up with the server&apos;s own tools.</source>
        <translation>数据库在数据库服务器上，请用服务器自带的工具备份。</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>选择备份文件夹</translation>
    </message>
    <message>
        <source>Choose the folder to put the backup in first.</source>
        <translation>请先选择存放备份的文件夹。</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <source>Backed up to {path} ({size}); the copy passed its check.</source>
        <translation>已备份到 {path}（{size}），备份已通过完整性检查。</translation>
    </message>
    <message>
        <source>The copy failed its check and was deleted. Try another folder or USB stick.</source>
        <translation>备份副本未通过完整性检查，已删除。请换一个文件夹或U盘再试。</translation>
    </message>
    <message>
        <source>The backup could not be written there ({detail}). Try another folder.</source>
        <translation>无法在这里写入备份（{detail}），请换一个文件夹再试。</translation>
    </message>
</context>
<context>
    <name>BudgetView</name>
    <message>
        <source>Budget line</source>
        <translation>预算科目</translation>
    </message>
    <message>
        <source>Spent against the rule</source>
        <translation>支出占限额比例</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>已支出</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>政策要求</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>剩余</translation>
    </message>
    <message>
        <source>Yuan. Personnel and evaluation/other may not go over their caps; service spending must reach its floor by the end of the project. A line turns amber at {near} % of its cap.</source>
        <translation>单位：元。人力成本、评估及其他不得超过上限；服务性支出在项目结束前须达到最低要求。支出达到上限的 {near}% 时显示为橙色。</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <source>Total {total} yuan · budget lines {planned} yuan · spent {spent} yuan ({share} %)</source>
        <translation>项目总额 {total} 元 · 预算合计 {planned} 元 · 已支出 {spent} 元（{share}%）</translation>
    </message>
    <message>
        <source>The budget keeps to the policy&apos;s caps and floor.</source>
        <translation>预算和支出符合政策规定的上限和最低要求。</translation>
    </message>
    <message>
        <source>at most {amount}</source>
        <translation>不超过 {amount}</translation>
    </message>
    <message>
        <source>{amount} over</source>
        <translation>超出 {amount}</translation>
    </message>
    <message>
        <source>at least {amount}</source>
        <translation>不少于 {amount}</translation>
    </message>
    <message>
        <source>{amount} to go</source>
        <translation>还差 {amount}</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>已达到</translation>
    </message>
</context>
<context>
    <name>BudgetWarnings</name>
    <message>
        <source>{kind}: {spent} yuan spent, over the cap of {cap} yuan by {over} yuan.</source>
        <translation>{kind}：已支出 {spent} 元，超出上限 {cap} 元 {over} 元。</translation>
    </message>
    <message>
        <source>{kind}: {spent} yuan spent, close to the cap of {cap} yuan; {left} yuan left.</source>
        <translation>{kind}：已支出 {spent} 元，接近上限 {cap} 元，仅剩 {left} 元。</translation>
    </message>
    <message>
        <source>{kind}: only {spent} yuan spent, below the minimum of {floor} yuan by {missing} yuan.</source>
        <translation>{kind}：只支出了 {spent} 元，低于最低要求 {floor} 元，还差 {missing} 元。</translation>
    </message>
    <message>
        <source>{kind}: {spent} yuan spent so far; at least {floor} yuan must be spent by the end ({missing} yuan to go).</source>
        <translation>{kind}：目前已支出 {spent} 元；项目结束前至少应支出 {floor} 元（还差 {missing} 元）。</translation>
    </message>
    <message>
        <source>The budget lines add up to {planned} yuan, more than the project&apos;s {total} yuan.</source>
        <translation>各科目预算合计 {planned} 元，超过项目总额 {total} 元。</translation>
    </message>
    <message>
        <source>{kind}: {planned} yuan planned, more than the cap of {cap} yuan.</source>
        <translation>{kind}：预算 {planned} 元，超过上限 {cap} 元。</translation>
    </message>
    <message>
        <source>{kind}: {planned} yuan planned, less than the minimum of {floor} yuan.</source>
        <translation>{kind}：预算 {planned} 元，低于最低要求 {floor} 元。</translation>
    </message>
    <message>
        <source>With this expense, “{kind}” would come to {spent} yuan: over its cap of {cap} yuan by {over} yuan.</source>
        <translation>记入这笔支出后，“{kind}”合计将达到 {spent} 元，超出上限 {cap} 元 {over} 元。</translation>
    </message>
    <message>
        <source>With this expense, “{kind}” would come to {spent} yuan: close to its cap of {cap} yuan, with only {left} yuan left.</source>
        <translation>记入这笔支出后，“{kind}”合计将达到 {spent} 元，接近上限 {cap} 元，仅剩 {left} 元。</translation>
    </message>
    <message>
        <source>Only {count} full-time staff; the project needs at least {minimum}.</source>
        <translation>专职工作人员只有 {count} 名，项目至少需要 {minimum} 名。</translation>
    </message>
    <message>
        <source>No full-time staff member holds a social-work certificate with at least {years} years of practice; at least one is needed.</source>
        <translation>没有持社会工作者职业资格证书且从业满 {years} 年的专职人员，至少需要 1 名。</translation>
    </message>
    <message>
        <source>{name} is also full-time staff on another project this year.</source>
        <translation>{name} 本年度同时在其他项目任专职人员。</translation>
    </message>
</context>
<context>
    <name>BundleStatus</name>
    <message>
        <source>Last bundle: No. {sequence} sent to {peer} on {when}</source>
        <translation>上次同步包：{when} 发出第 {sequence} 号（发往 {peer}）</translation>
    </message>
    <message>
        <source>Last bundle: No. {sequence} received from {peer} on {when}</source>
        <translation>上次同步包：{when} 收到第 {sequence} 号（来自 {peer}）</translation>
    </message>
</context>
<context>
    <name>CaseSpec</name>
    <message>
        <source>New case study</source>
        <translation>新建典型案例</translation>
    </message>
    <message>
        <source>Edit case study</source>
        <translation>修改典型案例</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>相关组织</translation>
    </message>
    <message>
        <source>The organization the case is about (type part of the name)</source>
        <translation>案例涉及的社会组织（可输入部分名称）</translation>
    </message>
    <message>
        <source>Written on</source>
        <translation>撰写日期</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>撰写人</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>案例背景</translation>
    </message>
    <message>
        <source>The need or problem the organization met</source>
        <translation>组织面对的需求或问题</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>服务过程</translation>
    </message>
    <message>
        <source>What the organization did, step by step</source>
        <translation>组织做了哪些工作、怎样一步步开展</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>成效</translation>
    </message>
    <message>
        <source>What changed, with numbers where possible</source>
        <translation>带来了哪些变化，尽量用数字说明</translation>
    </message>
    <message>
        <source>Case studies</source>
        <translation>典型案例</translation>
    </message>
    <message>
        <source>(none given)</source>
        <translation>（未填写）</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Title, author, organization or any words of the case</source>
        <translation>标题、撰写人、组织名称或案例中的文字</translation>
    </message>
    <message>
        <source>Organization:</source>
        <translation>组织：</translation>
    </message>
    <message>
        <source>All organizations</source>
        <translation>全部组织</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>月份：</translation>
    </message>
    <message>
        <source>All months</source>
        <translation>全部月份</translation>
    </message>
    <message>
        <source>No case studies written yet. Press “New…” (Ctrl+N) to write one; a base writes at least three a year. Photos go beside it.</source>
        <translation>还没有典型案例。点击“新建…”（Ctrl+N）撰写一篇；孵化基地每年至少撰写 3 篇。照片可以添加在右侧。</translation>
    </message>
    <message>
        <source>No case study matches these filters.</source>
        <translation>没有符合筛选条件的典型案例。</translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <source>Documents</source>
        <translation>申请材料</translation>
    </message>
    <message>
        <source>Another document, e.g. 党建工作承诺书</source>
        <translation>添加其他材料，如：党建工作承诺书</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Choose a case on the left to see and tick off its documents.</source>
        <translation>请先在左侧选中一条登记备案记录，再逐项核对材料。</translation>
    </message>
    <message>
        <source>Checked: {done}/{total}</source>
        <translation>已审核：{done}/{total}</translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <source>When the same record was changed on two computers of one site, the newer change is kept and the other is set aside here, so nothing is lost silently.</source>
        <translation>同一站点的两台电脑修改了同一条记录时，保留较新的修改，另一版本存放在这里，不会悄悄丢失任何内容。</translation>
    </message>
    <message>
        <source>Mark all as seen</source>
        <translation>全部标为已查看</translation>
    </message>
    <message>
        <source>{time}, device {device}</source>
        <translation>{time}，设备 {device}</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>已查看</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>发现时间</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>记录类型</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Version kept</source>
        <translation>保留的版本</translation>
    </message>
    <message>
        <source>Version set aside</source>
        <translation>存放的版本</translation>
    </message>
    <message>
        <source>Not seen yet</source>
        <translation>未查看</translation>
    </message>
    <message>
        <source>No conflicts so far.</source>
        <translation>目前没有冲突记录。</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s), {unseen} not seen yet.</source>
        <translation>
            <numerusform>共 %n 条冲突，{unseen} 条未查看。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContestDetailPage</name>
    <message>
        <source>← Back to the contests</source>
        <translation>← 返回大赛列表</translation>
    </message>
    <message>
        <source>Edit contest…</source>
        <translation>修改大赛…</translation>
    </message>
    <message>
        <source>New entry…</source>
        <translation>新建参赛项目…</translation>
    </message>
    <message>
        <source>Edit entry…</source>
        <translation>修改参赛项目…</translation>
    </message>
    <message>
        <source>Delete entry</source>
        <translation>删除参赛项目</translation>
    </message>
    <message>
        <source>No entries yet. Press “New entry…” to add the first project.</source>
        <translation>还没有参赛项目。点击“新建参赛项目…”录入第一个。</translation>
    </message>
    <message>
        <source>Judges&apos; scores</source>
        <translation>评委打分</translation>
    </message>
    <message>
        <source>Grant tranches</source>
        <translation>资助款分期拨付</translation>
    </message>
    <message numerus="yes">
        <source>%n project(s)</source>
        <translation>
            <numerusform>共 %n 个参赛项目</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the entry “{title}”?</source>
        <translation>确定删除参赛项目“{title}”吗？</translation>
    </message>
    <message>
        <source>Its scores stay recorded; you can undo this right away.</source>
        <translation>评委打分仍会保留；删除后可以马上撤销。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Deleted the entry “{title}”.</source>
        <translation>已删除参赛项目“{title}”。</translation>
    </message>
    <message>
        <source>Venture contests</source>
        <translation>公益创投</translation>
    </message>
</context>
<context>
    <name>ContestRules</name>
    <message>
        <source>Composite score = expert score × {expert} % + pledge score × {pledge} % + vote score × {vote} %.</source>
        <translation>综合得分 = 专家评审得分 × {expert}% + 认捐得分 × {pledge}% + 投票得分 × {vote}%。</translation>
    </message>
    <message>
        <source>The expert score is the mean of the judges&apos; scores (out of 100).</source>
        <translation>专家评审得分为各位评委打分（百分制）的平均分。</translation>
    </message>
    <message>
        <source>Pledges and votes are converted to a score out of 100 as a share of the highest value: the highest pledge ({pledge} yuan) and the most votes ({votes}) score 100.</source>
        <translation>认捐与投票按占最高值的比例折算为百分制：认捐最多的（{pledge} 元）和得票最多的（{votes} 票）记 100 分。</translation>
    </message>
    <message>
        <source>Every part and the composite are rounded to 2 decimals; rule flags do not change the ranking.</source>
        <translation>各项得分和综合得分均保留两位小数（四舍五入）；规则提示不影响排名。</translation>
    </message>
    <message>
        <source>The organization already has {wins} winning projects in {year}; one organization may win at most {limit} a year.</source>
        <translation>该组织 {year} 年已有 {wins} 个获奖项目，同一组织一年最多承接 {limit} 个项目。</translation>
    </message>
    <message>
        <source>Only {count} direct beneficiaries; an entry must serve at least {minimum}.</source>
        <translation>直接受益人数只有 {count} 人，参赛项目至少应服务 {minimum} 人。</translation>
    </message>
    <message>
        <source>Only {judges} of the {panel} judges have scored this entry.</source>
        <translation>评审组共 {panel} 位评委，只有 {judges} 位给这个项目打了分。</translation>
    </message>
    <message>
        <source>No judge has scored this entry yet.</source>
        <translation>还没有评委给这个项目打分。</translation>
    </message>
    <message>
        <source>over {limit} wins a year</source>
        <translation>年获奖超过 {limit} 项</translation>
    </message>
    <message>
        <source>under {minimum} beneficiaries</source>
        <translation>受益人数不足 {minimum} 人</translation>
    </message>
    <message>
        <source>scores missing</source>
        <translation>评分不全</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>未评分</translation>
    </message>
</context>
<context>
    <name>ContestSpec</name>
    <message>
        <source>Experts, pledges and public votes; the three weights add up to 100.</source>
        <translation>专家评审、爱心认捐和大众投票三项权重之和为 100。</translation>
    </message>
    <message>
        <source>New venture contest</source>
        <translation>新建公益创投大赛</translation>
    </message>
    <message>
        <source>Edit venture contest</source>
        <translation>修改公益创投大赛</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>大赛名称</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>举办日期</translation>
    </message>
    <message>
        <source>Weight of expert scores</source>
        <translation>专家评审权重</translation>
    </message>
    <message>
        <source>Weight of pledges</source>
        <translation>爱心认捐权重</translation>
    </message>
    <message>
        <source>Weight of public votes</source>
        <translation>大众投票权重</translation>
    </message>
    <message>
        <source>Fewest direct beneficiaries</source>
        <translation>最少直接受益人数</translation>
    </message>
    <message>
        <source>Most winning projects per organization a year</source>
        <translation>每个组织每年最多获奖项目数</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>大赛说明</translation>
    </message>
    <message>
        <source>New contest entry</source>
        <translation>新建参赛项目</translation>
    </message>
    <message>
        <source>Edit contest entry</source>
        <translation>修改参赛项目</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>参赛组织</translation>
    </message>
    <message>
        <source>Type part of the name</source>
        <translation>可输入部分名称</translation>
    </message>
    <message>
        <source>Project title</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <source>Direct beneficiaries</source>
        <translation>直接受益人数</translation>
    </message>
    <message>
        <source>Amount requested (yuan)</source>
        <translation>申请金额（元）</translation>
    </message>
    <message>
        <source>Pledged donations (yuan)</source>
        <translation>爱心认捐（元）</translation>
    </message>
    <message>
        <source>Public votes</source>
        <translation>大众投票数</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>评选结果</translation>
    </message>
    <message>
        <source>Grant (yuan)</source>
        <translation>资助金额（元）</translation>
    </message>
    <message>
        <source>For winners: paid in tranches of 50 %, 30 % and 20 %.</source>
        <translation>获奖项目填写；按 50%、30%、20% 分三期拨付。</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>项目简介</translation>
    </message>
    <message>
        <source>Venture contests</source>
        <translation>公益创投大赛</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>参赛项目</translation>
    </message>
    <message>
        <source>Winners</source>
        <translation>获奖项目</translation>
    </message>
    <message>
        <source>Name or description</source>
        <translation>大赛名称或说明</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>年度：</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>全部年度</translation>
    </message>
    <message>
        <source>No venture contests yet. Press “New…” (Ctrl+N) to set one up, then open it to add entries and scores.</source>
        <translation>还没有公益创投大赛。点击“新建…”（Ctrl+N）创建一场，再打开它录入参赛项目和评分。</translation>
    </message>
    <message>
        <source>No contest matches these filters.</source>
        <translation>没有符合筛选条件的大赛。</translation>
    </message>
</context>
<context>
    <name>ContestsPage</name>
    <message>
        <source>Open contest</source>
        <translation>打开大赛</translation>
    </message>
    <message>
        <source>Entries, scores, ranking and tranches (Enter)</source>
        <translation>参赛项目、评分、排名和分期拨付（回车键）</translation>
    </message>
</context>
<context>
    <name>CorruptionDialog</name>
    <message>
        <source>The database is damaged</source>
        <translation>数据库已损坏</translation>
    </message>
    <message>
        <source>The database file is damaged, so the program will not open it: working on it could lose more records.

{path}</source>
        <translation>数据库文件已损坏，程序不会打开它：继续在损坏的文件上工作可能丢失更多记录。

{path}</translation>
    </message>
    <message>
        <source>The newest good backup was made on {when}. Restoring it brings the records back as they were then; anything entered after that must be entered again. The damaged file is kept in the backups folder for technical help.</source>
        <translation>最近一份完好的备份是 {when} 做的。恢复它会把记录恢复到当时的样子；在那之后录入的内容需要重新录入。已损坏的文件会保留在备份文件夹中，供技术支持检查。</translation>
    </message>
    <message>
        <source>Restore the backup of {when}</source>
        <translation>恢复 {when} 的备份</translation>
    </message>
    <message>
        <source>No good backup was found in {folder}. Do not delete anything; ask for technical help, and bring any backup copies you have (for example on a USB stick).</source>
        <translation>在 {folder} 中没有找到完好的备份。请不要删除任何文件，联系技术支持，并带上您手头的备份（例如U盘上的备份）。</translation>
    </message>
    <message>
        <source>Close the program</source>
        <translation>关闭程序</translation>
    </message>
</context>
<context>
    <name>DataFolderSection</name>
    <message>
        <source>Choose a complete folder path, such as D:\孵化基地数据.</source>
        <translation>请选择完整的文件夹路径，例如 D:\孵化基地数据。</translation>
    </message>
    <message>
        <source>This is a file, not a folder. Choose a folder.</source>
        <translation>这是一个文件，不是文件夹，请选择文件夹。</translation>
    </message>
    <message>
        <source>This folder is on removable storage (a USB stick or memory card), where the database can be damaged when the stick is pulled out. Choose a folder on this computer&apos;s own disk. Nothing was changed.</source>
        <translation>这个文件夹在U盘或存储卡等可移动存储设备上，拔出时数据库可能损坏。请选择本机硬盘上的文件夹。设置未做任何更改。</translation>
    </message>
    <message>
        <source>This folder is a shared network folder, where the database can be damaged when the network drops. Choose a folder on this computer&apos;s own disk. Nothing was changed.</source>
        <translation>这个文件夹是网络共享文件夹，网络中断时数据库可能损坏。请选择本机硬盘上的文件夹。设置未做任何更改。</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>数据文件夹</translation>
    </message>
    <message>
        <source>Database in use: {path}</source>
        <translation>正在使用的数据库：{path}</translation>
    </message>
    <message>
        <source>The database is on a database server, not in a folder of this computer.</source>
        <translation>数据库在数据库服务器上，不在本机的文件夹中。</translation>
    </message>
    <message>
        <source>The program&apos;s standard folder</source>
        <translation>程序的默认文件夹</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Use this folder</source>
        <translation>使用这个文件夹</translation>
    </message>
    <message>
        <source>Use the standard folder</source>
        <translation>使用默认文件夹</translation>
    </message>
    <message>
        <source>Only a folder on this computer&apos;s own disk: never a USB stick or a network folder. A change takes effect the next time the program starts. The records are not moved: to keep using them, put a backup of the database into the new folder under the name {file} before restarting.</source>
        <translation>只能选择本机硬盘上的文件夹，不能用U盘或网络文件夹。更改在下次启动程序时生效。现有记录不会自动搬过去：如需继续使用，请在重启前把数据库备份放进新文件夹，并改名为 {file}。</translation>
    </message>
    <message>
        <source>Choose the data folder</source>
        <translation>选择数据文件夹</translation>
    </message>
    <message>
        <source>Saved. From the next start the program uses {path}.</source>
        <translation>已保存。下次启动时程序将使用 {path}。</translation>
    </message>
    <message>
        <source>Saved. From the next start the program uses its standard folder.</source>
        <translation>已保存。下次启动时程序将使用默认文件夹。</translation>
    </message>
</context>
<context>
    <name>DatabaseRefusal</name>
    <message>
        <source>This database file contains triggers or views that this program did not create; it may have been tampered with, so it was not opened. Use your own database or a backup made by this program. The file was not changed.</source>
        <translation>该数据库文件中含有不是本程序建立的触发器或视图，可能被人改动过，为安全起见没有打开。请使用本机原有的数据库或本程序制作的备份。文件未做任何改动。</translation>
    </message>
    <message>
        <source>This database is already open in another window of the program. Switch to that window, or close it and try again. Two windows on one database could overwrite each other&apos;s work.</source>
        <translation>这个数据库已经在另一个程序窗口中打开了。请切换到那个窗口，或者关闭它后再试。两个窗口同时使用一个数据库，可能会互相覆盖录入的内容。</translation>
    </message>
    <message>
        <source>The database file is damaged ({detail}). Restore the newest good backup (Settings → Automatic backups), or ask for technical help.</source>
        <translation>数据库文件已损坏（{detail}）。请恢复最近一份完好的备份（设置 → 自动备份），或联系技术支持。</translation>
    </message>
    <message>
        <source>The database file is damaged. Restore the newest good backup (Settings → Automatic backups), or ask for technical help.</source>
        <translation>数据库文件已损坏。请恢复最近一份完好的备份（设置 → 自动备份），或联系技术支持。</translation>
    </message>
    <message>
        <source>Before this change the program makes a backup copy, and the copy could not be made or failed its check ({detail}). Nothing was changed. Check that the disk has free space and try again.</source>
        <translation>修改数据前程序会先做一份备份，这次备份未能完成或未通过检查（{detail}）。数据没有任何改动。请检查磁盘是否还有剩余空间，然后重试。</translation>
    </message>
    <message>
        <source>Before this change the program makes a backup copy, and the copy could not be made or failed its check. Nothing was changed. Check that the disk has free space and try again.</source>
        <translation>修改数据前程序会先做一份备份，这次备份未能完成或未通过检查。数据没有任何改动。请检查磁盘是否还有剩余空间，然后重试。</translation>
    </message>
    <message>
        <source>This file is not a backup that can be read. Choose another backup. Nothing was changed.</source>
        <translation>这个文件不是可以读取的备份，请换一个备份。数据没有任何改动。</translation>
    </message>
    <message>
        <source>This backup is damaged and cannot be restored. Choose another one. Nothing was changed.</source>
        <translation>这个备份已损坏，不能恢复，请换一个备份。数据没有任何改动。</translation>
    </message>
    <message>
        <source>This file is not a backup made by this program, so for safety it is not restored. Nothing was changed.</source>
        <translation>这个文件不是本程序生成的备份，为安全起见不予恢复。数据没有任何改动。</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of the program. Install the newer version first. Nothing was changed.</source>
        <translation>这个备份由更新版本的程序生成，请先安装新版本。数据没有任何改动。</translation>
    </message>
    <message>
        <source>The restore did not complete ({detail}). The data as it was before is kept in the backups folder. Ask for technical help.</source>
        <translation>恢复未能完成（{detail}）。恢复前的数据已保存在备份文件夹中。请联系技术支持。</translation>
    </message>
    <message>
        <source>The restore did not complete. The data as it was before is kept in the backups folder. Ask for technical help.</source>
        <translation>恢复未能完成。恢复前的数据已保存在备份文件夹中。请联系技术支持。</translation>
    </message>
    <message>
        <source>The database is on removable storage (a USB stick or memory card), where its file can be damaged. Copy it to a folder on this computer&apos;s own disk and open it from there. The database file was not changed.</source>
        <translation>数据库文件位于U盘、存储卡等可移动存储设备上，放在这里容易损坏。请把它复制到本机硬盘上的文件夹中，再从那里打开。数据库文件未做任何改动。</translation>
    </message>
    <message>
        <source>The database is in a shared network folder, where its file can be damaged. Copy it to a folder on this computer&apos;s own disk and open it from there. The database file was not changed.</source>
        <translation>数据库文件位于网络共享文件夹中，放在这里容易损坏。请把它复制到本机硬盘上的文件夹中，再从那里打开。数据库文件未做任何改动。</translation>
    </message>
    <message>
        <source>This database was made by a newer version of the program. Install the newer version first, then open it again. The database file was not changed.</source>
        <translation>该数据库是由更新版本的程序创建的。请先安装新版本程序，再重新打开。数据库文件未做任何改动。</translation>
    </message>
    <message>
        <source>This file is not a database of this program, or it is damaged. Check that you chose the right file. The file was not changed.</source>
        <translation>该文件不是本程序的数据库，或者已经损坏。请确认选择的文件是否正确。文件未做任何改动。</translation>
    </message>
    <message>
        <source>Before upgrading the database the program makes a backup copy, and the copy failed the check. The database was not upgraded and was not changed. Ask for technical help.</source>
        <translation>升级数据库前，程序会先备份一份，但备份副本未通过检查。数据库没有升级，也未做任何改动。请联系技术人员协助处理。</translation>
    </message>
    <message>
        <source>Upgrading the database found {count} broken links between records. A backup copy was kept in the backups folder next to the database. Ask for technical help.</source>
        <translation>升级数据库时发现 {count} 处记录之间的关联已损坏。升级前的备份保存在数据库所在位置的 backups 文件夹中。请联系技术人员协助处理。</translation>
    </message>
    <message>
        <source>The database cannot be opened. The database file was not changed.</source>
        <translation>无法打开数据库。数据库文件未做任何改动。</translation>
    </message>
</context>
<context>
    <name>DistrictPage</name>
    <message>
        <source>Year </source>
        <extracomment>Scopes whose change means the overview must be read again.</extracomment>
        <translation>年度 </translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Export city-bureau workbook…</source>
        <translation>导出市局汇总表…</translation>
    </message>
    <message>
        <source>Print summary report</source>
        <translation>打印汇总报告</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>乡镇（街道）</translation>
    </message>
    <message>
        <source>Division code</source>
        <translation>行政区划代码</translation>
    </message>
    <message>
        <source>Met (green)</source>
        <translation>达标（绿）</translation>
    </message>
    <message>
        <source>Close (amber)</source>
        <translation>接近（黄）</translation>
    </message>
    <message>
        <source>Not met (red)</source>
        <translation>未达标（红）</translation>
    </message>
    <message>
        <source>Community coverage</source>
        <translation>社区覆盖率</translation>
    </message>
    <message>
        <source>Last bundle received</source>
        <translation>最近收到的同步包</translation>
    </message>
    <message>
        <source>Missing bundles</source>
        <translation>缺少的同步包</translation>
    </message>
    <message>
        <source>Approved months</source>
        <translation>已审核月份</translation>
    </message>
    <message>
        <source>No township has sent a bundle to this district yet.</source>
        <translation>还没有乡镇向本区发送同步包。</translation>
    </message>
    <message>
        <source>Approver&apos;s name</source>
        <translation>审核人姓名</translation>
    </message>
    <message>
        <source>Approve this month</source>
        <translation>批准本月</translation>
    </message>
    <message>
        <source>Month approval (select a township above)</source>
        <translation>月度审核（请先在上表选择乡镇）</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Problem found</source>
        <translation>发现的问题</translation>
    </message>
    <message>
        <source>No cross-township problems found for this year.</source>
        <translation>本年度未发现跨乡镇问题。</translation>
    </message>
    <message>
        <source>Requested on</source>
        <translation>申请日期</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>No re-open request is waiting.</source>
        <translation>没有待处理的重新开放申请。</translation>
    </message>
    <message>
        <source>Agree</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Evaluate this township…</source>
        <translation>评估该乡镇…</translation>
    </message>
    <message>
        <source>View its indicators…</source>
        <translation>查看指标…</translation>
    </message>
    <message>
        <source>Selected township:</source>
        <translation>所选乡镇：</translation>
    </message>
    <message>
        <source>Townships</source>
        <translation>各乡镇情况</translation>
    </message>
    <message>
        <source>Cross-checks</source>
        <translation>交叉核查</translation>
    </message>
    <message>
        <source>Re-open requests</source>
        <translation>重新开放申请</translation>
    </message>
    <message>
        <source>Annual evaluation</source>
        <translation>年度评估</translation>
    </message>
    <message>
        <source>Reading the townships&apos; figures…</source>
        <translation>正在读取各乡镇数据…</translation>
    </message>
    <message>
        <source>{value}% of {total} communities (goal {goal}%: {verdict})</source>
        <translation>{value}%，共 {total} 个村（社区）（目标 {goal}%：{verdict}）</translation>
    </message>
    <message>
        <source>met</source>
        <translation>已达到</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>未达到</translation>
    </message>
    <message>
        <source>None received yet</source>
        <translation>尚未收到</translation>
    </message>
    <message>
        <source>No. {number}, {when}</source>
        <translation>第 {number} 号，{when}</translation>
    </message>
    <message>
        <source>Missing No. {numbers}</source>
        <translation>缺少第 {numbers} 号</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>{count} met</source>
        <translation>{count} 项达标</translation>
    </message>
    <message>
        <source>{count} close</source>
        <translation>{count} 项接近</translation>
    </message>
    <message>
        <source>{count} not met</source>
        <translation>{count} 项未达标</translation>
    </message>
    <message>
        <source>Select a township in the table first.</source>
        <translation>请先在表格中选择一个乡镇。</translation>
    </message>
    <message>
        <source>{month} of {name} is approved; it travels in the next bundle.</source>
        <translation>已批准{name}的 {month}，将随下一个同步包发送。</translation>
    </message>
    <message>
        <source>Select a re-open request first.</source>
        <translation>请先选择一条重新开放申请。</translation>
    </message>
    <message>
        <source>The request was answered.</source>
        <translation>已答复该申请。</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>city-bureau-summary-{year}.xlsx</source>
        <translation>市局汇总表-{year}.xlsx</translation>
    </message>
    <message>
        <source>Export city-bureau workbook</source>
        <translation>导出市局汇总表</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing the workbook…</source>
        <translation>正在生成汇总表…</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>已保存到 {path}</translation>
    </message>
    <message>
        <source>Preparing the summary report…</source>
        <translation>正在生成汇总报告…</translation>
    </message>
    <message>
        <source>Summary report preview</source>
        <translation>汇总报告预览</translation>
    </message>
</context>
<context>
    <name>DrillDownPanel</name>
    <message numerus="yes">
        <source>One step short: filed, %n activity(ies) in the period; one more makes it count.</source>
        <translation>
            <numerusform>差一步：已备案，统计期内开展了 %n 场活动，再开展 1 场即计入。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>One step short: %n activity(ies) in the period; filing with the township makes it count.</source>
        <translation>
            <numerusform>差一步：统计期内已开展 %n 场活动，在乡镇完成备案后即计入。</numerusform>
        </translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Choose an indicator</source>
        <translation>请选择一项指标</translation>
    </message>
    <message>
        <source>Click a row of the table to see its rule and the records behind its number.</source>
        <translation>点击表格中的一行，查看该指标的计算规则和构成该数字的记录。</translation>
    </message>
    <message>
        <source>Achieved {value} · target {target} · {status}</source>
        <translation>完成 {value} · 目标 {target} · {status}</translation>
    </message>
    <message>
        <source>Rule: {rule}</source>
        <translation>计算规则：{rule}</translation>
    </message>
    <message>
        <source>Only the total is shown for this indicator: the records behind it are sensitive or summed.</source>
        <translation>该指标只显示合计：其背后的记录涉及个人敏感信息，或是累加得出的数值。</translation>
    </message>
    <message>
        <source>Loading the records…</source>
        <translation>正在读取记录…</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>（无名称）</translation>
    </message>
    <message>
        <source>No records of {kind} are behind this number in this period.</source>
        <translation>统计期内没有构成该数字的{kind}记录。</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) of {kind} behind this number.</source>
        <translation>
            <numerusform>该数字由 %n 条{kind}记录构成。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organization(s) one step short are listed after them.</source>
        <translation>
            <numerusform>其后列出差一步即可计入的 %n 个组织。</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click one to open it.</source>
        <translation>双击可打开该记录。</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>This field must be filled in.</source>
        <translation>此项必须填写。</translation>
    </message>
    <message>
        <source>Too long: at most {max} characters.</source>
        <translation>内容太长，最多 {max} 个字。</translation>
    </message>
    <message>
        <source>Too long; please shorten it.</source>
        <translation>内容太长，请删减。</translation>
    </message>
    <message>
        <source>Please choose one of the offered values.</source>
        <translation>请从列表中选择一项。</translation>
    </message>
    <message>
        <source>Must not be negative; enter 0 or more.</source>
        <translation>不能是负数，请填写 0 或更大的数。</translation>
    </message>
    <message>
        <source>Must be between {low} and {high}.</source>
        <translation>应在 {low} 到 {high} 之间。</translation>
    </message>
    <message>
        <source>The number is outside the allowed range.</source>
        <translation>数值超出了允许的范围。</translation>
    </message>
    <message>
        <source>The three weights must add up to 100; now they add up to {total}.</source>
        <translation>三项权重之和应为 100，现在是 {total}。</translation>
    </message>
    <message>
        <source>The three weights must add up to 100.</source>
        <translation>三项权重之和应为 100。</translation>
    </message>
    <message>
        <source>“{value}” is not a date; write it like 2024-05-01.</source>
        <translation>“{value}”不是有效日期，请按 2024-05-01 的格式填写。</translation>
    </message>
    <message>
        <source>Not a date; write it like 2024-05-01.</source>
        <translation>不是有效日期，请按 2024-05-01 的格式填写。</translation>
    </message>
    <message>
        <source>This date is later than today; please check it.</source>
        <translation>日期不能晚于今天，请核对。</translation>
    </message>
    <message>
        <source>This date is earlier than the date it must follow; please check it.</source>
        <translation>这个日期早于它之前应有的日期（如成立日期、开始日期），请核对。</translation>
    </message>
    <message>
        <source>“{value}” is not a number.</source>
        <translation>“{value}”不是数字。</translation>
    </message>
    <message>
        <source>Not a number.</source>
        <translation>请填写数字。</translation>
    </message>
    <message>
        <source>Not a phone number: enter an 11-digit mobile number, or a landline with its area code (like 0998-1234567).</source>
        <translation>电话号码不正确：请填写 11 位手机号码，或带区号的座机号码（如 0998-1234567）。</translation>
    </message>
    <message>
        <source>A unified social credit code has 18 characters; this one has {length}.</source>
        <translation>统一社会信用代码应为 18 位，现在是 {length} 位。</translation>
    </message>
    <message>
        <source>A unified social credit code has 18 characters.</source>
        <translation>统一社会信用代码应为 18 位。</translation>
    </message>
    <message>
        <source>A credit code cannot contain “{char}”: only digits and capital letters (not I, O, Z, S, V).</source>
        <translation>统一社会信用代码中不能有“{char}”，只能使用数字和大写字母（不含 I、O、Z、S、V）。</translation>
    </message>
    <message>
        <source>A credit code uses only digits and capital letters (not I, O, Z, S, V).</source>
        <translation>统一社会信用代码只能使用数字和大写字母（不含 I、O、Z、S、V）。</translation>
    </message>
    <message>
        <source>The credit code&apos;s last character is wrong (it should be {expected}); please check it.</source>
        <translation>统一社会信用代码最后一位（校验位）不对，应为 {expected}，请核对。</translation>
    </message>
    <message>
        <source>The credit code&apos;s last character is wrong; please check it.</source>
        <translation>统一社会信用代码最后一位（校验位）不对，请核对。</translation>
    </message>
    <message>
        <source>An ID number has 18 characters; this one has {length}.</source>
        <translation>身份证号码应为 18 位，现在是 {length} 位。</translation>
    </message>
    <message>
        <source>An ID number has 18 characters.</source>
        <translation>身份证号码应为 18 位。</translation>
    </message>
    <message>
        <source>An ID number cannot contain “{char}”: 17 digits, then a digit or X.</source>
        <translation>身份证号码中不能有“{char}”：前 17 位是数字，最后一位是数字或 X。</translation>
    </message>
    <message>
        <source>An ID number is 17 digits, then a digit or X.</source>
        <translation>身份证号码前 17 位是数字，最后一位是数字或 X。</translation>
    </message>
    <message>
        <source>The region code “{region}” at the start of the ID number does not exist.</source>
        <translation>身份证号码开头的地区代码“{region}”不存在，请核对。</translation>
    </message>
    <message>
        <source>The region code at the start of the ID number does not exist.</source>
        <translation>身份证号码开头的地区代码不存在，请核对。</translation>
    </message>
    <message>
        <source>The birth date “{birthdate}” in the ID number is not possible.</source>
        <translation>身份证号码中的出生日期“{birthdate}”不存在，请核对。</translation>
    </message>
    <message>
        <source>The birth date in the ID number is not possible.</source>
        <translation>身份证号码中的出生日期不存在，请核对。</translation>
    </message>
    <message>
        <source>The ID number&apos;s last character is wrong (it should be {expected}); please check it.</source>
        <translation>身份证号码最后一位（校验位）不对，应为 {expected}，请核对。</translation>
    </message>
    <message>
        <source>The ID number&apos;s last character is wrong; please check it.</source>
        <translation>身份证号码最后一位（校验位）不对，请核对。</translation>
    </message>
    <message>
        <source>A division code has 6, 9 or 12 digits.</source>
        <translation>行政区划代码应为 6 位、9 位或 12 位数字。</translation>
    </message>
    <message>
        <source>“{value}” is already recorded; do not enter it twice.</source>
        <translation>“{value}”已经录入过了，请不要重复录入。</translation>
    </message>
    <message>
        <source>This is already recorded; do not enter it twice.</source>
        <translation>这条信息已经录入过了，请不要重复录入。</translation>
    </message>
    <message>
        <source>The chosen record no longer exists; please choose again.</source>
        <translation>所选的记录已不存在，请重新选择。</translation>
    </message>
    <message>
        <source>This record belongs to another site ({owner}) and cannot be changed here.</source>
        <translation>这条记录由其他站点（{owner}）录入，本机不能修改。</translation>
    </message>
    <message>
        <source>This record belongs to another site and cannot be changed here.</source>
        <translation>这条记录由其他站点录入，本机不能修改。</translation>
    </message>
    <message>
        <source>This computer has not been set up yet, so nothing can be saved.</source>
        <translation>本机尚未完成初始设置，暂时不能保存。</translation>
    </message>
    <message>
        <source>The file could not be read completely; copy it to this computer and try again.</source>
        <translation>文件没能完整读取，请先把它复制到本机再试。</translation>
    </message>
    <message>
        <source>Only photos (JPG, PNG…) and scans (PDF) can be attached.</source>
        <translation>只能添加照片（JPG、PNG 等）和扫描件（PDF）。</translation>
    </message>
    <message>
        <source>Some entries need correcting; nothing was saved.</source>
        <translation>有几项需要修改，尚未保存。</translation>
    </message>
    <message>
        <source>The disk is full, so nothing was saved. Free some disk space (for example, empty the recycle bin) and try again.</source>
        <translation>磁盘空间已满，没有保存任何内容。请清理出一些磁盘空间（例如清空回收站）后重试。</translation>
    </message>
    <message>
        <source>The disk could not be read or written, so nothing was saved. Try again; if it keeps happening, have the computer&apos;s hard disk checked.</source>
        <translation>读写磁盘时出错，没有保存任何内容。请重试；如果反复出现，请检查电脑硬盘。</translation>
    </message>
    <message>
        <source>The program could not do this (code {code}). Nothing was saved.</source>
        <translation>程序未能完成这项操作（代码 {code}），没有保存任何内容。</translation>
    </message>
    <message>
        <source>The program could not do this. Nothing was saved.</source>
        <translation>程序未能完成这项操作，没有保存任何内容。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>EvaluationForm</name>
    <message>
        <source> (year)</source>
        <extracomment>The scope announced after an evaluation is saved (the model&apos;s table).</extracomment>
        <translation> 年度</translation>
    </message>
    <message>
        <source>Township:</source>
        <translation>乡镇（街道）：</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>年度：</translation>
    </message>
    <message>
        <source>Strengths, shortcomings, what to improve next year</source>
        <translation>主要成效、存在不足、下一年改进方向</translation>
    </message>
    <message>
        <source>Name of the evaluator</source>
        <translation>评估人姓名</translation>
    </message>
    <message>
        <source>Comments:</source>
        <translation>评语：</translation>
    </message>
    <message>
        <source>Evaluator:</source>
        <translation>评估人：</translation>
    </message>
    <message>
        <source>Fill empty scores with the suggestions</source>
        <translation>空白项填入建议分</translation>
    </message>
    <message>
        <source>Save evaluation</source>
        <translation>保存评估</translation>
    </message>
    <message>
        <source>Export evaluation workbook…</source>
        <translation>导出评估汇总表…</translation>
    </message>
    <message>
        <source>The city-bureau workbook: every township&apos;s scores, grade and comments</source>
        <translation>市局汇总表：含各乡镇的各项得分、等级和评语</translation>
    </message>
    <message>
        <source>Print summary</source>
        <translation>打印汇总报告</translation>
    </message>
    <message>
        <source>Reading the townships…</source>
        <translation>正在读取乡镇名单…</translation>
    </message>
    <message>
        <source>{name} ({code})</source>
        <translation>{name}（{code}）</translation>
    </message>
    <message>
        <source>No township is known to this district yet: import a township&apos;s bundle first.</source>
        <translation>本区县还没有任何乡镇的数据，请先导入乡镇的同步包。</translation>
    </message>
    <message>
        <source>Reading the township&apos;s figures…</source>
        <translation>正在读取该乡镇的统计数据…</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>评估项目</translation>
    </message>
    <message>
        <source>Basis, and what the records show</source>
        <translation>评分依据及系统统计</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>建议分</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Not evaluated yet for this year.</source>
        <translation>本年度尚未评估。</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source>Saved on {day} by {evaluator}: {total} points, {grade}.</source>
        <translation>已于 {day} 保存（评估人：{evaluator}）：{total} 分，{grade}。</translation>
    </message>
    <message>
        <source>Unsaved scores</source>
        <translation>评分尚未保存</translation>
    </message>
    <message>
        <source>The scores typed in have not been saved. Discard them?</source>
        <translation>刚才填写的评分还没有保存，确定放弃吗？</translation>
    </message>
    <message>
        <source>Total {total} / {full} · {grade} ({filled} of {count} scored)</source>
        <translation>总分 {total} / {full} · {grade}（已评 {filled}/{count} 项）</translation>
    </message>
    <message>
        <source>Excellent</source>
        <translation>优秀</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>良好</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>不合格</translation>
    </message>
    <message numerus="yes">
        <source>%n score(s) filled with the suggestion; check them before saving.</source>
        <translation>
            <numerusform>已为 %n 项填入建议分，请核对后再保存。</numerusform>
        </translation>
    </message>
    <message>
        <source>No empty score has a suggestion: the rest are scored by hand.</source>
        <translation>空白项都没有建议分，需要评估人手工打分。</translation>
    </message>
    <message numerus="yes">
        <source>%n score(s) need correcting; nothing was saved.</source>
        <translation>
            <numerusform>有 %n 项评分需要更正，尚未保存。</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Saved the {year} evaluation of {name}: {total} points, {grade}.</source>
        <translation>已保存{name} {year} 年度评估：{total} 分，{grade}。</translation>
    </message>
    <message>
        <source>{label}: {value}</source>
        <translation>{label}：{value}</translation>
    </message>
    <message>
        <source>{label}: {value} (target {target}) {status}</source>
        <translation>{label}：{value}（目标 {target}）{status}</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) at most</source>
        <translation>
            <numerusform>满分 %n 分</numerusform>
        </translation>
    </message>
    <message>
        <source>Scored by the evaluator: the records hold no figure for this.</source>
        <translation>由评估人打分：系统中没有这一项的统计数据。</translation>
    </message>
    <message>
        <source>In proportion to how far the figures reached their targets; a suggestion only.</source>
        <translation>按各项数据完成目标的程度折算，仅供参考。</translation>
    </message>
    <message>
        <source>0 – {max}</source>
        <translation>0 – {max}</translation>
    </message>
</context>
<context>
    <name>ExpenseFormDialog</name>
    <message>
        <source>Budget cap</source>
        <translation>预算上限</translation>
    </message>
    <message>
        <source>This expense would take the budget line over its cap.</source>
        <translation>这笔支出会使该预算科目超出上限。</translation>
    </message>
    <message>
        <source>This expense brings the budget line close to its cap.</source>
        <translation>这笔支出会使该预算科目接近上限。</translation>
    </message>
    <message>
        <source>Save it anyway, or go back and correct the amount or the line?</source>
        <translation>仍然保存，还是返回修改金额或预算科目？</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>仍然保存</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>返回修改</translation>
    </message>
</context>
<context>
    <name>ExpenseSpec</name>
    <message>
        <source>New expense</source>
        <translation>新建支出</translation>
    </message>
    <message>
        <source>Edit expense</source>
        <translation>修改支出</translation>
    </message>
    <message>
        <source>Spent on</source>
        <translation>支出日期</translation>
    </message>
    <message>
        <source>Budget line</source>
        <translation>预算科目</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>What for</source>
        <translation>支出事由</translation>
    </message>
    <message>
        <source>Paid to (person)</source>
        <translation>收款人</translation>
    </message>
    <message>
        <source>For wages and fees: the person paid</source>
        <translation>工资、劳务费等：填写收款人</translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation>项目支出</translation>
    </message>
    <message>
        <source>Paid to</source>
        <translation>收款人</translation>
    </message>
    <message>
        <source>What for, or who was paid</source>
        <translation>支出事由或收款人</translation>
    </message>
    <message>
        <source>Line:</source>
        <translation>科目：</translation>
    </message>
    <message>
        <source>All lines</source>
        <translation>全部科目</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>月份：</translation>
    </message>
    <message>
        <source>All months</source>
        <translation>全部月份</translation>
    </message>
    <message>
        <source>No expenses recorded for this project yet. Press “New…” to add one.</source>
        <translation>这个项目还没有支出记录。点击“新建…”录入一笔。</translation>
    </message>
    <message>
        <source>No expense matches these filters.</source>
        <translation>没有符合筛选条件的支出。</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export the organization roster</source>
        <translation>导出社会组织名册</translation>
    </message>
    <message>
        <source>Blank roster template</source>
        <translation>空白名册模板</translation>
    </message>
    <message>
        <source>Export the ledger</source>
        <translation>导出台账</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>起始日期：</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>截止日期：</translation>
    </message>
    <message>
        <source>Show full phone and ID numbers</source>
        <translation>显示完整的电话和身份证号码</translation>
    </message>
    <message>
        <source>Full phone and ID numbers will be written into the workbook, and this will be recorded in the audit log. Keep the file safe and delete it when it is no longer needed.</source>
        <translation>完整的电话和身份证号码将写入工作簿，并记入操作记录。请妥善保管该文件，不再需要时及时删除。</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Save to:</source>
        <translation>保存到：</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>打开所在文件夹</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Organization roster {date}.xlsx</source>
        <translation>社会组织名册 {date}.xlsx</translation>
    </message>
    <message>
        <source>Roster template.xlsx</source>
        <translation>社会组织名册模板.xlsx</translation>
    </message>
    <message>
        <source>Ledger {date}.xlsx</source>
        <translation>台账 {date}.xlsx</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing the workbook…</source>
        <translation>正在写入工作簿…</translation>
    </message>
    <message>
        <source>The blank template was written to {path}</source>
        <translation>空白模板已保存到 {path}</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to {path}</source>
        <translation>
            <numerusform>已导出 %n 行到 {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportPanel</name>
    <message>
        <source>A bundle carries every change the other site has not confirmed yet, signed by this site and locked so that only the recipient can open it. A lost USB stick does no harm: the next bundle carries the same changes again.</source>
        <translation>同步包包含对方尚未确认收到的全部变动，由本站签名并加密，只有接收方能够打开。U盘丢失也不要紧：下一个同步包会再次带上这些变动。</translation>
    </message>
    <message>
        <source>Look again</source>
        <translation>重新查找</translation>
    </message>
    <message>
        <source>Look for USB sticks again (after plugging one in)</source>
        <translation>插入U盘后重新查找</translation>
    </message>
    <message>
        <source>Send to:</source>
        <translation>发送给：</translation>
    </message>
    <message>
        <source>USB stick:</source>
        <translation>U盘：</translation>
    </message>
    <message>
        <source>Export to the USB stick</source>
        <translation>导出到U盘</translation>
    </message>
    <message>
        <source>Export to another folder…</source>
        <translation>导出到其他文件夹…</translation>
    </message>
    <message>
        <source>Make a restore bundle for a township…</source>
        <translation>为乡镇制作恢复包…</translation>
    </message>
    <message>
        <source>Rebuilds a township whose computer died, from what the district holds</source>
        <translation>乡镇电脑损坏时，用区县保存的数据重建该乡镇</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Make this site&apos;s keys now</source>
        <translation>现在生成本站密钥</translation>
    </message>
    <message>
        <source>{name} ({code})</source>
        <translation>{name}（{code}）</translation>
    </message>
    <message>
        <source>The district civil-affairs bureau ({code})</source>
        <translation>上级民政局（{code}）</translation>
    </message>
    <message>
        <source>No other site&apos;s keys are enrolled yet, so there is no one to send to.</source>
        <translation>还没有登记其他站点的公钥，暂时没有可以发送的对象。</translation>
    </message>
    <message>
        <source>{name} ({path}, {free} free)</source>
        <translation>{name}（{path}，剩余 {free}）</translation>
    </message>
    <message>
        <source>No USB stick found: plug one in and press “Look again”</source>
        <translation>未找到U盘：请插入U盘后点击“重新查找”</translation>
    </message>
    <message>
        <source>The keys were made. Fingerprint: {fingerprint}</source>
        <translation>密钥已生成。公钥指纹：{fingerprint}</translation>
    </message>
    <message>
        <source>Choose where to write the bundle</source>
        <translation>选择同步包的保存位置</translation>
    </message>
    <message>
        <source>Writing the bundle to {folder}…</source>
        <translation>正在把同步包写入 {folder}…</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was written.</source>
        <translation>已取消，没有写入任何文件。</translation>
    </message>
    <message>
        <source>Bundle No. {sequence} was written and checked: {path} ({size}).</source>
        <translation>第 {sequence} 号同步包已写入并校验无误：{path}（{size}）。</translation>
    </message>
</context>
<context>
    <name>FailureText</name>
    <message>
        <source>The file could not be read or written: {detail}{where}. Choose another place and try again.</source>
        <translation>无法读写文件：{detail}{where}。请换一个位置后重试。</translation>
    </message>
    <message>
        <source>Something unexpected went wrong ({detail}). Ask for technical help.</source>
        <translation>出现了意外错误（{detail}），请联系技术支持。</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>MMM yyyy</source>
        <translation>yyyy年M月</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>Data folder</source>
        <translation>数据文件夹</translation>
    </message>
    <message>
        <source>Pressing Set up creates the site and its keys.</source>
        <translation>点击“完成设置”后将创建站点和密钥。</translation>
    </message>
    <message>
        <source>Keep the data on this computer&apos;s own disk. USB sticks and network folders are refused: the database can be damaged there. Use the Sync page to carry data on a USB stick.</source>
        <translation>数据请保存在本机硬盘上。U盘和网络文件夹不能使用，数据库在那里容易损坏。需要用U盘传递数据时，请使用“同步”页面。</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Set up</source>
        <translation>完成设置</translation>
    </message>
    <message>
        <source>This folder is on a removable drive (USB stick or card). Choose a folder on this computer&apos;s disk.</source>
        <translation>该文件夹位于可移动磁盘（U盘或存储卡）上，请选择本机硬盘上的文件夹。</translation>
    </message>
    <message>
        <source>This folder is on a network drive. Choose a folder on this computer&apos;s disk.</source>
        <translation>该文件夹位于网络驱动器上，请选择本机硬盘上的文件夹。</translation>
    </message>
    <message>
        <source>The folder cannot be used: {detail}</source>
        <translation>无法使用该文件夹：{detail}</translation>
    </message>
    <message>
        <source>Welcome</source>
        <extracomment>Each language named in itself, so a clerk finds theirs whatever is showing now.</extracomment>
        <translation>欢迎使用</translation>
    </message>
    <message>
        <source>A few questions set up this computer.</source>
        <translation>回答几个问题，即可完成本机设置。</translation>
    </message>
    <message>
        <source>Choose the language of the program:</source>
        <translation>请选择程序的界面语言：</translation>
    </message>
    <message>
        <source>Who uses this computer?</source>
        <translation>本机由谁使用？</translation>
    </message>
    <message>
        <source>Township incubation base</source>
        <translation>乡镇孵化基地</translation>
    </message>
    <message>
        <source>District civil affairs bureau</source>
        <translation>区民政局</translation>
    </message>
    <message>
        <source>Townships record the daily work; the district receives their bundles and approves months.</source>
        <translation>乡镇孵化基地录入日常工作；区民政局接收各乡镇的同步包并审核月度数据。</translation>
    </message>
    <message>
        <source>This site</source>
        <translation>本站点</translation>
    </message>
    <message>
        <source>The administrative division code is on the district&apos;s notice.</source>
        <translation>行政区划代码见区民政局下发的通知。</translation>
    </message>
    <message>
        <source>Division code</source>
        <translation>行政区划代码</translation>
    </message>
    <message>
        <source>Site name</source>
        <translation>站点名称</translation>
    </message>
    <message>
        <source>District code</source>
        <translation>上级区（县）代码</translation>
    </message>
    <message>
        <source>9 digits, e.g. 653121103</source>
        <translation>9 位数字，例如 653121103</translation>
    </message>
    <message>
        <source>e.g. Tokzak Town Incubation Base</source>
        <translation>例如：托克扎克镇社区社会组织孵化基地</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>密钥</translation>
    </message>
    <message>
        <source>Save the enrolment form to print…</source>
        <translation>保存密钥登记表以便打印…</translation>
    </message>
    <message>
        <source>This site&apos;s keys were made. Print the enrolment form, sign and seal it, and give it to the district; the district compares these 60 digits before accepting your bundles.</source>
        <translation>本站密钥已生成。请打印密钥登记表，签字盖章后交区民政局；民政局核对这 60 位数字后才会接收您的同步包。</translation>
    </message>
    <message>
        <source>Save the enrolment form</source>
        <translation>保存密钥登记表</translation>
    </message>
    <message>
        <source>key-enrolment-form.pdf</source>
        <translation>密钥登记表.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to {path}. Open it and print it.</source>
        <translation>已保存到 {path}，请打开并打印。</translation>
    </message>
    <message>
        <source>How to start</source>
        <translation>开始方式</translation>
    </message>
    <message>
        <source>Start with no records</source>
        <translation>从空白开始</translation>
    </message>
    <message>
        <source>Import an existing roster workbook (.xlsx)</source>
        <translation>导入已有的社会组织花名册（.xlsx）</translation>
    </message>
    <message>
        <source>Fill in practice data to try the program</source>
        <translation>填入练习数据，先试用本程序</translation>
    </message>
    <message>
        <source>Practice data is marked “Practice data” everywhere and can be cleared from the Help menu before real work starts.</source>
        <translation>练习数据处处带有“练习数据”标记，正式工作前可在“帮助”菜单中清除。</translation>
    </message>
    <message>
        <source>Roster workbook</source>
        <translation>花名册工作簿</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Choose the roster workbook first.</source>
        <translation>请先选择花名册工作簿。</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>设置完成</translation>
    </message>
    <message>
        <source>The site is set up.</source>
        <translation>站点已设置完成。</translation>
    </message>
    <message>
        <source>Press Finish to open the program. The quick guide is in the Help menu.</source>
        <translation>点击“完成”打开程序。“帮助”菜单中有快速指南。</translation>
    </message>
    <message>
        <source>Set up Incubator Desktop</source>
        <translation>孵化基地管理系统初始设置</translation>
    </message>
    <message>
        <source>This folder already holds a site; it is used as it is.</source>
        <translation>该文件夹中已有设置好的站点，将直接使用。</translation>
    </message>
    <message>
        <source>The keys could not be made ({reason}). Make them later on the Sync page.</source>
        <translation>密钥未能生成（{reason}），请稍后在“同步”页面生成。</translation>
    </message>
    <message>
        <source>Roster imported: {created} organizations added, {rejected} rows need checking.</source>
        <translation>花名册已导入：新增 {created} 家组织，{rejected} 行需要核对。</translation>
    </message>
    <message>
        <source>Practice data was filled in. It is marked and can be cleared.</source>
        <translation>已填入练习数据，带有标记，可以随时清除。</translation>
    </message>
</context>
<context>
    <name>GlobalSearchBox</name>
    <message>
        <source>Search names and titles (Ctrl+F)</source>
        <translation>搜索名称、标题（Ctrl+F）</translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation>没有找到相关记录</translation>
    </message>
</context>
<context>
    <name>GrantErrorText</name>
    <message>
        <source>Only winning entries receive a grant in tranches (this entry&apos;s result is “{result}”).</source>
        <translation>只有获奖项目才分期拨付资助款（这个项目的评选结果是“{result}”）。</translation>
    </message>
    <message>
        <source>Only winning entries receive a grant in tranches.</source>
        <translation>只有获奖项目才分期拨付资助款。</translation>
    </message>
    <message>
        <source>The tranches of this entry are already planned.</source>
        <translation>这个项目的分期拨付已经安排过了，无需重复安排。</translation>
    </message>
    <message>
        <source>The grant must be more than 0 yuan.</source>
        <translation>资助金额必须大于 0 元。</translation>
    </message>
    <message>
        <source>This tranche&apos;s condition (“{condition}”) is not recorded as met yet; record that first.</source>
        <translation>这一期的拨付条件（{condition}）还没有记录为已达成，请先记录达成日期。</translation>
    </message>
    <message>
        <source>This tranche&apos;s condition is not recorded as met yet.</source>
        <translation>这一期的拨付条件还没有记录为已达成。</translation>
    </message>
    <message>
        <source>Tranche {sequence} has not been paid yet; tranches are paid in order.</source>
        <translation>第 {sequence} 期还没有拨付，资助款须按顺序分期拨付。</translation>
    </message>
    <message>
        <source>An earlier tranche has not been paid yet; tranches are paid in order.</source>
        <translation>前面还有未拨付的一期，资助款须按顺序分期拨付。</translation>
    </message>
    <message>
        <source>This tranche was already paid on {paid_on}.</source>
        <translation>这一期已于 {paid_on} 拨付，不能重复拨付。</translation>
    </message>
    <message>
        <source>This tranche is already paid.</source>
        <translation>这一期已经拨付，不能重复拨付。</translation>
    </message>
    <message>
        <source>The payment date is before the day the condition was met ({condition_met_on}).</source>
        <translation>拨付日期早于条件达成日期（{condition_met_on}），请核对。</translation>
    </message>
    <message>
        <source>The payment date is before the day the condition was met.</source>
        <translation>拨付日期早于条件达成日期，请核对。</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Quick guide</source>
        <translation>快速指南(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>Clear practice data…</source>
        <translation>清除练习数据…</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Restore</source>
        <translation>数据恢复</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>日常同步</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>发往</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>导出时间</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>记录数</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>From</source>
        <translation>来自</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>生成时间</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>导入时间</translation>
    </message>
    <message>
        <source>No bundle has been received yet.</source>
        <translation>还没有接收过同步包。</translation>
    </message>
    <message>
        <source>Print the receipt of the chosen bundle…</source>
        <translation>打印所选同步包的导入回执…</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已接收</translation>
    </message>
    <message>
        <source>No bundle has been sent yet.</source>
        <translation>还没有发送过同步包。</translation>
    </message>
    <message>
        <source>From {site}: bundles No. {missing} have not arrived; later bundles carry their changes.</source>
        <translation>来自 {site}：第 {missing} 号同步包未收到；之后的同步包会补齐其中的内容。</translation>
    </message>
    <message>
        <source>Confirmed by the recipient</source>
        <translation>对方已确认</translation>
    </message>
    <message>
        <source>Written, not confirmed yet</source>
        <translation>已导出，待对方确认</translation>
    </message>
    <message>
        <source>Not finished (no file)</source>
        <translation>未完成（无文件）</translation>
    </message>
    <message>
        <source>Not received</source>
        <translation>未收到</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Community organizations</source>
        <translation>社区社会组织</translation>
    </message>
    <message>
        <source>Service activities this month</source>
        <translation>本月服务活动</translation>
    </message>
    <message>
        <source>Trainings held</source>
        <translation>已开展培训</translation>
    </message>
    <message>
        <source>Resources linked</source>
        <translation>已链接资源</translation>
    </message>
    <message>
        <source>This computer has not been set up yet</source>
        <translation>本机尚未完成初始设置</translation>
    </message>
    <message>
        <source>Before records can be kept, this database must be made a township incubation base or a district civil-affairs bureau. For now this is done from the command line (a setup assistant will come in a later version). Open a command window and type, for a township:</source>
        <translation>开始录入之前，需要先把本数据库设置为乡镇（街道）孵化基地或区民政局。目前这一步需要在命令行中完成（以后的版本会提供设置向导）。请打开命令提示符窗口，乡镇孵化基地请输入：</translation>
    </message>
    <message>
        <source>Example Town</source>
        <translation>某某镇</translation>
    </message>
    <message>
        <source>To try the program with sample data instead, type:</source>
        <translation>如果只想先用示例数据试用本程序，请输入：</translation>
    </message>
    <message>
        <source>Then close this program and start it again.</source>
        <translation>完成后，请关闭本程序，再重新打开。</translation>
    </message>
    <message>
        <source>This program is using the database {path}. If it is not in the default place, add --db followed by that path to both commands.</source>
        <translation>本程序正在使用的数据库文件是：{path}。如果它不在默认位置，请在上面的命令中加上 --db 和这个路径。</translation>
    </message>
    <message>
        <source>{role} · division code {code}</source>
        <translation>{role} · 行政区划代码 {code}</translation>
    </message>
    <message>
        <source>This month at a glance ({month})</source>
        <translation>本月概况（{month}）</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <translation>yyyy年M月</translation>
    </message>
</context>
<context>
    <name>ImageViewerDialog</name>
    <message>
        <source>This file cannot be shown as a picture.</source>
        <translation>这个文件无法作为图片显示。</translation>
    </message>
</context>
<context>
    <name>ImportPanel</name>
    <message>
        <source>Choose the bundle file (it ends in .incubator-bundle). It is checked and tried first; nothing changes until you press “Import”.</source>
        <extracomment>A refusal stands out (its words say the same: every one ends by saying nothing was changed).</extracomment>
        <translation>请选择同步包文件（扩展名为 .incubator-bundle）。程序会先检查并试导入；点击“导入”之前不会改动任何数据。</translation>
    </message>
    <message>
        <source>No bundle chosen yet</source>
        <translation>尚未选择同步包</translation>
    </message>
    <message>
        <source>Choose a bundle…</source>
        <translation>选择同步包…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Print import receipt…</source>
        <translation>打印导入回执…</translation>
    </message>
    <message>
        <source>Choose a bundle</source>
        <translation>选择同步包</translation>
    </message>
    <message>
        <source>Bundles (*.incubator-bundle);;All files (*)</source>
        <translation>同步包 (*.incubator-bundle);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was changed.</source>
        <translation>已取消，没有做任何改动。</translation>
    </message>
    <message>
        <source>Checking the bundle…</source>
        <translation>正在检查同步包…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>{name} ({code})</source>
        <translation>{name}（{code}）</translation>
    </message>
    <message>
        <source>Bundle No. {sequence} from {sender}, made {created}</source>
        <translation>{sender} 的第 {sequence} 号同步包，生成于 {created}</translation>
    </message>
    <message>
        <source>Bundles No. {missing} from this site have not arrived (a lost USB stick?). Nothing is lost: later bundles carry their changes again.</source>
        <translation>该站点的第 {missing} 号同步包尚未收到（可能U盘丢失）。数据不会丢失：之后的同步包会再次带上其中的变动。</translation>
    </message>
    <message>
        <source>This bundle was imported before; importing it again changes nothing.</source>
        <translation>该同步包之前已导入，再次导入不会做任何改动。</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) were changed on both sides; the older version goes to the conflict log.</source>
        <translation>
            <numerusform>有 %n 条记录在两边都被修改过，较早的版本将存入冲突记录。</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported. The table shows what changed.</source>
        <translation>导入完成。下表列出了变动情况。</translation>
    </message>
    <message>
        <source>Checked: the bundle is intact and can be imported. Nothing is saved yet.</source>
        <translation>检查通过：同步包完好，可以导入。目前尚未保存任何内容。</translation>
    </message>
</context>
<context>
    <name>IndicatorTable</name>
    <message>
        <source>✓ Met</source>
        <translation>✓ 达标</translation>
    </message>
    <message>
        <source>△ Close / in progress</source>
        <translation>△ 接近/进行中</translation>
    </message>
    <message>
        <source>× Not met</source>
        <translation>× 未达标</translation>
    </message>
    <message>
        <source>○ For information</source>
        <translation>○ 参考</translation>
    </message>
</context>
<context>
    <name>IndicatorTableModel</name>
    <message>
        <source>Indicator</source>
        <extracomment>The share of the target reached (1.0 = reached), or None; the progress column paints it as a bar.</extracomment>
        <translation>指标</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>IndicatorsPage</name>
    <message>
        <source>Indicators</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Target period</source>
        <translation>目标统计期</translation>
    </message>
    <message>
        <source>The period of the target set in force (else this year to today)</source>
        <translation>现行绩效目标的统计期（没有目标时为今年 1 月 1 日至今天）</translation>
    </message>
    <message>
        <source>Print monthly report…</source>
        <translation>打印月报…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Computing the indicators…</source>
        <translation>正在计算指标…</translation>
    </message>
    <message>
        <source>default targets of the project plan</source>
        <translation>项目实施方案的默认目标</translation>
    </message>
    <message>
        <source>{start} to {end} · targets: {targets} · {tally}</source>
        <translation>{start} 至 {end} · 目标：{targets} · {tally}</translation>
    </message>
</context>
<context>
    <name>KeyEnrolDialog</name>
    <message>
        <source>Enrol a township&apos;s key</source>
        <translation>登记乡镇的密钥</translation>
    </message>
    <message>
        <source>Enrol the district&apos;s key</source>
        <translation>登记区县的密钥</translation>
    </message>
    <message>
        <source>Choose the public-key file the township exported (a .json file, usually on a USB stick). Have its sealed key enrolment form (密钥登记表) at hand.</source>
        <translation>请选择乡镇导出的公钥文件（.json 文件，一般在U盘上），并把乡镇盖章的《密钥登记表》放在手边。</translation>
    </message>
    <message>
        <source>Choose the public-key file the district exported (a .json file, usually on a USB stick). Have its sealed key enrolment form (密钥登记表) at hand.</source>
        <translation>请选择区县导出的公钥文件（.json 文件，一般在U盘上），并把区县盖章的《密钥登记表》放在手边。</translation>
    </message>
    <message>
        <source>The other site&apos;s public-key file</source>
        <translation>对方的公钥文件</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Compare this fingerprint, group by group, with the one printed on the signed and sealed form. If a single digit differs, do not enrol: the file may be forged. Phone the other site.</source>
        <translation>请把上面的指纹与对方签字盖章的《密钥登记表》逐组核对。只要有一位数字不同，就不要登记：文件可能是伪造的，请打电话与对方核实。</translation>
    </message>
    <message>
        <source>All 60 digits match the sealed enrolment form</source>
        <translation>我已逐组核对，全部 60 位数字与盖章的登记表一致</translation>
    </message>
    <message>
        <source>What the file says</source>
        <translation>文件内容</translation>
    </message>
    <message>
        <source>Site:</source>
        <translation>站点：</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Key ID:</source>
        <translation>密钥编号：</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>指纹：</translation>
    </message>
    <message>
        <source>Enrol this key</source>
        <translation>登记此密钥</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Choose the public-key file</source>
        <translation>选择公钥文件</translation>
    </message>
    <message>
        <source>Public-key file (*.json);;All files (*)</source>
        <translation>公钥文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>正在检查文件…</translation>
    </message>
    <message>
        <source>{name} ({code})</source>
        <translation>{name}（{code}）</translation>
    </message>
    <message>
        <source>This key is already enrolled: there is nothing more to do.</source>
        <translation>此密钥已经登记过了，无需再次登记。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Enrolling…</source>
        <translation>正在登记…</translation>
    </message>
</context>
<context>
    <name>KeyText</name>
    <message>
        <source>This file is not a public-key file of this program, or it was changed after it was exported. Do not enrol it: ask the other site to export its public-key file again.</source>
        <translation>该文件不是本程序的公钥文件，或导出后被改动过。请不要登记，请对方重新导出公钥文件。</translation>
    </message>
    <message>
        <source>The key file changed after it was checked: its fingerprint is now {fingerprint}. Nothing was enrolled; open the file again and compare it with the paper form.</source>
        <translation>密钥文件在核对后被更换了，现在的指纹是 {fingerprint}。没有登记任何密钥；请重新打开文件，再与纸质登记表核对。</translation>
    </message>
    <message>
        <source>This key belongs to site {site}, which is not this site&apos;s own district or one of its townships. Nothing was enrolled.</source>
        <translation>该密钥属于站点 {site}，它不是本站的上级区县或所辖乡镇，没有登记。</translation>
    </message>
    <message>
        <source>This key was revoked (a lost or replaced computer) and can never be trusted again. The other site must make new keys and send the new public-key file.</source>
        <translation>该密钥已被吊销（电脑丢失或已更换），不能再信任。请对方生成新密钥，并发来新的公钥文件。</translation>
    </message>
    <message>
        <source>This computer&apos;s own key in use cannot be revoked here.</source>
        <translation>不能在这里吊销本机正在使用的密钥。</translation>
    </message>
    <message>
        <source>That key is no longer on the list. Refresh the list and try again.</source>
        <translation>列表中已经没有这个密钥了，请刷新后再试。</translation>
    </message>
</context>
<context>
    <name>KeysPanel</name>
    <message>
        <source>This site&apos;s key</source>
        <translation>本站密钥</translation>
    </message>
    <message>
        <source>Save this site&apos;s public-key file…</source>
        <translation>保存本站公钥文件…</translation>
    </message>
    <message>
        <source>Save the key enrolment form (PDF)…</source>
        <translation>保存密钥登记表（PDF）…</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>站点</translation>
    </message>
    <message>
        <source>Division code</source>
        <translation>行政区划代码</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>指纹</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>登记日期</translation>
    </message>
    <message>
        <source>No other site&apos;s key is enrolled yet.</source>
        <translation>还没有登记其他站点的密钥。</translation>
    </message>
    <message>
        <source>Enrol another site&apos;s key…</source>
        <translation>登记其他站点的密钥…</translation>
    </message>
    <message>
        <source>Revoke the selected key…</source>
        <translation>吊销所选密钥…</translation>
    </message>
    <message>
        <source>For a lost, stolen or replaced computer: bundles it signs are refused from now on</source>
        <translation>用于丢失、被盗或已更换的电脑：此后用该密钥签名的同步包一律拒收</translation>
    </message>
    <message>
        <source>Keys this site trusts</source>
        <translation>本站信任的密钥</translation>
    </message>
    <message>
        <source>Enrol a township&apos;s key…</source>
        <translation>登记乡镇的密钥…</translation>
    </message>
    <message>
        <source>Enrol the district&apos;s key…</source>
        <translation>登记区县的密钥…</translation>
    </message>
    <message>
        <source>Give the other site this site&apos;s public-key file and the printed, signed and sealed enrolment form. They compare this fingerprint with the form before enrolling the file:</source>
        <translation>请把本站公钥文件和打印后签字盖章的《密钥登记表》交给对方。对方登记前会把下面的指纹与登记表核对：</translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation>已信任</translation>
    </message>
    <message>
        <source>Replaced by a newer key</source>
        <translation>已被新密钥替换</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>已吊销</translation>
    </message>
    <message>
        <source>Enrolled the key of {name} ({code}). Fingerprint: {fingerprint}</source>
        <translation>已登记{name}（{code}）的密钥。指纹：{fingerprint}</translation>
    </message>
    <message>
        <source>Select a key in the list first.</source>
        <translation>请先在列表中选择一个密钥。</translation>
    </message>
    <message>
        <source>That key is already revoked.</source>
        <translation>该密钥已经吊销。</translation>
    </message>
    <message>
        <source>Revoke this key?</source>
        <translation>吊销此密钥？</translation>
    </message>
    <message>
        <source>Revoke the key of {code} with fingerprint {fingerprint}? Bundles signed with it will be refused from now on. Do this only for a lost, stolen or replaced computer.</source>
        <translation>确定吊销 {code} 的密钥（指纹 {fingerprint}）吗？此后用它签名的同步包将一律拒收。只有电脑丢失、被盗或已更换时才这样做。</translation>
    </message>
    <message>
        <source>The key of {code} is revoked.</source>
        <translation>{code} 的密钥已吊销。</translation>
    </message>
    <message>
        <source>Save this site&apos;s public-key file</source>
        <translation>保存本站公钥文件</translation>
    </message>
    <message>
        <source>Public-key file (*.json)</source>
        <translation>公钥文件 (*.json)</translation>
    </message>
    <message>
        <source>Saved to {path}. Carry it to the other site with the signed enrolment form.</source>
        <translation>已保存到 {path}。请连同签字盖章的登记表一起交给对方。</translation>
    </message>
    <message>
        <source>Save the key enrolment form</source>
        <translation>保存密钥登记表</translation>
    </message>
    <message>
        <source>PDF file (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to {path}. Print it, sign it and have it sealed.</source>
        <translation>已保存到 {path}。请打印、签字并加盖公章。</translation>
    </message>
</context>
<context>
    <name>LanguageSection</name>
    <message>
        <source>Language</source>
        <extracomment>Each language named in itself, as language pickers do, so it can be found whatever is shown now.</extracomment>
        <translation>界面语言</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>立即重新启动</translation>
    </message>
    <message>
        <source>Interface language:</source>
        <translation>界面语言：</translation>
    </message>
    <message>
        <source>Saved. The new language is used after the program restarts; nothing you have saved is lost.</source>
        <translation>已保存。重新启动程序后使用新的语言，已保存的内容不会丢失。</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>重新启动</translation>
    </message>
    <message>
        <source>Restart the program now to change the language?</source>
        <translation>现在重新启动程序以切换语言吗？</translation>
    </message>
    <message>
        <source>Save any form you are still filling in first; open forms are closed.</source>
        <translation>请先保存正在填写的表单；重新启动时会关闭打开的表单。</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>稍后</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Community Organization Incubator</source>
        <translation>社区社会组织孵化培育管理系统</translation>
    </message>
    <message>
        <source>Last bundle: none yet</source>
        <translation>上次同步包：暂无</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Site not set up yet</source>
        <translation>站点尚未设置</translation>
    </message>
    <message>
        <source>{name} ({code})</source>
        <translation>{name}（{code}）</translation>
    </message>
    <message>
        <source>{site} — Community Organization Incubator</source>
        <translation>{site} — 社区社会组织孵化培育管理系统</translation>
    </message>
</context>
<context>
    <name>OrganizationDetailPage</name>
    <message>
        <source>← Back to the list</source>
        <extracomment>Changes to these kinds can alter what the page shows.</extracomment>
        <translation>← 返回列表</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <source>Change stage…</source>
        <translation>变更阶段…</translation>
    </message>
    <message>
        <source>New incubation plan…</source>
        <translation>新建培育计划…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>This organization has been deleted.</source>
        <translation>这个社会组织已被删除。</translation>
    </message>
    <message>
        <source>This organization&apos;s page could not be loaded.</source>
        <translation>未能打开这个社会组织的档案页。</translation>
    </message>
</context>
<context>
    <name>OrganizationSpec</name>
    <message>
        <source>New community organization</source>
        <extracomment>An alias lupdate still recognizes (it reads `translate(&quot;Context&quot;, &quot;text&quot;)` calls).</extracomment>
        <translation>新建社区社会组织</translation>
    </message>
    <message>
        <source>Edit community organization</source>
        <translation>修改社区社会组织</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Service areas</source>
        <translation>服务领域</translation>
    </message>
    <message>
        <source>Village (community)</source>
        <translation>所在村（社区）</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>培育阶段</translation>
    </message>
    <message>
        <source>Later changes of stage are made on the organization&apos;s page.</source>
        <translation>以后变更阶段，请在该组织的档案页上点“变更阶段”。</translation>
    </message>
    <message>
        <source>Founded on</source>
        <translation>成立日期</translation>
    </message>
    <message>
        <source>Moved into the base on</source>
        <translation>入驻日期</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员人数</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Leader&apos;s phone</source>
        <translation>负责人电话</translation>
    </message>
    <message>
        <source>Leader&apos;s ID number</source>
        <translation>负责人身份证号</translation>
    </message>
    <message>
        <source>Shown in full only here; lists and printouts mask it.</source>
        <translation>只在这里完整显示；列表和打印件中会隐去部分数字。</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Filed on</source>
        <translation>备案日期</translation>
    </message>
    <message>
        <source>Filing number</source>
        <translation>备案编号</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>登记日期</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>评估等级</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>简介</translation>
    </message>
    <message>
        <source>Change stage</source>
        <translation>变更培育阶段</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>新阶段</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Community organizations</source>
        <translation>社区社会组织</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Founded</source>
        <translation>成立日期</translation>
    </message>
    <message>
        <source>Name, leader, filing number or credit code</source>
        <translation>名称、负责人、备案编号或信用代码</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>阶段：</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>全部阶段</translation>
    </message>
    <message>
        <source>Community:</source>
        <translation>村（社区）：</translation>
    </message>
    <message>
        <source>All communities</source>
        <translation>全部村（社区）</translation>
    </message>
    <message>
        <source>No organizations have been recorded yet. Press “New…” (Ctrl+N) to add the first one.</source>
        <translation>还没有录入社会组织。点击“新建…”（Ctrl+N）录入第一个。</translation>
    </message>
    <message>
        <source>No organization matches these filters.</source>
        <translation>没有符合筛选条件的社会组织。</translation>
    </message>
</context>
<context>
    <name>OrganizationsPage</name>
    <message>
        <source>Open page</source>
        <translation>查看档案</translation>
    </message>
    <message>
        <source>The organization&apos;s whole story (Enter)</source>
        <translation>查看该组织的完整档案（回车键）</translation>
    </message>
    <message>
        <source>Print file…</source>
        <translation>打印档案…</translation>
    </message>
    <message>
        <source>The organization&apos;s file</source>
        <translation>打印该组织的档案</translation>
    </message>
    <message>
        <source>Spreadsheets</source>
        <translation>表格</translation>
    </message>
    <message>
        <source>Import a roster…</source>
        <translation>导入花名册…</translation>
    </message>
</context>
<context>
    <name>OutputErrorText</name>
    <message>
        <source>Nothing in the chosen period can go on this notice. Change the dates and try again.</source>
        <translation>所选期间没有可以公示的记录，请调整起止日期后重试。</translation>
    </message>
    <message>
        <source>A notice may only show the office landline, never a personal mobile number.</source>
        <translation>公示只能留办公电话（座机），不能留个人手机号码。</translation>
    </message>
    <message>
        <source>The printout still contained an ID or phone number, so nothing was printed. Ask for technical help.</source>
        <translation>打印内容中仍有身份证号或电话号码，为保护个人信息已停止打印，请联系技术支持。</translation>
    </message>
    <message>
        <source>“{value}” is not a month; write it like 2024-05.</source>
        <translation>“{value}”不是有效的月份，请按 2024-05 的格式填写。</translation>
    </message>
    <message>
        <source>Not a month; write it like 2024-05.</source>
        <translation>月份格式不正确，请按 2024-05 的格式填写。</translation>
    </message>
    <message>
        <source>Nothing was recorded in {month}, so there is no monthly report for it.</source>
        <translation>{month} 没有任何工作记录，无法生成月报。</translation>
    </message>
    <message>
        <source>Nothing was recorded in that month, so there is no monthly report for it.</source>
        <translation>该月没有任何工作记录，无法生成月报。</translation>
    </message>
    <message>
        <source>This contest has no winners or idea awards yet, so there are no certificates.</source>
        <translation>该大赛还没有获奖或优秀创意项目，无法生成证书。</translation>
    </message>
    <message>
        <source>There is nothing to print.</source>
        <translation>没有可以打印的内容。</translation>
    </message>
    <message>
        <source>No bundle has been imported yet, so there is no receipt.</source>
        <translation>还没有导入过同步包，没有可以打印的回执。</translation>
    </message>
    <message>
        <source>The file was not found. Check where it is and try again.</source>
        <translation>找不到该文件，请核对位置后重试。</translation>
    </message>
    <message>
        <source>This file is not an Excel workbook (.xlsx). Save .xls or .et files as .xlsx in Excel or WPS first.</source>
        <translation>该文件不是 Excel 工作簿（.xlsx）。如果是 .xls 或 .et 文件，请先在 Excel 或 WPS 中另存为 .xlsx。</translation>
    </message>
    <message>
        <source>This workbook has an opening password or is an old .xls file. Remove the password and save it as .xlsx first.</source>
        <translation>该工作簿设置了打开密码，或是旧版 .xls 文件。请先取消密码并另存为 .xlsx。</translation>
    </message>
    <message>
        <source>This workbook contains unsafe content (a DTD) and was refused. Nothing was imported.</source>
        <translation>该工作簿含有不安全的内容（DTD 声明），已拒绝读取，没有导入任何内容。</translation>
    </message>
    <message>
        <source>This workbook is too large (about {size_mb} MB; the limit is {limit_mb} MB). Nothing was imported.</source>
        <translation>该工作簿太大（约 {size_mb} MB，上限 {limit_mb} MB），没有导入任何内容。</translation>
    </message>
    <message>
        <source>This workbook is too large. Nothing was imported.</source>
        <translation>该工作簿太大，没有导入任何内容。</translation>
    </message>
    <message>
        <source>This workbook has too many parts and was refused. Nothing was imported.</source>
        <translation>该工作簿包含的部件过多，已拒绝读取，没有导入任何内容。</translation>
    </message>
    <message>
        <source>This workbook grows to an absurd size when opened (a “zip bomb”) and was refused. Nothing was imported.</source>
        <translation>该工作簿解压后的大小异常（疑似“压缩炸弹”），已拒绝读取，没有导入任何内容。</translation>
    </message>
    <message>
        <source>The sheet has more than {limit} rows. Split it into smaller files. Nothing was imported.</source>
        <translation>该工作表超过 {limit} 行，请拆分成几个较小的文件。没有导入任何内容。</translation>
    </message>
    <message>
        <source>The sheet has too many rows. Split it into smaller files. Nothing was imported.</source>
        <translation>该工作表行数过多，请拆分成几个较小的文件。没有导入任何内容。</translation>
    </message>
    <message>
        <source>This workbook is damaged or not in a known format. Nothing was imported.</source>
        <translation>该工作簿已损坏或格式不正确，没有导入任何内容。</translation>
    </message>
    <message>
        <source>No header row was found in the first 10 rows of any sheet. The header needs at least a column named 组织名称 (or 社会组织名称, 名称).</source>
        <translation>在各工作表的前 10 行中都找不到表头：表头中至少要有“组织名称”（或“社会组织名称”“名称”）一列。</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was changed.</source>
        <translation>已取消，没有做任何改动。</translation>
    </message>
    <message>
        <source>The workbook could not be saved. Try another place.</source>
        <translation>无法保存工作簿，请换一个位置重试。</translation>
    </message>
    <message>
        <source>Save the workbook under a name ending in .xlsx.</source>
        <translation>请将文件保存为 .xlsx 格式（文件名以 .xlsx 结尾）。</translation>
    </message>
    <message>
        <source>The folder “{folder}” does not exist. Choose another place.</source>
        <translation>文件夹“{folder}”不存在，请换一个位置。</translation>
    </message>
    <message>
        <source>That folder does not exist. Choose another place.</source>
        <translation>保存位置不存在，请换一个位置。</translation>
    </message>
    <message>
        <source>“{path}” cannot be replaced: it is probably open in Excel or WPS. Close it and try again.</source>
        <translation>无法写入“{path}”：该文件可能正在 Excel 或 WPS 中打开，请关闭后重试。</translation>
    </message>
    <message>
        <source>The file cannot be replaced: it is probably open in Excel or WPS. Close it first.</source>
        <translation>无法写入该文件：它可能正在 Excel 或 WPS 中打开，请先关闭。</translation>
    </message>
</context>
<context>
    <name>OutputMenus</name>
    <message>
        <source>&amp;Print</source>
        <translation>打印(&amp;P)</translation>
    </message>
    <message>
        <source>This month&apos;s progress report…</source>
        <translation>本月工作月报…</translation>
    </message>
    <message>
        <source>Notice of newly filed organizations…</source>
        <translation>新备案组织公示…</translation>
    </message>
    <message>
        <source>&amp;Spreadsheets</source>
        <translation>表格(&amp;T)</translation>
    </message>
    <message>
        <source>Import an organization roster…</source>
        <translation>导入社会组织花名册…</translation>
    </message>
    <message>
        <source>Print monthly report</source>
        <translation>打印月报</translation>
    </message>
    <message>
        <source>Print notice</source>
        <translation>打印公示</translation>
    </message>
    <message>
        <source>Preview and print this month&apos;s progress report</source>
        <translation>预览并打印本月工作月报</translation>
    </message>
    <message>
        <source>Preview and print the notice of newly filed organizations</source>
        <translation>预览并打印新备案社区社会组织公示</translation>
    </message>
</context>
<context>
    <name>PdfOutputDialog</name>
    <message>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>已保存到 {path}</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>已将 %n 页发送到打印机。</numerusform>
        </translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>正在处理…</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Open the PDF in the system&apos;s viewer</source>
        <extracomment>Pages are rasterized for the printer at this resolution at most: sharp text, bounded memory.</extracomment>
        <translation>用系统的 PDF 阅读器打开</translation>
    </message>
    <message>
        <source>No preview yet.</source>
        <translation>暂无预览。</translation>
    </message>
</context>
<context>
    <name>PeriodChooser</name>
    <message>
        <source>Show</source>
        <translation>查看</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>统计期</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
</context>
<context>
    <name>PersonSpec</name>
    <message>
        <source>New person</source>
        <translation>新建人员</translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation>修改人员</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>所属组织</translation>
    </message>
    <message>
        <source>The organization the person belongs to (type part of the name)</source>
        <translation>此人所属的社会组织（输入名称的一部分即可）</translation>
    </message>
    <message>
        <source>Village (community)</source>
        <translation>所在村（社区）</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <source>Personal data: lists show it masked.</source>
        <translation>个人信息：列表中只显示部分号码。</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Social work certificate</source>
        <translation>社工职业资格</translation>
    </message>
    <message>
        <source>Years in practice</source>
        <translation>从业年限</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>职业资格</translation>
    </message>
    <message>
        <source>Organization:</source>
        <translation>所属组织：</translation>
    </message>
    <message>
        <source>All organizations</source>
        <translation>全部组织</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>职业资格：</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>全部等级</translation>
    </message>
    <message>
        <source>No people recorded yet. Press “New…” (Ctrl+N) to add one: leaders, volunteers, trainees, social workers and project staff.</source>
        <translation>还没有录入人员。按“新建…”（Ctrl+N）添加：负责人、志愿者、学员、社会工作者和项目人员。</translation>
    </message>
    <message>
        <source>No person matches these filters.</source>
        <translation>没有符合筛选条件的人员。</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>This workspace is being built. It will appear in a later version.</source>
        <translation>这一部分正在建设中，将在以后的版本中提供。</translation>
    </message>
</context>
<context>
    <name>PlanForms</name>
    <message>
        <source>New one-to-one incubation plan</source>
        <translation>新建一对一培育计划</translation>
    </message>
    <message>
        <source>Edit incubation plan</source>
        <translation>修改培育计划</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>培育目标</translation>
    </message>
    <message>
        <source>Support given</source>
        <translation>提供的支持</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>培育导师</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>New milestone</source>
        <translation>新建里程碑</translation>
    </message>
    <message>
        <source>Edit milestone</source>
        <translation>修改里程碑</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>里程碑</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>计划完成日期</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>实际完成日期</translation>
    </message>
    <message>
        <source>Leave empty while the milestone is not reached.</source>
        <translation>尚未完成的，此项留空。</translation>
    </message>
</context>
<context>
    <name>Practice</name>
    <message>
        <source>Practice data</source>
        <translation>练习数据</translation>
    </message>
    <message>
        <source>These records are for practice. Clear them from the Help menu before real work starts.</source>
        <translation>这些记录仅供练习。正式工作前请在“帮助”菜单中清除。</translation>
    </message>
    <message>
        <source>Clear practice data</source>
        <translation>清除练习数据</translation>
    </message>
    <message>
        <source>This site holds no practice data.</source>
        <translation>本站点没有练习数据。</translation>
    </message>
    <message>
        <source>Delete every practice record for good? The site and its keys stay set up, ready for real work. This cannot be undone.</source>
        <translation>要永久删除全部练习记录吗？站点和密钥设置会保留，可直接开始正式工作。此操作无法撤销。</translation>
    </message>
    <message>
        <source>{count} practice records were deleted.</source>
        <translation>已删除 {count} 条练习记录。</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <source>Public notice</source>
        <extracomment>Edits to the options wait this long before the preview is made again (typing stays smooth).</extracomment>
        <translation>公示</translation>
    </message>
    <message>
        <source>Monthly progress report</source>
        <translation>工作月报</translation>
    </message>
    <message>
        <source>Case-study booklet</source>
        <translation>典型案例汇编</translation>
    </message>
    <message>
        <source>Training sign-in sheet</source>
        <translation>培训签到表</translation>
    </message>
    <message>
        <source>Organization file</source>
        <translation>社会组织档案</translation>
    </message>
    <message>
        <source>Contest award certificates</source>
        <translation>大赛获奖证书</translation>
    </message>
    <message>
        <source>Preview again</source>
        <translation>重新预览</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Making the preview…</source>
        <translation>正在生成预览…</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s). Nothing is recorded until you save or print.</source>
        <translation>
            <numerusform>共 %n 页。保存或打印后才会登记。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintOptionsForm</name>
    <message>
        <source>Newly filed organizations</source>
        <translation>新备案的社区社会组织</translation>
    </message>
    <message>
        <source>Contest results</source>
        <translation>大赛评审结果</translation>
    </message>
    <message>
        <source>Resources received and where they went</source>
        <translation>慈善资源接收及使用情况</translation>
    </message>
    <message>
        <source>Choose the period myself</source>
        <translation>自定义起止日期</translation>
    </message>
    <message>
        <source>The site&apos;s address</source>
        <translation>默认为站点地址</translation>
    </message>
    <message>
        <source>Office landline, e.g. 0998-1234567</source>
        <translation>办公座机，如 0998-1234567</translation>
    </message>
    <message>
        <source>Empty rows, for a training still to come</source>
        <translation>空白行（用于尚未举办的培训）</translation>
    </message>
    <message>
        <source>Notice about:</source>
        <translation>公示内容：</translation>
    </message>
    <message>
        <source>Contest:</source>
        <translation>大赛：</translation>
    </message>
    <message>
        <source>Issued on:</source>
        <translation>发布日期：</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>起始日期：</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>截止日期：</translation>
    </message>
    <message>
        <source>Automatic (5 working days; 7 for contest results)</source>
        <translation>自动（5 个工作日；大赛结果 7 个）</translation>
    </message>
    <message>
        <source> working days</source>
        <translation> 个工作日</translation>
    </message>
    <message>
        <source>Notice period:</source>
        <translation>公示期：</translation>
    </message>
    <message>
        <source>Issuing unit:</source>
        <translation>发布单位：</translation>
    </message>
    <message>
        <source>Address for objections:</source>
        <translation>异议受理地址：</translation>
    </message>
    <message>
        <source>Office phone:</source>
        <translation>办公电话：</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>月份：</translation>
    </message>
    <message>
        <source>Training:</source>
        <translation>培训：</translation>
    </message>
    <message>
        <source>Empty rows:</source>
        <translation>空白行数：</translation>
    </message>
    <message>
        <source>Organization:</source>
        <translation>社会组织：</translation>
    </message>
    <message>
        <source>Date on the certificates:</source>
        <translation>证书日期：</translation>
    </message>
    <message>
        <source>No training: a blank sheet</source>
        <translation>不指定培训（空白签到表）</translation>
    </message>
    <message>
        <source>No organization is recorded yet.</source>
        <translation>还没有登记任何社会组织。</translation>
    </message>
    <message>
        <source>No contest is recorded yet.</source>
        <translation>还没有登记任何大赛。</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <source>Choose an organization.</source>
        <translation>请选择一个社会组织。</translation>
    </message>
</context>
<context>
    <name>ProjectDetailPage</name>
    <message>
        <source>← Back to the projects</source>
        <translation>← 返回项目列表</translation>
    </message>
    <message>
        <source>Edit project…</source>
        <translation>修改项目…</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation>支出</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <source>Monthly reports</source>
        <translation>月度进展</translation>
    </message>
    <message>
        <source>Undertaken by {contractor} · funded by {funder} · {period}</source>
        <translation>承接机构：{contractor} · 资助方：{funder} · 项目周期：{period}</translation>
    </message>
    <message>
        <source>Removed from the project&apos;s staff.</source>
        <translation>已从项目工作人员中移除。</translation>
    </message>
    <message>
        <source>Projects &amp; budget</source>
        <translation>项目与预算</translation>
    </message>
</context>
<context>
    <name>ProjectSpec</name>
    <message>
        <source>New funded project</source>
        <translation>新建资助项目</translation>
    </message>
    <message>
        <source>Edit funded project</source>
        <translation>修改资助项目</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Undertaking organization</source>
        <translation>承接机构</translation>
    </message>
    <message>
        <source>e.g. a social work service centre</source>
        <translation>例如某社会工作服务中心</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>资助方</translation>
    </message>
    <message>
        <source>Total (yuan)</source>
        <translation>项目总额（元）</translation>
    </message>
    <message>
        <source>The budget starts with the policy&apos;s lines scaled to this total: personnel at most 62.5 %, services at least 25 %, evaluation and other at most 12.5 %.</source>
        <translation>新项目的预算按政策比例生成：人力成本不超过 62.5%，服务性支出不少于 25%，评估及其他不超过 12.5%。</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Funded projects</source>
        <translation>资助项目</translation>
    </message>
    <message>
        <source>Spent (yuan)</source>
        <translation>已支出（元）</translation>
    </message>
    <message>
        <source>Project, undertaking organization or funder</source>
        <translation>项目名称、承接机构或资助方</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>年度：</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>全部年度</translation>
    </message>
    <message>
        <source>No funded projects yet. Press “New…” (Ctrl+N) to add one; its budget lines start from the policy&apos;s caps and floor.</source>
        <translation>还没有资助项目。点击“新建…”（Ctrl+N）录入一个，预算会按政策规定的上限和最低要求生成。</translation>
    </message>
    <message>
        <source>No project matches these filters.</source>
        <translation>没有符合筛选条件的项目。</translation>
    </message>
    <message>
        <source>Budget line</source>
        <translation>预算科目</translation>
    </message>
    <message>
        <source>Planned (yuan)</source>
        <translation>预算金额（元）</translation>
    </message>
    <message>
        <source>Cap (yuan)</source>
        <translation>上限（元）</translation>
    </message>
    <message>
        <source>Spending may not go over it; leave empty for none.</source>
        <translation>支出不得超过此数；没有上限请留空。</translation>
    </message>
    <message>
        <source>Floor (yuan)</source>
        <translation>最低要求（元）</translation>
    </message>
    <message>
        <source>Spending must reach it by the end; leave empty for none.</source>
        <translation>项目结束前支出须达到此数；没有要求请留空。</translation>
    </message>
</context>
<context>
    <name>ProjectsPage</name>
    <message>
        <source>Open project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <source>Budget, expenses, staff and reports (Enter)</source>
        <translation>预算、支出、工作人员和月度进展（回车键）</translation>
    </message>
</context>
<context>
    <name>QuickGuide</name>
    <message>
        <source>Quick guide</source>
        <translation>快速指南</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <source>Save the quick guide</source>
        <translation>保存快速指南</translation>
    </message>
    <message>
        <source>quick-guide.pdf</source>
        <translation>快速指南.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <source>Import receipt</source>
        <translation>导入回执</translation>
    </message>
    <message>
        <source>Making the receipt…</source>
        <translation>正在生成回执…</translation>
    </message>
    <message>
        <source>Print it, sign it and keep it with the bundle records.</source>
        <translation>请打印、签字后与同步包记录一并存档。</translation>
    </message>
</context>
<context>
    <name>RecentlyDeletedDialog</name>
    <message>
        <source>Recently deleted: {kind}</source>
        <translation>最近删除：{kind}</translation>
    </message>
    <message>
        <source>Deleted records are kept here. Choose one and press Restore to bring it back.</source>
        <translation>删除的记录暂存在这里。选中一条，点“恢复”即可找回。</translation>
    </message>
    <message>
        <source>Nothing has been deleted.</source>
        <translation>没有删除过的记录。</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>RecordFormDialog</name>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>e.g. 2024-05-01</source>
        <translation>如 2024-05-01</translation>
    </message>
    <message>
        <source>yuan</source>
        <translation>元</translation>
    </message>
    <message>
        <source>Please choose</source>
        <translation>请选择</translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>新建…</translation>
    </message>
    <message>
        <source>Add a record (Ctrl+N)</source>
        <translation>新建一条记录（Ctrl+N）</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete the selected record (Delete key)</source>
        <translation>删除选中的记录（Delete 键）</translation>
    </message>
    <message>
        <source>Recently deleted</source>
        <translation>最近删除</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>共 %Ln 条</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete “{title}”?</source>
        <translation>确定删除“{title}”吗？</translation>
    </message>
    <message>
        <source>You can undo this right away, or restore it later from “Recently deleted”.</source>
        <translation>删除后可以马上撤销，也可以以后在“最近删除”里恢复。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Deleted “{title}”.</source>
        <translation>已删除“{title}”。</translation>
    </message>
</context>
<context>
    <name>RecordTypes</name>
    <message>
        <source>Sites</source>
        <translation>站点</translation>
    </message>
    <message>
        <source>Villages and communities</source>
        <translation>村（社区）</translation>
    </message>
    <message>
        <source>Community organizations</source>
        <translation>社区社会组织</translation>
    </message>
    <message>
        <source>Stage changes</source>
        <translation>培育阶段记录</translation>
    </message>
    <message>
        <source>Incubation plans</source>
        <translation>培育计划</translation>
    </message>
    <message>
        <source>Plan milestones</source>
        <translation>计划节点</translation>
    </message>
    <message>
        <source>Plan reviews</source>
        <translation>计划评估</translation>
    </message>
    <message>
        <source>Registration and filing help</source>
        <translation>登记/备案协助</translation>
    </message>
    <message>
        <source>Checklist items</source>
        <translation>材料清单</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Trainings</source>
        <translation>培训</translation>
    </message>
    <message>
        <source>Training attendance</source>
        <translation>培训签到</translation>
    </message>
    <message>
        <source>Service activities</source>
        <translation>服务活动</translation>
    </message>
    <message>
        <source>People served by activities</source>
        <translation>活动服务对象</translation>
    </message>
    <message>
        <source>Case studies</source>
        <translation>典型案例</translation>
    </message>
    <message>
        <source>Linked resources</source>
        <translation>资源链接</translation>
    </message>
    <message>
        <source>Venture contests</source>
        <translation>公益创投大赛</translation>
    </message>
    <message>
        <source>Contest entries</source>
        <translation>参赛项目</translation>
    </message>
    <message>
        <source>Judges&apos; scores</source>
        <translation>评审打分</translation>
    </message>
    <message>
        <source>Grant tranches</source>
        <translation>资金拨付</translation>
    </message>
    <message>
        <source>Funded projects</source>
        <translation>资助项目</translation>
    </message>
    <message>
        <source>Budget lines</source>
        <translation>预算科目</translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation>支出</translation>
    </message>
    <message>
        <source>Project staff</source>
        <translation>项目人员</translation>
    </message>
    <message>
        <source>Progress reports</source>
        <translation>进度报告</translation>
    </message>
    <message>
        <source>Service files</source>
        <translation>服务档案</translation>
    </message>
    <message>
        <source>Target sets</source>
        <translation>绩效指标</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>指标值</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>公示</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Audit log entries</source>
        <translation>操作记录</translation>
    </message>
    <message>
        <source>Month approvals</source>
        <translation>月度审核</translation>
    </message>
    <message>
        <source>Requests to reopen a month</source>
        <translation>重新开放月份申请</translation>
    </message>
    <message>
        <source>Months reopened</source>
        <translation>重新开放的月份</translation>
    </message>
    <message>
        <source>Evaluation criteria</source>
        <translation>考核指标</translation>
    </message>
    <message>
        <source>Annual evaluations</source>
        <translation>年度考核</translation>
    </message>
</context>
<context>
    <name>RegistrationSpec</name>
    <message>
        <source>New filing or registration case</source>
        <translation>新建登记备案</translation>
    </message>
    <message>
        <source>Edit filing or registration case</source>
        <translation>修改登记备案</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>社会组织</translation>
    </message>
    <message>
        <source>Type part of the name</source>
        <translation>输入名称中的字查找</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>办理类型</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>办理状态</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>办结日期</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>办理结果</translation>
    </message>
    <message>
        <source>Filing and registration</source>
        <translation>登记备案</translation>
    </message>
    <message>
        <source>Documents checked</source>
        <translation>材料审核进度</translation>
    </message>
    <message>
        <source>Organization name or outcome</source>
        <translation>组织名称或办理结果</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Organization:</source>
        <translation>组织：</translation>
    </message>
    <message>
        <source>All organizations</source>
        <translation>全部组织</translation>
    </message>
    <message>
        <source>No filing or registration cases yet. Press “New…” (Ctrl+N) when an organization starts to prepare its documents; the checklist of documents is created with the case.</source>
        <translation>还没有登记备案记录。组织开始准备材料时，点击“新建…”（Ctrl+N）录入，系统会同时生成需要提交的材料清单。</translation>
    </message>
    <message>
        <source>No case matches these filters.</source>
        <translation>没有符合筛选条件的登记备案记录。</translation>
    </message>
</context>
<context>
    <name>ReportSpec</name>
    <message>
        <source>New monthly progress report</source>
        <translation>新建月度进展报告</translation>
    </message>
    <message>
        <source>Edit monthly progress report</source>
        <translation>修改月度进展报告</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Work done</source>
        <translation>本月工作</translation>
    </message>
    <message>
        <source>Problems met</source>
        <translation>存在问题</translation>
    </message>
    <message>
        <source>Plan for next month</source>
        <translation>下月计划</translation>
    </message>
    <message>
        <source>Monthly progress reports</source>
        <translation>月度进展报告</translation>
    </message>
    <message>
        <source>Month or any words of the report</source>
        <translation>月份或报告中的文字</translation>
    </message>
    <message>
        <source>No monthly reports yet. Press “New…” to record the report the undertaking organization sent.</source>
        <translation>还没有月度进展报告。点击“新建…”录入承接机构报送的报告。</translation>
    </message>
    <message>
        <source>No report matches the search.</source>
        <translation>没有符合搜索条件的报告。</translation>
    </message>
</context>
<context>
    <name>ResourceSpec</name>
    <message>
        <source>New linked resource</source>
        <translation>新建资源链接</translation>
    </message>
    <message>
        <source>Edit linked resource</source>
        <translation>修改资源链接</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>接收日期</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>捐赠方</translation>
    </message>
    <message>
        <source>Enterprise, charity or person who gave it</source>
        <translation>捐赠的企业、慈善组织或个人</translation>
    </message>
    <message>
        <source>Kind of donor</source>
        <translation>捐赠方类型</translation>
    </message>
    <message>
        <source>Given as</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>What was given</source>
        <translation>捐赠内容</translation>
    </message>
    <message>
        <source>e.g. 20 bags of rice, 5 000 yuan, 10 hours of free clinic</source>
        <translation>例如：大米 20 袋、现金 5000 元、义诊 10 小时</translation>
    </message>
    <message>
        <source>Value (yuan)</source>
        <translation>价值（元）</translation>
    </message>
    <message>
        <source>Gifts in kind and services count at their market value.</source>
        <translation>实物和服务按市场价折算。</translation>
    </message>
    <message>
        <source>Recipient organization</source>
        <translation>受赠组织</translation>
    </message>
    <message>
        <source>Type part of the name</source>
        <translation>可输入部分名称</translation>
    </message>
    <message>
        <source>Other recipient</source>
        <translation>其他受赠对象</translation>
    </message>
    <message>
        <source>When the recipients are not an organization, e.g. elderly people of a village.</source>
        <translation>受赠对象不是社会组织时填写，例如某村的困难老人。</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Linked resources</source>
        <translation>资源链接</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>受赠对象</translation>
    </message>
    <message>
        <source>Donor, gift, recipient or purpose</source>
        <translation>捐赠方、捐赠内容、受赠对象或用途</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>月份：</translation>
    </message>
    <message>
        <source>All months</source>
        <translation>全部月份</translation>
    </message>
    <message>
        <source>Donor:</source>
        <translation>捐赠方：</translation>
    </message>
    <message>
        <source>All donors</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>Recipient:</source>
        <translation>受赠组织：</translation>
    </message>
    <message>
        <source>All recipients</source>
        <translation>全部受赠对象</translation>
    </message>
    <message>
        <source>No resources linked yet. Press “New…” (Ctrl+N) to record a donation, a gift in kind or a donated service.</source>
        <translation>还没有资源链接记录。点击“新建…”（Ctrl+N）录入一笔捐款、捐物或志愿服务。</translation>
    </message>
    <message>
        <source>No resource matches these filters.</source>
        <translation>没有符合筛选条件的资源链接记录。</translation>
    </message>
</context>
<context>
    <name>ResourcesPage</name>
    <message>
        <source>Value of all linked resources: {amount} yuan</source>
        <translation>全部资源合计价值：{amount} 元</translation>
    </message>
    <message>
        <source>Value of the resources listed for {month}: {amount} yuan</source>
        <translation>{month}所列资源合计价值：{amount} 元</translation>
    </message>
    <message>
        <source>Value of the resources listed: {amount} yuan</source>
        <translation>所列资源合计价值：{amount} 元</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Make a restore bundle for a township</source>
        <translation>为乡镇制作恢复包</translation>
    </message>
    <message>
        <source>{name} ({code})</source>
        <translation>{name}（{code}）</translation>
    </message>
    <message>
        <source>The folder to write to, e.g. the USB stick</source>
        <translation>保存到的文件夹，例如U盘</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Township:</source>
        <translation>乡镇（街道）：</translation>
    </message>
    <message>
        <source>Write to:</source>
        <translation>保存到：</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>No township&apos;s key is enrolled. Enrol the new township PC&apos;s key first (Keys tab).</source>
        <translation>还没有登记任何乡镇的密钥。请先在“密钥”页登记乡镇新电脑的密钥。</translation>
    </message>
    <message>
        <source>Make the restore bundle</source>
        <translation>制作恢复包</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Rebuild a township whose PC died, from everything the district holds of it.
1. On the new township PC: set the program up for the same township (same division code; it gets a new device and new keys). In Sync → Keys, save its public-key file and print its key enrolment form.
2. On the district: in Sync → Keys, enrol the new PC&apos;s public-key file (compare the fingerprint with the sealed form), revoke the dead PC&apos;s key, and save the district&apos;s public-key file.
3. On the district: make the restore bundle here.
4. On the new township PC: enrol the district&apos;s public-key file, then import the restore bundle in Sync → Receive a bundle.
The restore carries every record the district holds of the township (service files never travel, so they are not in it) and the district&apos;s targets for it. The new PC numbers its bundles after the last one the district received, so no sequence number is ever used twice.</source>
        <translation>乡镇电脑损坏后，用区县保存的该乡镇全部数据重建：
1. 在乡镇的新电脑上：按同一个乡镇设置本程序（行政区划代码相同；新电脑会有新的设备编号和新密钥）。在“同步 → 密钥”中保存本站公钥文件，并打印《密钥登记表》。
2. 在区县：在“同步 → 密钥”中登记新电脑的公钥文件（与盖章的登记表核对指纹），吊销损坏电脑的密钥，并保存区县的公钥文件。
3. 在区县：在本窗口制作恢复包。
4. 在乡镇的新电脑上：登记区县的公钥文件，然后在“同步 → 接收同步包”中导入恢复包。
恢复包包含区县保存的该乡镇全部记录（服务档案从不传输，因此不在其中）以及区县给该乡镇下达的指标。新电脑的同步包编号接着区县收到的最后一个编号，不会重复使用任何编号。</translation>
    </message>
    <message>
        <source>Choose where to write the restore bundle</source>
        <translation>选择恢复包的保存位置</translation>
    </message>
    <message>
        <source>Choose the folder to write the restore bundle to first.</source>
        <translation>请先选择恢复包的保存文件夹。</translation>
    </message>
    <message>
        <source>Writing the restore bundle to {folder}…</source>
        <translation>正在把恢复包写入 {folder}…</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was written.</source>
        <translation>已取消，没有写入任何文件。</translation>
    </message>
    <message>
        <source>The restore bundle No. {sequence} was written and checked: {path} ({size}). Carry it to the new township PC and import it there (step 4).</source>
        <translation>第 {sequence} 号恢复包已写入并检查无误：{path}（{size}）。请带到乡镇的新电脑上导入（第 4 步）。</translation>
    </message>
</context>
<context>
    <name>RosterImportDialog</name>
    <message>
        <source>Import a roster</source>
        <translation>导入花名册</translation>
    </message>
    <message>
        <source>Choose the roster workbook (.xlsx). The program first tries it without saving anything and shows what would happen; nothing is imported until you press “Import”.</source>
        <translation>请选择花名册工作簿（.xlsx）。程序先试导入（不保存任何内容）并显示结果；点击“导入”之前不会导入任何数据。</translation>
    </message>
    <message>
        <source>No file chosen yet</source>
        <translation>尚未选择文件</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>社会组织</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>Same as row</source>
        <translation>与第几行相同</translation>
    </message>
    <message>
        <source>Save rows to correct…</source>
        <translation>保存问题行…</translation>
    </message>
    <message>
        <source>A workbook of the rows not imported, with the reason beside each</source>
        <translation>把未导入的行连同原因保存为工作簿，修改后可重新导入</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Choose the roster</source>
        <translation>选择花名册</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was changed.</source>
        <translation>已取消，没有做任何改动。</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>No change</source>
        <translation>无变化</translation>
    </message>
    <message numerus="yes">
        <source>Not imported (%n row(s))</source>
        <translation>
            <numerusform>未导入（%n 行）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>To import (%n row(s))</source>
        <translation>
            <numerusform>将导入（%n 行）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Repeated (%n row(s))</source>
        <translation>
            <numerusform>重复（%n 行）</numerusform>
        </translation>
    </message>
    <message>
        <source>Trial run, nothing saved yet: {created} new, {updated} updated, {unchanged} unchanged, {duplicates} repeated rows, {rejected} rows not imported.</source>
        <translation>试导入（尚未保存）：将新增 {created} 个，更新 {updated} 个，无变化 {unchanged} 个，重复 {duplicates} 行，未导入 {rejected} 行。</translation>
    </message>
    <message>
        <source>Imported: {created} new, {updated} updated, {unchanged} unchanged, {duplicates} repeated rows, {rejected} rows not imported.</source>
        <translation>导入完成：新增 {created} 个，更新 {updated} 个，无变化 {unchanged} 个，重复 {duplicates} 行，未导入 {rejected} 行。</translation>
    </message>
    <message>
        <source>{name} - rows to correct.xlsx</source>
        <translation>{name}-问题行.xlsx</translation>
    </message>
    <message>
        <source>Save rows to correct</source>
        <translation>保存问题行</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n row(s) to correct in {path}</source>
        <translation>
            <numerusform>已将 %n 个问题行保存到 {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScorePanel</name>
    <message>
        <source>Choose an entry in the ranking to see and type in its judges&apos; scores.</source>
        <translation>请在上方排名中选中一个参赛项目，再查看和录入评委打分。</translation>
    </message>
    <message>
        <source>Judge</source>
        <translation>评委</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>分数</translation>
    </message>
    <message>
        <source>Judge&apos;s name</source>
        <translation>评委姓名</translation>
    </message>
    <message>
        <source>0–100</source>
        <translation>0–100</translation>
    </message>
    <message>
        <source>Save score</source>
        <translation>保存分数</translation>
    </message>
    <message>
        <source>Remove selected score</source>
        <translation>删除选中的分数</translation>
    </message>
    <message>
        <source>A judge scored twice keeps the last score. Scores are out of 100.</source>
        <translation>同一评委再次打分时以最后一次为准。分数为百分制。</translation>
    </message>
    <message>
        <source>Type the judge&apos;s name and a score from 0 to 100.</source>
        <translation>请填写评委姓名和 0 到 100 之间的分数。</translation>
    </message>
</context>
<context>
    <name>SectionTable</name>
    <message>
        <source>Nothing recorded yet</source>
        <translation>暂无记录</translation>
    </message>
</context>
<context>
    <name>ServiceFileFormDialog</name>
    <message>
        <source>The name is masked and the notes are hidden. Showing them is written to the log.</source>
        <translation>姓名已部分隐去，记录内容已隐藏。显示完整信息会记入操作记录。</translation>
    </message>
    <message>
        <source>Show full details</source>
        <translation>显示完整信息</translation>
    </message>
    <message>
        <source>Hidden. Press “Show full details” to read or change the notes.</source>
        <translation>已隐藏。点击“显示完整信息”后才能查看或修改记录内容。</translation>
    </message>
</context>
<context>
    <name>ServiceFileSpec</name>
    <message>
        <source>Open</source>
        <extracomment>Fields shown only after &quot;Show full details&quot;, which is written to the audit log.</extracomment>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Closed {day}</source>
        <translation>{day} 结案</translation>
    </message>
    <message>
        <source>New service file</source>
        <translation>新建服务档案</translation>
    </message>
    <message>
        <source>Service file</source>
        <translation>服务档案</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>档案类型</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>建档日期</translation>
    </message>
    <message>
        <source>Person or couple served</source>
        <translation>服务对象</translation>
    </message>
    <message>
        <source>Personal data: lists show it masked, and reading it in full is logged.</source>
        <translation>属于个人信息：列表中只显示部分，查看完整信息会记入操作记录。</translation>
    </message>
    <message>
        <source>Village (community)</source>
        <translation>所在村（社区）</translation>
    </message>
    <message>
        <source>Social worker in charge</source>
        <translation>负责社工</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>记录内容</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>结案日期</translation>
    </message>
    <message>
        <source>Service files</source>
        <translation>服务档案</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Social worker or village (not the person&apos;s name)</source>
        <translation>负责社工或村（社区）（不能按服务对象姓名搜索）</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>Community:</source>
        <translation>村（社区）：</translation>
    </message>
    <message>
        <source>All communities</source>
        <translation>全部村（社区）</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>月份：</translation>
    </message>
    <message>
        <source>All months</source>
        <translation>全部月份</translation>
    </message>
    <message>
        <source>No service files opened yet. Press “New…” (Ctrl+N) to open a marriage-custom promotion or family counselling file. Names are shown masked in this list.</source>
        <translation>还没有服务档案。点击“新建…”（Ctrl+N）建立婚俗宣传或婚姻家庭辅导档案。列表中的姓名只显示部分。</translation>
    </message>
    <message>
        <source>No service file matches these filters.</source>
        <translation>没有符合筛选条件的服务档案。</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
</context>
<context>
    <name>SiteSection</name>
    <message>
        <source>This site</source>
        <translation>本站点</translation>
    </message>
    <message>
        <source>e.g. the base&apos;s street address</source>
        <translation>例如孵化基地的详细地址</translation>
    </message>
    <message>
        <source>Office phone or contact person</source>
        <translation>办公电话或联系人</translation>
    </message>
    <message>
        <source>Division code:</source>
        <translation>行政区划代码：</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>联系方式：</translation>
    </message>
    <message>
        <source>Save site details</source>
        <translation>保存站点信息</translation>
    </message>
    <message>
        <source>This computer has not been set up as a site yet.</source>
        <translation>本机尚未完成站点设置。</translation>
    </message>
    <message>
        <source>Site details saved.</source>
        <translation>站点信息已保存。</translation>
    </message>
</context>
<context>
    <name>StaffPanel</name>
    <message>
        <source>Add project staff</source>
        <translation>添加项目工作人员</translation>
    </message>
    <message>
        <source>Edit project staff</source>
        <translation>修改项目工作人员</translation>
    </message>
    <message>
        <source>From the people list</source>
        <translation>从人员名单中选择</translation>
    </message>
    <message>
        <source>Type part of a name</source>
        <translation>可输入部分姓名</translation>
    </message>
    <message>
        <source>Or a new person</source>
        <translation>或填写新人员姓名</translation>
    </message>
    <message>
        <source>Their certificate can be added afterwards with “Qualifications…”.</source>
        <translation>证书和从业年限可以之后点“资质…”补充。</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>e.g. project lead, social worker</source>
        <translation>例如项目主管、项目社工</translation>
    </message>
    <message>
        <source>Full-time</source>
        <translation>专职</translation>
    </message>
    <message>
        <source>Qualifications</source>
        <translation>资质</translation>
    </message>
    <message>
        <source>Social-work certificate</source>
        <translation>社会工作者职业资格</translation>
    </message>
    <message>
        <source>Years of practice</source>
        <translation>从业年限</translation>
    </message>
    <message>
        <source>The policy asks for at least {staff} full-time staff, at least one of them a certified social worker with {years} or more years of practice, and no one full-time on two projects.</source>
        <translation>政策要求：专职工作人员不少于 {staff} 名，其中至少 1 名持社会工作者职业资格证书且从业 {years} 年以上；同一人不得同时在两个项目任专职。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>职业资格</translation>
    </message>
    <message>
        <source>Counts as certified</source>
        <translation>符合持证要求</translation>
    </message>
    <message>
        <source>Add staff…</source>
        <translation>添加工作人员…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <source>Qualifications…</source>
        <translation>资质…</translation>
    </message>
    <message>
        <source>Remove from the project</source>
        <translation>从项目中移除</translation>
    </message>
    <message>
        <source>Staff meet the policy</source>
        <translation>工作人员符合政策要求</translation>
    </message>
    <message>
        <source>Staff do not meet the policy yet</source>
        <translation>工作人员尚未符合政策要求</translation>
    </message>
    <message>
        <source>{full_time} full-time, {certified} of them certified with enough practice.</source>
        <translation>专职 {full_time} 名，其中持证且从业年限达标 {certified} 名。</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>StandingTableModel</name>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>参赛组织</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <source>Direct beneficiaries</source>
        <translation>直接受益人数</translation>
    </message>
    <message>
        <source>Pledged (yuan)</source>
        <translation>认捐（元）</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>票数</translation>
    </message>
    <message>
        <source>Expert score</source>
        <translation>专家评审</translation>
    </message>
    <message>
        <source>Pledge score</source>
        <translation>认捐得分</translation>
    </message>
    <message>
        <source>Vote score</source>
        <translation>投票得分</translation>
    </message>
    <message>
        <source>Composite</source>
        <translation>综合得分</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>评选结果</translation>
    </message>
    <message>
        <source>Rule flags</source>
        <translation>规则提示</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>StartupChecks</name>
    <message>
        <source>The program is already open</source>
        <translation>程序已经打开</translation>
    </message>
    <message>
        <source>Restore the backup?</source>
        <translation>要恢复这个备份吗？</translation>
    </message>
    <message>
        <source>All records will be replaced by the backup of {when}. The damaged file is kept for technical help. Restore now?</source>
        <translation>全部记录将被替换为 {when} 的备份。已损坏的文件会保留下来，供技术支持检查。现在恢复吗？</translation>
    </message>
    <message>
        <source>The backup could not be restored</source>
        <translation>备份未能恢复</translation>
    </message>
    <message>
        <source>The weekly database check found damage</source>
        <translation>每周数据库检查发现了损坏</translation>
    </message>
    <message>
        <source>The database check found damage</source>
        <translation>数据库检查发现损坏</translation>
    </message>
    <message>
        <source>The backup on closing failed</source>
        <translation>关闭程序时的备份未能完成</translation>
    </message>
    <message>
        <source>The program backs up the database when it closes, and this time the backup failed ({detail}). Your records are saved. Check that the disk has free space.</source>
        <translation>程序在关闭时会自动备份数据库，这次备份没有成功（{detail}）。您录入的记录都已保存。请检查磁盘是否还有剩余空间。</translation>
    </message>
    <message>
        <source>The automatic backup failed</source>
        <translation>自动备份失败</translation>
    </message>
    <message>
        <source>The program could not make its automatic backup ({detail}). Your records are saved, and it tries again every 30 minutes. Check that the disk has free space.</source>
        <translation>程序未能完成自动备份（{detail}）。您的记录已保存，程序每 30 分钟会再试一次。请检查磁盘是否还有空间。</translation>
    </message>
</context>
<context>
    <name>StoryView</name>
    <message>
        <source>Not yet effectively incubated</source>
        <translation>尚未达到有效孵化</translation>
    </message>
    <message numerus="yes">
        <source>Filed with the township, and %n community service activities held.</source>
        <translation>
            <numerusform>已在乡镇（街道）备案，已开展 %n 场社区服务活动。</numerusform>
        </translation>
    </message>
    <message>
        <source>Effectively incubated</source>
        <translation>已达到有效孵化</translation>
    </message>
    <message>
        <source>not yet filed with the township</source>
        <translation>尚未在乡镇（街道）备案</translation>
    </message>
    <message numerus="yes">
        <source>still %n activity short</source>
        <translation>
            <numerusform>还差 %n 场活动</numerusform>
        </translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message numerus="yes">
        <source>An organization counts as effectively incubated once it is filed with the township and has held at least %n community service activities.</source>
        <translation>
            <numerusform>在乡镇（街道）备案并开展不少于 %n 场社区服务活动，即计为有效孵化。</numerusform>
        </translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>已审核</translation>
    </message>
    <message>
        <source>Still missing</source>
        <translation>尚缺材料</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人次</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message>
        <source>Attendee</source>
        <translation>参训人员</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>捐赠方</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Value (yuan)</source>
        <translation>价值（元）</translation>
    </message>
    <message>
        <source>Contest</source>
        <translation>大赛</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>资助金额（元）</translation>
    </message>
    <message>
        <source>Written on</source>
        <translation>撰写日期</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>基本情况</translation>
    </message>
    <message>
        <source>Stage history</source>
        <translation>阶段记录</translation>
    </message>
    <message>
        <source>Incubation plan and milestones</source>
        <translation>培育计划和里程碑</translation>
    </message>
    <message>
        <source>Filing and registration checklist</source>
        <translation>登记备案材料</translation>
    </message>
    <message>
        <source>Trainings attended</source>
        <translation>参加培训</translation>
    </message>
    <message>
        <source>Resources received</source>
        <translation>获得资源</translation>
    </message>
    <message>
        <source>Venture contest entries</source>
        <translation>公益创投参赛</translation>
    </message>
    <message>
        <source>Case studies</source>
        <translation>典型案例</translation>
    </message>
    <message>
        <source>no village or community given</source>
        <translation>未填写所在村（社区）</translation>
    </message>
    <message numerus="yes">
        <source>Service activities (%n held)</source>
        <translation>
            <numerusform>服务活动（共 %n 场）</numerusform>
        </translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Leader&apos;s phone</source>
        <translation>负责人电话</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员人数</translation>
    </message>
    <message>
        <source>Service areas</source>
        <translation>服务领域</translation>
    </message>
    <message>
        <source>Founded on</source>
        <translation>成立日期</translation>
    </message>
    <message>
        <source>Moved in on</source>
        <translation>入驻日期</translation>
    </message>
    <message>
        <source>Filed on</source>
        <translation>备案日期</translation>
    </message>
    <message>
        <source>Filing number</source>
        <translation>备案编号</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>登记日期</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>评估等级</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>:</source>
        <translation>：</translation>
    </message>
    <message>
        <source>No incubation plan yet.</source>
        <translation>还没有培育计划。</translation>
    </message>
    <message>
        <source>{goals}
Support: {support} · Mentor: {mentor} · Period: {period}</source>
        <translation>{goals}
支持方式：{support} · 培育导师：{mentor} · 周期：{period}</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>里程碑</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>计划完成</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>实际完成</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>Add milestone…</source>
        <translation>添加里程碑…</translation>
    </message>
    <message>
        <source>Edit plan…</source>
        <translation>修改计划…</translation>
    </message>
</context>
<context>
    <name>SyncCounts</name>
    <message>
        <source>Record type</source>
        <extracomment>The columns of an import preview, in the order of the core&apos;s per-type counts.</extracomment>
        <translation>记录类型</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>记录数</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
</context>
<context>
    <name>SyncErrorText</name>
    <message>
        <source>This bundle cannot be imported. The database was not changed.</source>
        <translation>该同步包不能导入，数据库未做任何改动。</translation>
    </message>
    <message>
        <source>The bundle file cannot be read. Copy it to this computer and try again.</source>
        <translation>无法读取同步包文件，请先复制到本机再试。</translation>
    </message>
    <message>
        <source>This file is far too large to be a bundle of this program. Nothing was changed.</source>
        <translation>该文件过大，不是本程序生成的同步包，数据库未做任何改动。</translation>
    </message>
    <message>
        <source>The bundle file is incomplete: copying was interrupted or the USB stick is faulty. Ask for it to be exported again. Nothing was changed.</source>
        <translation>同步包文件不完整：可能拷贝时中断或U盘损坏，请让对方重新导出。数据库未做任何改动。</translation>
    </message>
    <message>
        <source>This file is not a bundle. Choose a file ending in .incubator-bundle.</source>
        <translation>该文件不是同步包，请选择扩展名为 .incubator-bundle 的文件。</translation>
    </message>
    <message>
        <source>The bundle was made by a newer version of the program. Update this program first.</source>
        <translation>该同步包由更新版本的程序生成，请先升级本程序。</translation>
    </message>
    <message>
        <source>The bundle is damaged. Ask for it to be exported again. Nothing was changed.</source>
        <translation>同步包已损坏，请让对方重新导出。数据库未做任何改动。</translation>
    </message>
    <message>
        <source>The bundle&apos;s header is abnormally large and was refused. Nothing was changed.</source>
        <translation>同步包文件头异常大，已拒绝导入，数据库未做任何改动。</translation>
    </message>
    <message>
        <source>The bundle is signed by a key this site does not trust (site {site}). Enroll that site&apos;s public key first. Nothing was changed.</source>
        <translation>同步包的签名密钥不在本站信任名单中（站点 {site}），请先登记该站点的公钥。数据库未做任何改动。</translation>
    </message>
    <message>
        <source>The bundle is signed by a key this site does not trust. Enroll the sender&apos;s public key first.</source>
        <translation>同步包的签名密钥不在本站信任名单中，请先登记发送方的公钥。</translation>
    </message>
    <message>
        <source>The bundle is signed by a revoked key. The sender must make and enroll new keys. Nothing was changed.</source>
        <translation>同步包的签名密钥已被吊销，发送方须重新生成并登记密钥。数据库未做任何改动。</translation>
    </message>
    <message>
        <source>The bundle claims to come from site {site} but is signed by another site&apos;s key: it may be forged. Nothing was changed.</source>
        <translation>同步包声称来自站点 {site}，但签名密钥属于其他站点，可能是伪造的。数据库未做任何改动。</translation>
    </message>
    <message>
        <source>The bundle&apos;s signer does not match its sender: it may be forged. Nothing was changed.</source>
        <translation>同步包的签名者与发送方不符，可能是伪造的。数据库未做任何改动。</translation>
    </message>
    <message>
        <source>The bundle&apos;s signature is wrong: it is damaged or was altered. Nothing was changed.</source>
        <translation>同步包签名校验失败：文件已损坏或被篡改。数据库未做任何改动。</translation>
    </message>
    <message>
        <source>This bundle is addressed to site {recipient}, not to this site ({me}). Nothing was changed.</source>
        <translation>该同步包是发给站点 {recipient} 的，不是发给本站（{me}）的。数据库未做任何改动。</translation>
    </message>
    <message>
        <source>This bundle is addressed to another site. Nothing was changed.</source>
        <translation>该同步包是发给其他站点的。数据库未做任何改动。</translation>
    </message>
    <message>
        <source>This bundle was locked with a key this site no longer uses. Ask the sender to enroll this site&apos;s new public key and export again. Nothing was changed.</source>
        <translation>该同步包是用本站已不再使用的密钥加密的，请让对方登记本站的新公钥后重新导出。数据库未做任何改动。</translation>
    </message>
    <message>
        <source>Serious: bundle No. {sequence} from site {sender} was already imported, with different contents. The file was kept aside for checking. Ask for technical help. Nothing was changed.</source>
        <translation>严重：站点 {sender} 的第 {sequence} 号同步包已导入过，但这次内容不同。文件已隔离保存以备核查，请联系技术支持。数据库未做任何改动。</translation>
    </message>
    <message>
        <source>Serious: a bundle with this number was already imported, with different contents. Ask for technical help. Nothing was changed.</source>
        <translation>严重：该序号的同步包已导入过，但这次内容不同，请联系技术支持。数据库未做任何改动。</translation>
    </message>
    <message>
        <source>Serious: this bundle does not fit with the bundles before and after it. Ask for technical help. Nothing was changed.</source>
        <translation>严重：该同步包与前后的同步包对不上，请联系技术支持。数据库未做任何改动。</translation>
    </message>
    <message>
        <source>The bundle&apos;s contents are not in the expected form. Nothing was changed.</source>
        <translation>同步包内容格式不正确。数据库未做任何改动。</translation>
    </message>
    <message>
        <source>The bundle comes from a newer version of the program. Update this program first.</source>
        <translation>该同步包来自更新版本的程序，请先升级本程序。</translation>
    </message>
    <message>
        <source>The bundle holds a record that is not in the expected form. Nothing was changed.</source>
        <translation>同步包中有不符合格式的记录。数据库未做任何改动。</translation>
    </message>
    <message>
        <source>The bundle carries sensitive service files, which never travel. Nothing was changed.</source>
        <translation>同步包中含有不应传送的敏感服务档案，已拒绝导入。数据库未做任何改动。</translation>
    </message>
    <message>
        <source>The bundle changes records that belong to another site, which the sender may not do. Nothing was changed.</source>
        <translation>同步包试图修改属于其他站点的记录，发送方无权这样做。数据库未做任何改动。</translation>
    </message>
    <message>
        <source>The bundle tries to change another site&apos;s records. Nothing was changed.</source>
        <translation>同步包试图修改其他站点的记录。数据库未做任何改动。</translation>
    </message>
    <message>
        <source>The bundle&apos;s header does not match its contents: it may have been altered. Nothing was changed.</source>
        <translation>同步包文件头中的记录数与内容不符，可能被篡改。数据库未做任何改动。</translation>
    </message>
    <message>
        <source>Only this site&apos;s own district may send a restore bundle. Nothing was changed.</source>
        <translation>只有本站的上级民政局可以发送恢复包。数据库未做任何改动。</translation>
    </message>
    <message>
        <source>The bundle refers to records this site does not have yet. Import the earlier bundles first. Nothing was changed.</source>
        <translation>同步包中的记录引用了本站还没有的记录，请先导入更早的同步包。数据库未做任何改动。</translation>
    </message>
    <message>
        <source>The bundle holds a record that clashes with one already here. Nothing was changed.</source>
        <translation>同步包中的记录与本站已有记录重复。数据库未做任何改动。</translation>
    </message>
    <message>
        <source>The bundle carries the same record twice: it may be altered. Nothing was changed.</source>
        <translation>同步包中同一条记录出现了两次，可能被篡改。数据库未做任何改动。</translation>
    </message>
    <message>
        <source>A township sends bundles only to its own district ({parent}).</source>
        <translation>乡镇只能向上级民政局（{parent}）发送同步包。</translation>
    </message>
    <message>
        <source>A township sends bundles only to its own district.</source>
        <translation>乡镇只能向上级民政局发送同步包。</translation>
    </message>
    <message>
        <source>Choose the township the bundle is for.</source>
        <translation>请选择接收同步包的乡镇。</translation>
    </message>
    <message>
        <source>The bundle read back from the drive differs from what was written, so the drive may be faulty. The file was removed; try another USB stick.</source>
        <translation>写入后读回校验不一致，U盘可能有问题；该文件已删除，请换一个U盘重试。</translation>
    </message>
    <message>
        <source>Only a district can make a restore bundle.</source>
        <translation>只有民政局可以生成恢复包。</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was changed.</source>
        <translation>已取消，没有做任何改动。</translation>
    </message>
    <message>
        <source>There is a problem with this site&apos;s keys. Ask for technical help.</source>
        <translation>本站密钥出现问题，请联系技术支持。</translation>
    </message>
    <message>
        <source>This computer&apos;s private key was not found. Bundles can only be made on the computer that made the keys.</source>
        <translation>找不到本机私钥。只能在生成密钥的电脑上导出或导入同步包。</translation>
    </message>
    <message>
        <source>The key file is locked with a passphrase. Enter the passphrase to continue.</source>
        <translation>密钥文件设有口令，请输入口令后继续。</translation>
    </message>
    <message>
        <source>The passphrase is too short: at least {min} characters.</source>
        <translation>口令太短，至少需要 {min} 个字符。</translation>
    </message>
    <message>
        <source>The passphrase is too short.</source>
        <translation>口令太短。</translation>
    </message>
    <message>
        <source>The passphrase is wrong, so the key file cannot be opened.</source>
        <translation>口令不正确，无法打开密钥文件。</translation>
    </message>
    <message>
        <source>The key file was not found. Ask for technical help.</source>
        <translation>找不到密钥文件，请联系技术支持。</translation>
    </message>
    <message>
        <source>The key file is damaged. Ask for technical help.</source>
        <translation>密钥文件已损坏，请联系技术支持。</translation>
    </message>
    <message>
        <source>This site has no usable keys yet. Run “incubator keys generate” (or ask for technical help).</source>
        <translation>本站还没有可用的同步密钥。请点击下方按钮生成，或运行“incubator keys generate”（也可联系技术支持）。</translation>
    </message>
    <message>
        <source>Site {site}&apos;s public key has not been enrolled yet. Enroll its public-key file first.</source>
        <translation>还没有登记站点 {site} 的公钥，请先登记对方的公钥文件。</translation>
    </message>
    <message>
        <source>The other site&apos;s public key has not been enrolled yet. Enroll it first.</source>
        <translation>还没有登记对方站点的公钥，请先登记。</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>Send a bundle</source>
        <translation>发送同步包</translation>
    </message>
    <message>
        <source>Receive a bundle</source>
        <translation>接收同步包</translation>
    </message>
    <message>
        <source>History</source>
        <translation>往来记录</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>冲突记录</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>密钥</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>This computer has not been set up yet, so there is nothing to sync.</source>
        <translation>本机尚未完成初始设置，暂时没有可以同步的内容。</translation>
    </message>
    <message>
        <source>{name} ({code}) · {role}</source>
        <translation>{name}（{code}）· {role}</translation>
    </message>
    <message numerus="yes">
        <source>Conflicts (%n not seen)</source>
        <translation>
            <numerusform>冲突记录（%n 条未查看）</numerusform>
        </translation>
    </message>
    <message>
        <source>History (bundles missing)</source>
        <translation>往来记录（有缺号）</translation>
    </message>
</context>
<context>
    <name>TargetsBar</name>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n 份</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n short of the target</source>
        <translation>
            <numerusform>距目标还差 %n 份</numerusform>
        </translation>
    </message>
    <message>
        <source>target met</source>
        <translation>已达标</translation>
    </message>
    <message>
        <source>{kind}: {files} (target ≥ {target}), {state}</source>
        <translation>{kind}档案：{files}（目标 ≥ {target} 份），{state}</translation>
    </message>
    <message>
        <source>Opened {start} to {end}</source>
        <translation>统计期间：{start} 至 {end}</translation>
    </message>
</context>
<context>
    <name>TownshipDrilldown</name>
    <message>
        <source>{name} — indicators</source>
        <translation>{name} — 指标情况</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>完成值</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Read-only: the township owns these records and corrects them itself.</source>
        <translation>只读：这些记录归乡镇所有，由乡镇自行更正。</translation>
    </message>
</context>
<context>
    <name>TrainingSpec</name>
    <message>
        <source>New training</source>
        <translation>新建培训</translation>
    </message>
    <message>
        <source>Edit training</source>
        <translation>修改培训</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>培训名称</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>培训主题</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>培训日期</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>授课人</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>课时（小时）</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>培训地点</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>培训内容</translation>
    </message>
    <message>
        <source>Trainings</source>
        <translation>培训</translation>
    </message>
    <message>
        <source>Attendances</source>
        <translation>人次</translation>
    </message>
    <message>
        <source>Title, trainer or place</source>
        <translation>培训名称、授课人或地点</translation>
    </message>
    <message>
        <source>Topic:</source>
        <translation>主题：</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>全部主题</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>月份：</translation>
    </message>
    <message>
        <source>All months</source>
        <translation>全部月份</translation>
    </message>
    <message>
        <source>No trainings recorded yet. Press “New…” (Ctrl+N) after a training, then add who attended.</source>
        <translation>还没有录入培训。培训结束后点击“新建…”（Ctrl+N）录入，再在右侧登记参训人员。</translation>
    </message>
    <message>
        <source>No training matches these filters.</source>
        <translation>没有符合筛选条件的培训。</translation>
    </message>
</context>
<context>
    <name>TrainingsPage</name>
    <message>
        <source>Print sign-in sheet…</source>
        <translation>打印签到表…</translation>
    </message>
    <message>
        <source>Blank, or filled in</source>
        <translation>空白签到表或已签到记录</translation>
    </message>
</context>
<context>
    <name>TranchePanel</name>
    <message>
        <source>yuan</source>
        <translation>元</translation>
    </message>
    <message>
        <source>Plan tranches of 50 %, 30 % and 20 %</source>
        <translation>按 50%、30%、20% 安排分期拨付</translation>
    </message>
    <message>
        <source>Grant:</source>
        <translation>资助金额：</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>期次</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>比例</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>拨付条件</translation>
    </message>
    <message>
        <source>Condition met</source>
        <translation>条件达成日期</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>拨付日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>e.g. 2024-05-01</source>
        <translation>例如 2024-05-01</translation>
    </message>
    <message>
        <source>Condition met on this day</source>
        <translation>记录条件达成</translation>
    </message>
    <message>
        <source>Paid on this day</source>
        <translation>记录拨付</translation>
    </message>
    <message>
        <source>Selected tranche:</source>
        <translation>选中的一期：</translation>
    </message>
    <message>
        <source>Choose a winning entry in the ranking to plan and record its grant tranches.</source>
        <translation>请在上方排名中选中一个获奖项目，再安排和记录资助款分期拨付。</translation>
    </message>
    <message>
        <source>Only winning entries receive a grant in tranches; this entry&apos;s result is “{result}”.</source>
        <translation>只有获奖项目才分期拨付资助款；这个项目的评选结果是“{result}”。</translation>
    </message>
    <message>
        <source>No tranches planned yet. Check the grant and plan them: 50 % at contract, 30 % at mid-term and 20 % at final acceptance.</source>
        <translation>还没有安排分期拨付。请核对资助金额后安排：签订合同拨付 50%，中期验收拨付 30%，终期验收拨付 20%。</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已拨付</translation>
    </message>
    <message>
        <source>Can be paid</source>
        <translation>可以拨付</translation>
    </message>
    <message>
        <source>Waiting for the condition</source>
        <translation>等待条件达成</translation>
    </message>
    <message>
        <source>Waiting for the earlier tranche</source>
        <translation>等待前一期拨付</translation>
    </message>
    <message>
        <source>Tranches planned.</source>
        <translation>已安排分期拨付。</translation>
    </message>
    <message>
        <source>Type the date first.</source>
        <translation>请先填写日期。</translation>
    </message>
    <message>
        <source>Recorded: the condition of tranche {number} was met on {day}.</source>
        <translation>已记录：第 {number} 期的拨付条件于 {day} 达成。</translation>
    </message>
    <message>
        <source>Recorded: tranche {number} was paid on {day}.</source>
        <translation>已记录：第 {number} 期已于 {day} 拨付。</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>Monthly trend</source>
        <translation>月度趋势</translation>
    </message>
    <message>
        <source>Indicator:</source>
        <translation>指标：</translation>
    </message>
    <message>
        <source>Added in the month</source>
        <translation>当月新增</translation>
    </message>
    <message>
        <source>Running total</source>
        <translation>累计</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>{label} ({unit})</source>
        <translation>{label}（{unit}）</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>VaultKeeper</name>
    <message>
        <source>Key file passphrase</source>
        <extracomment>Key problems the clerk can solve by typing the passphrase (again).</extracomment>
        <translation>密钥文件口令</translation>
    </message>
    <message>
        <source>That passphrase was wrong. Enter the passphrase of this site&apos;s key file:</source>
        <translation>口令不正确。请重新输入本站密钥文件的口令：</translation>
    </message>
    <message>
        <source>This site&apos;s keys are kept in a file locked with a passphrase. Enter the passphrase:</source>
        <translation>本站密钥保存在设有口令的文件中，请输入口令：</translation>
    </message>
</context>
<context>
    <name>VocabLabels</name>
    <message>
        <source>Charity</source>
        <translation>公益慈善类</translation>
    </message>
    <message>
        <source>Everyday services</source>
        <translation>生活服务类</translation>
    </message>
    <message>
        <source>Community affairs</source>
        <translation>社区事务类</translation>
    </message>
    <message>
        <source>Culture and sports</source>
        <translation>文体活动类</translation>
    </message>
    <message>
        <source>Interested</source>
        <translation>意向</translation>
    </message>
    <message>
        <source>Moved in</source>
        <translation>入驻</translation>
    </message>
    <message>
        <source>Incubating</source>
        <translation>培育中</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>已备案</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>已登记</translation>
    </message>
    <message>
        <source>Graduated</source>
        <translation>已出壳</translation>
    </message>
    <message>
        <source>Exited</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>District civil-affairs bureau</source>
        <translation>区民政局</translation>
    </message>
    <message>
        <source>Township incubation base</source>
        <translation>乡镇孵化基地</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>社会组织</translation>
    </message>
    <message>
        <source>Village or community</source>
        <translation>村（社区）</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>服务活动</translation>
    </message>
    <message>
        <source>Case study</source>
        <translation>典型案例</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>资源链接</translation>
    </message>
    <message>
        <source>Venture contest</source>
        <translation>公益创投</translation>
    </message>
    <message>
        <source>Contest entry</source>
        <translation>创投项目</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>公示</translation>
    </message>
    <message>
        <source>Elderly</source>
        <translation>为老</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>助残</translation>
    </message>
    <message>
        <source>Children and youth</source>
        <translation>青少年</translation>
    </message>
    <message>
        <source>Relief for families in need</source>
        <translation>救助帮困</translation>
    </message>
    <message>
        <source>Marriage and family</source>
        <translation>婚姻家庭</translation>
    </message>
    <message>
        <source>Mediation</source>
        <translation>调解</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>环境</translation>
    </message>
    <message>
        <source>Culture</source>
        <translation>文化</translation>
    </message>
    <message>
        <source>Volunteering</source>
        <translation>志愿服务</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>场地</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>资金</translation>
    </message>
    <message>
        <source>Professional guidance</source>
        <translation>专业</translation>
    </message>
    <message>
        <source>Capacity building</source>
        <translation>能力建设</translation>
    </message>
    <message>
        <source>Filing with the township</source>
        <translation>备案</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>办理中</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>Not handed in</source>
        <translation>未提交</translation>
    </message>
    <message>
        <source>Handed in</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>已审核</translation>
    </message>
    <message>
        <source>Application form</source>
        <translation>申请表</translation>
    </message>
    <message>
        <source>Articles of association</source>
        <translation>章程</translation>
    </message>
    <message>
        <source>Leader&apos;s proof of identity</source>
        <translation>负责人身份证明</translation>
    </message>
    <message>
        <source>Proof of premises</source>
        <translation>场所证明</translation>
    </message>
    <message>
        <source>List of members</source>
        <translation>成员名单</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>学员</translation>
    </message>
    <message>
        <source>Social worker</source>
        <translation>社会工作者</translation>
    </message>
    <message>
        <source>Project staff</source>
        <translation>项目人员</translation>
    </message>
    <message>
        <source>Assistant social worker</source>
        <translation>助理社会工作师</translation>
    </message>
    <message>
        <source>Intermediate social worker</source>
        <translation>社会工作师</translation>
    </message>
    <message>
        <source>Senior social worker</source>
        <translation>高级社会工作师</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Civil-affairs policy</source>
        <translation>民政政策</translation>
    </message>
    <message>
        <source>Good governance</source>
        <translation>规范管理</translation>
    </message>
    <message>
        <source>Social work</source>
        <translation>社工知识</translation>
    </message>
    <message>
        <source>Project management</source>
        <translation>项目管理</translation>
    </message>
    <message>
        <source>Party building</source>
        <translation>党建</translation>
    </message>
    <message>
        <source>Casework</source>
        <translation>个案</translation>
    </message>
    <message>
        <source>Group work</source>
        <translation>小组</translation>
    </message>
    <message>
        <source>Community activity</source>
        <translation>社区活动</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Charitable organization</source>
        <translation>慈善组织</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>个人</translation>
    </message>
    <message>
        <source>Public institution</source>
        <translation>机关事业单位</translation>
    </message>
    <message>
        <source>Other donor</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <source>In kind</source>
        <translation>实物</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>参赛</translation>
    </message>
    <message>
        <source>Finalist</source>
        <translation>入围</translation>
    </message>
    <message>
        <source>Winner</source>
        <translation>获奖</translation>
    </message>
    <message>
        <source>Best idea award</source>
        <translation>优秀创意奖</translation>
    </message>
    <message>
        <source>Not awarded</source>
        <translation>未获奖</translation>
    </message>
    <message>
        <source>Contract signed</source>
        <translation>签订合同</translation>
    </message>
    <message>
        <source>Mid-term acceptance</source>
        <translation>中期验收</translation>
    </message>
    <message>
        <source>Final acceptance</source>
        <translation>终期验收</translation>
    </message>
    <message>
        <source>Personnel</source>
        <translation>人力成本</translation>
    </message>
    <message>
        <source>Service costs</source>
        <translation>服务性支出</translation>
    </message>
    <message>
        <source>Evaluation and other</source>
        <translation>评估及其他</translation>
    </message>
    <message>
        <source>Marriage-custom promotion</source>
        <translation>婚俗宣传</translation>
    </message>
    <message>
        <source>Family counselling</source>
        <translation>婚姻家庭辅导</translation>
    </message>
</context>
<context>
    <name>Workspaces</name>
    <message>
        <source>District summary</source>
        <extracomment>Where a search hit of each record kind (as the core names kinds) is shown. The district bureau&apos;s consolidation workspace: listed first, and only on a district site.</extracomment>
        <translation>区县汇总</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>工作台</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>社会组织</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>登记备案</translation>
    </message>
    <message>
        <source>Trainings</source>
        <translation>培训</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>服务活动</translation>
    </message>
    <message>
        <source>Case studies</source>
        <translation>典型案例</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>资源链接</translation>
    </message>
    <message>
        <source>Venture contests</source>
        <translation>公益创投</translation>
    </message>
    <message>
        <source>Projects &amp; budget</source>
        <translation>项目与预算</translation>
    </message>
    <message>
        <source>Service files</source>
        <translation>服务档案</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
</context>
</TS>
