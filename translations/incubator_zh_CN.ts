<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
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
    <name>OrganizationTableModel</name>
    <message>
        <source>Name</source>
        <extracomment>Column order; the headers are translated in `headerData`.</extracomment>
        <translation>名称</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Village (community)</source>
        <translation>所在村（社区）</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>负责人</translation>
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
        <source>Members</source>
        <translation>成员人数</translation>
    </message>
</context>
<context>
    <name>OrganizationsPage</name>
    <message>
        <source>Community organizations</source>
        <translation>社区社会组织</translation>
    </message>
    <message>
        <source>Name or leader&apos;s name</source>
        <translation>组织名称或负责人姓名</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>全部阶段</translation>
    </message>
    <message>
        <source>Search:</source>
        <translation>查找：</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>阶段：</translation>
    </message>
    <message>
        <source>No organization matches these filters.</source>
        <translation>没有符合筛选条件的社会组织。</translation>
    </message>
    <message>
        <source>No organizations have been recorded yet. Organizations you add will be listed here.</source>
        <translation>还没有录入社会组织。录入后会在这里列出。</translation>
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
