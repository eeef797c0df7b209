<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <source>The database cannot be opened</source>
        <translation>The database cannot be opened</translation>
    </message>
    <message>
        <source>Community Organization Incubator</source>
        <translation>Community Organization Incubator</translation>
    </message>
    <message>
        <source>The database could not be opened ({detail}). Ask for technical help.</source>
        <translation>The database could not be opened ({detail}). Ask for technical help.</translation>
    </message>
</context>
<context>
    <name>DatabaseRefusal</name>
    <message>
        <source>The database is on removable storage (a USB stick or memory card), where its file can be damaged. Copy it to a folder on this computer&apos;s own disk and open it from there. The database file was not changed.</source>
        <translation>The database is on removable storage (a USB stick or memory card), where its file can be damaged. Copy it to a folder on this computer&apos;s own disk and open it from there. The database file was not changed.</translation>
    </message>
    <message>
        <source>The database is in a shared network folder, where its file can be damaged. Copy it to a folder on this computer&apos;s own disk and open it from there. The database file was not changed.</source>
        <translation>The database is in a shared network folder, where its file can be damaged. Copy it to a folder on this computer&apos;s own disk and open it from there. The database file was not changed.</translation>
    </message>
    <message>
        <source>This database was made by a newer version of the program. Install the newer version first, then open it again. The database file was not changed.</source>
        <translation>This database was made by a newer version of the program. Install the newer version first, then open it again. The database file was not changed.</translation>
    </message>
    <message>
        <source>This file is not a database of this program, or it is damaged. Check that you chose the right file. The file was not changed.</source>
        <translation>This file is not a database of this program, or it is damaged. Check that you chose the right file. The file was not changed.</translation>
    </message>
    <message>
        <source>Before upgrading the database the program makes a backup copy, and the copy failed the check. The database was not upgraded and was not changed. Ask for technical help.</source>
        <translation>Before upgrading the database the program makes a backup copy, and the copy failed the check. The database was not upgraded and was not changed. Ask for technical help.</translation>
    </message>
    <message>
        <source>Upgrading the database found {count} broken links between records. A backup copy was kept in the backups folder next to the database. Ask for technical help.</source>
        <translation>Upgrading the database found {count} broken links between records. A backup copy was kept in the backups folder next to the database. Ask for technical help.</translation>
    </message>
    <message>
        <source>The database cannot be opened. The database file was not changed.</source>
        <translation>The database cannot be opened. The database file was not changed.</translation>
    </message>
</context>
<context>
    <name>GlobalSearchBox</name>
    <message>
        <source>Search names and titles (Ctrl+F)</source>
        <translation>Search names and titles (Ctrl+F)</translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation>Nothing found</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Community organizations</source>
        <translation>Community organizations</translation>
    </message>
    <message>
        <source>Service activities this month</source>
        <translation>Service activities this month</translation>
    </message>
    <message>
        <source>Trainings held</source>
        <translation>Trainings held</translation>
    </message>
    <message>
        <source>Resources linked</source>
        <translation>Resources linked</translation>
    </message>
    <message>
        <source>This computer has not been set up yet</source>
        <translation>This computer has not been set up yet</translation>
    </message>
    <message>
        <source>Before records can be kept, this database must be made a township incubation base or a district civil-affairs bureau. For now this is done from the command line (a setup assistant will come in a later version). Open a command window and type, for a township:</source>
        <translation>Before records can be kept, this database must be made a township incubation base or a district civil-affairs bureau. For now this is done from the command line (a setup assistant will come in a later version). Open a command window and type, for a township:</translation>
    </message>
    <message>
        <source>Example Town</source>
        <translation>Example Town</translation>
    </message>
    <message>
        <source>To try the program with sample data instead, type:</source>
        <translation>To try the program with sample data instead, type:</translation>
    </message>
    <message>
        <source>Then close this program and start it again.</source>
        <translation>Then close this program and start it again.</translation>
    </message>
    <message>
        <source>This program is using the database {path}. If it is not in the default place, add --db followed by that path to both commands.</source>
        <translation>This program is using the database {path}. If it is not in the default place, add --db followed by that path to both commands.</translation>
    </message>
    <message>
        <source>{role} · division code {code}</source>
        <translation>{role} · division code {code}</translation>
    </message>
    <message>
        <source>This month at a glance ({month})</source>
        <translation>This month at a glance ({month})</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <translation>MMMM yyyy</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Community Organization Incubator</source>
        <translation>Community Organization Incubator</translation>
    </message>
    <message>
        <source>Last bundle: none yet</source>
        <translation>Last bundle: none yet</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Site not set up yet</source>
        <translation>Site not set up yet</translation>
    </message>
    <message>
        <source>{name} ({code})</source>
        <translation>{name} ({code})</translation>
    </message>
    <message>
        <source>{site} — Community Organization Incubator</source>
        <translation>{site} — Community Organization Incubator</translation>
    </message>
</context>
<context>
    <name>OrganizationTableModel</name>
    <message>
        <source>Name</source>
        <extracomment>Column order; the headers are translated in `headerData`.</extracomment>
        <translation>Name</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Village (community)</source>
        <translation>Village (community)</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>Leader</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Founded</source>
        <translation>Founded</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
</context>
<context>
    <name>OrganizationsPage</name>
    <message>
        <source>Community organizations</source>
        <translation>Community organizations</translation>
    </message>
    <message>
        <source>Name or leader&apos;s name</source>
        <translation>Name or leader&apos;s name</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>All stages</translation>
    </message>
    <message>
        <source>Search:</source>
        <translation>Search:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Category:</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>Stage:</translation>
    </message>
    <message>
        <source>No organization matches these filters.</source>
        <translation>No organization matches these filters.</translation>
    </message>
    <message>
        <source>No organizations have been recorded yet. Organizations you add will be listed here.</source>
        <translation>No organizations have been recorded yet. Organizations you add will be listed here.</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>This workspace is being built. It will appear in a later version.</source>
        <translation>This workspace is being built. It will appear in a later version.</translation>
    </message>
</context>
<context>
    <name>VocabLabels</name>
    <message>
        <source>Charity</source>
        <translation>Charity</translation>
    </message>
    <message>
        <source>Everyday services</source>
        <translation>Everyday services</translation>
    </message>
    <message>
        <source>Community affairs</source>
        <translation>Community affairs</translation>
    </message>
    <message>
        <source>Culture and sports</source>
        <translation>Culture and sports</translation>
    </message>
    <message>
        <source>Interested</source>
        <translation>Interested</translation>
    </message>
    <message>
        <source>Moved in</source>
        <translation>Moved in</translation>
    </message>
    <message>
        <source>Incubating</source>
        <translation>Incubating</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>Filed</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Graduated</source>
        <translation>Graduated</translation>
    </message>
    <message>
        <source>Exited</source>
        <translation>Exited</translation>
    </message>
    <message>
        <source>District civil-affairs bureau</source>
        <translation>District civil-affairs bureau</translation>
    </message>
    <message>
        <source>Township incubation base</source>
        <translation>Township incubation base</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organization</translation>
    </message>
    <message>
        <source>Village or community</source>
        <translation>Village or community</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Case study</source>
        <translation>Case study</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Resource</translation>
    </message>
    <message>
        <source>Venture contest</source>
        <translation>Venture contest</translation>
    </message>
    <message>
        <source>Contest entry</source>
        <translation>Contest entry</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Notice</translation>
    </message>
</context>
<context>
    <name>Workspaces</name>
    <message>
        <source>Home</source>
        <extracomment>Where a search hit of each record kind (as the core names kinds) is shown.</extracomment>
        <translation>Home</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Organizations</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Registration</translation>
    </message>
    <message>
        <source>Trainings</source>
        <translation>Trainings</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activities</translation>
    </message>
    <message>
        <source>Case studies</source>
        <translation>Case studies</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Resources</translation>
    </message>
    <message>
        <source>Venture contests</source>
        <translation>Venture contests</translation>
    </message>
    <message>
        <source>Projects &amp; budget</source>
        <translation>Projects &amp; budget</translation>
    </message>
    <message>
        <source>Service files</source>
        <translation>Service files</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
</context>
</TS>
