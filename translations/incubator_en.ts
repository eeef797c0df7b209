<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <source>About</source>
        <extracomment>(component, licence) — fonts first: their licence files ship in resources/fonts/.</extracomment>
        <translation>About</translation>
    </message>
    <message>
        <source>Community Organization Incubator</source>
        <translation>Community Organization Incubator</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <source>Data folder: {folder}</source>
        <translation>Data folder: {folder}</translation>
    </message>
    <message>
        <source>Database: {database}</source>
        <translation>Database: {database}</translation>
    </message>
    <message>
        <source>Bundled fonts</source>
        <translation>Bundled fonts</translation>
    </message>
    <message>
        <source>Main libraries</source>
        <translation>Main libraries</translation>
    </message>
    <message>
        <source>The full licence texts are in the fonts folder of the installation.</source>
        <translation>The full licence texts are in the fonts folder of the installation.</translation>
    </message>
</context>
<context>
    <name>ActivitySpec</name>
    <message>
        <source>New service activity</source>
        <translation>New service activity</translation>
    </message>
    <message>
        <source>Edit service activity</source>
        <translation>Edit service activity</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Held on</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Service area</source>
        <translation>Service area</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organization</translation>
    </message>
    <message>
        <source>Leave empty when the base itself held it</source>
        <translation>Leave empty when the base itself held it</translation>
    </message>
    <message>
        <source>Village (community)</source>
        <translation>Village (community)</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>People served</source>
        <translation>People served</translation>
    </message>
    <message>
        <source>Count each person each time (人次).</source>
        <translation>Count each person each time (人次).</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>Volunteers</translation>
    </message>
    <message>
        <source>Volunteer hours</source>
        <translation>Volunteer hours</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>What was done</translation>
    </message>
    <message>
        <source>Service activities</source>
        <translation>Service activities</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>(the base)</source>
        <translation>(the base)</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>Title, place, or organization</source>
        <translation>Title, place, or organization</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>Area:</source>
        <translation>Area:</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>All areas</translation>
    </message>
    <message>
        <source>Organization:</source>
        <translation>Organization:</translation>
    </message>
    <message>
        <source>All organizations</source>
        <translation>All organizations</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>Month:</translation>
    </message>
    <message>
        <source>All months</source>
        <translation>All months</translation>
    </message>
    <message>
        <source>No service activities recorded yet. Press “New…” (Ctrl+N) to record one, then add its photos.</source>
        <translation>No service activities recorded yet. Press “New…” (Ctrl+N) to record one, then add its photos.</translation>
    </message>
    <message>
        <source>No activity matches these filters.</source>
        <translation>No activity matches these filters.</translation>
    </message>
</context>
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
    <name>AttachmentsPanel</name>
    <message>
        <source>Photos and scans</source>
        <translation>Photos and scans</translation>
    </message>
    <message>
        <source>Choose a record on the left to see or add its photos.</source>
        <translation>Choose a record on the left to see or add its photos.</translation>
    </message>
    <message>
        <source>Drag photos or scans here, or</source>
        <translation>Drag photos or scans here, or</translation>
    </message>
    <message>
        <source>Choose files…</source>
        <translation>Choose files…</translation>
    </message>
    <message>
        <source>No photos yet. Photos of the activity, sign-in sheets and other scans can be kept here.</source>
        <translation>No photos yet. Photos of the activity, sign-in sheets and other scans can be kept here.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose photos or scans</source>
        <translation>Choose photos or scans</translation>
    </message>
    <message>
        <source>Photos and scans (*.jpg *.jpeg *.png *.bmp *.gif *.webp *.tif *.tiff *.pdf)</source>
        <translation>Photos and scans (*.jpg *.jpeg *.png *.bmp *.gif *.webp *.tif *.tiff *.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Copying %n file(s)…</source>
        <translation>
            <numerusform>Copying %n file…</numerusform>
            <numerusform>Copying %n files…</numerusform>
        </translation>
    </message>
    <message>
        <source>Added: {names}</source>
        <translation>Added: {names}</translation>
    </message>
    <message>
        <source>Already attached: {names}</source>
        <translation>Already attached: {names}</translation>
    </message>
    <message>
        <source>Not added: {name} ({reason})</source>
        <translation>Not added: {name} ({reason})</translation>
    </message>
    <message>
        <source>Removed “{name}”.</source>
        <translation>Removed “{name}”.</translation>
    </message>
</context>
<context>
    <name>AttendancePanel</name>
    <message>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Choose a training on the left to see and record who attended.</source>
        <translation>Choose a training on the left to see and record who attended.</translation>
    </message>
    <message>
        <source>Type part of a name</source>
        <translation>Type part of a name</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Name of someone not in the people list</source>
        <translation>Name of someone not in the people list</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Remove selected</translation>
    </message>
    <message>
        <source>From the people list:</source>
        <translation>From the people list:</translation>
    </message>
    <message>
        <source>Walk-in:</source>
        <translation>Walk-in:</translation>
    </message>
    <message>
        <source>  (walk-in)</source>
        <translation>  (walk-in)</translation>
    </message>
    <message numerus="yes">
        <source>%n attendance(s)</source>
        <translation>
            <numerusform>%n attendance</numerusform>
            <numerusform>%n attendances</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose someone from the list, or add them as a walk-in below.</source>
        <translation>Choose someone from the list, or add them as a walk-in below.</translation>
    </message>
    <message>
        <source>This person is already on the list.</source>
        <translation>This person is already on the list.</translation>
    </message>
</context>
<context>
    <name>AutomaticBackupsSection</name>
    <message>
        <source>Automatic backups</source>
        <translation>Automatic backups</translation>
    </message>
    <message>
        <source>The program backs up the database by itself: when it closes, every 30 minutes while records are being changed, and before every import, upgrade and restore. It keeps the newest 10 backups, one a day for two weeks, one a week for two months and one a month for a year.</source>
        <translation>The program backs up the database by itself: when it closes, every 30 minutes while records are being changed, and before every import, upgrade and restore. It keeps the newest 10 backups, one a day for two weeks, one a week for two months and one a month for a year.</translation>
    </message>
    <message>
        <source>So that they never fill the disk, the oldest are also deleted when they would take more than 10 GB or half of the free space; the newest three are always kept.</source>
        <translation>So that they never fill the disk, the oldest are also deleted when they would take more than 10 GB or half of the free space; the newest three are always kept.</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Open the folder</translation>
    </message>
    <message>
        <source>Restore the selected backup…</source>
        <translation>Restore the selected backup…</translation>
    </message>
    <message>
        <source>Restore from a file…</source>
        <translation>Restore from a file…</translation>
    </message>
    <message>
        <source>The database is on a database server: back it up with the server&apos;s own tools.</source>
        <translation>The database is on a database server: back it up with the server&apos;s own tools.</translation>
    </message>
    <message>
        <source>when the program closed</source>
        <translation>when the program closed</translation>
    </message>
    <message>
        <source>while working (every 30 minutes)</source>
        <translation>while working (every 30 minutes)</translation>
    </message>
    <message>
        <source>before a bundle import</source>
        <translation>before a bundle import</translation>
    </message>
    <message>
        <source>before a roster import</source>
        <translation>before a roster import</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>before an upgrade</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>before a restore</translation>
    </message>
    <message>
        <source>from the command line</source>
        <translation>from the command line</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>by hand</translation>
    </message>
    <message>
        <source>Folder: {folder}</source>
        <translation>Folder: {folder}</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) kept; the newest is from {when}.</source>
        <translation>
            <numerusform>%n backup kept; the newest is from {when}.</numerusform>
            <numerusform>%n backups kept; the newest is from {when}.</numerusform>
        </translation>
    </message>
    <message>
        <source>No automatic backups yet; the first is made when the program closes.</source>
        <translation>No automatic backups yet; the first is made when the program closes.</translation>
    </message>
    <message>
        <source>Choose a backup to restore</source>
        <translation>Choose a backup to restore</translation>
    </message>
    <message>
        <source>Database backups (*.db);;All files (*)</source>
        <translation>Database backups (*.db);;All files (*)</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>Restore this backup?</translation>
    </message>
    <message>
        <source>All records will be replaced by the ones in {name}. The records as they are now are backed up first, so this can be undone by restoring that backup. Restore now?</source>
        <translation>All records will be replaced by the ones in {name}. The records as they are now are backed up first, so this can be undone by restoring that backup. Restore now?</translation>
    </message>
    <message>
        <source>Restoring… The backup is checked first.</source>
        <translation>Restoring… The backup is checked first.</translation>
    </message>
    <message>
        <source>Restored. The records as they were just before are kept in the backup {name}.</source>
        <translation>Restored. The records as they were just before are kept in the backup {name}.</translation>
    </message>
</context>
<context>
    <name>BackupSection</name>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <source>Backup folder:</source>
        <translation>Backup folder:</translation>
    </message>
    <message>
        <source>Each backup is a new, dated copy of the database, checked after copying. A USB stick is a good place for it. Photos and scans are kept in the “attachments” folder next to the database: copy that folder too.</source>
        <translation>Each backup is a new, dated copy of the database, checked after copying. A USB stick is a good place for it. Photos and scans are kept in the “attachments” folder next to the database: copy that folder too.</translation>
    </message>
    <message>
        <source>The database is on a database server: back it up with the server&apos;s own tools.</source>
        <translation>The database is on a database server: back it up with the server&apos;s own tools.</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>Choose the backup folder</translation>
    </message>
    <message>
        <source>Choose the folder to put the backup in first.</source>
        <translation>Choose the folder to put the backup in first.</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <source>Backed up to {path} ({size}); the copy passed its check.</source>
        <translation>Backed up to {path} ({size}); the copy passed its check.</translation>
    </message>
    <message>
        <source>The copy failed its check and was deleted. Try another folder or USB stick.</source>
        <translation>The copy failed its check and was deleted. Try another folder or USB stick.</translation>
    </message>
    <message>
        <source>The backup could not be written there ({detail}). Try another folder.</source>
        <translation>The backup could not be written there ({detail}). Try another folder.</translation>
    </message>
</context>
<context>
    <name>BudgetView</name>
    <message>
        <source>Budget line</source>
        <translation>Budget line</translation>
    </message>
    <message>
        <source>Spent against the rule</source>
        <translation>Spent against the rule</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Spent</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>Yuan. Personnel and evaluation/other may not go over their caps; service spending must reach its floor by the end of the project. A line turns amber at {near} % of its cap.</source>
        <translation>Yuan. Personnel and evaluation/other may not go over their caps; service spending must reach its floor by the end of the project. A line turns amber at {near} % of its cap.</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Change…</translation>
    </message>
    <message>
        <source>Total {total} yuan · budget lines {planned} yuan · spent {spent} yuan ({share} %)</source>
        <translation>Total {total} yuan · budget lines {planned} yuan · spent {spent} yuan ({share} %)</translation>
    </message>
    <message>
        <source>The budget keeps to the policy&apos;s caps and floor.</source>
        <translation>The budget keeps to the policy&apos;s caps and floor.</translation>
    </message>
    <message>
        <source>at most {amount}</source>
        <translation>at most {amount}</translation>
    </message>
    <message>
        <source>{amount} over</source>
        <translation>{amount} over</translation>
    </message>
    <message>
        <source>at least {amount}</source>
        <translation>at least {amount}</translation>
    </message>
    <message>
        <source>{amount} to go</source>
        <translation>{amount} to go</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>reached</translation>
    </message>
</context>
<context>
    <name>BudgetWarnings</name>
    <message>
        <source>{kind}: {spent} yuan spent, over the cap of {cap} yuan by {over} yuan.</source>
        <translation>{kind}: {spent} yuan spent, over the cap of {cap} yuan by {over} yuan.</translation>
    </message>
    <message>
        <source>{kind}: {spent} yuan spent, close to the cap of {cap} yuan; {left} yuan left.</source>
        <translation>{kind}: {spent} yuan spent, close to the cap of {cap} yuan; {left} yuan left.</translation>
    </message>
    <message>
        <source>{kind}: only {spent} yuan spent, below the minimum of {floor} yuan by {missing} yuan.</source>
        <translation>{kind}: only {spent} yuan spent, below the minimum of {floor} yuan by {missing} yuan.</translation>
    </message>
    <message>
        <source>{kind}: {spent} yuan spent so far; at least {floor} yuan must be spent by the end ({missing} yuan to go).</source>
        <translation>{kind}: {spent} yuan spent so far; at least {floor} yuan must be spent by the end ({missing} yuan to go).</translation>
    </message>
    <message>
        <source>The budget lines add up to {planned} yuan, more than the project&apos;s {total} yuan.</source>
        <translation>The budget lines add up to {planned} yuan, more than the project&apos;s {total} yuan.</translation>
    </message>
    <message>
        <source>{kind}: {planned} yuan planned, more than the cap of {cap} yuan.</source>
        <translation>{kind}: {planned} yuan planned, more than the cap of {cap} yuan.</translation>
    </message>
    <message>
        <source>{kind}: {planned} yuan planned, less than the minimum of {floor} yuan.</source>
        <translation>{kind}: {planned} yuan planned, less than the minimum of {floor} yuan.</translation>
    </message>
    <message>
        <source>With this expense, “{kind}” would come to {spent} yuan: over its cap of {cap} yuan by {over} yuan.</source>
        <translation>With this expense, “{kind}” would come to {spent} yuan: over its cap of {cap} yuan by {over} yuan.</translation>
    </message>
    <message>
        <source>With this expense, “{kind}” would come to {spent} yuan: close to its cap of {cap} yuan, with only {left} yuan left.</source>
        <translation>With this expense, “{kind}” would come to {spent} yuan: close to its cap of {cap} yuan, with only {left} yuan left.</translation>
    </message>
    <message>
        <source>Only {count} full-time staff; the project needs at least {minimum}.</source>
        <translation>Only {count} full-time staff; the project needs at least {minimum}.</translation>
    </message>
    <message>
        <source>No full-time staff member holds a social-work certificate with at least {years} years of practice; at least one is needed.</source>
        <translation>No full-time staff member holds a social-work certificate with at least {years} years of practice; at least one is needed.</translation>
    </message>
    <message>
        <source>{name} is also full-time staff on another project this year.</source>
        <translation>{name} is also full-time staff on another project this year.</translation>
    </message>
</context>
<context>
    <name>BundleStatus</name>
    <message>
        <source>Last bundle: No. {sequence} sent to {peer} on {when}</source>
        <translation>Last bundle: No. {sequence} sent to {peer} on {when}</translation>
    </message>
    <message>
        <source>Last bundle: No. {sequence} received from {peer} on {when}</source>
        <translation>Last bundle: No. {sequence} received from {peer} on {when}</translation>
    </message>
</context>
<context>
    <name>CaseSpec</name>
    <message>
        <source>New case study</source>
        <translation>New case study</translation>
    </message>
    <message>
        <source>Edit case study</source>
        <translation>Edit case study</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organization</translation>
    </message>
    <message>
        <source>The organization the case is about (type part of the name)</source>
        <translation>The organization the case is about (type part of the name)</translation>
    </message>
    <message>
        <source>Written on</source>
        <translation>Written on</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Author</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Background</translation>
    </message>
    <message>
        <source>The need or problem the organization met</source>
        <translation>The need or problem the organization met</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Process</translation>
    </message>
    <message>
        <source>What the organization did, step by step</source>
        <translation>What the organization did, step by step</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>What changed, with numbers where possible</source>
        <translation>What changed, with numbers where possible</translation>
    </message>
    <message>
        <source>Case studies</source>
        <translation>Case studies</translation>
    </message>
    <message>
        <source>(none given)</source>
        <translation>(none given)</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>Title, author, organization or any words of the case</source>
        <translation>Title, author, organization or any words of the case</translation>
    </message>
    <message>
        <source>Organization:</source>
        <translation>Organization:</translation>
    </message>
    <message>
        <source>All organizations</source>
        <translation>All organizations</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>Month:</translation>
    </message>
    <message>
        <source>All months</source>
        <translation>All months</translation>
    </message>
    <message>
        <source>No case studies written yet. Press “New…” (Ctrl+N) to write one; a base writes at least three a year. Photos go beside it.</source>
        <translation>No case studies written yet. Press “New…” (Ctrl+N) to write one; a base writes at least three a year. Photos go beside it.</translation>
    </message>
    <message>
        <source>No case study matches these filters.</source>
        <translation>No case study matches these filters.</translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Another document, e.g. 党建工作承诺书</source>
        <translation>Another document, e.g. 党建工作承诺书</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Choose a case on the left to see and tick off its documents.</source>
        <translation>Choose a case on the left to see and tick off its documents.</translation>
    </message>
    <message>
        <source>Checked: {done}/{total}</source>
        <translation>Checked: {done}/{total}</translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <source>When the same record was changed on two computers of one site, the newer change is kept and the other is set aside here, so nothing is lost silently.</source>
        <translation>When the same record was changed on two computers of one site, the newer change is kept and the other is set aside here, so nothing is lost silently.</translation>
    </message>
    <message>
        <source>Mark all as seen</source>
        <translation>Mark all as seen</translation>
    </message>
    <message>
        <source>{time}, device {device}</source>
        <translation>{time}, device {device}</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>Seen</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Found</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>Record type</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Version kept</source>
        <translation>Version kept</translation>
    </message>
    <message>
        <source>Version set aside</source>
        <translation>Version set aside</translation>
    </message>
    <message>
        <source>Not seen yet</source>
        <translation>Not seen yet</translation>
    </message>
    <message>
        <source>No conflicts so far.</source>
        <translation>No conflicts so far.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s), {unseen} not seen yet.</source>
        <translation>
            <numerusform>%n conflict, {unseen} not seen yet.</numerusform>
            <numerusform>%n conflicts, {unseen} not seen yet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContestDetailPage</name>
    <message>
        <source>← Back to the contests</source>
        <translation>← Back to the contests</translation>
    </message>
    <message>
        <source>Edit contest…</source>
        <translation>Edit contest…</translation>
    </message>
    <message>
        <source>New entry…</source>
        <translation>New entry…</translation>
    </message>
    <message>
        <source>Edit entry…</source>
        <translation>Edit entry…</translation>
    </message>
    <message>
        <source>Delete entry</source>
        <translation>Delete entry</translation>
    </message>
    <message>
        <source>No entries yet. Press “New entry…” to add the first project.</source>
        <translation>No entries yet. Press “New entry…” to add the first project.</translation>
    </message>
    <message>
        <source>Judges&apos; scores</source>
        <translation>Judges&apos; scores</translation>
    </message>
    <message>
        <source>Grant tranches</source>
        <translation>Grant tranches</translation>
    </message>
    <message numerus="yes">
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n project</numerusform>
            <numerusform>%n projects</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the entry “{title}”?</source>
        <translation>Delete the entry “{title}”?</translation>
    </message>
    <message>
        <source>Its scores stay recorded; you can undo this right away.</source>
        <translation>Its scores stay recorded; you can undo this right away.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Deleted the entry “{title}”.</source>
        <translation>Deleted the entry “{title}”.</translation>
    </message>
    <message>
        <source>Venture contests</source>
        <translation>Venture contests</translation>
    </message>
</context>
<context>
    <name>ContestRules</name>
    <message>
        <source>Composite score = expert score × {expert} % + pledge score × {pledge} % + vote score × {vote} %.</source>
        <translation>Composite score = expert score × {expert} % + pledge score × {pledge} % + vote score × {vote} %.</translation>
    </message>
    <message>
        <source>The expert score is the mean of the judges&apos; scores (out of 100).</source>
        <translation>The expert score is the mean of the judges&apos; scores (out of 100).</translation>
    </message>
    <message>
        <source>Pledges and votes are converted to a score out of 100 as a share of the highest value: the highest pledge ({pledge} yuan) and the most votes ({votes}) score 100.</source>
        <translation>Pledges and votes are converted to a score out of 100 as a share of the highest value: the highest pledge ({pledge} yuan) and the most votes ({votes}) score 100.</translation>
    </message>
    <message>
        <source>Every part and the composite are rounded to 2 decimals; rule flags do not change the ranking.</source>
        <translation>Every part and the composite are rounded to 2 decimals; rule flags do not change the ranking.</translation>
    </message>
    <message>
        <source>The organization already has {wins} winning projects in {year}; one organization may win at most {limit} a year.</source>
        <translation>The organization already has {wins} winning projects in {year}; one organization may win at most {limit} a year.</translation>
    </message>
    <message>
        <source>Only {count} direct beneficiaries; an entry must serve at least {minimum}.</source>
        <translation>Only {count} direct beneficiaries; an entry must serve at least {minimum}.</translation>
    </message>
    <message>
        <source>Only {judges} of the {panel} judges have scored this entry.</source>
        <translation>Only {judges} of the {panel} judges have scored this entry.</translation>
    </message>
    <message>
        <source>No judge has scored this entry yet.</source>
        <translation>No judge has scored this entry yet.</translation>
    </message>
    <message>
        <source>over {limit} wins a year</source>
        <translation>over {limit} wins a year</translation>
    </message>
    <message>
        <source>under {minimum} beneficiaries</source>
        <translation>under {minimum} beneficiaries</translation>
    </message>
    <message>
        <source>scores missing</source>
        <translation>scores missing</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>not scored</translation>
    </message>
</context>
<context>
    <name>ContestSpec</name>
    <message>
        <source>Experts, pledges and public votes; the three weights add up to 100.</source>
        <translation>Experts, pledges and public votes; the three weights add up to 100.</translation>
    </message>
    <message>
        <source>New venture contest</source>
        <translation>New venture contest</translation>
    </message>
    <message>
        <source>Edit venture contest</source>
        <translation>Edit venture contest</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Held on</translation>
    </message>
    <message>
        <source>Weight of expert scores</source>
        <translation>Weight of expert scores</translation>
    </message>
    <message>
        <source>Weight of pledges</source>
        <translation>Weight of pledges</translation>
    </message>
    <message>
        <source>Weight of public votes</source>
        <translation>Weight of public votes</translation>
    </message>
    <message>
        <source>Fewest direct beneficiaries</source>
        <translation>Fewest direct beneficiaries</translation>
    </message>
    <message>
        <source>Most winning projects per organization a year</source>
        <translation>Most winning projects per organization a year</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>New contest entry</source>
        <translation>New contest entry</translation>
    </message>
    <message>
        <source>Edit contest entry</source>
        <translation>Edit contest entry</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organization</translation>
    </message>
    <message>
        <source>Type part of the name</source>
        <translation>Type part of the name</translation>
    </message>
    <message>
        <source>Project title</source>
        <translation>Project title</translation>
    </message>
    <message>
        <source>Direct beneficiaries</source>
        <translation>Direct beneficiaries</translation>
    </message>
    <message>
        <source>Amount requested (yuan)</source>
        <translation>Amount requested (yuan)</translation>
    </message>
    <message>
        <source>Pledged donations (yuan)</source>
        <translation>Pledged donations (yuan)</translation>
    </message>
    <message>
        <source>Public votes</source>
        <translation>Public votes</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Grant (yuan)</source>
        <translation>Grant (yuan)</translation>
    </message>
    <message>
        <source>For winners: paid in tranches of 50 %, 30 % and 20 %.</source>
        <translation>For winners: paid in tranches of 50 %, 30 % and 20 %.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Venture contests</source>
        <translation>Venture contests</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Entries</translation>
    </message>
    <message>
        <source>Winners</source>
        <translation>Winners</translation>
    </message>
    <message>
        <source>Name or description</source>
        <translation>Name or description</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>All years</translation>
    </message>
    <message>
        <source>No venture contests yet. Press “New…” (Ctrl+N) to set one up, then open it to add entries and scores.</source>
        <translation>No venture contests yet. Press “New…” (Ctrl+N) to set one up, then open it to add entries and scores.</translation>
    </message>
    <message>
        <source>No contest matches these filters.</source>
        <translation>No contest matches these filters.</translation>
    </message>
</context>
<context>
    <name>ContestsPage</name>
    <message>
        <source>Open contest</source>
        <translation>Open contest</translation>
    </message>
    <message>
        <source>Entries, scores, ranking and tranches (Enter)</source>
        <translation>Entries, scores, ranking and tranches (Enter)</translation>
    </message>
</context>
<context>
    <name>CorruptionDialog</name>
    <message>
        <source>The database is damaged</source>
        <translation>The database is damaged</translation>
    </message>
    <message>
        <source>The database file is damaged, so the program will not open it: working on it could lose more records.

{path}</source>
        <translation>The database file is damaged, so the program will not open it: working on it could lose more records.

{path}</translation>
    </message>
    <message>
        <source>The newest good backup was made on {when}. Restoring it brings the records back as they were then; anything entered after that must be entered again. The damaged file is kept in the backups folder for technical help.</source>
        <translation>The newest good backup was made on {when}. Restoring it brings the records back as they were then; anything entered after that must be entered again. The damaged file is kept in the backups folder for technical help.</translation>
    </message>
    <message>
        <source>Restore the backup of {when}</source>
        <translation>Restore the backup of {when}</translation>
    </message>
    <message>
        <source>No good backup was found in {folder}. Do not delete anything; ask for technical help, and bring any backup copies you have (for example on a USB stick).</source>
        <translation>No good backup was found in {folder}. Do not delete anything; ask for technical help, and bring any backup copies you have (for example on a USB stick).</translation>
    </message>
    <message>
        <source>Close the program</source>
        <translation>Close the program</translation>
    </message>
</context>
<context>
    <name>DataFolderSection</name>
    <message>
        <source>Choose a complete folder path, such as D:\孵化基地数据.</source>
        <translation>Choose a complete folder path, such as D:\孵化基地数据.</translation>
    </message>
    <message>
        <source>This is a file, not a folder. Choose a folder.</source>
        <translation>This is a file, not a folder. Choose a folder.</translation>
    </message>
    <message>
        <source>This folder is on removable storage (a USB stick or memory card), where the database can be damaged when the stick is pulled out. Choose a folder on this computer&apos;s own disk. Nothing was changed.</source>
        <translation>This folder is on removable storage (a USB stick or memory card), where the database can be damaged when the stick is pulled out. Choose a folder on this computer&apos;s own disk. Nothing was changed.</translation>
    </message>
    <message>
        <source>This folder is a shared network folder, where the database can be damaged when the network drops. Choose a folder on this computer&apos;s own disk. Nothing was changed.</source>
        <translation>This folder is a shared network folder, where the database can be damaged when the network drops. Choose a folder on this computer&apos;s own disk. Nothing was changed.</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <source>Database in use: {path}</source>
        <translation>Database in use: {path}</translation>
    </message>
    <message>
        <source>The database is on a database server, not in a folder of this computer.</source>
        <translation>The database is on a database server, not in a folder of this computer.</translation>
    </message>
    <message>
        <source>The program&apos;s standard folder</source>
        <translation>The program&apos;s standard folder</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Use this folder</source>
        <translation>Use this folder</translation>
    </message>
    <message>
        <source>Use the standard folder</source>
        <translation>Use the standard folder</translation>
    </message>
    <message>
        <source>Only a folder on this computer&apos;s own disk: never a USB stick or a network folder. A change takes effect the next time the program starts. The records are not moved: to keep using them, put a backup of the database into the new folder under the name {file} before restarting.</source>
        <translation>Only a folder on this computer&apos;s own disk: never a USB stick or a network folder. A change takes effect the next time the program starts. The records are not moved: to keep using them, put a backup of the database into the new folder under the name {file} before restarting.</translation>
    </message>
    <message>
        <source>Choose the data folder</source>
        <translation>Choose the data folder</translation>
    </message>
    <message>
        <source>Saved. From the next start the program uses {path}.</source>
        <translation>Saved. From the next start the program uses {path}.</translation>
    </message>
    <message>
        <source>Saved. From the next start the program uses its standard folder.</source>
        <translation>Saved. From the next start the program uses its standard folder.</translation>
    </message>
</context>
<context>
    <name>DatabaseRefusal</name>
    <message>
        <source>This database file contains triggers or views that this program did not create; it may have been tampered with, so it was not opened. Use your own database or a backup made by this program. The file was not changed.</source>
        <translation>This database file contains triggers or views that this program did not create; it may have been tampered with, so it was not opened. Use your own database or a backup made by this program. The file was not changed.</translation>
    </message>
    <message>
        <source>This database is already open in another window of the program. Switch to that window, or close it and try again. Two windows on one database could overwrite each other&apos;s work.</source>
        <translation>This database is already open in another window of the program. Switch to that window, or close it and try again. Two windows on one database could overwrite each other&apos;s work.</translation>
    </message>
    <message>
        <source>The database file is damaged ({detail}). Restore the newest good backup (Settings → Automatic backups), or ask for technical help.</source>
        <translation>The database file is damaged ({detail}). Restore the newest good backup (Settings → Automatic backups), or ask for technical help.</translation>
    </message>
    <message>
        <source>The database file is damaged. Restore the newest good backup (Settings → Automatic backups), or ask for technical help.</source>
        <translation>The database file is damaged. Restore the newest good backup (Settings → Automatic backups), or ask for technical help.</translation>
    </message>
    <message>
        <source>Before this change the program makes a backup copy, and the copy could not be made or failed its check ({detail}). Nothing was changed. Check that the disk has free space and try again.</source>
        <translation>Before this change the program makes a backup copy, and the copy could not be made or failed its check ({detail}). Nothing was changed. Check that the disk has free space and try again.</translation>
    </message>
    <message>
        <source>Before this change the program makes a backup copy, and the copy could not be made or failed its check. Nothing was changed. Check that the disk has free space and try again.</source>
        <translation>Before this change the program makes a backup copy, and the copy could not be made or failed its check. Nothing was changed. Check that the disk has free space and try again.</translation>
    </message>
    <message>
        <source>This file is not a backup that can be read. Choose another backup. Nothing was changed.</source>
        <translation>This file is not a backup that can be read. Choose another backup. Nothing was changed.</translation>
    </message>
    <message>
        <source>This backup is damaged and cannot be restored. Choose another one. Nothing was changed.</source>
        <translation>This backup is damaged and cannot be restored. Choose another one. Nothing was changed.</translation>
    </message>
    <message>
        <source>This file is not a backup made by this program, so for safety it is not restored. Nothing was changed.</source>
        <translation>This file is not a backup made by this program, so for safety it is not restored. Nothing was changed.</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of the program. Install the newer version first. Nothing was changed.</source>
        <translation>This backup was made by a newer version of the program. Install the newer version first. Nothing was changed.</translation>
    </message>
    <message>
        <source>The restore did not complete ({detail}). The data as it was before is kept in the backups folder. Ask for technical help.</source>
        <translation>The restore did not complete ({detail}). The data as it was before is kept in the backups folder. Ask for technical help.</translation>
    </message>
    <message>
        <source>The restore did not complete. The data as it was before is kept in the backups folder. Ask for technical help.</source>
        <translation>The restore did not complete. The data as it was before is kept in the backups folder. Ask for technical help.</translation>
    </message>
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
    <name>DistrictPage</name>
    <message>
        <source>Year </source>
        <extracomment>Scopes whose change means the overview must be read again.</extracomment>
        <translation>Year </translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Export city-bureau workbook…</source>
        <translation>Export city-bureau workbook…</translation>
    </message>
    <message>
        <source>Print summary report</source>
        <translation>Print summary report</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>Township</translation>
    </message>
    <message>
        <source>Division code</source>
        <translation>Division code</translation>
    </message>
    <message>
        <source>Met (green)</source>
        <translation>Met (green)</translation>
    </message>
    <message>
        <source>Close (amber)</source>
        <translation>Close (amber)</translation>
    </message>
    <message>
        <source>Not met (red)</source>
        <translation>Not met (red)</translation>
    </message>
    <message>
        <source>Community coverage</source>
        <translation>Community coverage</translation>
    </message>
    <message>
        <source>Last bundle received</source>
        <translation>Last bundle received</translation>
    </message>
    <message>
        <source>Missing bundles</source>
        <translation>Missing bundles</translation>
    </message>
    <message>
        <source>Approved months</source>
        <translation>Approved months</translation>
    </message>
    <message>
        <source>No township has sent a bundle to this district yet.</source>
        <translation>No township has sent a bundle to this district yet.</translation>
    </message>
    <message>
        <source>Approver&apos;s name</source>
        <translation>Approver&apos;s name</translation>
    </message>
    <message>
        <source>Approve this month</source>
        <translation>Approve this month</translation>
    </message>
    <message>
        <source>Month approval (select a township above)</source>
        <translation>Month approval (select a township above)</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Problem found</source>
        <translation>Problem found</translation>
    </message>
    <message>
        <source>No cross-township problems found for this year.</source>
        <translation>No cross-township problems found for this year.</translation>
    </message>
    <message>
        <source>Requested on</source>
        <translation>Requested on</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>No re-open request is waiting.</source>
        <translation>No re-open request is waiting.</translation>
    </message>
    <message>
        <source>Agree</source>
        <translation>Agree</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>Refuse</translation>
    </message>
    <message>
        <source>Evaluate this township…</source>
        <translation>Evaluate this township…</translation>
    </message>
    <message>
        <source>View its indicators…</source>
        <translation>View its indicators…</translation>
    </message>
    <message>
        <source>Selected township:</source>
        <translation>Selected township:</translation>
    </message>
    <message>
        <source>Townships</source>
        <translation>Townships</translation>
    </message>
    <message>
        <source>Cross-checks</source>
        <translation>Cross-checks</translation>
    </message>
    <message>
        <source>Re-open requests</source>
        <translation>Re-open requests</translation>
    </message>
    <message>
        <source>Annual evaluation</source>
        <translation>Annual evaluation</translation>
    </message>
    <message>
        <source>Reading the townships&apos; figures…</source>
        <translation>Reading the townships&apos; figures…</translation>
    </message>
    <message>
        <source>{value}% of {total} communities (goal {goal}%: {verdict})</source>
        <translation>{value}% of {total} communities (goal {goal}%: {verdict})</translation>
    </message>
    <message>
        <source>met</source>
        <translation>met</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>not met</translation>
    </message>
    <message>
        <source>None received yet</source>
        <translation>None received yet</translation>
    </message>
    <message>
        <source>No. {number}, {when}</source>
        <translation>No. {number}, {when}</translation>
    </message>
    <message>
        <source>Missing No. {numbers}</source>
        <translation>Missing No. {numbers}</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>{count} met</source>
        <translation>{count} met</translation>
    </message>
    <message>
        <source>{count} close</source>
        <translation>{count} close</translation>
    </message>
    <message>
        <source>{count} not met</source>
        <translation>{count} not met</translation>
    </message>
    <message>
        <source>Select a township in the table first.</source>
        <translation>Select a township in the table first.</translation>
    </message>
    <message>
        <source>{month} of {name} is approved; it travels in the next bundle.</source>
        <translation>{month} of {name} is approved; it travels in the next bundle.</translation>
    </message>
    <message>
        <source>Select a re-open request first.</source>
        <translation>Select a re-open request first.</translation>
    </message>
    <message>
        <source>The request was answered.</source>
        <translation>The request was answered.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>city-bureau-summary-{year}.xlsx</source>
        <translation>city-bureau-summary-{year}.xlsx</translation>
    </message>
    <message>
        <source>Export city-bureau workbook</source>
        <translation>Export city-bureau workbook</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing the workbook…</source>
        <translation>Writing the workbook…</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>Saved to {path}</translation>
    </message>
    <message>
        <source>Preparing the summary report…</source>
        <translation>Preparing the summary report…</translation>
    </message>
    <message>
        <source>Summary report preview</source>
        <translation>Summary report preview</translation>
    </message>
</context>
<context>
    <name>DrillDownPanel</name>
    <message numerus="yes">
        <source>One step short: filed, %n activity(ies) in the period; one more makes it count.</source>
        <translation>
            <numerusform>One step short: filed, %n activity(ies) in the period; one more makes it count.</numerusform>
            <numerusform>One step short: filed, %n activity(ies) in the period; one more makes it count.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>One step short: %n activity(ies) in the period; filing with the township makes it count.</source>
        <translation>
            <numerusform>One step short: %n activity(ies) in the period; filing with the township makes it count.</numerusform>
            <numerusform>One step short: %n activity(ies) in the period; filing with the township makes it count.</numerusform>
        </translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Choose an indicator</source>
        <translation>Choose an indicator</translation>
    </message>
    <message>
        <source>Click a row of the table to see its rule and the records behind its number.</source>
        <translation>Click a row of the table to see its rule and the records behind its number.</translation>
    </message>
    <message>
        <source>Achieved {value} · target {target} · {status}</source>
        <translation>Achieved {value} · target {target} · {status}</translation>
    </message>
    <message>
        <source>Rule: {rule}</source>
        <translation>Rule: {rule}</translation>
    </message>
    <message>
        <source>Only the total is shown for this indicator: the records behind it are sensitive or summed.</source>
        <translation>Only the total is shown for this indicator: the records behind it are sensitive or summed.</translation>
    </message>
    <message>
        <source>Loading the records…</source>
        <translation>Loading the records…</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <source>No records of {kind} are behind this number in this period.</source>
        <translation>No records of {kind} are behind this number in this period.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) of {kind} behind this number.</source>
        <translation>
            <numerusform>%n record of {kind} behind this number.</numerusform>
            <numerusform>%n records of {kind} behind this number.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organization(s) one step short are listed after them.</source>
        <translation>
            <numerusform>%n organization one step short are listed after them.</numerusform>
            <numerusform>%n organizations one step short are listed after them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click one to open it.</source>
        <translation>Double-click one to open it.</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>This field must be filled in.</source>
        <translation>This field must be filled in.</translation>
    </message>
    <message>
        <source>Too long: at most {max} characters.</source>
        <translation>Too long: at most {max} characters.</translation>
    </message>
    <message>
        <source>Too long; please shorten it.</source>
        <translation>Too long; please shorten it.</translation>
    </message>
    <message>
        <source>Please choose one of the offered values.</source>
        <translation>Please choose one of the offered values.</translation>
    </message>
    <message>
        <source>Must not be negative; enter 0 or more.</source>
        <translation>Must not be negative; enter 0 or more.</translation>
    </message>
    <message>
        <source>Must be between {low} and {high}.</source>
        <translation>Must be between {low} and {high}.</translation>
    </message>
    <message>
        <source>The number is outside the allowed range.</source>
        <translation>The number is outside the allowed range.</translation>
    </message>
    <message>
        <source>The three weights must add up to 100; now they add up to {total}.</source>
        <translation>The three weights must add up to 100; now they add up to {total}.</translation>
    </message>
    <message>
        <source>The three weights must add up to 100.</source>
        <translation>The three weights must add up to 100.</translation>
    </message>
    <message>
        <source>“{value}” is not a date; write it like 2024-05-01.</source>
        <translation>“{value}” is not a date; write it like 2024-05-01.</translation>
    </message>
    <message>
        <source>Not a date; write it like 2024-05-01.</source>
        <translation>Not a date; write it like 2024-05-01.</translation>
    </message>
    <message>
        <source>This date is later than today; please check it.</source>
        <translation>This date is later than today; please check it.</translation>
    </message>
    <message>
        <source>This date is earlier than the date it must follow; please check it.</source>
        <translation>This date is earlier than the date it must follow; please check it.</translation>
    </message>
    <message>
        <source>“{value}” is not a number.</source>
        <translation>“{value}” is not a number.</translation>
    </message>
    <message>
        <source>Not a number.</source>
        <translation>Not a number.</translation>
    </message>
    <message>
        <source>Not a phone number: enter an 11-digit mobile number, or a landline with its area code (like 0998-1234567).</source>
        <translation>Not a phone number: enter an 11-digit mobile number, or a landline with its area code (like 0998-1234567).</translation>
    </message>
    <message>
        <source>A unified social credit code has 18 characters; this one has {length}.</source>
        <translation>A unified social credit code has 18 characters; this one has {length}.</translation>
    </message>
    <message>
        <source>A unified social credit code has 18 characters.</source>
        <translation>A unified social credit code has 18 characters.</translation>
    </message>
    <message>
        <source>A credit code cannot contain “{char}”: only digits and capital letters (not I, O, Z, S, V).</source>
        <translation>A credit code cannot contain “{char}”: only digits and capital letters (not I, O, Z, S, V).</translation>
    </message>
    <message>
        <source>A credit code uses only digits and capital letters (not I, O, Z, S, V).</source>
        <translation>A credit code uses only digits and capital letters (not I, O, Z, S, V).</translation>
    </message>
    <message>
        <source>The credit code&apos;s last character is wrong (it should be {expected}); please check it.</source>
        <translation>The credit code&apos;s last character is wrong (it should be {expected}); please check it.</translation>
    </message>
    <message>
        <source>The credit code&apos;s last character is wrong; please check it.</source>
        <translation>The credit code&apos;s last character is wrong; please check it.</translation>
    </message>
    <message>
        <source>An ID number has 18 characters; this one has {length}.</source>
        <translation>An ID number has 18 characters; this one has {length}.</translation>
    </message>
    <message>
        <source>An ID number has 18 characters.</source>
        <translation>An ID number has 18 characters.</translation>
    </message>
    <message>
        <source>An ID number cannot contain “{char}”: 17 digits, then a digit or X.</source>
        <translation>An ID number cannot contain “{char}”: 17 digits, then a digit or X.</translation>
    </message>
    <message>
        <source>An ID number is 17 digits, then a digit or X.</source>
        <translation>An ID number is 17 digits, then a digit or X.</translation>
    </message>
    <message>
        <source>The region code “{region}” at the start of the ID number does not exist.</source>
        <translation>The region code “{region}” at the start of the ID number does not exist.</translation>
    </message>
    <message>
        <source>The region code at the start of the ID number does not exist.</source>
        <translation>The region code at the start of the ID number does not exist.</translation>
    </message>
    <message>
        <source>The birth date “{birthdate}” in the ID number is not possible.</source>
        <translation>The birth date “{birthdate}” in the ID number is not possible.</translation>
    </message>
    <message>
        <source>The birth date in the ID number is not possible.</source>
        <translation>The birth date in the ID number is not possible.</translation>
    </message>
    <message>
        <source>The ID number&apos;s last character is wrong (it should be {expected}); please check it.</source>
        <translation>The ID number&apos;s last character is wrong (it should be {expected}); please check it.</translation>
    </message>
    <message>
        <source>The ID number&apos;s last character is wrong; please check it.</source>
        <translation>The ID number&apos;s last character is wrong; please check it.</translation>
    </message>
    <message>
        <source>A division code has 6, 9 or 12 digits.</source>
        <translation>A division code has 6, 9 or 12 digits.</translation>
    </message>
    <message>
        <source>“{value}” is already recorded; do not enter it twice.</source>
        <translation>“{value}” is already recorded; do not enter it twice.</translation>
    </message>
    <message>
        <source>This is already recorded; do not enter it twice.</source>
        <translation>This is already recorded; do not enter it twice.</translation>
    </message>
    <message>
        <source>The chosen record no longer exists; please choose again.</source>
        <translation>The chosen record no longer exists; please choose again.</translation>
    </message>
    <message>
        <source>This record belongs to another site ({owner}) and cannot be changed here.</source>
        <translation>This record belongs to another site ({owner}) and cannot be changed here.</translation>
    </message>
    <message>
        <source>This record belongs to another site and cannot be changed here.</source>
        <translation>This record belongs to another site and cannot be changed here.</translation>
    </message>
    <message>
        <source>This computer has not been set up yet, so nothing can be saved.</source>
        <translation>This computer has not been set up yet, so nothing can be saved.</translation>
    </message>
    <message>
        <source>The file could not be read completely; copy it to this computer and try again.</source>
        <translation>The file could not be read completely; copy it to this computer and try again.</translation>
    </message>
    <message>
        <source>Only photos (JPG, PNG…) and scans (PDF) can be attached.</source>
        <translation>Only photos (JPG, PNG…) and scans (PDF) can be attached.</translation>
    </message>
    <message>
        <source>Some entries need correcting; nothing was saved.</source>
        <translation>Some entries need correcting; nothing was saved.</translation>
    </message>
    <message>
        <source>The disk is full, so nothing was saved. Free some disk space (for example, empty the recycle bin) and try again.</source>
        <translation>The disk is full, so nothing was saved. Free some disk space (for example, empty the recycle bin) and try again.</translation>
    </message>
    <message>
        <source>The disk could not be read or written, so nothing was saved. Try again; if it keeps happening, have the computer&apos;s hard disk checked.</source>
        <translation>The disk could not be read or written, so nothing was saved. Try again; if it keeps happening, have the computer&apos;s hard disk checked.</translation>
    </message>
    <message>
        <source>The program could not do this (code {code}). Nothing was saved.</source>
        <translation>The program could not do this (code {code}). Nothing was saved.</translation>
    </message>
    <message>
        <source>The program could not do this. Nothing was saved.</source>
        <translation>The program could not do this. Nothing was saved.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>EvaluationForm</name>
    <message>
        <source> (year)</source>
        <extracomment>The scope announced after an evaluation is saved (the model&apos;s table).</extracomment>
        <translation> (year)</translation>
    </message>
    <message>
        <source>Township:</source>
        <translation>Township:</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <source>Strengths, shortcomings, what to improve next year</source>
        <translation>Strengths, shortcomings, what to improve next year</translation>
    </message>
    <message>
        <source>Name of the evaluator</source>
        <translation>Name of the evaluator</translation>
    </message>
    <message>
        <source>Comments:</source>
        <translation>Comments:</translation>
    </message>
    <message>
        <source>Evaluator:</source>
        <translation>Evaluator:</translation>
    </message>
    <message>
        <source>Fill empty scores with the suggestions</source>
        <translation>Fill empty scores with the suggestions</translation>
    </message>
    <message>
        <source>Save evaluation</source>
        <translation>Save evaluation</translation>
    </message>
    <message>
        <source>Export evaluation workbook…</source>
        <translation>Export evaluation workbook…</translation>
    </message>
    <message>
        <source>The city-bureau workbook: every township&apos;s scores, grade and comments</source>
        <translation>The city-bureau workbook: every township&apos;s scores, grade and comments</translation>
    </message>
    <message>
        <source>Print summary</source>
        <translation>Print summary</translation>
    </message>
    <message>
        <source>Reading the townships…</source>
        <translation>Reading the townships…</translation>
    </message>
    <message>
        <source>{name} ({code})</source>
        <translation>{name} ({code})</translation>
    </message>
    <message>
        <source>No township is known to this district yet: import a township&apos;s bundle first.</source>
        <translation>No township is known to this district yet: import a township&apos;s bundle first.</translation>
    </message>
    <message>
        <source>Reading the township&apos;s figures…</source>
        <translation>Reading the township&apos;s figures…</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <source>Basis, and what the records show</source>
        <translation>Basis, and what the records show</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Suggested</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Not evaluated yet for this year.</source>
        <translation>Not evaluated yet for this year.</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <source>Saved on {day} by {evaluator}: {total} points, {grade}.</source>
        <translation>Saved on {day} by {evaluator}: {total} points, {grade}.</translation>
    </message>
    <message>
        <source>Unsaved scores</source>
        <translation>Unsaved scores</translation>
    </message>
    <message>
        <source>The scores typed in have not been saved. Discard them?</source>
        <translation>The scores typed in have not been saved. Discard them?</translation>
    </message>
    <message>
        <source>Total {total} / {full} · {grade} ({filled} of {count} scored)</source>
        <translation>Total {total} / {full} · {grade} ({filled} of {count} scored)</translation>
    </message>
    <message>
        <source>Excellent</source>
        <translation>Excellent</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Good</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Pass</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Fail</translation>
    </message>
    <message numerus="yes">
        <source>%n score(s) filled with the suggestion; check them before saving.</source>
        <translation>
            <numerusform>%n score filled with the suggestion; check them before saving.</numerusform>
            <numerusform>%n scores filled with the suggestion; check them before saving.</numerusform>
        </translation>
    </message>
    <message>
        <source>No empty score has a suggestion: the rest are scored by hand.</source>
        <translation>No empty score has a suggestion: the rest are scored by hand.</translation>
    </message>
    <message numerus="yes">
        <source>%n score(s) need correcting; nothing was saved.</source>
        <translation>
            <numerusform>%n score need correcting; nothing was saved.</numerusform>
            <numerusform>%n scores need correcting; nothing was saved.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Saved the {year} evaluation of {name}: {total} points, {grade}.</source>
        <translation>Saved the {year} evaluation of {name}: {total} points, {grade}.</translation>
    </message>
    <message>
        <source>{label}: {value}</source>
        <translation>{label}: {value}</translation>
    </message>
    <message>
        <source>{label}: {value} (target {target}) {status}</source>
        <translation>{label}: {value} (target {target}) {status}</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) at most</source>
        <translation>
            <numerusform>%n point at most</numerusform>
            <numerusform>%n points at most</numerusform>
        </translation>
    </message>
    <message>
        <source>Scored by the evaluator: the records hold no figure for this.</source>
        <translation>Scored by the evaluator: the records hold no figure for this.</translation>
    </message>
    <message>
        <source>In proportion to how far the figures reached their targets; a suggestion only.</source>
        <translation>In proportion to how far the figures reached their targets; a suggestion only.</translation>
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
        <translation>Budget cap</translation>
    </message>
    <message>
        <source>This expense would take the budget line over its cap.</source>
        <translation>This expense would take the budget line over its cap.</translation>
    </message>
    <message>
        <source>This expense brings the budget line close to its cap.</source>
        <translation>This expense brings the budget line close to its cap.</translation>
    </message>
    <message>
        <source>Save it anyway, or go back and correct the amount or the line?</source>
        <translation>Save it anyway, or go back and correct the amount or the line?</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Save anyway</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Go back</translation>
    </message>
</context>
<context>
    <name>ExpenseSpec</name>
    <message>
        <source>New expense</source>
        <translation>New expense</translation>
    </message>
    <message>
        <source>Edit expense</source>
        <translation>Edit expense</translation>
    </message>
    <message>
        <source>Spent on</source>
        <translation>Spent on</translation>
    </message>
    <message>
        <source>Budget line</source>
        <translation>Budget line</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <source>What for</source>
        <translation>What for</translation>
    </message>
    <message>
        <source>Paid to (person)</source>
        <translation>Paid to (person)</translation>
    </message>
    <message>
        <source>For wages and fees: the person paid</source>
        <translation>For wages and fees: the person paid</translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation>Expenses</translation>
    </message>
    <message>
        <source>Paid to</source>
        <translation>Paid to</translation>
    </message>
    <message>
        <source>What for, or who was paid</source>
        <translation>What for, or who was paid</translation>
    </message>
    <message>
        <source>Line:</source>
        <translation>Line:</translation>
    </message>
    <message>
        <source>All lines</source>
        <translation>All lines</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>Month:</translation>
    </message>
    <message>
        <source>All months</source>
        <translation>All months</translation>
    </message>
    <message>
        <source>No expenses recorded for this project yet. Press “New…” to add one.</source>
        <translation>No expenses recorded for this project yet. Press “New…” to add one.</translation>
    </message>
    <message>
        <source>No expense matches these filters.</source>
        <translation>No expense matches these filters.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export the organization roster</source>
        <translation>Export the organization roster</translation>
    </message>
    <message>
        <source>Blank roster template</source>
        <translation>Blank roster template</translation>
    </message>
    <message>
        <source>Export the ledger</source>
        <translation>Export the ledger</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>From:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>To:</translation>
    </message>
    <message>
        <source>Show full phone and ID numbers</source>
        <translation>Show full phone and ID numbers</translation>
    </message>
    <message>
        <source>Full phone and ID numbers will be written into the workbook, and this will be recorded in the audit log. Keep the file safe and delete it when it is no longer needed.</source>
        <translation>Full phone and ID numbers will be written into the workbook, and this will be recorded in the audit log. Keep the file safe and delete it when it is no longer needed.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Save to:</source>
        <translation>Save to:</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Open the folder</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Organization roster {date}.xlsx</source>
        <translation>Organization roster {date}.xlsx</translation>
    </message>
    <message>
        <source>Roster template.xlsx</source>
        <translation>Roster template.xlsx</translation>
    </message>
    <message>
        <source>Ledger {date}.xlsx</source>
        <translation>Ledger {date}.xlsx</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing the workbook…</source>
        <translation>Writing the workbook…</translation>
    </message>
    <message>
        <source>The blank template was written to {path}</source>
        <translation>The blank template was written to {path}</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to {path}</source>
        <translation>
            <numerusform>%n row written to {path}</numerusform>
            <numerusform>%n rows written to {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportPanel</name>
    <message>
        <source>A bundle carries every change the other site has not confirmed yet, signed by this site and locked so that only the recipient can open it. A lost USB stick does no harm: the next bundle carries the same changes again.</source>
        <translation>A bundle carries every change the other site has not confirmed yet, signed by this site and locked so that only the recipient can open it. A lost USB stick does no harm: the next bundle carries the same changes again.</translation>
    </message>
    <message>
        <source>Look again</source>
        <translation>Look again</translation>
    </message>
    <message>
        <source>Look for USB sticks again (after plugging one in)</source>
        <translation>Look for USB sticks again (after plugging one in)</translation>
    </message>
    <message>
        <source>Send to:</source>
        <translation>Send to:</translation>
    </message>
    <message>
        <source>USB stick:</source>
        <translation>USB stick:</translation>
    </message>
    <message>
        <source>Export to the USB stick</source>
        <translation>Export to the USB stick</translation>
    </message>
    <message>
        <source>Export to another folder…</source>
        <translation>Export to another folder…</translation>
    </message>
    <message>
        <source>Make a restore bundle for a township…</source>
        <translation>Make a restore bundle for a township…</translation>
    </message>
    <message>
        <source>Rebuilds a township whose computer died, from what the district holds</source>
        <translation>Rebuilds a township whose computer died, from what the district holds</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Make this site&apos;s keys now</source>
        <translation>Make this site&apos;s keys now</translation>
    </message>
    <message>
        <source>{name} ({code})</source>
        <translation>{name} ({code})</translation>
    </message>
    <message>
        <source>The district civil-affairs bureau ({code})</source>
        <translation>The district civil-affairs bureau ({code})</translation>
    </message>
    <message>
        <source>No other site&apos;s keys are enrolled yet, so there is no one to send to.</source>
        <translation>No other site&apos;s keys are enrolled yet, so there is no one to send to.</translation>
    </message>
    <message>
        <source>{name} ({path}, {free} free)</source>
        <translation>{name} ({path}, {free} free)</translation>
    </message>
    <message>
        <source>No USB stick found: plug one in and press “Look again”</source>
        <translation>No USB stick found: plug one in and press “Look again”</translation>
    </message>
    <message>
        <source>The keys were made. Fingerprint: {fingerprint}</source>
        <translation>The keys were made. Fingerprint: {fingerprint}</translation>
    </message>
    <message>
        <source>Choose where to write the bundle</source>
        <translation>Choose where to write the bundle</translation>
    </message>
    <message>
        <source>Writing the bundle to {folder}…</source>
        <translation>Writing the bundle to {folder}…</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was written.</source>
        <translation>Cancelled. Nothing was written.</translation>
    </message>
    <message>
        <source>Bundle No. {sequence} was written and checked: {path} ({size}).</source>
        <translation>Bundle No. {sequence} was written and checked: {path} ({size}).</translation>
    </message>
</context>
<context>
    <name>FailureText</name>
    <message>
        <source>The file could not be read or written: {detail}{where}. Choose another place and try again.</source>
        <translation>The file could not be read or written: {detail}{where}. Choose another place and try again.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong ({detail}). Ask for technical help.</source>
        <translation>Something unexpected went wrong ({detail}). Ask for technical help.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>MMM yyyy</source>
        <translation>MMM yyyy</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>Data folder</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <source>Pressing Set up creates the site and its keys.</source>
        <translation>Pressing Set up creates the site and its keys.</translation>
    </message>
    <message>
        <source>Keep the data on this computer&apos;s own disk. USB sticks and network folders are refused: the database can be damaged there. Use the Sync page to carry data on a USB stick.</source>
        <translation>Keep the data on this computer&apos;s own disk. USB sticks and network folders are refused: the database can be damaged there. Use the Sync page to carry data on a USB stick.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Set up</source>
        <translation>Set up</translation>
    </message>
    <message>
        <source>This folder is on a removable drive (USB stick or card). Choose a folder on this computer&apos;s disk.</source>
        <translation>This folder is on a removable drive (USB stick or card). Choose a folder on this computer&apos;s disk.</translation>
    </message>
    <message>
        <source>This folder is on a network drive. Choose a folder on this computer&apos;s disk.</source>
        <translation>This folder is on a network drive. Choose a folder on this computer&apos;s disk.</translation>
    </message>
    <message>
        <source>The folder cannot be used: {detail}</source>
        <translation>The folder cannot be used: {detail}</translation>
    </message>
    <message>
        <source>Welcome</source>
        <extracomment>Each language named in itself, so a clerk finds theirs whatever is showing now.</extracomment>
        <translation>Welcome</translation>
    </message>
    <message>
        <source>A few questions set up this computer.</source>
        <translation>A few questions set up this computer.</translation>
    </message>
    <message>
        <source>Choose the language of the program:</source>
        <translation>Choose the language of the program:</translation>
    </message>
    <message>
        <source>Who uses this computer?</source>
        <translation>Who uses this computer?</translation>
    </message>
    <message>
        <source>Township incubation base</source>
        <translation>Township incubation base</translation>
    </message>
    <message>
        <source>District civil affairs bureau</source>
        <translation>District civil affairs bureau</translation>
    </message>
    <message>
        <source>Townships record the daily work; the district receives their bundles and approves months.</source>
        <translation>Townships record the daily work; the district receives their bundles and approves months.</translation>
    </message>
    <message>
        <source>This site</source>
        <translation>This site</translation>
    </message>
    <message>
        <source>The administrative division code is on the district&apos;s notice.</source>
        <translation>The administrative division code is on the district&apos;s notice.</translation>
    </message>
    <message>
        <source>Division code</source>
        <translation>Division code</translation>
    </message>
    <message>
        <source>Site name</source>
        <translation>Site name</translation>
    </message>
    <message>
        <source>District code</source>
        <translation>District code</translation>
    </message>
    <message>
        <source>9 digits, e.g. 653121103</source>
        <translation>9 digits, e.g. 653121103</translation>
    </message>
    <message>
        <source>e.g. Tokzak Town Incubation Base</source>
        <translation>e.g. Tokzak Town Incubation Base</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>Save the enrolment form to print…</source>
        <translation>Save the enrolment form to print…</translation>
    </message>
    <message>
        <source>This site&apos;s keys were made. Print the enrolment form, sign and seal it, and give it to the district; the district compares these 60 digits before accepting your bundles.</source>
        <translation>This site&apos;s keys were made. Print the enrolment form, sign and seal it, and give it to the district; the district compares these 60 digits before accepting your bundles.</translation>
    </message>
    <message>
        <source>Save the enrolment form</source>
        <translation>Save the enrolment form</translation>
    </message>
    <message>
        <source>key-enrolment-form.pdf</source>
        <translation>key-enrolment-form.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to {path}. Open it and print it.</source>
        <translation>Saved to {path}. Open it and print it.</translation>
    </message>
    <message>
        <source>How to start</source>
        <translation>How to start</translation>
    </message>
    <message>
        <source>Start with no records</source>
        <translation>Start with no records</translation>
    </message>
    <message>
        <source>Import an existing roster workbook (.xlsx)</source>
        <translation>Import an existing roster workbook (.xlsx)</translation>
    </message>
    <message>
        <source>Fill in practice data to try the program</source>
        <translation>Fill in practice data to try the program</translation>
    </message>
    <message>
        <source>Practice data is marked “Practice data” everywhere and can be cleared from the Help menu before real work starts.</source>
        <translation>Practice data is marked “Practice data” everywhere and can be cleared from the Help menu before real work starts.</translation>
    </message>
    <message>
        <source>Roster workbook</source>
        <translation>Roster workbook</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>Choose the roster workbook first.</source>
        <translation>Choose the roster workbook first.</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>The site is set up.</source>
        <translation>The site is set up.</translation>
    </message>
    <message>
        <source>Press Finish to open the program. The quick guide is in the Help menu.</source>
        <translation>Press Finish to open the program. The quick guide is in the Help menu.</translation>
    </message>
    <message>
        <source>Set up Incubator Desktop</source>
        <translation>Set up Incubator Desktop</translation>
    </message>
    <message>
        <source>This folder already holds a site; it is used as it is.</source>
        <translation>This folder already holds a site; it is used as it is.</translation>
    </message>
    <message>
        <source>The keys could not be made ({reason}). Make them later on the Sync page.</source>
        <translation>The keys could not be made ({reason}). Make them later on the Sync page.</translation>
    </message>
    <message>
        <source>Roster imported: {created} organizations added, {rejected} rows need checking.</source>
        <translation>Roster imported: {created} organizations added, {rejected} rows need checking.</translation>
    </message>
    <message>
        <source>Practice data was filled in. It is marked and can be cleared.</source>
        <translation>Practice data was filled in. It is marked and can be cleared.</translation>
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
    <name>GrantErrorText</name>
    <message>
        <source>Only winning entries receive a grant in tranches (this entry&apos;s result is “{result}”).</source>
        <translation>Only winning entries receive a grant in tranches (this entry&apos;s result is “{result}”).</translation>
    </message>
    <message>
        <source>Only winning entries receive a grant in tranches.</source>
        <translation>Only winning entries receive a grant in tranches.</translation>
    </message>
    <message>
        <source>The tranches of this entry are already planned.</source>
        <translation>The tranches of this entry are already planned.</translation>
    </message>
    <message>
        <source>The grant must be more than 0 yuan.</source>
        <translation>The grant must be more than 0 yuan.</translation>
    </message>
    <message>
        <source>This tranche&apos;s condition (“{condition}”) is not recorded as met yet; record that first.</source>
        <translation>This tranche&apos;s condition (“{condition}”) is not recorded as met yet; record that first.</translation>
    </message>
    <message>
        <source>This tranche&apos;s condition is not recorded as met yet.</source>
        <translation>This tranche&apos;s condition is not recorded as met yet.</translation>
    </message>
    <message>
        <source>Tranche {sequence} has not been paid yet; tranches are paid in order.</source>
        <translation>Tranche {sequence} has not been paid yet; tranches are paid in order.</translation>
    </message>
    <message>
        <source>An earlier tranche has not been paid yet; tranches are paid in order.</source>
        <translation>An earlier tranche has not been paid yet; tranches are paid in order.</translation>
    </message>
    <message>
        <source>This tranche was already paid on {paid_on}.</source>
        <translation>This tranche was already paid on {paid_on}.</translation>
    </message>
    <message>
        <source>This tranche is already paid.</source>
        <translation>This tranche is already paid.</translation>
    </message>
    <message>
        <source>The payment date is before the day the condition was met ({condition_met_on}).</source>
        <translation>The payment date is before the day the condition was met ({condition_met_on}).</translation>
    </message>
    <message>
        <source>The payment date is before the day the condition was met.</source>
        <translation>The payment date is before the day the condition was met.</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Quick guide</source>
        <translation>&amp;Quick guide</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>Clear practice data…</source>
        <translation>Clear practice data…</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;About</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>Sent to</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Written</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Made</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>No bundle has been received yet.</source>
        <translation>No bundle has been received yet.</translation>
    </message>
    <message>
        <source>Print the receipt of the chosen bundle…</source>
        <translation>Print the receipt of the chosen bundle…</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>No bundle has been sent yet.</source>
        <translation>No bundle has been sent yet.</translation>
    </message>
    <message>
        <source>From {site}: bundles No. {missing} have not arrived; later bundles carry their changes.</source>
        <translation>From {site}: bundles No. {missing} have not arrived; later bundles carry their changes.</translation>
    </message>
    <message>
        <source>Confirmed by the recipient</source>
        <translation>Confirmed by the recipient</translation>
    </message>
    <message>
        <source>Written, not confirmed yet</source>
        <translation>Written, not confirmed yet</translation>
    </message>
    <message>
        <source>Not finished (no file)</source>
        <translation>Not finished (no file)</translation>
    </message>
    <message>
        <source>Not received</source>
        <translation>Not received</translation>
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
    <name>ImageViewerDialog</name>
    <message>
        <source>This file cannot be shown as a picture.</source>
        <translation>This file cannot be shown as a picture.</translation>
    </message>
</context>
<context>
    <name>ImportPanel</name>
    <message>
        <source>Choose the bundle file (it ends in .incubator-bundle). It is checked and tried first; nothing changes until you press “Import”.</source>
        <extracomment>A refusal stands out (its words say the same: every one ends by saying nothing was changed).</extracomment>
        <translation>Choose the bundle file (it ends in .incubator-bundle). It is checked and tried first; nothing changes until you press “Import”.</translation>
    </message>
    <message>
        <source>No bundle chosen yet</source>
        <translation>No bundle chosen yet</translation>
    </message>
    <message>
        <source>Choose a bundle…</source>
        <translation>Choose a bundle…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Print import receipt…</source>
        <translation>Print import receipt…</translation>
    </message>
    <message>
        <source>Choose a bundle</source>
        <translation>Choose a bundle</translation>
    </message>
    <message>
        <source>Bundles (*.incubator-bundle);;All files (*)</source>
        <translation>Bundles (*.incubator-bundle);;All files (*)</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was changed.</source>
        <translation>Cancelled. Nothing was changed.</translation>
    </message>
    <message>
        <source>Checking the bundle…</source>
        <translation>Checking the bundle…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>{name} ({code})</source>
        <translation>{name} ({code})</translation>
    </message>
    <message>
        <source>Bundle No. {sequence} from {sender}, made {created}</source>
        <translation>Bundle No. {sequence} from {sender}, made {created}</translation>
    </message>
    <message>
        <source>Bundles No. {missing} from this site have not arrived (a lost USB stick?). Nothing is lost: later bundles carry their changes again.</source>
        <translation>Bundles No. {missing} from this site have not arrived (a lost USB stick?). Nothing is lost: later bundles carry their changes again.</translation>
    </message>
    <message>
        <source>This bundle was imported before; importing it again changes nothing.</source>
        <translation>This bundle was imported before; importing it again changes nothing.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) were changed on both sides; the older version goes to the conflict log.</source>
        <translation>
            <numerusform>%n record were changed on both sides; the older version goes to the conflict log.</numerusform>
            <numerusform>%n records were changed on both sides; the older version goes to the conflict log.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported. The table shows what changed.</source>
        <translation>Imported. The table shows what changed.</translation>
    </message>
    <message>
        <source>Checked: the bundle is intact and can be imported. Nothing is saved yet.</source>
        <translation>Checked: the bundle is intact and can be imported. Nothing is saved yet.</translation>
    </message>
</context>
<context>
    <name>IndicatorTable</name>
    <message>
        <source>✓ Met</source>
        <translation>✓ Met</translation>
    </message>
    <message>
        <source>△ Close / in progress</source>
        <translation>△ Close / in progress</translation>
    </message>
    <message>
        <source>× Not met</source>
        <translation>× Not met</translation>
    </message>
    <message>
        <source>○ For information</source>
        <translation>○ For information</translation>
    </message>
</context>
<context>
    <name>IndicatorTableModel</name>
    <message>
        <source>Indicator</source>
        <extracomment>The share of the target reached (1.0 = reached), or None; the progress column paints it as a bar.</extracomment>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Achieved</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>IndicatorsPage</name>
    <message>
        <source>Indicators</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <source>Target period</source>
        <translation>Target period</translation>
    </message>
    <message>
        <source>The period of the target set in force (else this year to today)</source>
        <translation>The period of the target set in force (else this year to today)</translation>
    </message>
    <message>
        <source>Print monthly report…</source>
        <translation>Print monthly report…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Computing the indicators…</source>
        <translation>Computing the indicators…</translation>
    </message>
    <message>
        <source>default targets of the project plan</source>
        <translation>default targets of the project plan</translation>
    </message>
    <message>
        <source>{start} to {end} · targets: {targets} · {tally}</source>
        <translation>{start} to {end} · targets: {targets} · {tally}</translation>
    </message>
</context>
<context>
    <name>KeyEnrolDialog</name>
    <message>
        <source>Enrol a township&apos;s key</source>
        <translation>Enrol a township&apos;s key</translation>
    </message>
    <message>
        <source>Enrol the district&apos;s key</source>
        <translation>Enrol the district&apos;s key</translation>
    </message>
    <message>
        <source>Choose the public-key file the township exported (a .json file, usually on a USB stick). Have its sealed key enrolment form (密钥登记表) at hand.</source>
        <translation>Choose the public-key file the township exported (a .json file, usually on a USB stick). Have its sealed key enrolment form (密钥登记表) at hand.</translation>
    </message>
    <message>
        <source>Choose the public-key file the district exported (a .json file, usually on a USB stick). Have its sealed key enrolment form (密钥登记表) at hand.</source>
        <translation>Choose the public-key file the district exported (a .json file, usually on a USB stick). Have its sealed key enrolment form (密钥登记表) at hand.</translation>
    </message>
    <message>
        <source>The other site&apos;s public-key file</source>
        <translation>The other site&apos;s public-key file</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Compare this fingerprint, group by group, with the one printed on the signed and sealed form. If a single digit differs, do not enrol: the file may be forged. Phone the other site.</source>
        <translation>Compare this fingerprint, group by group, with the one printed on the signed and sealed form. If a single digit differs, do not enrol: the file may be forged. Phone the other site.</translation>
    </message>
    <message>
        <source>All 60 digits match the sealed enrolment form</source>
        <translation>All 60 digits match the sealed enrolment form</translation>
    </message>
    <message>
        <source>What the file says</source>
        <translation>What the file says</translation>
    </message>
    <message>
        <source>Site:</source>
        <translation>Site:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>Key ID:</source>
        <translation>Key ID:</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Fingerprint:</translation>
    </message>
    <message>
        <source>Enrol this key</source>
        <translation>Enrol this key</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Choose the public-key file</source>
        <translation>Choose the public-key file</translation>
    </message>
    <message>
        <source>Public-key file (*.json);;All files (*)</source>
        <translation>Public-key file (*.json);;All files (*)</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Checking the file…</translation>
    </message>
    <message>
        <source>{name} ({code})</source>
        <translation>{name} ({code})</translation>
    </message>
    <message>
        <source>This key is already enrolled: there is nothing more to do.</source>
        <translation>This key is already enrolled: there is nothing more to do.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Enrolling…</source>
        <translation>Enrolling…</translation>
    </message>
</context>
<context>
    <name>KeyText</name>
    <message>
        <source>This file is not a public-key file of this program, or it was changed after it was exported. Do not enrol it: ask the other site to export its public-key file again.</source>
        <translation>This file is not a public-key file of this program, or it was changed after it was exported. Do not enrol it: ask the other site to export its public-key file again.</translation>
    </message>
    <message>
        <source>The key file changed after it was checked: its fingerprint is now {fingerprint}. Nothing was enrolled; open the file again and compare it with the paper form.</source>
        <translation>The key file changed after it was checked: its fingerprint is now {fingerprint}. Nothing was enrolled; open the file again and compare it with the paper form.</translation>
    </message>
    <message>
        <source>This key belongs to site {site}, which is not this site&apos;s own district or one of its townships. Nothing was enrolled.</source>
        <translation>This key belongs to site {site}, which is not this site&apos;s own district or one of its townships. Nothing was enrolled.</translation>
    </message>
    <message>
        <source>This key was revoked (a lost or replaced computer) and can never be trusted again. The other site must make new keys and send the new public-key file.</source>
        <translation>This key was revoked (a lost or replaced computer) and can never be trusted again. The other site must make new keys and send the new public-key file.</translation>
    </message>
    <message>
        <source>This computer&apos;s own key in use cannot be revoked here.</source>
        <translation>This computer&apos;s own key in use cannot be revoked here.</translation>
    </message>
    <message>
        <source>That key is no longer on the list. Refresh the list and try again.</source>
        <translation>That key is no longer on the list. Refresh the list and try again.</translation>
    </message>
</context>
<context>
    <name>KeysPanel</name>
    <message>
        <source>This site&apos;s key</source>
        <translation>This site&apos;s key</translation>
    </message>
    <message>
        <source>Save this site&apos;s public-key file…</source>
        <translation>Save this site&apos;s public-key file…</translation>
    </message>
    <message>
        <source>Save the key enrolment form (PDF)…</source>
        <translation>Save the key enrolment form (PDF)…</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Division code</source>
        <translation>Division code</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>No other site&apos;s key is enrolled yet.</source>
        <translation>No other site&apos;s key is enrolled yet.</translation>
    </message>
    <message>
        <source>Enrol another site&apos;s key…</source>
        <translation>Enrol another site&apos;s key…</translation>
    </message>
    <message>
        <source>Revoke the selected key…</source>
        <translation>Revoke the selected key…</translation>
    </message>
    <message>
        <source>For a lost, stolen or replaced computer: bundles it signs are refused from now on</source>
        <translation>For a lost, stolen or replaced computer: bundles it signs are refused from now on</translation>
    </message>
    <message>
        <source>Keys this site trusts</source>
        <translation>Keys this site trusts</translation>
    </message>
    <message>
        <source>Enrol a township&apos;s key…</source>
        <translation>Enrol a township&apos;s key…</translation>
    </message>
    <message>
        <source>Enrol the district&apos;s key…</source>
        <translation>Enrol the district&apos;s key…</translation>
    </message>
    <message>
        <source>Give the other site this site&apos;s public-key file and the printed, signed and sealed enrolment form. They compare this fingerprint with the form before enrolling the file:</source>
        <translation>Give the other site this site&apos;s public-key file and the printed, signed and sealed enrolment form. They compare this fingerprint with the form before enrolling the file:</translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation>Trusted</translation>
    </message>
    <message>
        <source>Replaced by a newer key</source>
        <translation>Replaced by a newer key</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <source>Enrolled the key of {name} ({code}). Fingerprint: {fingerprint}</source>
        <translation>Enrolled the key of {name} ({code}). Fingerprint: {fingerprint}</translation>
    </message>
    <message>
        <source>Select a key in the list first.</source>
        <translation>Select a key in the list first.</translation>
    </message>
    <message>
        <source>That key is already revoked.</source>
        <translation>That key is already revoked.</translation>
    </message>
    <message>
        <source>Revoke this key?</source>
        <translation>Revoke this key?</translation>
    </message>
    <message>
        <source>Revoke the key of {code} with fingerprint {fingerprint}? Bundles signed with it will be refused from now on. Do this only for a lost, stolen or replaced computer.</source>
        <translation>Revoke the key of {code} with fingerprint {fingerprint}? Bundles signed with it will be refused from now on. Do this only for a lost, stolen or replaced computer.</translation>
    </message>
    <message>
        <source>The key of {code} is revoked.</source>
        <translation>The key of {code} is revoked.</translation>
    </message>
    <message>
        <source>Save this site&apos;s public-key file</source>
        <translation>Save this site&apos;s public-key file</translation>
    </message>
    <message>
        <source>Public-key file (*.json)</source>
        <translation>Public-key file (*.json)</translation>
    </message>
    <message>
        <source>Saved to {path}. Carry it to the other site with the signed enrolment form.</source>
        <translation>Saved to {path}. Carry it to the other site with the signed enrolment form.</translation>
    </message>
    <message>
        <source>Save the key enrolment form</source>
        <translation>Save the key enrolment form</translation>
    </message>
    <message>
        <source>PDF file (*.pdf)</source>
        <translation>PDF file (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to {path}. Print it, sign it and have it sealed.</source>
        <translation>Saved to {path}. Print it, sign it and have it sealed.</translation>
    </message>
</context>
<context>
    <name>LanguageSection</name>
    <message>
        <source>Language</source>
        <extracomment>Each language named in itself, as language pickers do, so it can be found whatever is shown now.</extracomment>
        <translation>Language</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Restart now</translation>
    </message>
    <message>
        <source>Interface language:</source>
        <translation>Interface language:</translation>
    </message>
    <message>
        <source>Saved. The new language is used after the program restarts; nothing you have saved is lost.</source>
        <translation>Saved. The new language is used after the program restarts; nothing you have saved is lost.</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Restart</translation>
    </message>
    <message>
        <source>Restart the program now to change the language?</source>
        <translation>Restart the program now to change the language?</translation>
    </message>
    <message>
        <source>Save any form you are still filling in first; open forms are closed.</source>
        <translation>Save any form you are still filling in first; open forms are closed.</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
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
    <name>OrganizationDetailPage</name>
    <message>
        <source>← Back to the list</source>
        <extracomment>Changes to these kinds can alter what the page shows.</extracomment>
        <translation>← Back to the list</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Change stage…</source>
        <translation>Change stage…</translation>
    </message>
    <message>
        <source>New incubation plan…</source>
        <translation>New incubation plan…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>This organization has been deleted.</source>
        <translation>This organization has been deleted.</translation>
    </message>
    <message>
        <source>This organization&apos;s page could not be loaded.</source>
        <translation>This organization&apos;s page could not be loaded.</translation>
    </message>
</context>
<context>
    <name>OrganizationSpec</name>
    <message>
        <source>New community organization</source>
        <extracomment>An alias lupdate still recognizes (it reads `translate(&quot;Context&quot;, &quot;text&quot;)` calls).</extracomment>
        <translation>New community organization</translation>
    </message>
    <message>
        <source>Edit community organization</source>
        <translation>Edit community organization</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Service areas</source>
        <translation>Service areas</translation>
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
        <source>Later changes of stage are made on the organization&apos;s page.</source>
        <translation>Later changes of stage are made on the organization&apos;s page.</translation>
    </message>
    <message>
        <source>Founded on</source>
        <translation>Founded on</translation>
    </message>
    <message>
        <source>Moved into the base on</source>
        <translation>Moved into the base on</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>Leader</translation>
    </message>
    <message>
        <source>Leader&apos;s phone</source>
        <translation>Leader&apos;s phone</translation>
    </message>
    <message>
        <source>Leader&apos;s ID number</source>
        <translation>Leader&apos;s ID number</translation>
    </message>
    <message>
        <source>Shown in full only here; lists and printouts mask it.</source>
        <translation>Shown in full only here; lists and printouts mask it.</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Filed on</source>
        <translation>Filed on</translation>
    </message>
    <message>
        <source>Filing number</source>
        <translation>Filing number</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>Registered on</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Rating</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Change stage</source>
        <translation>Change stage</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>New stage</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Community organizations</source>
        <translation>Community organizations</translation>
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
        <source>Name, leader, filing number or credit code</source>
        <translation>Name, leader, filing number or credit code</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Category:</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>Stage:</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>All stages</translation>
    </message>
    <message>
        <source>Community:</source>
        <translation>Community:</translation>
    </message>
    <message>
        <source>All communities</source>
        <translation>All communities</translation>
    </message>
    <message>
        <source>No organizations have been recorded yet. Press “New…” (Ctrl+N) to add the first one.</source>
        <translation>No organizations have been recorded yet. Press “New…” (Ctrl+N) to add the first one.</translation>
    </message>
    <message>
        <source>No organization matches these filters.</source>
        <translation>No organization matches these filters.</translation>
    </message>
</context>
<context>
    <name>OrganizationsPage</name>
    <message>
        <source>Open page</source>
        <translation>Open page</translation>
    </message>
    <message>
        <source>The organization&apos;s whole story (Enter)</source>
        <translation>The organization&apos;s whole story (Enter)</translation>
    </message>
    <message>
        <source>Print file…</source>
        <translation>Print file…</translation>
    </message>
    <message>
        <source>The organization&apos;s file</source>
        <translation>The organization&apos;s file</translation>
    </message>
    <message>
        <source>Spreadsheets</source>
        <translation>Spreadsheets</translation>
    </message>
    <message>
        <source>Import a roster…</source>
        <translation>Import a roster…</translation>
    </message>
</context>
<context>
    <name>OutputErrorText</name>
    <message>
        <source>Nothing in the chosen period can go on this notice. Change the dates and try again.</source>
        <translation>Nothing in the chosen period can go on this notice. Change the dates and try again.</translation>
    </message>
    <message>
        <source>A notice may only show the office landline, never a personal mobile number.</source>
        <translation>A notice may only show the office landline, never a personal mobile number.</translation>
    </message>
    <message>
        <source>The printout still contained an ID or phone number, so nothing was printed. Ask for technical help.</source>
        <translation>The printout still contained an ID or phone number, so nothing was printed. Ask for technical help.</translation>
    </message>
    <message>
        <source>“{value}” is not a month; write it like 2024-05.</source>
        <translation>“{value}” is not a month; write it like 2024-05.</translation>
    </message>
    <message>
        <source>Not a month; write it like 2024-05.</source>
        <translation>Not a month; write it like 2024-05.</translation>
    </message>
    <message>
        <source>Nothing was recorded in {month}, so there is no monthly report for it.</source>
        <translation>Nothing was recorded in {month}, so there is no monthly report for it.</translation>
    </message>
    <message>
        <source>Nothing was recorded in that month, so there is no monthly report for it.</source>
        <translation>Nothing was recorded in that month, so there is no monthly report for it.</translation>
    </message>
    <message>
        <source>This contest has no winners or idea awards yet, so there are no certificates.</source>
        <translation>This contest has no winners or idea awards yet, so there are no certificates.</translation>
    </message>
    <message>
        <source>There is nothing to print.</source>
        <translation>There is nothing to print.</translation>
    </message>
    <message>
        <source>No bundle has been imported yet, so there is no receipt.</source>
        <translation>No bundle has been imported yet, so there is no receipt.</translation>
    </message>
    <message>
        <source>The file was not found. Check where it is and try again.</source>
        <translation>The file was not found. Check where it is and try again.</translation>
    </message>
    <message>
        <source>This file is not an Excel workbook (.xlsx). Save .xls or .et files as .xlsx in Excel or WPS first.</source>
        <translation>This file is not an Excel workbook (.xlsx). Save .xls or .et files as .xlsx in Excel or WPS first.</translation>
    </message>
    <message>
        <source>This workbook has an opening password or is an old .xls file. Remove the password and save it as .xlsx first.</source>
        <translation>This workbook has an opening password or is an old .xls file. Remove the password and save it as .xlsx first.</translation>
    </message>
    <message>
        <source>This workbook contains unsafe content (a DTD) and was refused. Nothing was imported.</source>
        <translation>This workbook contains unsafe content (a DTD) and was refused. Nothing was imported.</translation>
    </message>
    <message>
        <source>This workbook is too large (about {size_mb} MB; the limit is {limit_mb} MB). Nothing was imported.</source>
        <translation>This workbook is too large (about {size_mb} MB; the limit is {limit_mb} MB). Nothing was imported.</translation>
    </message>
    <message>
        <source>This workbook is too large. Nothing was imported.</source>
        <translation>This workbook is too large. Nothing was imported.</translation>
    </message>
    <message>
        <source>This workbook has too many parts and was refused. Nothing was imported.</source>
        <translation>This workbook has too many parts and was refused. Nothing was imported.</translation>
    </message>
    <message>
        <source>This workbook grows to an absurd size when opened (a “zip bomb”) and was refused. Nothing was imported.</source>
        <translation>This workbook grows to an absurd size when opened (a “zip bomb”) and was refused. Nothing was imported.</translation>
    </message>
    <message>
        <source>The sheet has more than {limit} rows. Split it into smaller files. Nothing was imported.</source>
        <translation>The sheet has more than {limit} rows. Split it into smaller files. Nothing was imported.</translation>
    </message>
    <message>
        <source>The sheet has too many rows. Split it into smaller files. Nothing was imported.</source>
        <translation>The sheet has too many rows. Split it into smaller files. Nothing was imported.</translation>
    </message>
    <message>
        <source>This workbook is damaged or not in a known format. Nothing was imported.</source>
        <translation>This workbook is damaged or not in a known format. Nothing was imported.</translation>
    </message>
    <message>
        <source>No header row was found in the first 10 rows of any sheet. The header needs at least a column named 组织名称 (or 社会组织名称, 名称).</source>
        <translation>No header row was found in the first 10 rows of any sheet. The header needs at least a column named 组织名称 (or 社会组织名称, 名称).</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was changed.</source>
        <translation>Cancelled. Nothing was changed.</translation>
    </message>
    <message>
        <source>The workbook could not be saved. Try another place.</source>
        <translation>The workbook could not be saved. Try another place.</translation>
    </message>
    <message>
        <source>Save the workbook under a name ending in .xlsx.</source>
        <translation>Save the workbook under a name ending in .xlsx.</translation>
    </message>
    <message>
        <source>The folder “{folder}” does not exist. Choose another place.</source>
        <translation>The folder “{folder}” does not exist. Choose another place.</translation>
    </message>
    <message>
        <source>That folder does not exist. Choose another place.</source>
        <translation>That folder does not exist. Choose another place.</translation>
    </message>
    <message>
        <source>“{path}” cannot be replaced: it is probably open in Excel or WPS. Close it and try again.</source>
        <translation>“{path}” cannot be replaced: it is probably open in Excel or WPS. Close it and try again.</translation>
    </message>
    <message>
        <source>The file cannot be replaced: it is probably open in Excel or WPS. Close it first.</source>
        <translation>The file cannot be replaced: it is probably open in Excel or WPS. Close it first.</translation>
    </message>
</context>
<context>
    <name>OutputMenus</name>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Print</translation>
    </message>
    <message>
        <source>This month&apos;s progress report…</source>
        <translation>This month&apos;s progress report…</translation>
    </message>
    <message>
        <source>Notice of newly filed organizations…</source>
        <translation>Notice of newly filed organizations…</translation>
    </message>
    <message>
        <source>&amp;Spreadsheets</source>
        <translation>&amp;Spreadsheets</translation>
    </message>
    <message>
        <source>Import an organization roster…</source>
        <translation>Import an organization roster…</translation>
    </message>
    <message>
        <source>Print monthly report</source>
        <translation>Print monthly report</translation>
    </message>
    <message>
        <source>Print notice</source>
        <translation>Print notice</translation>
    </message>
    <message>
        <source>Preview and print this month&apos;s progress report</source>
        <translation>Preview and print this month&apos;s progress report</translation>
    </message>
    <message>
        <source>Preview and print the notice of newly filed organizations</source>
        <translation>Preview and print the notice of newly filed organizations</translation>
    </message>
</context>
<context>
    <name>PdfOutputDialog</name>
    <message>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>Saved to {path}</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>Sent %n page to the printer.</numerusform>
            <numerusform>Sent %n pages to the printer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Working…</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Open the PDF in the system&apos;s viewer</source>
        <extracomment>Pages are rasterized for the printer at this resolution at most: sharp text, bounded memory.</extracomment>
        <translation>Open the PDF in the system&apos;s viewer</translation>
    </message>
    <message>
        <source>No preview yet.</source>
        <translation>No preview yet.</translation>
    </message>
</context>
<context>
    <name>PeriodChooser</name>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Period from</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
</context>
<context>
    <name>PersonSpec</name>
    <message>
        <source>New person</source>
        <translation>New person</translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation>Edit person</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organization</translation>
    </message>
    <message>
        <source>The organization the person belongs to (type part of the name)</source>
        <translation>The organization the person belongs to (type part of the name)</translation>
    </message>
    <message>
        <source>Village (community)</source>
        <translation>Village (community)</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Personal data: lists show it masked.</source>
        <translation>Personal data: lists show it masked.</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Social work certificate</source>
        <translation>Social work certificate</translation>
    </message>
    <message>
        <source>Years in practice</source>
        <translation>Years in practice</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <source>Organization:</source>
        <translation>Organization:</translation>
    </message>
    <message>
        <source>All organizations</source>
        <translation>All organizations</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>Certificate:</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>All levels</translation>
    </message>
    <message>
        <source>No people recorded yet. Press “New…” (Ctrl+N) to add one: leaders, volunteers, trainees, social workers and project staff.</source>
        <translation>No people recorded yet. Press “New…” (Ctrl+N) to add one: leaders, volunteers, trainees, social workers and project staff.</translation>
    </message>
    <message>
        <source>No person matches these filters.</source>
        <translation>No person matches these filters.</translation>
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
    <name>PlanForms</name>
    <message>
        <source>New one-to-one incubation plan</source>
        <translation>New one-to-one incubation plan</translation>
    </message>
    <message>
        <source>Edit incubation plan</source>
        <translation>Edit incubation plan</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Goals</translation>
    </message>
    <message>
        <source>Support given</source>
        <translation>Support given</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>Starts on</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Ends on</translation>
    </message>
    <message>
        <source>New milestone</source>
        <translation>New milestone</translation>
    </message>
    <message>
        <source>Edit milestone</source>
        <translation>Edit milestone</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Milestone</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Due on</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Done on</translation>
    </message>
    <message>
        <source>Leave empty while the milestone is not reached.</source>
        <translation>Leave empty while the milestone is not reached.</translation>
    </message>
</context>
<context>
    <name>Practice</name>
    <message>
        <source>Practice data</source>
        <translation>Practice data</translation>
    </message>
    <message>
        <source>These records are for practice. Clear them from the Help menu before real work starts.</source>
        <translation>These records are for practice. Clear them from the Help menu before real work starts.</translation>
    </message>
    <message>
        <source>Clear practice data</source>
        <translation>Clear practice data</translation>
    </message>
    <message>
        <source>This site holds no practice data.</source>
        <translation>This site holds no practice data.</translation>
    </message>
    <message>
        <source>Delete every practice record for good? The site and its keys stay set up, ready for real work. This cannot be undone.</source>
        <translation>Delete every practice record for good? The site and its keys stay set up, ready for real work. This cannot be undone.</translation>
    </message>
    <message>
        <source>{count} practice records were deleted.</source>
        <translation>{count} practice records were deleted.</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <source>Public notice</source>
        <extracomment>Edits to the options wait this long before the preview is made again (typing stays smooth).</extracomment>
        <translation>Public notice</translation>
    </message>
    <message>
        <source>Monthly progress report</source>
        <translation>Monthly progress report</translation>
    </message>
    <message>
        <source>Case-study booklet</source>
        <translation>Case-study booklet</translation>
    </message>
    <message>
        <source>Training sign-in sheet</source>
        <translation>Training sign-in sheet</translation>
    </message>
    <message>
        <source>Organization file</source>
        <translation>Organization file</translation>
    </message>
    <message>
        <source>Contest award certificates</source>
        <translation>Contest award certificates</translation>
    </message>
    <message>
        <source>Preview again</source>
        <translation>Preview again</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Making the preview…</source>
        <translation>Making the preview…</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s). Nothing is recorded until you save or print.</source>
        <translation>
            <numerusform>%n page. Nothing is recorded until you save or print.</numerusform>
            <numerusform>%n pages. Nothing is recorded until you save or print.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintOptionsForm</name>
    <message>
        <source>Newly filed organizations</source>
        <translation>Newly filed organizations</translation>
    </message>
    <message>
        <source>Contest results</source>
        <translation>Contest results</translation>
    </message>
    <message>
        <source>Resources received and where they went</source>
        <translation>Resources received and where they went</translation>
    </message>
    <message>
        <source>Choose the period myself</source>
        <translation>Choose the period myself</translation>
    </message>
    <message>
        <source>The site&apos;s address</source>
        <translation>The site&apos;s address</translation>
    </message>
    <message>
        <source>Office landline, e.g. 0998-1234567</source>
        <translation>Office landline, e.g. 0998-1234567</translation>
    </message>
    <message>
        <source>Empty rows, for a training still to come</source>
        <translation>Empty rows, for a training still to come</translation>
    </message>
    <message>
        <source>Notice about:</source>
        <translation>Notice about:</translation>
    </message>
    <message>
        <source>Contest:</source>
        <translation>Contest:</translation>
    </message>
    <message>
        <source>Issued on:</source>
        <translation>Issued on:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>From:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>To:</translation>
    </message>
    <message>
        <source>Automatic (5 working days; 7 for contest results)</source>
        <translation>Automatic (5 working days; 7 for contest results)</translation>
    </message>
    <message>
        <source> working days</source>
        <translation> working days</translation>
    </message>
    <message>
        <source>Notice period:</source>
        <translation>Notice period:</translation>
    </message>
    <message>
        <source>Issuing unit:</source>
        <translation>Issuing unit:</translation>
    </message>
    <message>
        <source>Address for objections:</source>
        <translation>Address for objections:</translation>
    </message>
    <message>
        <source>Office phone:</source>
        <translation>Office phone:</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>Month:</translation>
    </message>
    <message>
        <source>Training:</source>
        <translation>Training:</translation>
    </message>
    <message>
        <source>Empty rows:</source>
        <translation>Empty rows:</translation>
    </message>
    <message>
        <source>Organization:</source>
        <translation>Organization:</translation>
    </message>
    <message>
        <source>Date on the certificates:</source>
        <translation>Date on the certificates:</translation>
    </message>
    <message>
        <source>No training: a blank sheet</source>
        <translation>No training: a blank sheet</translation>
    </message>
    <message>
        <source>No organization is recorded yet.</source>
        <translation>No organization is recorded yet.</translation>
    </message>
    <message>
        <source>No contest is recorded yet.</source>
        <translation>No contest is recorded yet.</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <translation>MMMM yyyy</translation>
    </message>
    <message>
        <source>Choose an organization.</source>
        <translation>Choose an organization.</translation>
    </message>
</context>
<context>
    <name>ProjectDetailPage</name>
    <message>
        <source>← Back to the projects</source>
        <translation>← Back to the projects</translation>
    </message>
    <message>
        <source>Edit project…</source>
        <translation>Edit project…</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation>Expenses</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Monthly reports</source>
        <translation>Monthly reports</translation>
    </message>
    <message>
        <source>Undertaken by {contractor} · funded by {funder} · {period}</source>
        <translation>Undertaken by {contractor} · funded by {funder} · {period}</translation>
    </message>
    <message>
        <source>Removed from the project&apos;s staff.</source>
        <translation>Removed from the project&apos;s staff.</translation>
    </message>
    <message>
        <source>Projects &amp; budget</source>
        <translation>Projects &amp; budget</translation>
    </message>
</context>
<context>
    <name>ProjectSpec</name>
    <message>
        <source>New funded project</source>
        <translation>New funded project</translation>
    </message>
    <message>
        <source>Edit funded project</source>
        <translation>Edit funded project</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Undertaking organization</source>
        <translation>Undertaking organization</translation>
    </message>
    <message>
        <source>e.g. a social work service centre</source>
        <translation>e.g. a social work service centre</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Funder</translation>
    </message>
    <message>
        <source>Total (yuan)</source>
        <translation>Total (yuan)</translation>
    </message>
    <message>
        <source>The budget starts with the policy&apos;s lines scaled to this total: personnel at most 62.5 %, services at least 25 %, evaluation and other at most 12.5 %.</source>
        <translation>The budget starts with the policy&apos;s lines scaled to this total: personnel at most 62.5 %, services at least 25 %, evaluation and other at most 12.5 %.</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>Starts on</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Ends on</translation>
    </message>
    <message>
        <source>Funded projects</source>
        <translation>Funded projects</translation>
    </message>
    <message>
        <source>Spent (yuan)</source>
        <translation>Spent (yuan)</translation>
    </message>
    <message>
        <source>Project, undertaking organization or funder</source>
        <translation>Project, undertaking organization or funder</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>All years</translation>
    </message>
    <message>
        <source>No funded projects yet. Press “New…” (Ctrl+N) to add one; its budget lines start from the policy&apos;s caps and floor.</source>
        <translation>No funded projects yet. Press “New…” (Ctrl+N) to add one; its budget lines start from the policy&apos;s caps and floor.</translation>
    </message>
    <message>
        <source>No project matches these filters.</source>
        <translation>No project matches these filters.</translation>
    </message>
    <message>
        <source>Budget line</source>
        <translation>Budget line</translation>
    </message>
    <message>
        <source>Planned (yuan)</source>
        <translation>Planned (yuan)</translation>
    </message>
    <message>
        <source>Cap (yuan)</source>
        <translation>Cap (yuan)</translation>
    </message>
    <message>
        <source>Spending may not go over it; leave empty for none.</source>
        <translation>Spending may not go over it; leave empty for none.</translation>
    </message>
    <message>
        <source>Floor (yuan)</source>
        <translation>Floor (yuan)</translation>
    </message>
    <message>
        <source>Spending must reach it by the end; leave empty for none.</source>
        <translation>Spending must reach it by the end; leave empty for none.</translation>
    </message>
</context>
<context>
    <name>ProjectsPage</name>
    <message>
        <source>Open project</source>
        <translation>Open project</translation>
    </message>
    <message>
        <source>Budget, expenses, staff and reports (Enter)</source>
        <translation>Budget, expenses, staff and reports (Enter)</translation>
    </message>
</context>
<context>
    <name>QuickGuide</name>
    <message>
        <source>Quick guide</source>
        <translation>Quick guide</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>Save the quick guide</source>
        <translation>Save the quick guide</translation>
    </message>
    <message>
        <source>quick-guide.pdf</source>
        <translation>quick-guide.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <source>Import receipt</source>
        <translation>Import receipt</translation>
    </message>
    <message>
        <source>Making the receipt…</source>
        <translation>Making the receipt…</translation>
    </message>
    <message>
        <source>Print it, sign it and keep it with the bundle records.</source>
        <translation>Print it, sign it and keep it with the bundle records.</translation>
    </message>
</context>
<context>
    <name>RecentlyDeletedDialog</name>
    <message>
        <source>Recently deleted: {kind}</source>
        <translation>Recently deleted: {kind}</translation>
    </message>
    <message>
        <source>Deleted records are kept here. Choose one and press Restore to bring it back.</source>
        <translation>Deleted records are kept here. Choose one and press Restore to bring it back.</translation>
    </message>
    <message>
        <source>Nothing has been deleted.</source>
        <translation>Nothing has been deleted.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>RecordFormDialog</name>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>e.g. 2024-05-01</source>
        <translation>e.g. 2024-05-01</translation>
    </message>
    <message>
        <source>yuan</source>
        <translation>yuan</translation>
    </message>
    <message>
        <source>Please choose</source>
        <translation>Please choose</translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>New…</translation>
    </message>
    <message>
        <source>Add a record (Ctrl+N)</source>
        <translation>Add a record (Ctrl+N)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Delete the selected record (Delete key)</source>
        <translation>Delete the selected record (Delete key)</translation>
    </message>
    <message>
        <source>Recently deleted</source>
        <translation>Recently deleted</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln record</numerusform>
            <numerusform>%Ln records</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete “{title}”?</source>
        <translation>Delete “{title}”?</translation>
    </message>
    <message>
        <source>You can undo this right away, or restore it later from “Recently deleted”.</source>
        <translation>You can undo this right away, or restore it later from “Recently deleted”.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Deleted “{title}”.</source>
        <translation>Deleted “{title}”.</translation>
    </message>
</context>
<context>
    <name>RecordTypes</name>
    <message>
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
    <message>
        <source>Villages and communities</source>
        <translation>Villages and communities</translation>
    </message>
    <message>
        <source>Community organizations</source>
        <translation>Community organizations</translation>
    </message>
    <message>
        <source>Stage changes</source>
        <translation>Stage changes</translation>
    </message>
    <message>
        <source>Incubation plans</source>
        <translation>Incubation plans</translation>
    </message>
    <message>
        <source>Plan milestones</source>
        <translation>Plan milestones</translation>
    </message>
    <message>
        <source>Plan reviews</source>
        <translation>Plan reviews</translation>
    </message>
    <message>
        <source>Registration and filing help</source>
        <translation>Registration and filing help</translation>
    </message>
    <message>
        <source>Checklist items</source>
        <translation>Checklist items</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Trainings</source>
        <translation>Trainings</translation>
    </message>
    <message>
        <source>Training attendance</source>
        <translation>Training attendance</translation>
    </message>
    <message>
        <source>Service activities</source>
        <translation>Service activities</translation>
    </message>
    <message>
        <source>People served by activities</source>
        <translation>People served by activities</translation>
    </message>
    <message>
        <source>Case studies</source>
        <translation>Case studies</translation>
    </message>
    <message>
        <source>Linked resources</source>
        <translation>Linked resources</translation>
    </message>
    <message>
        <source>Venture contests</source>
        <translation>Venture contests</translation>
    </message>
    <message>
        <source>Contest entries</source>
        <translation>Contest entries</translation>
    </message>
    <message>
        <source>Judges&apos; scores</source>
        <translation>Judges&apos; scores</translation>
    </message>
    <message>
        <source>Grant tranches</source>
        <translation>Grant tranches</translation>
    </message>
    <message>
        <source>Funded projects</source>
        <translation>Funded projects</translation>
    </message>
    <message>
        <source>Budget lines</source>
        <translation>Budget lines</translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation>Expenses</translation>
    </message>
    <message>
        <source>Project staff</source>
        <translation>Project staff</translation>
    </message>
    <message>
        <source>Progress reports</source>
        <translation>Progress reports</translation>
    </message>
    <message>
        <source>Service files</source>
        <translation>Service files</translation>
    </message>
    <message>
        <source>Target sets</source>
        <translation>Target sets</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Targets</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>Notices</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>Audit log entries</source>
        <translation>Audit log entries</translation>
    </message>
    <message>
        <source>Month approvals</source>
        <translation>Month approvals</translation>
    </message>
    <message>
        <source>Requests to reopen a month</source>
        <translation>Requests to reopen a month</translation>
    </message>
    <message>
        <source>Months reopened</source>
        <translation>Months reopened</translation>
    </message>
    <message>
        <source>Evaluation criteria</source>
        <translation>Evaluation criteria</translation>
    </message>
    <message>
        <source>Annual evaluations</source>
        <translation>Annual evaluations</translation>
    </message>
</context>
<context>
    <name>RegistrationSpec</name>
    <message>
        <source>New filing or registration case</source>
        <translation>New filing or registration case</translation>
    </message>
    <message>
        <source>Edit filing or registration case</source>
        <translation>Edit filing or registration case</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organization</translation>
    </message>
    <message>
        <source>Type part of the name</source>
        <translation>Type part of the name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>Opened on</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Filing and registration</source>
        <translation>Filing and registration</translation>
    </message>
    <message>
        <source>Documents checked</source>
        <translation>Documents checked</translation>
    </message>
    <message>
        <source>Organization name or outcome</source>
        <translation>Organization name or outcome</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Organization:</source>
        <translation>Organization:</translation>
    </message>
    <message>
        <source>All organizations</source>
        <translation>All organizations</translation>
    </message>
    <message>
        <source>No filing or registration cases yet. Press “New…” (Ctrl+N) when an organization starts to prepare its documents; the checklist of documents is created with the case.</source>
        <translation>No filing or registration cases yet. Press “New…” (Ctrl+N) when an organization starts to prepare its documents; the checklist of documents is created with the case.</translation>
    </message>
    <message>
        <source>No case matches these filters.</source>
        <translation>No case matches these filters.</translation>
    </message>
</context>
<context>
    <name>ReportSpec</name>
    <message>
        <source>New monthly progress report</source>
        <translation>New monthly progress report</translation>
    </message>
    <message>
        <source>Edit monthly progress report</source>
        <translation>Edit monthly progress report</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Work done</source>
        <translation>Work done</translation>
    </message>
    <message>
        <source>Problems met</source>
        <translation>Problems met</translation>
    </message>
    <message>
        <source>Plan for next month</source>
        <translation>Plan for next month</translation>
    </message>
    <message>
        <source>Monthly progress reports</source>
        <translation>Monthly progress reports</translation>
    </message>
    <message>
        <source>Month or any words of the report</source>
        <translation>Month or any words of the report</translation>
    </message>
    <message>
        <source>No monthly reports yet. Press “New…” to record the report the undertaking organization sent.</source>
        <translation>No monthly reports yet. Press “New…” to record the report the undertaking organization sent.</translation>
    </message>
    <message>
        <source>No report matches the search.</source>
        <translation>No report matches the search.</translation>
    </message>
</context>
<context>
    <name>ResourceSpec</name>
    <message>
        <source>New linked resource</source>
        <translation>New linked resource</translation>
    </message>
    <message>
        <source>Edit linked resource</source>
        <translation>Edit linked resource</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Received on</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>Donor</translation>
    </message>
    <message>
        <source>Enterprise, charity or person who gave it</source>
        <translation>Enterprise, charity or person who gave it</translation>
    </message>
    <message>
        <source>Kind of donor</source>
        <translation>Kind of donor</translation>
    </message>
    <message>
        <source>Given as</source>
        <translation>Given as</translation>
    </message>
    <message>
        <source>What was given</source>
        <translation>What was given</translation>
    </message>
    <message>
        <source>e.g. 20 bags of rice, 5 000 yuan, 10 hours of free clinic</source>
        <translation>e.g. 20 bags of rice, 5 000 yuan, 10 hours of free clinic</translation>
    </message>
    <message>
        <source>Value (yuan)</source>
        <translation>Value (yuan)</translation>
    </message>
    <message>
        <source>Gifts in kind and services count at their market value.</source>
        <translation>Gifts in kind and services count at their market value.</translation>
    </message>
    <message>
        <source>Recipient organization</source>
        <translation>Recipient organization</translation>
    </message>
    <message>
        <source>Type part of the name</source>
        <translation>Type part of the name</translation>
    </message>
    <message>
        <source>Other recipient</source>
        <translation>Other recipient</translation>
    </message>
    <message>
        <source>When the recipients are not an organization, e.g. elderly people of a village.</source>
        <translation>When the recipients are not an organization, e.g. elderly people of a village.</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Linked resources</source>
        <translation>Linked resources</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>Donor, gift, recipient or purpose</source>
        <translation>Donor, gift, recipient or purpose</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>Month:</translation>
    </message>
    <message>
        <source>All months</source>
        <translation>All months</translation>
    </message>
    <message>
        <source>Donor:</source>
        <translation>Donor:</translation>
    </message>
    <message>
        <source>All donors</source>
        <translation>All donors</translation>
    </message>
    <message>
        <source>Recipient:</source>
        <translation>Recipient:</translation>
    </message>
    <message>
        <source>All recipients</source>
        <translation>All recipients</translation>
    </message>
    <message>
        <source>No resources linked yet. Press “New…” (Ctrl+N) to record a donation, a gift in kind or a donated service.</source>
        <translation>No resources linked yet. Press “New…” (Ctrl+N) to record a donation, a gift in kind or a donated service.</translation>
    </message>
    <message>
        <source>No resource matches these filters.</source>
        <translation>No resource matches these filters.</translation>
    </message>
</context>
<context>
    <name>ResourcesPage</name>
    <message>
        <source>Value of all linked resources: {amount} yuan</source>
        <translation>Value of all linked resources: {amount} yuan</translation>
    </message>
    <message>
        <source>Value of the resources listed for {month}: {amount} yuan</source>
        <translation>Value of the resources listed for {month}: {amount} yuan</translation>
    </message>
    <message>
        <source>Value of the resources listed: {amount} yuan</source>
        <translation>Value of the resources listed: {amount} yuan</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Make a restore bundle for a township</source>
        <translation>Make a restore bundle for a township</translation>
    </message>
    <message>
        <source>{name} ({code})</source>
        <translation>{name} ({code})</translation>
    </message>
    <message>
        <source>The folder to write to, e.g. the USB stick</source>
        <translation>The folder to write to, e.g. the USB stick</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Township:</source>
        <translation>Township:</translation>
    </message>
    <message>
        <source>Write to:</source>
        <translation>Write to:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>No township&apos;s key is enrolled. Enrol the new township PC&apos;s key first (Keys tab).</source>
        <translation>No township&apos;s key is enrolled. Enrol the new township PC&apos;s key first (Keys tab).</translation>
    </message>
    <message>
        <source>Make the restore bundle</source>
        <translation>Make the restore bundle</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Rebuild a township whose PC died, from everything the district holds of it.
1. On the new township PC: set the program up for the same township (same division code; it gets a new device and new keys). In Sync → Keys, save its public-key file and print its key enrolment form.
2. On the district: in Sync → Keys, enrol the new PC&apos;s public-key file (compare the fingerprint with the sealed form), revoke the dead PC&apos;s key, and save the district&apos;s public-key file.
3. On the district: make the restore bundle here.
4. On the new township PC: enrol the district&apos;s public-key file, then import the restore bundle in Sync → Receive a bundle.
The restore carries every record the district holds of the township (service files never travel, so they are not in it) and the district&apos;s targets for it. The new PC numbers its bundles after the last one the district received, so no sequence number is ever used twice.</source>
        <translation>Rebuild a township whose PC died, from everything the district holds of it.
1. On the new township PC: set the program up for the same township (same division code; it gets a new device and new keys). In Sync → Keys, save its public-key file and print its key enrolment form.
2. On the district: in Sync → Keys, enrol the new PC&apos;s public-key file (compare the fingerprint with the sealed form), revoke the dead PC&apos;s key, and save the district&apos;s public-key file.
3. On the district: make the restore bundle here.
4. On the new township PC: enrol the district&apos;s public-key file, then import the restore bundle in Sync → Receive a bundle.
The restore carries every record the district holds of the township (service files never travel, so they are not in it) and the district&apos;s targets for it. The new PC numbers its bundles after the last one the district received, so no sequence number is ever used twice.</translation>
    </message>
    <message>
        <source>Choose where to write the restore bundle</source>
        <translation>Choose where to write the restore bundle</translation>
    </message>
    <message>
        <source>Choose the folder to write the restore bundle to first.</source>
        <translation>Choose the folder to write the restore bundle to first.</translation>
    </message>
    <message>
        <source>Writing the restore bundle to {folder}…</source>
        <translation>Writing the restore bundle to {folder}…</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was written.</source>
        <translation>Cancelled. Nothing was written.</translation>
    </message>
    <message>
        <source>The restore bundle No. {sequence} was written and checked: {path} ({size}). Carry it to the new township PC and import it there (step 4).</source>
        <translation>The restore bundle No. {sequence} was written and checked: {path} ({size}). Carry it to the new township PC and import it there (step 4).</translation>
    </message>
</context>
<context>
    <name>RosterImportDialog</name>
    <message>
        <source>Import a roster</source>
        <translation>Import a roster</translation>
    </message>
    <message>
        <source>Choose the roster workbook (.xlsx). The program first tries it without saving anything and shows what would happen; nothing is imported until you press “Import”.</source>
        <translation>Choose the roster workbook (.xlsx). The program first tries it without saving anything and shows what would happen; nothing is imported until you press “Import”.</translation>
    </message>
    <message>
        <source>No file chosen yet</source>
        <translation>No file chosen yet</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organization</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>What happens</translation>
    </message>
    <message>
        <source>Same as row</source>
        <translation>Same as row</translation>
    </message>
    <message>
        <source>Save rows to correct…</source>
        <translation>Save rows to correct…</translation>
    </message>
    <message>
        <source>A workbook of the rows not imported, with the reason beside each</source>
        <translation>A workbook of the rows not imported, with the reason beside each</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Choose the roster</source>
        <translation>Choose the roster</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was changed.</source>
        <translation>Cancelled. Nothing was changed.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>No change</source>
        <translation>No change</translation>
    </message>
    <message numerus="yes">
        <source>Not imported (%n row(s))</source>
        <translation>
            <numerusform>Not imported (%n row)</numerusform>
            <numerusform>Not imported (%n rows)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>To import (%n row(s))</source>
        <translation>
            <numerusform>To import (%n row)</numerusform>
            <numerusform>To import (%n rows)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Repeated (%n row(s))</source>
        <translation>
            <numerusform>Repeated (%n row)</numerusform>
            <numerusform>Repeated (%n rows)</numerusform>
        </translation>
    </message>
    <message>
        <source>Trial run, nothing saved yet: {created} new, {updated} updated, {unchanged} unchanged, {duplicates} repeated rows, {rejected} rows not imported.</source>
        <translation>Trial run, nothing saved yet: {created} new, {updated} updated, {unchanged} unchanged, {duplicates} repeated rows, {rejected} rows not imported.</translation>
    </message>
    <message>
        <source>Imported: {created} new, {updated} updated, {unchanged} unchanged, {duplicates} repeated rows, {rejected} rows not imported.</source>
        <translation>Imported: {created} new, {updated} updated, {unchanged} unchanged, {duplicates} repeated rows, {rejected} rows not imported.</translation>
    </message>
    <message>
        <source>{name} - rows to correct.xlsx</source>
        <translation>{name} - rows to correct.xlsx</translation>
    </message>
    <message>
        <source>Save rows to correct</source>
        <translation>Save rows to correct</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n row(s) to correct in {path}</source>
        <translation>
            <numerusform>Saved %n row to correct in {path}</numerusform>
            <numerusform>Saved %n rows to correct in {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScorePanel</name>
    <message>
        <source>Choose an entry in the ranking to see and type in its judges&apos; scores.</source>
        <translation>Choose an entry in the ranking to see and type in its judges&apos; scores.</translation>
    </message>
    <message>
        <source>Judge</source>
        <translation>Judge</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Judge&apos;s name</source>
        <translation>Judge&apos;s name</translation>
    </message>
    <message>
        <source>0–100</source>
        <translation>0–100</translation>
    </message>
    <message>
        <source>Save score</source>
        <translation>Save score</translation>
    </message>
    <message>
        <source>Remove selected score</source>
        <translation>Remove selected score</translation>
    </message>
    <message>
        <source>A judge scored twice keeps the last score. Scores are out of 100.</source>
        <translation>A judge scored twice keeps the last score. Scores are out of 100.</translation>
    </message>
    <message>
        <source>Type the judge&apos;s name and a score from 0 to 100.</source>
        <translation>Type the judge&apos;s name and a score from 0 to 100.</translation>
    </message>
</context>
<context>
    <name>SectionTable</name>
    <message>
        <source>Nothing recorded yet</source>
        <translation>Nothing recorded yet</translation>
    </message>
</context>
<context>
    <name>ServiceFileFormDialog</name>
    <message>
        <source>The name is masked and the notes are hidden. Showing them is written to the log.</source>
        <translation>The name is masked and the notes are hidden. Showing them is written to the log.</translation>
    </message>
    <message>
        <source>Show full details</source>
        <translation>Show full details</translation>
    </message>
    <message>
        <source>Hidden. Press “Show full details” to read or change the notes.</source>
        <translation>Hidden. Press “Show full details” to read or change the notes.</translation>
    </message>
</context>
<context>
    <name>ServiceFileSpec</name>
    <message>
        <source>Open</source>
        <extracomment>Fields shown only after &quot;Show full details&quot;, which is written to the audit log.</extracomment>
        <translation>Open</translation>
    </message>
    <message>
        <source>Closed {day}</source>
        <translation>Closed {day}</translation>
    </message>
    <message>
        <source>New service file</source>
        <translation>New service file</translation>
    </message>
    <message>
        <source>Service file</source>
        <translation>Service file</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>Opened on</translation>
    </message>
    <message>
        <source>Person or couple served</source>
        <translation>Person or couple served</translation>
    </message>
    <message>
        <source>Personal data: lists show it masked, and reading it in full is logged.</source>
        <translation>Personal data: lists show it masked, and reading it in full is logged.</translation>
    </message>
    <message>
        <source>Village (community)</source>
        <translation>Village (community)</translation>
    </message>
    <message>
        <source>Social worker in charge</source>
        <translation>Social worker in charge</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <source>Service files</source>
        <translation>Service files</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Social worker or village (not the person&apos;s name)</source>
        <translation>Social worker or village (not the person&apos;s name)</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>Community:</source>
        <translation>Community:</translation>
    </message>
    <message>
        <source>All communities</source>
        <translation>All communities</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>Month:</translation>
    </message>
    <message>
        <source>All months</source>
        <translation>All months</translation>
    </message>
    <message>
        <source>No service files opened yet. Press “New…” (Ctrl+N) to open a marriage-custom promotion or family counselling file. Names are shown masked in this list.</source>
        <translation>No service files opened yet. Press “New…” (Ctrl+N) to open a marriage-custom promotion or family counselling file. Names are shown masked in this list.</translation>
    </message>
    <message>
        <source>No service file matches these filters.</source>
        <translation>No service file matches these filters.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
</context>
<context>
    <name>SiteSection</name>
    <message>
        <source>This site</source>
        <translation>This site</translation>
    </message>
    <message>
        <source>e.g. the base&apos;s street address</source>
        <translation>e.g. the base&apos;s street address</translation>
    </message>
    <message>
        <source>Office phone or contact person</source>
        <translation>Office phone or contact person</translation>
    </message>
    <message>
        <source>Division code:</source>
        <translation>Division code:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>Contact:</translation>
    </message>
    <message>
        <source>Save site details</source>
        <translation>Save site details</translation>
    </message>
    <message>
        <source>This computer has not been set up as a site yet.</source>
        <translation>This computer has not been set up as a site yet.</translation>
    </message>
    <message>
        <source>Site details saved.</source>
        <translation>Site details saved.</translation>
    </message>
</context>
<context>
    <name>StaffPanel</name>
    <message>
        <source>Add project staff</source>
        <translation>Add project staff</translation>
    </message>
    <message>
        <source>Edit project staff</source>
        <translation>Edit project staff</translation>
    </message>
    <message>
        <source>From the people list</source>
        <translation>From the people list</translation>
    </message>
    <message>
        <source>Type part of a name</source>
        <translation>Type part of a name</translation>
    </message>
    <message>
        <source>Or a new person</source>
        <translation>Or a new person</translation>
    </message>
    <message>
        <source>Their certificate can be added afterwards with “Qualifications…”.</source>
        <translation>Their certificate can be added afterwards with “Qualifications…”.</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>e.g. project lead, social worker</source>
        <translation>e.g. project lead, social worker</translation>
    </message>
    <message>
        <source>Full-time</source>
        <translation>Full-time</translation>
    </message>
    <message>
        <source>Qualifications</source>
        <translation>Qualifications</translation>
    </message>
    <message>
        <source>Social-work certificate</source>
        <translation>Social-work certificate</translation>
    </message>
    <message>
        <source>Years of practice</source>
        <translation>Years of practice</translation>
    </message>
    <message>
        <source>The policy asks for at least {staff} full-time staff, at least one of them a certified social worker with {years} or more years of practice, and no one full-time on two projects.</source>
        <translation>The policy asks for at least {staff} full-time staff, at least one of them a certified social worker with {years} or more years of practice, and no one full-time on two projects.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <source>Counts as certified</source>
        <translation>Counts as certified</translation>
    </message>
    <message>
        <source>Add staff…</source>
        <translation>Add staff…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Qualifications…</source>
        <translation>Qualifications…</translation>
    </message>
    <message>
        <source>Remove from the project</source>
        <translation>Remove from the project</translation>
    </message>
    <message>
        <source>Staff meet the policy</source>
        <translation>Staff meet the policy</translation>
    </message>
    <message>
        <source>Staff do not meet the policy yet</source>
        <translation>Staff do not meet the policy yet</translation>
    </message>
    <message>
        <source>{full_time} full-time, {certified} of them certified with enough practice.</source>
        <translation>{full_time} full-time, {certified} of them certified with enough practice.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>StandingTableModel</name>
    <message>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organization</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Direct beneficiaries</source>
        <translation>Direct beneficiaries</translation>
    </message>
    <message>
        <source>Pledged (yuan)</source>
        <translation>Pledged (yuan)</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Votes</translation>
    </message>
    <message>
        <source>Expert score</source>
        <translation>Expert score</translation>
    </message>
    <message>
        <source>Pledge score</source>
        <translation>Pledge score</translation>
    </message>
    <message>
        <source>Vote score</source>
        <translation>Vote score</translation>
    </message>
    <message>
        <source>Composite</source>
        <translation>Composite</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Rule flags</source>
        <translation>Rule flags</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>StartupChecks</name>
    <message>
        <source>The program is already open</source>
        <translation>The program is already open</translation>
    </message>
    <message>
        <source>Restore the backup?</source>
        <translation>Restore the backup?</translation>
    </message>
    <message>
        <source>All records will be replaced by the backup of {when}. The damaged file is kept for technical help. Restore now?</source>
        <translation>All records will be replaced by the backup of {when}. The damaged file is kept for technical help. Restore now?</translation>
    </message>
    <message>
        <source>The backup could not be restored</source>
        <translation>The backup could not be restored</translation>
    </message>
    <message>
        <source>The weekly database check found damage</source>
        <translation>The weekly database check found damage</translation>
    </message>
    <message>
        <source>The database check found damage</source>
        <translation>The database check found damage</translation>
    </message>
    <message>
        <source>The backup on closing failed</source>
        <translation>The backup on closing failed</translation>
    </message>
    <message>
        <source>The program backs up the database when it closes, and this time the backup failed ({detail}). Your records are saved. Check that the disk has free space.</source>
        <translation>The program backs up the database when it closes, and this time the backup failed ({detail}). Your records are saved. Check that the disk has free space.</translation>
    </message>
    <message>
        <source>The automatic backup failed</source>
        <translation>The automatic backup failed</translation>
    </message>
    <message>
        <source>The program could not make its automatic backup ({detail}). Your records are saved, and it tries again every 30 minutes. Check that the disk has free space.</source>
        <translation>The program could not make its automatic backup ({detail}). Your records are saved, and it tries again every 30 minutes. Check that the disk has free space.</translation>
    </message>
</context>
<context>
    <name>StoryView</name>
    <message>
        <source>Not yet effectively incubated</source>
        <translation>Not yet effectively incubated</translation>
    </message>
    <message numerus="yes">
        <source>Filed with the township, and %n community service activities held.</source>
        <translation>
            <numerusform>Filed with the township, and %n community service activity held.</numerusform>
            <numerusform>Filed with the township, and %n community service activities held.</numerusform>
        </translation>
    </message>
    <message>
        <source>Effectively incubated</source>
        <translation>Effectively incubated</translation>
    </message>
    <message>
        <source>not yet filed with the township</source>
        <translation>not yet filed with the township</translation>
    </message>
    <message numerus="yes">
        <source>still %n activity short</source>
        <translation>
            <numerusform>still %n activity short</numerusform>
            <numerusform>still %n activities short</numerusform>
        </translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message numerus="yes">
        <source>An organization counts as effectively incubated once it is filed with the township and has held at least %n community service activities.</source>
        <translation>
            <numerusform>An organization counts as effectively incubated once it is filed with the township and has held at least %n community service activity.</numerusform>
            <numerusform>An organization counts as effectively incubated once it is filed with the township and has held at least %n community service activities.</numerusform>
        </translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Opened</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Checked</translation>
    </message>
    <message>
        <source>Still missing</source>
        <translation>Still missing</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Attendee</source>
        <translation>Attendee</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>Donor</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Value (yuan)</source>
        <translation>Value (yuan)</translation>
    </message>
    <message>
        <source>Contest</source>
        <translation>Contest</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>Grant</translation>
    </message>
    <message>
        <source>Written on</source>
        <translation>Written on</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Stage history</source>
        <translation>Stage history</translation>
    </message>
    <message>
        <source>Incubation plan and milestones</source>
        <translation>Incubation plan and milestones</translation>
    </message>
    <message>
        <source>Filing and registration checklist</source>
        <translation>Filing and registration checklist</translation>
    </message>
    <message>
        <source>Trainings attended</source>
        <translation>Trainings attended</translation>
    </message>
    <message>
        <source>Resources received</source>
        <translation>Resources received</translation>
    </message>
    <message>
        <source>Venture contest entries</source>
        <translation>Venture contest entries</translation>
    </message>
    <message>
        <source>Case studies</source>
        <translation>Case studies</translation>
    </message>
    <message>
        <source>no village or community given</source>
        <translation>no village or community given</translation>
    </message>
    <message numerus="yes">
        <source>Service activities (%n held)</source>
        <translation>
            <numerusform>Service activities (%n held)</numerusform>
            <numerusform>Service activities (%n held)</numerusform>
        </translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>Leader</translation>
    </message>
    <message>
        <source>Leader&apos;s phone</source>
        <translation>Leader&apos;s phone</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Service areas</source>
        <translation>Service areas</translation>
    </message>
    <message>
        <source>Founded on</source>
        <translation>Founded on</translation>
    </message>
    <message>
        <source>Moved in on</source>
        <translation>Moved in on</translation>
    </message>
    <message>
        <source>Filed on</source>
        <translation>Filed on</translation>
    </message>
    <message>
        <source>Filing number</source>
        <translation>Filing number</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>Registered on</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>Credit code</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Rating</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>:</source>
        <translation>:</translation>
    </message>
    <message>
        <source>No incubation plan yet.</source>
        <translation>No incubation plan yet.</translation>
    </message>
    <message>
        <source>{goals}
Support: {support} · Mentor: {mentor} · Period: {period}</source>
        <translation>{goals}
Support: {support} · Mentor: {mentor} · Period: {period}</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Milestone</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>not yet</translation>
    </message>
    <message>
        <source>Add milestone…</source>
        <translation>Add milestone…</translation>
    </message>
    <message>
        <source>Edit plan…</source>
        <translation>Edit plan…</translation>
    </message>
</context>
<context>
    <name>SyncCounts</name>
    <message>
        <source>Record type</source>
        <extracomment>The columns of an import preview, in the order of the core&apos;s per-type counts.</extracomment>
        <translation>Record type</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>SyncErrorText</name>
    <message>
        <source>This bundle cannot be imported. The database was not changed.</source>
        <translation>This bundle cannot be imported. The database was not changed.</translation>
    </message>
    <message>
        <source>The bundle file cannot be read. Copy it to this computer and try again.</source>
        <translation>The bundle file cannot be read. Copy it to this computer and try again.</translation>
    </message>
    <message>
        <source>This file is far too large to be a bundle of this program. Nothing was changed.</source>
        <translation>This file is far too large to be a bundle of this program. Nothing was changed.</translation>
    </message>
    <message>
        <source>The bundle file is incomplete: copying was interrupted or the USB stick is faulty. Ask for it to be exported again. Nothing was changed.</source>
        <translation>The bundle file is incomplete: copying was interrupted or the USB stick is faulty. Ask for it to be exported again. Nothing was changed.</translation>
    </message>
    <message>
        <source>This file is not a bundle. Choose a file ending in .incubator-bundle.</source>
        <translation>This file is not a bundle. Choose a file ending in .incubator-bundle.</translation>
    </message>
    <message>
        <source>The bundle was made by a newer version of the program. Update this program first.</source>
        <translation>The bundle was made by a newer version of the program. Update this program first.</translation>
    </message>
    <message>
        <source>The bundle is damaged. Ask for it to be exported again. Nothing was changed.</source>
        <translation>The bundle is damaged. Ask for it to be exported again. Nothing was changed.</translation>
    </message>
    <message>
        <source>The bundle&apos;s header is abnormally large and was refused. Nothing was changed.</source>
        <translation>The bundle&apos;s header is abnormally large and was refused. Nothing was changed.</translation>
    </message>
    <message>
        <source>The bundle is signed by a key this site does not trust (site {site}). Enroll that site&apos;s public key first. Nothing was changed.</source>
        <translation>The bundle is signed by a key this site does not trust (site {site}). Enroll that site&apos;s public key first. Nothing was changed.</translation>
    </message>
    <message>
        <source>The bundle is signed by a key this site does not trust. Enroll the sender&apos;s public key first.</source>
        <translation>The bundle is signed by a key this site does not trust. Enroll the sender&apos;s public key first.</translation>
    </message>
    <message>
        <source>The bundle is signed by a revoked key. The sender must make and enroll new keys. Nothing was changed.</source>
        <translation>The bundle is signed by a revoked key. The sender must make and enroll new keys. Nothing was changed.</translation>
    </message>
    <message>
        <source>The bundle claims to come from site {site} but is signed by another site&apos;s key: it may be forged. Nothing was changed.</source>
        <translation>The bundle claims to come from site {site} but is signed by another site&apos;s key: it may be forged. Nothing was changed.</translation>
    </message>
    <message>
        <source>The bundle&apos;s signer does not match its sender: it may be forged. Nothing was changed.</source>
        <translation>The bundle&apos;s signer does not match its sender: it may be forged. Nothing was changed.</translation>
    </message>
    <message>
        <source>The bundle&apos;s signature is wrong: it is damaged or was altered. Nothing was changed.</source>
        <translation>The bundle&apos;s signature is wrong: it is damaged or was altered. Nothing was changed.</translation>
    </message>
    <message>
        <source>This bundle is addressed to site {recipient}, not to this site ({me}). Nothing was changed.</source>
        <translation>This bundle is addressed to site {recipient}, not to this site ({me}). Nothing was changed.</translation>
    </message>
    <message>
        <source>This bundle is addressed to another site. Nothing was changed.</source>
        <translation>This bundle is addressed to another site. Nothing was changed.</translation>
    </message>
    <message>
        <source>This bundle was locked with a key this site no longer uses. Ask the sender to enroll this site&apos;s new public key and export again. Nothing was changed.</source>
        <translation>This bundle was locked with a key this site no longer uses. Ask the sender to enroll this site&apos;s new public key and export again. Nothing was changed.</translation>
    </message>
    <message>
        <source>Serious: bundle No. {sequence} from site {sender} was already imported, with different contents. The file was kept aside for checking. Ask for technical help. Nothing was changed.</source>
        <translation>Serious: bundle No. {sequence} from site {sender} was already imported, with different contents. The file was kept aside for checking. Ask for technical help. Nothing was changed.</translation>
    </message>
    <message>
        <source>Serious: a bundle with this number was already imported, with different contents. Ask for technical help. Nothing was changed.</source>
        <translation>Serious: a bundle with this number was already imported, with different contents. Ask for technical help. Nothing was changed.</translation>
    </message>
    <message>
        <source>Serious: this bundle does not fit with the bundles before and after it. Ask for technical help. Nothing was changed.</source>
        <translation>Serious: this bundle does not fit with the bundles before and after it. Ask for technical help. Nothing was changed.</translation>
    </message>
    <message>
        <source>The bundle&apos;s contents are not in the expected form. Nothing was changed.</source>
        <translation>The bundle&apos;s contents are not in the expected form. Nothing was changed.</translation>
    </message>
    <message>
        <source>The bundle comes from a newer version of the program. Update this program first.</source>
        <translation>The bundle comes from a newer version of the program. Update this program first.</translation>
    </message>
    <message>
        <source>The bundle holds a record that is not in the expected form. Nothing was changed.</source>
        <translation>The bundle holds a record that is not in the expected form. Nothing was changed.</translation>
    </message>
    <message>
        <source>The bundle carries sensitive service files, which never travel. Nothing was changed.</source>
        <translation>The bundle carries sensitive service files, which never travel. Nothing was changed.</translation>
    </message>
    <message>
        <source>The bundle changes records that belong to another site, which the sender may not do. Nothing was changed.</source>
        <translation>The bundle changes records that belong to another site, which the sender may not do. Nothing was changed.</translation>
    </message>
    <message>
        <source>The bundle tries to change another site&apos;s records. Nothing was changed.</source>
        <translation>The bundle tries to change another site&apos;s records. Nothing was changed.</translation>
    </message>
    <message>
        <source>The bundle&apos;s header does not match its contents: it may have been altered. Nothing was changed.</source>
        <translation>The bundle&apos;s header does not match its contents: it may have been altered. Nothing was changed.</translation>
    </message>
    <message>
        <source>Only this site&apos;s own district may send a restore bundle. Nothing was changed.</source>
        <translation>Only this site&apos;s own district may send a restore bundle. Nothing was changed.</translation>
    </message>
    <message>
        <source>The bundle refers to records this site does not have yet. Import the earlier bundles first. Nothing was changed.</source>
        <translation>The bundle refers to records this site does not have yet. Import the earlier bundles first. Nothing was changed.</translation>
    </message>
    <message>
        <source>The bundle holds a record that clashes with one already here. Nothing was changed.</source>
        <translation>The bundle holds a record that clashes with one already here. Nothing was changed.</translation>
    </message>
    <message>
        <source>The bundle carries the same record twice: it may be altered. Nothing was changed.</source>
        <translation>The bundle carries the same record twice: it may be altered. Nothing was changed.</translation>
    </message>
    <message>
        <source>A township sends bundles only to its own district ({parent}).</source>
        <translation>A township sends bundles only to its own district ({parent}).</translation>
    </message>
    <message>
        <source>A township sends bundles only to its own district.</source>
        <translation>A township sends bundles only to its own district.</translation>
    </message>
    <message>
        <source>Choose the township the bundle is for.</source>
        <translation>Choose the township the bundle is for.</translation>
    </message>
    <message>
        <source>The bundle read back from the drive differs from what was written, so the drive may be faulty. The file was removed; try another USB stick.</source>
        <translation>The bundle read back from the drive differs from what was written, so the drive may be faulty. The file was removed; try another USB stick.</translation>
    </message>
    <message>
        <source>Only a district can make a restore bundle.</source>
        <translation>Only a district can make a restore bundle.</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was changed.</source>
        <translation>Cancelled. Nothing was changed.</translation>
    </message>
    <message>
        <source>There is a problem with this site&apos;s keys. Ask for technical help.</source>
        <translation>There is a problem with this site&apos;s keys. Ask for technical help.</translation>
    </message>
    <message>
        <source>This computer&apos;s private key was not found. Bundles can only be made on the computer that made the keys.</source>
        <translation>This computer&apos;s private key was not found. Bundles can only be made on the computer that made the keys.</translation>
    </message>
    <message>
        <source>The key file is locked with a passphrase. Enter the passphrase to continue.</source>
        <translation>The key file is locked with a passphrase. Enter the passphrase to continue.</translation>
    </message>
    <message>
        <source>The passphrase is too short: at least {min} characters.</source>
        <translation>The passphrase is too short: at least {min} characters.</translation>
    </message>
    <message>
        <source>The passphrase is too short.</source>
        <translation>The passphrase is too short.</translation>
    </message>
    <message>
        <source>The passphrase is wrong, so the key file cannot be opened.</source>
        <translation>The passphrase is wrong, so the key file cannot be opened.</translation>
    </message>
    <message>
        <source>The key file was not found. Ask for technical help.</source>
        <translation>The key file was not found. Ask for technical help.</translation>
    </message>
    <message>
        <source>The key file is damaged. Ask for technical help.</source>
        <translation>The key file is damaged. Ask for technical help.</translation>
    </message>
    <message>
        <source>This site has no usable keys yet. Run “incubator keys generate” (or ask for technical help).</source>
        <translation>This site has no usable keys yet. Run “incubator keys generate” (or ask for technical help).</translation>
    </message>
    <message>
        <source>Site {site}&apos;s public key has not been enrolled yet. Enroll its public-key file first.</source>
        <translation>Site {site}&apos;s public key has not been enrolled yet. Enroll its public-key file first.</translation>
    </message>
    <message>
        <source>The other site&apos;s public key has not been enrolled yet. Enroll it first.</source>
        <translation>The other site&apos;s public key has not been enrolled yet. Enroll it first.</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Send a bundle</source>
        <translation>Send a bundle</translation>
    </message>
    <message>
        <source>Receive a bundle</source>
        <translation>Receive a bundle</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>This computer has not been set up yet, so there is nothing to sync.</source>
        <translation>This computer has not been set up yet, so there is nothing to sync.</translation>
    </message>
    <message>
        <source>{name} ({code}) · {role}</source>
        <translation>{name} ({code}) · {role}</translation>
    </message>
    <message numerus="yes">
        <source>Conflicts (%n not seen)</source>
        <translation>
            <numerusform>Conflicts (%n not seen)</numerusform>
            <numerusform>Conflicts (%n not seen)</numerusform>
        </translation>
    </message>
    <message>
        <source>History (bundles missing)</source>
        <translation>History (bundles missing)</translation>
    </message>
</context>
<context>
    <name>TargetsBar</name>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n short of the target</source>
        <translation>
            <numerusform>%n short of the target</numerusform>
            <numerusform>%n short of the target</numerusform>
        </translation>
    </message>
    <message>
        <source>target met</source>
        <translation>target met</translation>
    </message>
    <message>
        <source>{kind}: {files} (target ≥ {target}), {state}</source>
        <translation>{kind}: {files} (target ≥ {target}), {state}</translation>
    </message>
    <message>
        <source>Opened {start} to {end}</source>
        <translation>Opened {start} to {end}</translation>
    </message>
</context>
<context>
    <name>TownshipDrilldown</name>
    <message>
        <source>{name} — indicators</source>
        <translation>{name} — indicators</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Achieved</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Read-only: the township owns these records and corrects them itself.</source>
        <translation>Read-only: the township owns these records and corrects them itself.</translation>
    </message>
</context>
<context>
    <name>TrainingSpec</name>
    <message>
        <source>New training</source>
        <translation>New training</translation>
    </message>
    <message>
        <source>Edit training</source>
        <translation>Edit training</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Held on</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Trainer</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>Trainings</source>
        <translation>Trainings</translation>
    </message>
    <message>
        <source>Attendances</source>
        <translation>Attendances</translation>
    </message>
    <message>
        <source>Title, trainer or place</source>
        <translation>Title, trainer or place</translation>
    </message>
    <message>
        <source>Topic:</source>
        <translation>Topic:</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>All topics</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>Month:</translation>
    </message>
    <message>
        <source>All months</source>
        <translation>All months</translation>
    </message>
    <message>
        <source>No trainings recorded yet. Press “New…” (Ctrl+N) after a training, then add who attended.</source>
        <translation>No trainings recorded yet. Press “New…” (Ctrl+N) after a training, then add who attended.</translation>
    </message>
    <message>
        <source>No training matches these filters.</source>
        <translation>No training matches these filters.</translation>
    </message>
</context>
<context>
    <name>TrainingsPage</name>
    <message>
        <source>Print sign-in sheet…</source>
        <translation>Print sign-in sheet…</translation>
    </message>
    <message>
        <source>Blank, or filled in</source>
        <translation>Blank, or filled in</translation>
    </message>
</context>
<context>
    <name>TranchePanel</name>
    <message>
        <source>yuan</source>
        <translation>yuan</translation>
    </message>
    <message>
        <source>Plan tranches of 50 %, 30 % and 20 %</source>
        <translation>Plan tranches of 50 %, 30 % and 20 %</translation>
    </message>
    <message>
        <source>Grant:</source>
        <translation>Grant:</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>Condition met</source>
        <translation>Condition met</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Paid on</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>e.g. 2024-05-01</source>
        <translation>e.g. 2024-05-01</translation>
    </message>
    <message>
        <source>Condition met on this day</source>
        <translation>Condition met on this day</translation>
    </message>
    <message>
        <source>Paid on this day</source>
        <translation>Paid on this day</translation>
    </message>
    <message>
        <source>Selected tranche:</source>
        <translation>Selected tranche:</translation>
    </message>
    <message>
        <source>Choose a winning entry in the ranking to plan and record its grant tranches.</source>
        <translation>Choose a winning entry in the ranking to plan and record its grant tranches.</translation>
    </message>
    <message>
        <source>Only winning entries receive a grant in tranches; this entry&apos;s result is “{result}”.</source>
        <translation>Only winning entries receive a grant in tranches; this entry&apos;s result is “{result}”.</translation>
    </message>
    <message>
        <source>No tranches planned yet. Check the grant and plan them: 50 % at contract, 30 % at mid-term and 20 % at final acceptance.</source>
        <translation>No tranches planned yet. Check the grant and plan them: 50 % at contract, 30 % at mid-term and 20 % at final acceptance.</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Can be paid</source>
        <translation>Can be paid</translation>
    </message>
    <message>
        <source>Waiting for the condition</source>
        <translation>Waiting for the condition</translation>
    </message>
    <message>
        <source>Waiting for the earlier tranche</source>
        <translation>Waiting for the earlier tranche</translation>
    </message>
    <message>
        <source>Tranches planned.</source>
        <translation>Tranches planned.</translation>
    </message>
    <message>
        <source>Type the date first.</source>
        <translation>Type the date first.</translation>
    </message>
    <message>
        <source>Recorded: the condition of tranche {number} was met on {day}.</source>
        <translation>Recorded: the condition of tranche {number} was met on {day}.</translation>
    </message>
    <message>
        <source>Recorded: tranche {number} was paid on {day}.</source>
        <translation>Recorded: tranche {number} was paid on {day}.</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>Monthly trend</source>
        <translation>Monthly trend</translation>
    </message>
    <message>
        <source>Indicator:</source>
        <translation>Indicator:</translation>
    </message>
    <message>
        <source>Added in the month</source>
        <translation>Added in the month</translation>
    </message>
    <message>
        <source>Running total</source>
        <translation>Running total</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>{label} ({unit})</source>
        <translation>{label} ({unit})</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>VaultKeeper</name>
    <message>
        <source>Key file passphrase</source>
        <extracomment>Key problems the clerk can solve by typing the passphrase (again).</extracomment>
        <translation>Key file passphrase</translation>
    </message>
    <message>
        <source>That passphrase was wrong. Enter the passphrase of this site&apos;s key file:</source>
        <translation>That passphrase was wrong. Enter the passphrase of this site&apos;s key file:</translation>
    </message>
    <message>
        <source>This site&apos;s keys are kept in a file locked with a passphrase. Enter the passphrase:</source>
        <translation>This site&apos;s keys are kept in a file locked with a passphrase. Enter the passphrase:</translation>
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
    <message>
        <source>Elderly</source>
        <translation>Elderly</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>Disability</translation>
    </message>
    <message>
        <source>Children and youth</source>
        <translation>Children and youth</translation>
    </message>
    <message>
        <source>Relief for families in need</source>
        <translation>Relief for families in need</translation>
    </message>
    <message>
        <source>Marriage and family</source>
        <translation>Marriage and family</translation>
    </message>
    <message>
        <source>Mediation</source>
        <translation>Mediation</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environment</translation>
    </message>
    <message>
        <source>Culture</source>
        <translation>Culture</translation>
    </message>
    <message>
        <source>Volunteering</source>
        <translation>Volunteering</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Venue</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Funding</translation>
    </message>
    <message>
        <source>Professional guidance</source>
        <translation>Professional guidance</translation>
    </message>
    <message>
        <source>Capacity building</source>
        <translation>Capacity building</translation>
    </message>
    <message>
        <source>Filing with the township</source>
        <translation>Filing with the township</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Registration</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Not handed in</source>
        <translation>Not handed in</translation>
    </message>
    <message>
        <source>Handed in</source>
        <translation>Handed in</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Checked</translation>
    </message>
    <message>
        <source>Application form</source>
        <translation>Application form</translation>
    </message>
    <message>
        <source>Articles of association</source>
        <translation>Articles of association</translation>
    </message>
    <message>
        <source>Leader&apos;s proof of identity</source>
        <translation>Leader&apos;s proof of identity</translation>
    </message>
    <message>
        <source>Proof of premises</source>
        <translation>Proof of premises</translation>
    </message>
    <message>
        <source>List of members</source>
        <translation>List of members</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>Leader</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Volunteer</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>Trainee</translation>
    </message>
    <message>
        <source>Social worker</source>
        <translation>Social worker</translation>
    </message>
    <message>
        <source>Project staff</source>
        <translation>Project staff</translation>
    </message>
    <message>
        <source>Assistant social worker</source>
        <translation>Assistant social worker</translation>
    </message>
    <message>
        <source>Intermediate social worker</source>
        <translation>Intermediate social worker</translation>
    </message>
    <message>
        <source>Senior social worker</source>
        <translation>Senior social worker</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Civil-affairs policy</source>
        <translation>Civil-affairs policy</translation>
    </message>
    <message>
        <source>Good governance</source>
        <translation>Good governance</translation>
    </message>
    <message>
        <source>Social work</source>
        <translation>Social work</translation>
    </message>
    <message>
        <source>Project management</source>
        <translation>Project management</translation>
    </message>
    <message>
        <source>Party building</source>
        <translation>Party building</translation>
    </message>
    <message>
        <source>Casework</source>
        <translation>Casework</translation>
    </message>
    <message>
        <source>Group work</source>
        <translation>Group work</translation>
    </message>
    <message>
        <source>Community activity</source>
        <translation>Community activity</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>Charitable organization</source>
        <translation>Charitable organization</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Individual</translation>
    </message>
    <message>
        <source>Public institution</source>
        <translation>Public institution</translation>
    </message>
    <message>
        <source>Other donor</source>
        <translation>Other donor</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <source>In kind</source>
        <translation>In kind</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>Entered</translation>
    </message>
    <message>
        <source>Finalist</source>
        <translation>Finalist</translation>
    </message>
    <message>
        <source>Winner</source>
        <translation>Winner</translation>
    </message>
    <message>
        <source>Best idea award</source>
        <translation>Best idea award</translation>
    </message>
    <message>
        <source>Not awarded</source>
        <translation>Not awarded</translation>
    </message>
    <message>
        <source>Contract signed</source>
        <translation>Contract signed</translation>
    </message>
    <message>
        <source>Mid-term acceptance</source>
        <translation>Mid-term acceptance</translation>
    </message>
    <message>
        <source>Final acceptance</source>
        <translation>Final acceptance</translation>
    </message>
    <message>
        <source>Personnel</source>
        <translation>Personnel</translation>
    </message>
    <message>
        <source>Service costs</source>
        <translation>Service costs</translation>
    </message>
    <message>
        <source>Evaluation and other</source>
        <translation>Evaluation and other</translation>
    </message>
    <message>
        <source>Marriage-custom promotion</source>
        <translation>Marriage-custom promotion</translation>
    </message>
    <message>
        <source>Family counselling</source>
        <translation>Family counselling</translation>
    </message>
</context>
<context>
    <name>Workspaces</name>
    <message>
        <source>District summary</source>
        <extracomment>Where a search hit of each record kind (as the core names kinds) is shown. The district bureau&apos;s consolidation workspace: listed first, and only on a district site.</extracomment>
        <translation>District summary</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Organizations</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
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
