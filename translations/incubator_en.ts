<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
    <name>FilterBar</name>
    <message>
        <source>MMM yyyy</source>
        <translation>MMM yyyy</translation>
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
    <name>ImageViewerDialog</name>
    <message>
        <source>This file cannot be shown as a picture.</source>
        <translation>This file cannot be shown as a picture.</translation>
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
    <name>SectionTable</name>
    <message>
        <source>Nothing recorded yet</source>
        <translation>Nothing recorded yet</translation>
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
