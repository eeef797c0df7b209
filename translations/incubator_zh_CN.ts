<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
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
    <name>DatabaseRefusal</name>
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
    <name>FilterBar</name>
    <message>
        <source>MMM yyyy</source>
        <translation>yyyy年M月</translation>
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
    <name>SectionTable</name>
    <message>
        <source>Nothing recorded yet</source>
        <translation>暂无记录</translation>
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
        <source>Home</source>
        <extracomment>Where a search hit of each record kind (as the core names kinds) is shown.</extracomment>
        <translation>工作台</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>社会组织</translation>
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
