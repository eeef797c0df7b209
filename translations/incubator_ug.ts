<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ug" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <source>About</source>
        <extracomment>(component, licence) — fonts first: their licence files ship in resources/fonts/.</extracomment>
        <translation>ھەققىدە</translation>
    </message>
    <message>
        <source>Community Organization Incubator</source>
        <translation>مەھەللە ئىجتىمائىي تەشكىلاتلىرىنى يېتىشتۈرۈش سىستېمىسى</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>نەشرى {version}</translation>
    </message>
    <message>
        <source>Data folder: {folder}</source>
        <translation>سانلىق مەلۇمات قىسقۇچى: {folder}</translation>
    </message>
    <message>
        <source>Database: {database}</source>
        <translation>ساندان: {database}</translation>
    </message>
    <message>
        <source>Bundled fonts</source>
        <translation>بىللە تارقىتىلغان خەت نۇسخىلىرى</translation>
    </message>
    <message>
        <source>Main libraries</source>
        <translation>ئاساسلىق يۇمشاق دېتال ئامبارلىرى</translation>
    </message>
    <message>
        <source>The full licence texts are in the fonts folder of the installation.</source>
        <translation>ئىجازەتنامىنىڭ تولۇق تېكىستى قاچىلاش مۇندەرىجىسىدىكى fonts قىسقۇچىدا.</translation>
    </message>
</context>
<context>
    <name>ActivitySpec</name>
    <message>
        <source>New service activity</source>
        <translation>يېڭى مۇلازىمەت پائالىيىتى</translation>
    </message>
    <message>
        <source>Edit service activity</source>
        <translation>مۇلازىمەت پائالىيىتىنى تەھرىرلەش</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>پائالىيەت نامى</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>ئۆتكۈزۈلگەن چېسلا</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>پائالىيەت تۈرى</translation>
    </message>
    <message>
        <source>Service area</source>
        <translation>مۇلازىمەت ساھەسى</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>ئۆتكۈزگەن تەشكىلات</translation>
    </message>
    <message>
        <source>Leave empty when the base itself held it</source>
        <translation>بازىنىڭ ئۆزى ئۆتكۈزگەن بولسا، بوش قالدۇرۇڭ</translation>
    </message>
    <message>
        <source>Village (community)</source>
        <translation>كەنت (مەھەللە)</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>ئۆتكۈزۈلگەن جاي</translation>
    </message>
    <message>
        <source>People served</source>
        <translation>مۇلازىمەت قىلىنغان ئادەم-قېتىم</translation>
    </message>
    <message>
        <source>Count each person each time (人次).</source>
        <translation>بىر كىشى ھەر قېتىم قاتناشسا، بىر ئادەم-قېتىم ھېسابلىنىدۇ.</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>پىدائىيلار سانى</translation>
    </message>
    <message>
        <source>Volunteer hours</source>
        <translation>پىدائىي مۇلازىمەت ۋاقتى (سائەت)</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>پائالىيەت مەزمۇنى</translation>
    </message>
    <message>
        <source>Service activities</source>
        <translation>مۇلازىمەت پائالىيەتلىرى</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>ساھە</translation>
    </message>
    <message>
        <source>(the base)</source>
        <translation>(بازىنىڭ ئۆزى)</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>سۈرەتلەر</translation>
    </message>
    <message>
        <source>Title, place, or organization</source>
        <translation>پائالىيەت نامى، جاي ياكى تەشكىلات</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>تۈرى:</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>بارلىق تۈرلەر</translation>
    </message>
    <message>
        <source>Area:</source>
        <translation>ساھە:</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>بارلىق ساھەلەر</translation>
    </message>
    <message>
        <source>Organization:</source>
        <translation>تەشكىلات:</translation>
    </message>
    <message>
        <source>All organizations</source>
        <translation>بارلىق تەشكىلاتلار</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>ئاي:</translation>
    </message>
    <message>
        <source>All months</source>
        <translation>بارلىق ئايلار</translation>
    </message>
    <message>
        <source>No service activities recorded yet. Press “New…” (Ctrl+N) to record one, then add its photos.</source>
        <translation>تېخى مۇلازىمەت پائالىيىتى خاتىرىلەنمىدى. «يېڭى…» (Ctrl+N) نى بېسىپ بىرنى خاتىرىلەڭ، ئاندىن سۈرەتلىرىنى قوشۇڭ.</translation>
    </message>
    <message>
        <source>No activity matches these filters.</source>
        <translation>بۇ سۈزگۈچكە ماس كېلىدىغان پائالىيەت يوق.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>The database cannot be opened</source>
        <translation>سانداننى ئاچقىلى بولمىدى</translation>
    </message>
    <message>
        <source>The database could not be opened ({detail}). Ask for technical help.</source>
        <translation>ساندان ئېچىلمىدى ({detail}). تېخنىكىلىق ياردەم سوراڭ.</translation>
    </message>
    <message>
        <source>Community Organization Incubator</source>
        <translation>مەھەللە ئىجتىمائىي تەشكىلاتلىرىنى يېتىشتۈرۈش سىستېمىسى</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>Photos and scans</source>
        <translation>سۈرەت ۋە سىكانېرلانغان ھۆججەتلەر</translation>
    </message>
    <message>
        <source>Choose a record on the left to see or add its photos.</source>
        <translation>سۈرەتلىرىنى كۆرۈش ياكى قوشۇش ئۈچۈن تىزىملىكتىن بىر خاتىرىنى تاللاڭ.</translation>
    </message>
    <message>
        <source>Drag photos or scans here, or</source>
        <translation>سۈرەت ياكى سىكانېرلانغان ھۆججەتلەرنى بۇ يەرگە سۆرەپ ئەكىرىڭ، ياكى</translation>
    </message>
    <message>
        <source>Choose files…</source>
        <translation>ھۆججەت تاللاش…</translation>
    </message>
    <message>
        <source>No photos yet. Photos of the activity, sign-in sheets and other scans can be kept here.</source>
        <translation>تېخى سۈرەت يوق. پائالىيەت سۈرەتلىرى، ئىمزا جەدۋىلى ۋە باشقا سىكانېرلانغان ھۆججەتلەرنى بۇ يەردە ساقلىغىلى بولىدۇ.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>ئېچىش</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>چىقىرىۋېتىش</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>جەمئىي %n ھۆججەت</numerusform>
            <numerusform>جەمئىي %n ھۆججەت</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose photos or scans</source>
        <translation>سۈرەت ياكى سىكانېرلانغان ھۆججەت تاللاش</translation>
    </message>
    <message>
        <source>Photos and scans (*.jpg *.jpeg *.png *.bmp *.gif *.webp *.tif *.tiff *.pdf)</source>
        <translation>سۈرەت ۋە سىكانېرلانغان ھۆججەت (*.jpg *.jpeg *.png *.bmp *.gif *.webp *.tif *.tiff *.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Copying %n file(s)…</source>
        <translation>
            <numerusform>%n ھۆججەت كۆچۈرۈلۈۋاتىدۇ…</numerusform>
            <numerusform>%n ھۆججەت كۆچۈرۈلۈۋاتىدۇ…</numerusform>
        </translation>
    </message>
    <message>
        <source>Added: {names}</source>
        <translation>قوشۇلدى: {names}</translation>
    </message>
    <message>
        <source>Already attached: {names}</source>
        <translation>ئىلگىرى قوشۇلغان: {names}</translation>
    </message>
    <message>
        <source>Not added: {name} ({reason})</source>
        <translation>قوشۇلمىدى: {name} ({reason})</translation>
    </message>
    <message>
        <source>Removed “{name}”.</source>
        <translation>«{name}» چىقىرىۋېتىلدى.</translation>
    </message>
</context>
<context>
    <name>AttendancePanel</name>
    <message>
        <source>Attendance</source>
        <translation>قاتناشقۇچىلار تىزىملىكى</translation>
    </message>
    <message>
        <source>Choose a training on the left to see and record who attended.</source>
        <translation>قاتناشقانلارنى كۆرۈش ۋە خاتىرىلەش ئۈچۈن تىزىملىكتىن بىر تەربىيەلەشنى تاللاڭ.</translation>
    </message>
    <message>
        <source>Type part of a name</source>
        <translation>ئىسىمنىڭ بىر قىسمىنى كىرگۈزۈڭ</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>قوشۇش</translation>
    </message>
    <message>
        <source>Name of someone not in the people list</source>
        <translation>خادىملار تىزىملىكىدە يوق كىشىنىڭ ئىسمى</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>تاللانغاننى چىقىرىۋېتىش</translation>
    </message>
    <message>
        <source>From the people list:</source>
        <translation>خادىملار تىزىملىكىدىن:</translation>
    </message>
    <message>
        <source>Walk-in:</source>
        <translation>ۋاقىتلىق قاتناشقۇچى:</translation>
    </message>
    <message>
        <source>  (walk-in)</source>
        <translation>  (ۋاقىتلىق قاتناشقۇچى)</translation>
    </message>
    <message numerus="yes">
        <source>%n attendance(s)</source>
        <translation>
            <numerusform>جەمئىي %n ئادەم-قېتىم</numerusform>
            <numerusform>جەمئىي %n ئادەم-قېتىم</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose someone from the list, or add them as a walk-in below.</source>
        <translation>تىزىملىكتىن بىر كىشىنى تاللاڭ ياكى تۆۋەندە ۋاقىتلىق قاتناشقۇچى سۈپىتىدە قوشۇڭ.</translation>
    </message>
    <message>
        <source>This person is already on the list.</source>
        <translation>بۇ كىشى تىزىملىكتە بار.</translation>
    </message>
</context>
<context>
    <name>AutomaticBackupsSection</name>
    <message>
        <source>Automatic backups</source>
        <translation>ئاپتوماتىك زاپاسلاش</translation>
    </message>
    <message>
        <source>The program backs up the database by itself: when it closes, every 30 minutes while records are being changed, and before every import, upgrade and restore. It keeps the newest 10 backups, one a day for two weeks, one a week for two months and one a month for a year.</source>
        <translation>پروگرامما سانداننى ئۆزلۈكىدىن زاپاسلايدۇ: تاقالغاندا، خاتىرىلەر ئۆزگەرتىلىۋاتقان ۋاقىتتا ھەر 30 مىنۇتتا بىر قېتىم، شۇنداقلا ھەر قېتىملىق ئەكىرىش، يېڭىلاش ۋە ئەسلىگە كەلتۈرۈشتىن بۇرۇن. ئەڭ يېڭى 10 زاپاس نۇسخا، ئىككى ھەپتە ئىچىدە كۈندە بىردىن، ئىككى ئاي ئىچىدە ھەپتىدە بىردىن، بىر يىل ئىچىدە ئايدا بىردىن زاپاس نۇسخا ساقلىنىدۇ.</translation>
    </message>
    <message>
        <source>So that they never fill the disk, the oldest are also deleted when they would take more than 10 GB or half of the free space; the newest three are always kept.</source>
        <translation>دىسكا تولۇپ قالماسلىقى ئۈچۈن، زاپاس نۇسخىلار 10 GB دىن ياكى بوش ئورۇننىڭ يېرىمىدىن ئېشىپ كەتسە، ئەڭ كونىلىرىمۇ ئۆچۈرۈلىدۇ؛ ئەڭ يېڭى ئۈچى ھەمىشە ساقلىنىدۇ.</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>قىسقۇچنى ئېچىش</translation>
    </message>
    <message>
        <source>Restore the selected backup…</source>
        <translation>تاللانغان زاپاس نۇسخىنى ئەسلىگە كەلتۈرۈش…</translation>
    </message>
    <message>
        <source>Restore from a file…</source>
        <translation>ھۆججەتتىن ئەسلىگە كەلتۈرۈش…</translation>
    </message>
    <message>
        <source>The database is on a database server: back it up with the server&apos;s own tools.</source>
        <translation>ساندان ساندان مۇلازىمېتىرىدا: ئۇنى مۇلازىمېتىرنىڭ ئۆز قوراللىرى بىلەن زاپاسلاڭ.</translation>
    </message>
    <message>
        <source>when the program closed</source>
        <translation>پروگرامما تاقالغاندا</translation>
    </message>
    <message>
        <source>while working (every 30 minutes)</source>
        <translation>ئىشلەۋاتقاندا (ھەر 30 مىنۇتتا)</translation>
    </message>
    <message>
        <source>before a bundle import</source>
        <translation>بولاق ئەكىرىشتىن بۇرۇن</translation>
    </message>
    <message>
        <source>before a roster import</source>
        <translation>تىزىملىك ئەكىرىشتىن بۇرۇن</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>پروگرامما يېڭىلاشتىن بۇرۇن</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>ئەسلىگە كەلتۈرۈشتىن بۇرۇن</translation>
    </message>
    <message>
        <source>from the command line</source>
        <translation>بۇيرۇق قۇرىدا</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>قولدا</translation>
    </message>
    <message>
        <source>Folder: {folder}</source>
        <translation>قىسقۇچ: ‎{folder}</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) kept; the newest is from {when}.</source>
        <translation>
            <numerusform>%n زاپاس نۇسخا ساقلانغان؛ ئەڭ يېڭىسىنىڭ ۋاقتى: ‎{when}.</numerusform>
            <numerusform>%n زاپاس نۇسخا ساقلانغان؛ ئەڭ يېڭىسىنىڭ ۋاقتى: ‎{when}.</numerusform>
        </translation>
    </message>
    <message>
        <source>No automatic backups yet; the first is made when the program closes.</source>
        <translation>تېخى ئاپتوماتىك زاپاس نۇسخا يوق؛ بىرىنچىسى پروگرامما تاقالغاندا ئېلىنىدۇ.</translation>
    </message>
    <message>
        <source>Choose a backup to restore</source>
        <translation>ئەسلىگە كەلتۈرىدىغان زاپاس نۇسخىنى تاللاش</translation>
    </message>
    <message>
        <source>Database backups (*.db);;All files (*)</source>
        <translation>ساندان زاپاس نۇسخىلىرى (*.db);;بارلىق ھۆججەتلەر (*)</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>بۇ زاپاس نۇسخىنى ئەسلىگە كەلتۈرەمسىز؟</translation>
    </message>
    <message>
        <source>All records will be replaced by the ones in {name}. The records as they are now are backed up first, so this can be undone by restoring that backup. Restore now?</source>
        <translation>بارلىق خاتىرىلەر مۇنۇ زاپاس نۇسخىدىكى خاتىرىلەر بىلەن ئالماشتۇرۇلىدۇ: {name}. ھازىرقى خاتىرىلەر ئالدى بىلەن زاپاسلىنىدۇ، شۇڭا شۇ زاپاس نۇسخىنى ئەسلىگە كەلتۈرۈپ بۇنى يېنىۋالغىلى بولىدۇ. ھازىر ئەسلىگە كەلتۈرەمسىز؟</translation>
    </message>
    <message>
        <source>Restoring… The backup is checked first.</source>
        <translation>ئەسلىگە كەلتۈرۈلۈۋاتىدۇ… ئالدى بىلەن زاپاس نۇسخا تەكشۈرۈلىدۇ.</translation>
    </message>
    <message>
        <source>Restored. The records as they were just before are kept in the backup {name}.</source>
        <translation>ئەسلىگە كەلتۈرۈلدى. ئەسلىگە كەلتۈرۈشتىن ئىلگىرىكى خاتىرىلەر مۇنۇ زاپاس نۇسخىدا ساقلاندى: {name}.</translation>
    </message>
</context>
<context>
    <name>BackupSection</name>
    <message>
        <source>Backups</source>
        <translation>زاپاسلاش</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>تاللاش…</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>ھازىرلا زاپاسلاش</translation>
    </message>
    <message>
        <source>Backup folder:</source>
        <translation>زاپاس قىسقۇچ:</translation>
    </message>
    <message>
        <source>Each backup is a new, dated copy of the database, checked after copying. A USB stick is a good place for it. Photos and scans are kept in the “attachments” folder next to the database: copy that folder too.</source>
        <translation>ھەر قېتىملىق زاپاسلاش سانداننىڭ چېسلا قويۇلغان يېڭى بىر نۇسخىسىنى ھاسىل قىلىدۇ، كۆچۈرۈلگەندىن كېيىن تەكشۈرۈلىدۇ. ئۇنى U دىسكىدا ساقلاش ياخشى. سۈرەت ۋە سىكانېرلانغان ھۆججەتلەر ساندان يېنىدىكى «attachments» قىسقۇچىدا ساقلىنىدۇ: بۇ قىسقۇچنىمۇ كۆچۈرۈڭ.</translation>
    </message>
    <message>
        <source>The database is on a database server: back it up with the server&apos;s own tools.</source>
        <translation>ساندان ساندان مۇلازىمېتىرىدا: ئۇنى مۇلازىمېتىرنىڭ ئۆز قوراللىرى بىلەن زاپاسلاڭ.</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>زاپاس قىسقۇچنى تاللاش</translation>
    </message>
    <message>
        <source>Choose the folder to put the backup in first.</source>
        <translation>ئالدى بىلەن زاپاس نۇسخا قويۇلىدىغان قىسقۇچنى تاللاڭ.</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>زاپاسلىنىۋاتىدۇ…</translation>
    </message>
    <message>
        <source>Backed up to {path} ({size}); the copy passed its check.</source>
        <translation>زاپاس نۇسخا ساقلاندى: ‎{path} ({size})؛ نۇسخا تەكشۈرۈشتىن ئۆتتى.</translation>
    </message>
    <message>
        <source>The copy failed its check and was deleted. Try another folder or USB stick.</source>
        <translation>نۇسخا تەكشۈرۈشتىن ئۆتمىدى ۋە ئۆچۈرۈۋېتىلدى. باشقا قىسقۇچ ياكى U دىسكىنى سىناپ بېقىڭ.</translation>
    </message>
    <message>
        <source>The backup could not be written there ({detail}). Try another folder.</source>
        <translation>زاپاس نۇسخىنى ئۇ يەرگە يازغىلى بولمىدى ({detail}). باشقا قىسقۇچنى سىناپ بېقىڭ.</translation>
    </message>
</context>
<context>
    <name>BudgetView</name>
    <message>
        <source>Budget line</source>
        <translation>خامچوت ماددىسى</translation>
    </message>
    <message>
        <source>Spent against the rule</source>
        <translation>چەككە نىسبەتەن چىقىم</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>پىلانلانغان</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>چىقىم قىلىنغان</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>سىياسەت تەلىپى</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>قالدۇق</translation>
    </message>
    <message>
        <source>Yuan. Personnel and evaluation/other may not go over their caps; service spending must reach its floor by the end of the project. A line turns amber at {near} % of its cap.</source>
        <translation>بىرلىك: يۈەن. ئادەم كۈچى چىقىمى ۋە باھالاش/باشقا چىقىملار يۇقىرى چەكتىن ئاشماسلىقى كېرەك؛ مۇلازىمەت چىقىمى تۈر ئاخىرلاشقۇچە تۆۋەن چەككە يېتىشى كېرەك. چىقىم يۇقىرى چەكنىڭ {near} % نىسبىتىگە يەتكەندە ماددا سېرىق رەڭدە كۆرسىتىلىدۇ.</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>ئۆزگەرتىش…</translation>
    </message>
    <message>
        <source>Total {total} yuan · budget lines {planned} yuan · spent {spent} yuan ({share} %)</source>
        <translation>ئومۇمىي سومما {total} يۈەن · خامچوت ماددىلىرى {planned} يۈەن · چىقىم {spent} يۈەن ({share} %)</translation>
    </message>
    <message>
        <source>The budget keeps to the policy&apos;s caps and floor.</source>
        <translation>خامچوت ۋە چىقىم سىياسەتتە بەلگىلەنگەن يۇقىرى چەك ۋە تۆۋەن چەككە ئۇيغۇن.</translation>
    </message>
    <message>
        <source>at most {amount}</source>
        <translation>كۆپ بولغاندا {amount}</translation>
    </message>
    <message>
        <source>{amount} over</source>
        <translation>{amount} ئېشىپ كەتتى</translation>
    </message>
    <message>
        <source>at least {amount}</source>
        <translation>كەم دېگەندە {amount}</translation>
    </message>
    <message>
        <source>{amount} to go</source>
        <translation>يەنە {amount} كەم</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>يەتتى</translation>
    </message>
</context>
<context>
    <name>BudgetWarnings</name>
    <message>
        <source>{kind}: {spent} yuan spent, over the cap of {cap} yuan by {over} yuan.</source>
        <translation>{kind}: {spent} يۈەن چىقىم قىلىندى، يۇقىرى چەك {cap} يۈەندىن {over} يۈەن ئېشىپ كەتتى.</translation>
    </message>
    <message>
        <source>{kind}: {spent} yuan spent, close to the cap of {cap} yuan; {left} yuan left.</source>
        <translation>{kind}: {spent} يۈەن چىقىم قىلىندى، يۇقىرى چەك {cap} يۈەنگە يېقىنلاشتى؛ {left} يۈەن قالدى.</translation>
    </message>
    <message>
        <source>{kind}: only {spent} yuan spent, below the minimum of {floor} yuan by {missing} yuan.</source>
        <translation>{kind}: پەقەت {spent} يۈەن چىقىم قىلىندى، تۆۋەن چەك {floor} يۈەندىن {missing} يۈەن كەم.</translation>
    </message>
    <message>
        <source>{kind}: {spent} yuan spent so far; at least {floor} yuan must be spent by the end ({missing} yuan to go).</source>
        <translation>{kind}: ھازىرغىچە {spent} يۈەن چىقىم قىلىندى؛ تۈر ئاخىرلاشقۇچە كەم دېگەندە {floor} يۈەن چىقىم قىلىنىشى كېرەك (يەنە {missing} يۈەن كەم).</translation>
    </message>
    <message>
        <source>The budget lines add up to {planned} yuan, more than the project&apos;s {total} yuan.</source>
        <translation>خامچوت ماددىلىرىنىڭ يىغىندىسى {planned} يۈەن، تۈرنىڭ ئومۇمىي سوممىسى {total} يۈەندىن كۆپ.</translation>
    </message>
    <message>
        <source>{kind}: {planned} yuan planned, more than the cap of {cap} yuan.</source>
        <translation>{kind}: {planned} يۈەن پىلانلاندى، يۇقىرى چەك {cap} يۈەندىن كۆپ.</translation>
    </message>
    <message>
        <source>{kind}: {planned} yuan planned, less than the minimum of {floor} yuan.</source>
        <translation>{kind}: {planned} يۈەن پىلانلاندى، تۆۋەن چەك {floor} يۈەندىن ئاز.</translation>
    </message>
    <message>
        <source>With this expense, “{kind}” would come to {spent} yuan: over its cap of {cap} yuan by {over} yuan.</source>
        <translation>بۇ چىقىم قوشۇلسا، «{kind}» {spent} يۈەنگە يېتىدۇ: يۇقىرى چەك {cap} يۈەندىن {over} يۈەن ئېشىپ كېتىدۇ.</translation>
    </message>
    <message>
        <source>With this expense, “{kind}” would come to {spent} yuan: close to its cap of {cap} yuan, with only {left} yuan left.</source>
        <translation>بۇ چىقىم قوشۇلسا، «{kind}» {spent} يۈەنگە يېتىدۇ: يۇقىرى چەك {cap} يۈەنگە يېقىنلىشىدۇ، پەقەت {left} يۈەن قالىدۇ.</translation>
    </message>
    <message>
        <source>Only {count} full-time staff; the project needs at least {minimum}.</source>
        <translation>تولۇق ۋاقىتلىق خادىم پەقەت {count} نەپەر؛ تۈرگە كەم دېگەندە {minimum} نەپەر كېرەك.</translation>
    </message>
    <message>
        <source>No full-time staff member holds a social-work certificate with at least {years} years of practice; at least one is needed.</source>
        <translation>ئىجتىمائىي خىزمەتچىلىك كەسپىي سالاھىيەت گۇۋاھنامىسى بار ھەم كەم دېگەندە {years} يىل خىزمەت قىلغان تولۇق ۋاقىتلىق خادىم يوق؛ كەم دېگەندە بىر نەپەر بولۇشى كېرەك.</translation>
    </message>
    <message>
        <source>{name} is also full-time staff on another project this year.</source>
        <translation>{name} بۇ يىل باشقا بىر تۈردىمۇ تولۇق ۋاقىتلىق خادىم.</translation>
    </message>
</context>
<context>
    <name>BundleStatus</name>
    <message>
        <source>Last bundle: No. {sequence} sent to {peer} on {when}</source>
        <translation>ئاخىرقى بولاق: {sequence}-نومۇرلۇق، ئەۋەتىلگەن ئورۇن: {peer}، ۋاقتى: ‎{when}</translation>
    </message>
    <message>
        <source>Last bundle: No. {sequence} received from {peer} on {when}</source>
        <translation>ئاخىرقى بولاق: {sequence}-نومۇرلۇق، ئەۋەتكەن ئورۇن: {peer}، تاپشۇرۇۋېلىنغان ۋاقتى: ‎{when}</translation>
    </message>
</context>
<context>
    <name>CaseSpec</name>
    <message>
        <source>New case study</source>
        <translation>يېڭى تىپىك مىسال</translation>
    </message>
    <message>
        <source>Edit case study</source>
        <translation>تىپىك مىسالنى تەھرىرلەش</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>ماۋزۇ</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>مۇناسىۋەتلىك تەشكىلات</translation>
    </message>
    <message>
        <source>The organization the case is about (type part of the name)</source>
        <translation>مىسالدا سۆزلەنگەن ئىجتىمائىي تەشكىلات (نامىنىڭ بىر قىسمىنى كىرگۈزۈڭ)</translation>
    </message>
    <message>
        <source>Written on</source>
        <translation>يېزىلغان چېسلا</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>يازغان كىشى</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>ئارقا كۆرۈنۈشى</translation>
    </message>
    <message>
        <source>The need or problem the organization met</source>
        <translation>تەشكىلات دۇچ كەلگەن ئېھتىياج ياكى مەسىلە</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>مۇلازىمەت جەريانى</translation>
    </message>
    <message>
        <source>What the organization did, step by step</source>
        <translation>تەشكىلات نېمە ئىشلارنى قىلدى، قەدەممۇقەدەم يېزىڭ</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>ئۈنۈمى</translation>
    </message>
    <message>
        <source>What changed, with numbers where possible</source>
        <translation>قانداق ئۆزگىرىشلەر بولدى، ئىمكانقەدەر سان بىلەن كۆرسىتىڭ</translation>
    </message>
    <message>
        <source>Case studies</source>
        <translation>تىپىك مىساللار</translation>
    </message>
    <message>
        <source>(none given)</source>
        <translation>(تولدۇرۇلمىغان)</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>سۈرەتلەر</translation>
    </message>
    <message>
        <source>Title, author, organization or any words of the case</source>
        <translation>ماۋزۇ، يازغان كىشى، تەشكىلات ياكى مىسالدىكى سۆزلەر</translation>
    </message>
    <message>
        <source>Organization:</source>
        <translation>تەشكىلات:</translation>
    </message>
    <message>
        <source>All organizations</source>
        <translation>بارلىق تەشكىلاتلار</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>ئاي:</translation>
    </message>
    <message>
        <source>All months</source>
        <translation>بارلىق ئايلار</translation>
    </message>
    <message>
        <source>No case studies written yet. Press “New…” (Ctrl+N) to write one; a base writes at least three a year. Photos go beside it.</source>
        <translation>تېخى تىپىك مىسال يېزىلمىدى. «يېڭى…» (Ctrl+N) نى بېسىپ بىرنى يېزىڭ؛ بازا ھەر يىلى كەم دېگەندە 3 مىسال يازىدۇ. سۈرەتلەرنى يېنىدىكى بۆلەككە قوشقىلى بولىدۇ.</translation>
    </message>
    <message>
        <source>No case study matches these filters.</source>
        <translation>بۇ سۈزگۈچكە ماس كېلىدىغان تىپىك مىسال يوق.</translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <source>Documents</source>
        <translation>ئىلتىماس ماتېرىياللىرى</translation>
    </message>
    <message>
        <source>Another document, e.g. 党建工作承诺书</source>
        <translation>باشقا ماتېرىيال، مەسىلەن: پارتىيە قۇرۇلۇشى خىزمىتى ۋەدىنامىسى</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>قوشۇش</translation>
    </message>
    <message>
        <source>Choose a case on the left to see and tick off its documents.</source>
        <translation>ماتېرىياللىرىنى كۆرۈش ۋە بىر-بىرلەپ تەكشۈرۈش ئۈچۈن تىزىملىكتىن بىر ئەنگە ئالدۇرۇش ياكى تىزىملىتىش خاتىرىسىنى تاللاڭ.</translation>
    </message>
    <message>
        <source>Checked: {done}/{total}</source>
        <translation>تەكشۈرۈلدى: {done}/{total}</translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <source>Found</source>
        <translation>بايقالغان ۋاقتى</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>خاتىرە تۈرى</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>خاتىرە</translation>
    </message>
    <message>
        <source>Version kept</source>
        <translation>ساقلانغان نۇسخا</translation>
    </message>
    <message>
        <source>Version set aside</source>
        <translation>ئايرىپ قويۇلغان نۇسخا</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>كۆرۈلدى</translation>
    </message>
    <message>
        <source>When the same record was changed on two computers of one site, the newer change is kept and the other is set aside here, so nothing is lost silently.</source>
        <translation>بىر ئورۇننىڭ ئىككى كومپيۇتېرىدا ئوخشاش بىر خاتىرە ئۆزگەرتىلگەن بولسا، يېڭىراق ئۆزگەرتىش ساقلىنىدۇ، يەنە بىرى بۇ يەرگە ئايرىپ قويۇلىدۇ؛ شۇڭا ھېچنېمە بىلىنمەي يوقاپ كەتمەيدۇ.</translation>
    </message>
    <message>
        <source>Mark all as seen</source>
        <translation>ھەممىسىنى كۆرۈلدى دەپ بەلگىلەش</translation>
    </message>
    <message>
        <source>{time}, device {device}</source>
        <translation>‏‎{time}، ئۈسكۈنە {device}</translation>
    </message>
    <message>
        <source>Not seen yet</source>
        <translation>تېخى كۆرۈلمىدى</translation>
    </message>
    <message>
        <source>No conflicts so far.</source>
        <translation>ھازىرچە توقۇنۇش يوق.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s), {unseen} not seen yet.</source>
        <translation>
            <numerusform>جەمئىي %n توقۇنۇش، تېخى كۆرۈلمىگىنى: {unseen}.</numerusform>
            <numerusform>جەمئىي %n توقۇنۇش، تېخى كۆرۈلمىگىنى: {unseen}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContestDetailPage</name>
    <message>
        <source>← Back to the contests</source>
        <translation>→ مۇسابىقىلەر تىزىملىكىگە قايتىش</translation>
    </message>
    <message>
        <source>Edit contest…</source>
        <translation>مۇسابىقىنى تەھرىرلەش…</translation>
    </message>
    <message>
        <source>New entry…</source>
        <translation>يېڭى مۇسابىقە تۈرى…</translation>
    </message>
    <message>
        <source>Edit entry…</source>
        <translation>مۇسابىقە تۈرىنى تەھرىرلەش…</translation>
    </message>
    <message>
        <source>Delete entry</source>
        <translation>مۇسابىقە تۈرىنى ئۆچۈرۈش</translation>
    </message>
    <message>
        <source>No entries yet. Press “New entry…” to add the first project.</source>
        <translation>تېخى مۇسابىقە تۈرى يوق. بىرىنچى تۈرنى قوشۇش ئۈچۈن «يېڭى مۇسابىقە تۈرى…» نى بېسىڭ.</translation>
    </message>
    <message>
        <source>Judges&apos; scores</source>
        <translation>باھالىغۇچىلار بەرگەن نومۇر</translation>
    </message>
    <message>
        <source>Grant tranches</source>
        <translation>ياردەم پۇلىنى باسقۇچلۇق ئاجرىتىش</translation>
    </message>
    <message numerus="yes">
        <source>%n project(s)</source>
        <translation>
            <numerusform>جەمئىي %n تۈر</numerusform>
            <numerusform>جەمئىي %n تۈر</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the entry “{title}”?</source>
        <translation>«{title}» مۇسابىقە تۈرىنى ئۆچۈرەمسىز؟</translation>
    </message>
    <message>
        <source>Its scores stay recorded; you can undo this right away.</source>
        <translation>ئۇنىڭ نومۇرلىرى ساقلىنىپ قالىدۇ؛ ئۆچۈرگەندىن كېيىن دەرھال يېنىۋالالايسىز.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ئۆچۈرۈش</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>بىكار قىلىش</translation>
    </message>
    <message>
        <source>Deleted the entry “{title}”.</source>
        <translation>«{title}» مۇسابىقە تۈرى ئۆچۈرۈلدى.</translation>
    </message>
    <message>
        <source>Venture contests</source>
        <translation>ئاممىۋى پايدا مۇسابىقىسى</translation>
    </message>
</context>
<context>
    <name>ContestRules</name>
    <message>
        <source>Composite score = expert score × {expert} % + pledge score × {pledge} % + vote score × {vote} %.</source>
        <translation>ئومۇمىي نومۇر = مۇتەخەسسىس نومۇرى × {expert} % + ئىئانە نومۇرى × {pledge} % + بېلەت نومۇرى × {vote} %.</translation>
    </message>
    <message>
        <source>The expert score is the mean of the judges&apos; scores (out of 100).</source>
        <translation>مۇتەخەسسىس نومۇرى باھالىغۇچىلار بەرگەن نومۇرلارنىڭ ئوتتۇرىچە قىممىتى (100 نومۇر تولۇق نومۇر).</translation>
    </message>
    <message>
        <source>Pledges and votes are converted to a score out of 100 as a share of the highest value: the highest pledge ({pledge} yuan) and the most votes ({votes}) score 100.</source>
        <translation>ئىئانە ۋەدىسى ۋە بېلەت ئەڭ يۇقىرى قىممەتكە بولغان نىسبىتى بويىچە 100 نومۇرلۇق نومۇرغا سۇندۇرۇلىدۇ: ئەڭ كۆپ ئىئانە ۋەدىسى ({pledge} يۈەن) ۋە ئەڭ كۆپ بېلەت ({votes}) 100 نومۇر ئالىدۇ.</translation>
    </message>
    <message>
        <source>Every part and the composite are rounded to 2 decimals; rule flags do not change the ranking.</source>
        <translation>ھەر بىر قىسىم نومۇر ۋە ئومۇمىي نومۇر پەش كەينىدىكى 2 خانىغىچە يېقىنلاشتۇرۇلىدۇ؛ قائىدە ئەسكەرتىشلىرى رەت تەرتىپىنى ئۆزگەرتمەيدۇ.</translation>
    </message>
    <message>
        <source>The organization already has {wins} winning projects in {year}; one organization may win at most {limit} a year.</source>
        <translation>بۇ تەشكىلاتنىڭ {year}-يىلى مۇكاپاتلانغان {wins} تۈرى بار؛ بىر تەشكىلات بىر يىلدا كۆپ بولغاندا {limit} تۈر بىلەن مۇكاپاتلىنالايدۇ.</translation>
    </message>
    <message>
        <source>Only {count} direct beneficiaries; an entry must serve at least {minimum}.</source>
        <translation>بىۋاسىتە نەپ ئالغۇچى پەقەت {count} كىشى؛ مۇسابىقە تۈرى كەم دېگەندە {minimum} كىشىگە مۇلازىمەت قىلىشى كېرەك.</translation>
    </message>
    <message>
        <source>Only {judges} of the {panel} judges have scored this entry.</source>
        <translation>باھالاش گۇرۇپپىسىدىكى {panel} باھالىغۇچىدىن پەقەت {judges} نەپىرى بۇ تۈرگە نومۇر بەردى.</translation>
    </message>
    <message>
        <source>No judge has scored this entry yet.</source>
        <translation>تېخى ھېچقانداق باھالىغۇچى بۇ تۈرگە نومۇر بەرمىدى.</translation>
    </message>
    <message>
        <source>over {limit} wins a year</source>
        <translation>يىلىغا {limit} قېتىمدىن ئارتۇق مۇكاپات</translation>
    </message>
    <message>
        <source>under {minimum} beneficiaries</source>
        <translation>نەپ ئالغۇچى {minimum} كىشىدىن ئاز</translation>
    </message>
    <message>
        <source>scores missing</source>
        <translation>نومۇر تولۇق ئەمەس</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>نومۇر بېرىلمىگەن</translation>
    </message>
</context>
<context>
    <name>ContestSpec</name>
    <message>
        <source>Experts, pledges and public votes; the three weights add up to 100.</source>
        <translation>مۇتەخەسسىس باھالىشى، ئىئانە ۋەدىسى ۋە ئاممىۋى بېلەت؛ ئۈچ سالماقنىڭ يىغىندىسى 100.</translation>
    </message>
    <message>
        <source>New venture contest</source>
        <translation>يېڭى ئاممىۋى پايدا مۇسابىقىسى</translation>
    </message>
    <message>
        <source>Edit venture contest</source>
        <translation>ئاممىۋى پايدا مۇسابىقىسىنى تەھرىرلەش</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>مۇسابىقە نامى</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>يىل</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>ئۆتكۈزۈلگەن ۋاقتى</translation>
    </message>
    <message>
        <source>Weight of expert scores</source>
        <translation>مۇتەخەسسىس نومۇرىنىڭ سالمىقى</translation>
    </message>
    <message>
        <source>Weight of pledges</source>
        <translation>ئىئانە ۋەدىسىنىڭ سالمىقى</translation>
    </message>
    <message>
        <source>Weight of public votes</source>
        <translation>ئاممىۋى بېلەتنىڭ سالمىقى</translation>
    </message>
    <message>
        <source>Fewest direct beneficiaries</source>
        <translation>ئەڭ ئاز بىۋاسىتە نەپ ئالغۇچى سانى</translation>
    </message>
    <message>
        <source>Most winning projects per organization a year</source>
        <translation>ھەر تەشكىلاتنىڭ يىلىغا ئەڭ كۆپ مۇكاپاتلانغان تۈر سانى</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>مۇسابىقە چۈشەندۈرۈلۈشى</translation>
    </message>
    <message>
        <source>New contest entry</source>
        <translation>يېڭى مۇسابىقە تۈرى</translation>
    </message>
    <message>
        <source>Edit contest entry</source>
        <translation>مۇسابىقە تۈرىنى تەھرىرلەش</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>قاتناشقان تەشكىلات</translation>
    </message>
    <message>
        <source>Type part of the name</source>
        <translation>نامىنىڭ بىر قىسمىنى كىرگۈزسىڭىزمۇ بولىدۇ</translation>
    </message>
    <message>
        <source>Project title</source>
        <translation>تۈر نامى</translation>
    </message>
    <message>
        <source>Direct beneficiaries</source>
        <translation>بىۋاسىتە نەپ ئالغۇچى سانى</translation>
    </message>
    <message>
        <source>Amount requested (yuan)</source>
        <translation>ئىلتىماس قىلىنغان سومما (يۈەن)</translation>
    </message>
    <message>
        <source>Pledged donations (yuan)</source>
        <translation>ئىئانە ۋەدىسى (يۈەن)</translation>
    </message>
    <message>
        <source>Public votes</source>
        <translation>ئاممىۋى بېلەت سانى</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>باھالاش نەتىجىسى</translation>
    </message>
    <message>
        <source>Grant (yuan)</source>
        <translation>ياردەم پۇلى (يۈەن)</translation>
    </message>
    <message>
        <source>For winners: paid in tranches of 50 %, 30 % and 20 %.</source>
        <translation>مۇكاپاتلانغان تۈرلەر ئۈچۈن: 50 %، 30 % ۋە 20 % بويىچە ئۈچ باسقۇچتا ئاجرىتىلىدۇ.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>تۈرنىڭ قىسقىچە تونۇشتۇرۇلۇشى</translation>
    </message>
    <message>
        <source>Venture contests</source>
        <translation>ئاممىۋى پايدا مۇسابىقىلىرى</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>مۇسابىقە تۈرلىرى</translation>
    </message>
    <message>
        <source>Winners</source>
        <translation>مۇكاپاتلانغان تۈرلەر</translation>
    </message>
    <message>
        <source>Name or description</source>
        <translation>مۇسابىقە نامى ياكى چۈشەندۈرۈلۈشى</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>يىل:</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>بارلىق يىللار</translation>
    </message>
    <message>
        <source>No venture contests yet. Press “New…” (Ctrl+N) to set one up, then open it to add entries and scores.</source>
        <translation>تېخى ئاممىۋى پايدا مۇسابىقىسى يوق. بىرنى قۇرۇش ئۈچۈن «يېڭى…» (Ctrl+N) نى بېسىڭ، ئاندىن ئۇنى ئېچىپ مۇسابىقە تۈرلىرى ۋە نومۇرلارنى كىرگۈزۈڭ.</translation>
    </message>
    <message>
        <source>No contest matches these filters.</source>
        <translation>بۇ سۈزۈش شەرتلىرىگە ماس كېلىدىغان مۇسابىقە يوق.</translation>
    </message>
</context>
<context>
    <name>ContestsPage</name>
    <message>
        <source>Open contest</source>
        <translation>مۇسابىقىنى ئېچىش</translation>
    </message>
    <message>
        <source>Entries, scores, ranking and tranches (Enter)</source>
        <translation>مۇسابىقە تۈرلىرى، نومۇر، رەت تەرتىپى ۋە باسقۇچلۇق ئاجرىتىش (Enter)</translation>
    </message>
</context>
<context>
    <name>CorruptionDialog</name>
    <message>
        <source>The database is damaged</source>
        <translation>ساندان بۇزۇلغان</translation>
    </message>
    <message>
        <source>The database file is damaged, so the program will not open it: working on it could lose more records.

{path}</source>
        <translation>ساندان ھۆججىتى بۇزۇلغان، شۇڭا پروگرامما ئۇنى ئاچمايدۇ: ئۇنىڭدا داۋاملىق ئىشلىسە تېخىمۇ كۆپ خاتىرە يوقىلىشى مۇمكىن.

‎{path}</translation>
    </message>
    <message>
        <source>The newest good backup was made on {when}. Restoring it brings the records back as they were then; anything entered after that must be entered again. The damaged file is kept in the backups folder for technical help.</source>
        <translation>ئەڭ يېڭى بۇزۇلمىغان زاپاس نۇسخا ئېلىنغان ۋاقىت: ‎{when}. ئۇنى ئەسلىگە كەلتۈرسىڭىز، خاتىرىلەر شۇ ۋاقىتتىكى ھالىتىگە قايتىدۇ؛ ئۇنىڭدىن كېيىن كىرگۈزۈلگەن مەزمۇنلارنى قايتا كىرگۈزۈش كېرەك. بۇزۇلغان ھۆججەت تېخنىكىلىق ياردەم ئۈچۈن زاپاس قىسقۇچتا ساقلىنىدۇ.</translation>
    </message>
    <message>
        <source>Restore the backup of {when}</source>
        <translation>زاپاس نۇسخىنى ئەسلىگە كەلتۈرۈش (‎{when})</translation>
    </message>
    <message>
        <source>No good backup was found in {folder}. Do not delete anything; ask for technical help, and bring any backup copies you have (for example on a USB stick).</source>
        <translation>مۇنۇ قىسقۇچتا بۇزۇلمىغان زاپاس نۇسخا تېپىلمىدى: ‎{folder}. ھېچنېمىنى ئۆچۈرمەڭ؛ تېخنىكىلىق ياردەم سوراڭ ۋە قولىڭىزدىكى زاپاس نۇسخىلارنى (مەسىلەن، U دىسكىدىكىلەرنى) ئېلىپ بېرىڭ.</translation>
    </message>
    <message>
        <source>Close the program</source>
        <translation>پروگراممىنى تاقاش</translation>
    </message>
</context>
<context>
    <name>DataFolderSection</name>
    <message>
        <source>Choose a complete folder path, such as D:\孵化基地数据.</source>
        <translation>تولۇق قىسقۇچ يولىنى تاللاڭ، مەسىلەن D:\孵化基地数据.</translation>
    </message>
    <message>
        <source>This is a file, not a folder. Choose a folder.</source>
        <translation>بۇ ھۆججەت، قىسقۇچ ئەمەس. قىسقۇچ تاللاڭ.</translation>
    </message>
    <message>
        <source>This folder is on removable storage (a USB stick or memory card), where the database can be damaged when the stick is pulled out. Choose a folder on this computer&apos;s own disk. Nothing was changed.</source>
        <translation>بۇ قىسقۇچ يۆتكىلىشچان ساقلىغۇچتا (U دىسكا ياكى ساقلاش كارتىسى)، ئۇ سۇغۇرۇۋېلىنغاندا ساندان بۇزۇلۇپ كېتىشى مۇمكىن. بۇ كومپيۇتېرنىڭ ئۆز دىسكىسىدىكى قىسقۇچنى تاللاڭ. ھېچنېمە ئۆزگەرتىلمىدى.</translation>
    </message>
    <message>
        <source>This folder is a shared network folder, where the database can be damaged when the network drops. Choose a folder on this computer&apos;s own disk. Nothing was changed.</source>
        <translation>بۇ قىسقۇچ توردا ئورتاق ئىشلىتىلىدىغان قىسقۇچ، تور ئۈزۈلگەندە ساندان بۇزۇلۇپ كېتىشى مۇمكىن. بۇ كومپيۇتېرنىڭ ئۆز دىسكىسىدىكى قىسقۇچنى تاللاڭ. ھېچنېمە ئۆزگەرتىلمىدى.</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>سانلىق مەلۇمات قىسقۇچى</translation>
    </message>
    <message>
        <source>Database in use: {path}</source>
        <translation>ئىشلىتىلىۋاتقان ساندان: ‎{path}</translation>
    </message>
    <message>
        <source>The database is on a database server, not in a folder of this computer.</source>
        <translation>ساندان بۇ كومپيۇتېرنىڭ قىسقۇچىدا ئەمەس، ساندان مۇلازىمېتىرىدا.</translation>
    </message>
    <message>
        <source>The program&apos;s standard folder</source>
        <translation>پروگراممىنىڭ كۆڭۈلدىكى قىسقۇچى</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>تاللاش…</translation>
    </message>
    <message>
        <source>Use this folder</source>
        <translation>بۇ قىسقۇچنى ئىشلىتىش</translation>
    </message>
    <message>
        <source>Use the standard folder</source>
        <translation>كۆڭۈلدىكى قىسقۇچنى ئىشلىتىش</translation>
    </message>
    <message>
        <source>Only a folder on this computer&apos;s own disk: never a USB stick or a network folder. A change takes effect the next time the program starts. The records are not moved: to keep using them, put a backup of the database into the new folder under the name {file} before restarting.</source>
        <translation>پەقەت بۇ كومپيۇتېرنىڭ ئۆز دىسكىسىدىكى قىسقۇچنى تاللاڭ: U دىسكا ياكى تور قىسقۇچىنى ھەرگىز ئىشلەتمەڭ. ئۆزگەرتىش پروگرامما كېيىنكى قېتىم قوزغالغاندا كۈچكە ئىگە بولىدۇ. خاتىرىلەر يۆتكەلمەيدۇ: ئۇلارنى داۋاملىق ئىشلىتىش ئۈچۈن، قايتا قوزغىتىشتىن بۇرۇن سانداننىڭ زاپاس نۇسخىسىنى ‎{file} دېگەن نام بىلەن يېڭى قىسقۇچقا قويۇڭ.</translation>
    </message>
    <message>
        <source>Choose the data folder</source>
        <translation>سانلىق مەلۇمات قىسقۇچىنى تاللاش</translation>
    </message>
    <message>
        <source>Saved. From the next start the program uses {path}.</source>
        <translation>ساقلاندى. كېيىنكى قېتىم قوزغالغاندىن باشلاپ پروگرامما مۇنۇ قىسقۇچنى ئىشلىتىدۇ: ‎{path}</translation>
    </message>
    <message>
        <source>Saved. From the next start the program uses its standard folder.</source>
        <translation>ساقلاندى. كېيىنكى قېتىم قوزغالغاندىن باشلاپ پروگرامما كۆڭۈلدىكى قىسقۇچىنى ئىشلىتىدۇ.</translation>
    </message>
</context>
<context>
    <name>DatabaseRefusal</name>
    <message>
        <source>This database file contains triggers or views that this program did not create; it may have been tampered with, so it was not opened. Use your own database or a backup made by this program. The file was not changed.</source>
        <translation>بۇ ساندان ھۆججىتىدە بۇ پروگرامما قۇرمىغان قوزغاتقۇچ (trigger) ياكى كۆرۈنۈش (view) بار؛ ئۇ باشقىلار تەرىپىدىن ئۆزگەرتىلگەن بولۇشى مۇمكىن، شۇڭا بىخەتەرلىك ئۈچۈن ئېچىلمىدى. ئۆزىڭىزنىڭ ساندانىنى ياكى بۇ پروگرامما ئالغان زاپاس نۇسخىنى ئىشلىتىڭ. ھۆججەت ئۆزگەرتىلمىدى.</translation>
    </message>
    <message>
        <source>This database is already open in another window of the program. Switch to that window, or close it and try again. Two windows on one database could overwrite each other&apos;s work.</source>
        <translation>بۇ ساندان پروگراممىنىڭ باشقا بىر كۆزنىكىدە ئېچىلغان. شۇ كۆزنەككە ئالمىشىڭ ياكى ئۇنى تاقاپ قايتا سىناڭ. ئىككى كۆزنەك بىر ساندان بىلەن ئىشلىسە، بىر-بىرىنىڭ خىزمىتىنى قاپلىۋېتىشى مۇمكىن.</translation>
    </message>
    <message>
        <source>The database file is damaged ({detail}). Restore the newest good backup (Settings → Automatic backups), or ask for technical help.</source>
        <translation>ساندان ھۆججىتى بۇزۇلغان ({detail}). ئەڭ يېڭى بۇزۇلمىغان زاپاس نۇسخىنى ئەسلىگە كەلتۈرۈڭ («تەڭشەك ← ئاپتوماتىك زاپاسلاش»)، ياكى تېخنىكىلىق ياردەم سوراڭ.</translation>
    </message>
    <message>
        <source>The database file is damaged. Restore the newest good backup (Settings → Automatic backups), or ask for technical help.</source>
        <translation>ساندان ھۆججىتى بۇزۇلغان. ئەڭ يېڭى بۇزۇلمىغان زاپاس نۇسخىنى ئەسلىگە كەلتۈرۈڭ («تەڭشەك ← ئاپتوماتىك زاپاسلاش»)، ياكى تېخنىكىلىق ياردەم سوراڭ.</translation>
    </message>
    <message>
        <source>Before this change the program makes a backup copy, and the copy could not be made or failed its check ({detail}). Nothing was changed. Check that the disk has free space and try again.</source>
        <translation>بۇ ئۆزگەرتىشتىن بۇرۇن پروگرامما زاپاس نۇسخا ئالىدۇ، بىراق زاپاس نۇسخا ئېلىنمىدى ياكى تەكشۈرۈشتىن ئۆتمىدى ({detail}). ھېچنېمە ئۆزگەرتىلمىدى. دىسكىدا بوش ئورۇن بار-يوقلۇقىنى تەكشۈرۈپ، قايتا سىناڭ.</translation>
    </message>
    <message>
        <source>Before this change the program makes a backup copy, and the copy could not be made or failed its check. Nothing was changed. Check that the disk has free space and try again.</source>
        <translation>بۇ ئۆزگەرتىشتىن بۇرۇن پروگرامما زاپاس نۇسخا ئالىدۇ، بىراق زاپاس نۇسخا ئېلىنمىدى ياكى تەكشۈرۈشتىن ئۆتمىدى. ھېچنېمە ئۆزگەرتىلمىدى. دىسكىدا بوش ئورۇن بار-يوقلۇقىنى تەكشۈرۈپ، قايتا سىناڭ.</translation>
    </message>
    <message>
        <source>This file is not a backup that can be read. Choose another backup. Nothing was changed.</source>
        <translation>بۇ ھۆججەت ئوقۇغىلى بولىدىغان زاپاس نۇسخا ئەمەس. باشقا زاپاس نۇسخىنى تاللاڭ. ھېچنېمە ئۆزگەرتىلمىدى.</translation>
    </message>
    <message>
        <source>This backup is damaged and cannot be restored. Choose another one. Nothing was changed.</source>
        <translation>بۇ زاپاس نۇسخا بۇزۇلغان، ئەسلىگە كەلتۈرگىلى بولمايدۇ. باشقىسىنى تاللاڭ. ھېچنېمە ئۆزگەرتىلمىدى.</translation>
    </message>
    <message>
        <source>This file is not a backup made by this program, so for safety it is not restored. Nothing was changed.</source>
        <translation>بۇ ھۆججەت بۇ پروگرامما ئالغان زاپاس نۇسخا ئەمەس، شۇڭا بىخەتەرلىك ئۈچۈن ئەسلىگە كەلتۈرۈلمەيدۇ. ھېچنېمە ئۆزگەرتىلمىدى.</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of the program. Install the newer version first. Nothing was changed.</source>
        <translation>بۇ زاپاس نۇسخا پروگراممىنىڭ يېڭىراق نەشرىدە ئېلىنغان. ئالدى بىلەن يېڭى نەشرىنى ئورنىتىڭ. ھېچنېمە ئۆزگەرتىلمىدى.</translation>
    </message>
    <message>
        <source>The restore did not complete ({detail}). The data as it was before is kept in the backups folder. Ask for technical help.</source>
        <translation>ئەسلىگە كەلتۈرۈش تاماملانمىدى ({detail}). ئىلگىرىكى سانلىق مەلۇماتلار زاپاس قىسقۇچتا ساقلاندى. تېخنىكىلىق ياردەم سوراڭ.</translation>
    </message>
    <message>
        <source>The restore did not complete. The data as it was before is kept in the backups folder. Ask for technical help.</source>
        <translation>ئەسلىگە كەلتۈرۈش تاماملانمىدى. ئىلگىرىكى سانلىق مەلۇماتلار زاپاس قىسقۇچتا ساقلاندى. تېخنىكىلىق ياردەم سوراڭ.</translation>
    </message>
    <message>
        <source>The database is on removable storage (a USB stick or memory card), where its file can be damaged. Copy it to a folder on this computer&apos;s own disk and open it from there. The database file was not changed.</source>
        <translation>ساندان يۆتكىلىشچان ساقلىغۇچتا (U دىسكا ياكى ساقلاش كارتىسىدا)، ئۇ يەردە ھۆججىتى بۇزۇلۇپ كېتىشى مۇمكىن. ئۇنى بۇ كومپيۇتېرنىڭ ئۆز دىسكىسىدىكى بىر قىسقۇچقا كۆچۈرۈپ، شۇ يەردىن ئېچىڭ. ساندان ھۆججىتى ئۆزگەرتىلمىدى.</translation>
    </message>
    <message>
        <source>The database is in a shared network folder, where its file can be damaged. Copy it to a folder on this computer&apos;s own disk and open it from there. The database file was not changed.</source>
        <translation>ساندان ئورتاق تور قىسقۇچىدا، ئۇ يەردە ھۆججىتى بۇزۇلۇپ كېتىشى مۇمكىن. ئۇنى بۇ كومپيۇتېرنىڭ ئۆز دىسكىسىدىكى بىر قىسقۇچقا كۆچۈرۈپ، شۇ يەردىن ئېچىڭ. ساندان ھۆججىتى ئۆزگەرتىلمىدى.</translation>
    </message>
    <message>
        <source>This database was made by a newer version of the program. Install the newer version first, then open it again. The database file was not changed.</source>
        <translation>بۇ ساندان پروگراممىنىڭ يېڭىراق نەشرىدە قۇرۇلغان. ئالدى بىلەن يېڭى نەشرىنى قاچىلاپ، ئاندىن قايتا ئېچىڭ. ساندان ھۆججىتى ئۆزگەرتىلمىدى.</translation>
    </message>
    <message>
        <source>This file is not a database of this program, or it is damaged. Check that you chose the right file. The file was not changed.</source>
        <translation>بۇ ھۆججەت بۇ پروگراممىنىڭ ساندانى ئەمەس ياكى بۇزۇلغان. توغرا ھۆججەتنى تاللىغانلىقىڭىزنى تەكشۈرۈڭ. ھۆججەت ئۆزگەرتىلمىدى.</translation>
    </message>
    <message>
        <source>Before upgrading the database the program makes a backup copy, and the copy failed the check. The database was not upgraded and was not changed. Ask for technical help.</source>
        <translation>سانداننى يېڭىلاشتىن بۇرۇن پروگرامما زاپاس نۇسخا ئالىدۇ، بىراق زاپاس نۇسخا تەكشۈرۈشتىن ئۆتمىدى. ساندان يېڭىلانمىدى ۋە ئۆزگەرتىلمىدى. تېخنىكىلىق ياردەم سوراڭ.</translation>
    </message>
    <message>
        <source>Upgrading the database found {count} broken links between records. A backup copy was kept in the backups folder next to the database. Ask for technical help.</source>
        <translation>سانداننى يېڭىلاش جەريانىدا خاتىرىلەر ئارىسىدىكى {count} ئۇلىنىشنىڭ بۇزۇلغانلىقى بايقالدى. زاپاس نۇسخا ساندان يېنىدىكى backups قىسقۇچىدا ساقلاندى. تېخنىكىلىق ياردەم سوراڭ.</translation>
    </message>
    <message>
        <source>The database cannot be opened. The database file was not changed.</source>
        <translation>سانداننى ئاچقىلى بولمايدۇ. ساندان ھۆججىتى ئۆزگەرتىلمىدى.</translation>
    </message>
</context>
<context>
    <name>DistrictPage</name>
    <message>
        <source>Year </source>
        <extracomment>Scopes whose change means the overview must be read again.</extracomment>
        <translation>يىل: </translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>يېڭىلاش</translation>
    </message>
    <message>
        <source>Export city-bureau workbook…</source>
        <translation>شەھەرلىك ئىدارە يىغىنچاق جەدۋىلىنى چىقىرىش…</translation>
    </message>
    <message>
        <source>Print summary report</source>
        <translation>يىغىنچاق دوكلاتنى بېسىش</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>يېزا-بازار</translation>
    </message>
    <message>
        <source>Division code</source>
        <translation>مەمۇرىي رايون نومۇرى</translation>
    </message>
    <message>
        <source>Met (green)</source>
        <translation>نىشانغا يەتتى (يېشىل)</translation>
    </message>
    <message>
        <source>Close (amber)</source>
        <translation>يېقىنلاشتى (سېرىق)</translation>
    </message>
    <message>
        <source>Not met (red)</source>
        <translation>نىشانغا يەتمىدى (قىزىل)</translation>
    </message>
    <message>
        <source>Community coverage</source>
        <translation>مەھەللە قاپلاش نىسبىتى</translation>
    </message>
    <message>
        <source>Last bundle received</source>
        <translation>ئەڭ ئاخىرقى تاپشۇرۇۋېلىنغان بولاق</translation>
    </message>
    <message>
        <source>Missing bundles</source>
        <translation>كەم بولاقلار</translation>
    </message>
    <message>
        <source>Approved months</source>
        <translation>تەستىقلانغان ئايلار</translation>
    </message>
    <message>
        <source>No township has sent a bundle to this district yet.</source>
        <translation>تېخى ھېچقانداق يېزا-بازار بۇ رايونغا بولاق ئەۋەتمىدى.</translation>
    </message>
    <message>
        <source>Approver&apos;s name</source>
        <translation>تەستىقلىغۇچىنىڭ ئىسمى</translation>
    </message>
    <message>
        <source>Approve this month</source>
        <translation>بۇ ئاينى تەستىقلاش</translation>
    </message>
    <message>
        <source>Month approval (select a township above)</source>
        <translation>ئايلىق تەستىقلاش (ئالدى بىلەن يۇقىرىدىن يېزا-بازار تاللاڭ)</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>ئاي</translation>
    </message>
    <message>
        <source>Problem found</source>
        <translation>بايقالغان مەسىلە</translation>
    </message>
    <message>
        <source>No cross-township problems found for this year.</source>
        <translation>بۇ يىل يېزا-بازارلار ئارا مەسىلە بايقالمىدى.</translation>
    </message>
    <message>
        <source>Requested on</source>
        <translation>ئىلتىماس قىلىنغان ۋاقتى</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>سەۋەبى</translation>
    </message>
    <message>
        <source>No re-open request is waiting.</source>
        <translation>بىر تەرەپ قىلىنىشنى كۈتۈۋاتقان قايتا ئېچىش ئىلتىماسى يوق.</translation>
    </message>
    <message>
        <source>Agree</source>
        <translation>قوشۇلۇش</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>رەت قىلىش</translation>
    </message>
    <message>
        <source>Evaluate this township…</source>
        <translation>بۇ يېزا-بازارنى باھالاش…</translation>
    </message>
    <message>
        <source>View its indicators…</source>
        <translation>كۆرسەتكۈچلىرىنى كۆرۈش…</translation>
    </message>
    <message>
        <source>Selected township:</source>
        <translation>تاللانغان يېزا-بازار:</translation>
    </message>
    <message>
        <source>Townships</source>
        <translation>يېزا-بازارلار</translation>
    </message>
    <message>
        <source>Cross-checks</source>
        <translation>ئۆز-ئارا تەكشۈرۈش</translation>
    </message>
    <message>
        <source>Re-open requests</source>
        <translation>قايتا ئېچىش ئىلتىماسلىرى</translation>
    </message>
    <message>
        <source>Annual evaluation</source>
        <translation>يىللىق باھالاش</translation>
    </message>
    <message>
        <source>Reading the townships&apos; figures…</source>
        <translation>يېزا-بازارلارنىڭ سانلىق مەلۇماتلىرى ئوقۇلۇۋاتىدۇ…</translation>
    </message>
    <message>
        <source>{value}% of {total} communities (goal {goal}%: {verdict})</source>
        <translation>جەمئىي {total} مەھەللە، قاپلاش نىسبىتى {value}% (نىشان {goal}%: {verdict})</translation>
    </message>
    <message>
        <source>met</source>
        <translation>يەتتى</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>يەتمىدى</translation>
    </message>
    <message>
        <source>None received yet</source>
        <translation>تېخى تاپشۇرۇۋېلىنمىدى</translation>
    </message>
    <message>
        <source>No. {number}, {when}</source>
        <translation>{number}-نومۇر، ‎{when}</translation>
    </message>
    <message>
        <source>Missing No. {numbers}</source>
        <translation>كەم بولاق نومۇرى: {numbers}</translation>
    </message>
    <message>
        <source>None</source>
        <translation>يوق</translation>
    </message>
    <message>
        <source>{count} met</source>
        <translation>{count} كۆرسەتكۈچ يەتتى</translation>
    </message>
    <message>
        <source>{count} close</source>
        <translation>{count} كۆرسەتكۈچ يېقىنلاشتى</translation>
    </message>
    <message>
        <source>{count} not met</source>
        <translation>{count} كۆرسەتكۈچ يەتمىدى</translation>
    </message>
    <message>
        <source>Select a township in the table first.</source>
        <translation>ئالدى بىلەن جەدۋەلدىن بىر يېزا-بازارنى تاللاڭ.</translation>
    </message>
    <message>
        <source>{month} of {name} is approved; it travels in the next bundle.</source>
        <translation>تەستىقلاندى: {name}، ‎{month}؛ كېيىنكى بولاق بىلەن ئەۋەتىلىدۇ.</translation>
    </message>
    <message>
        <source>Select a re-open request first.</source>
        <translation>ئالدى بىلەن بىر قايتا ئېچىش ئىلتىماسىنى تاللاڭ.</translation>
    </message>
    <message>
        <source>The request was answered.</source>
        <translation>ئىلتىماسقا جاۋاب بېرىلدى.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>ساقلىنىۋاتىدۇ…</translation>
    </message>
    <message>
        <source>city-bureau-summary-{year}.xlsx</source>
        <translation>{year}-يىلى شەھەرلىك ئىدارە يىغىنچاق جەدۋىلى.xlsx</translation>
    </message>
    <message>
        <source>Export city-bureau workbook</source>
        <translation>شەھەرلىك ئىدارە يىغىنچاق جەدۋىلىنى چىقىرىش</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel ھۆججىتى (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing the workbook…</source>
        <translation>Excel ھۆججىتى يېزىلىۋاتىدۇ…</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>ساقلاندى: ‎{path}</translation>
    </message>
    <message>
        <source>Preparing the summary report…</source>
        <translation>يىغىنچاق دوكلات تەييارلىنىۋاتىدۇ…</translation>
    </message>
    <message>
        <source>Summary report preview</source>
        <translation>يىغىنچاق دوكلاتنى ئالدىن كۆرۈش</translation>
    </message>
</context>
<context>
    <name>DrillDownPanel</name>
    <message numerus="yes">
        <source>One step short: filed, %n activity(ies) in the period; one more makes it count.</source>
        <translation>
            <numerusform>بىر قەدەم قالدى: ئەنگە ئالدۇرۇلغان، مەزگىل ئىچىدە %n قېتىم پائالىيەت ئۆتكۈزگەن؛ يەنە بىر قېتىم ئۆتكۈزسە ھېسابقا ئېلىنىدۇ.</numerusform>
            <numerusform>بىر قەدەم قالدى: ئەنگە ئالدۇرۇلغان، مەزگىل ئىچىدە %n قېتىم پائالىيەت ئۆتكۈزگەن؛ يەنە بىر قېتىم ئۆتكۈزسە ھېسابقا ئېلىنىدۇ.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>One step short: %n activity(ies) in the period; filing with the township makes it count.</source>
        <translation>
            <numerusform>بىر قەدەم قالدى: مەزگىل ئىچىدە %n قېتىم پائالىيەت ئۆتكۈزگەن؛ يېزا-بازاردا ئەنگە ئالدۇرسا ھېسابقا ئېلىنىدۇ.</numerusform>
            <numerusform>بىر قەدەم قالدى: مەزگىل ئىچىدە %n قېتىم پائالىيەت ئۆتكۈزگەن؛ يېزا-بازاردا ئەنگە ئالدۇرسا ھېسابقا ئېلىنىدۇ.</numerusform>
        </translation>
    </message>
    <message>
        <source>Record</source>
        <translation>خاتىرە</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ئىزاھات</translation>
    </message>
    <message>
        <source>Choose an indicator</source>
        <translation>كۆرسەتكۈچ تاللاڭ</translation>
    </message>
    <message>
        <source>Click a row of the table to see its rule and the records behind its number.</source>
        <translation>جەدۋەلدىكى بىر قۇرنى چېكىپ، ئۇنىڭ ھېسابلاش قائىدىسى ۋە سانىنى تەشكىل قىلغان خاتىرىلەرنى كۆرۈڭ.</translation>
    </message>
    <message>
        <source>Achieved {value} · target {target} · {status}</source>
        <translation>ئەمەلگە ئاشقىنى {value} · نىشان {target} · {status}</translation>
    </message>
    <message>
        <source>Rule: {rule}</source>
        <translation>ھېسابلاش قائىدىسى: {rule}</translation>
    </message>
    <message>
        <source>Only the total is shown for this indicator: the records behind it are sensitive or summed.</source>
        <translation>بۇ كۆرسەتكۈچنىڭ پەقەت يىغىندىسىلا كۆرسىتىلىدۇ: ئۇنى تەشكىل قىلغان خاتىرىلەر شەخسىي ئۇچۇرغا چېتىلىدۇ ياكى قوشۇپ ھېسابلانغان.</translation>
    </message>
    <message>
        <source>Loading the records…</source>
        <translation>خاتىرىلەر يۈكلىنىۋاتىدۇ…</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(نامى يوق)</translation>
    </message>
    <message>
        <source>No records of {kind} are behind this number in this period.</source>
        <translation>بۇ مەزگىلدە بۇ ساننى تەشكىل قىلغان «{kind}» خاتىرىسى يوق.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) of {kind} behind this number.</source>
        <translation>
            <numerusform>بۇ سان %n «{kind}» خاتىرىسىدىن تەركىب تاپقان.</numerusform>
            <numerusform>بۇ سان %n «{kind}» خاتىرىسىدىن تەركىب تاپقان.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organization(s) one step short are listed after them.</source>
        <translation>
            <numerusform>ئۇلارنىڭ كەينىدە ھېسابقا ئېلىنىشقا بىر قەدەم قالغان %n تەشكىلات كۆرسىتىلدى.</numerusform>
            <numerusform>ئۇلارنىڭ كەينىدە ھېسابقا ئېلىنىشقا بىر قەدەم قالغان %n تەشكىلات كۆرسىتىلدى.</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click one to open it.</source>
        <translation>ئېچىش ئۈچۈن قوش چېكىڭ.</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>This field must be filled in.</source>
        <translation>بۇ تۈرنى چوقۇم تولدۇرۇش كېرەك.</translation>
    </message>
    <message>
        <source>Too long: at most {max} characters.</source>
        <translation>بەك ئۇزۇن: كۆپ بولغاندا {max} ھەرپ بولىدۇ.</translation>
    </message>
    <message>
        <source>Too long; please shorten it.</source>
        <translation>بەك ئۇزۇن؛ قىسقارتىڭ.</translation>
    </message>
    <message>
        <source>Please choose one of the offered values.</source>
        <translation>تىزىملىكتىكى قىممەتلەردىن بىرنى تاللاڭ.</translation>
    </message>
    <message>
        <source>Must not be negative; enter 0 or more.</source>
        <translation>مەنپىي سان بولسا بولمايدۇ؛ 0 ياكى ئۇنىڭدىن چوڭ سان كىرگۈزۈڭ.</translation>
    </message>
    <message>
        <source>Must be between {low} and {high}.</source>
        <translation>{low} بىلەن {high} ئارىلىقىدا بولۇشى كېرەك.</translation>
    </message>
    <message>
        <source>The number is outside the allowed range.</source>
        <translation>سان رۇخسەت قىلىنغان دائىرىدىن ھالقىپ كەتتى.</translation>
    </message>
    <message>
        <source>The three weights must add up to 100; now they add up to {total}.</source>
        <translation>ئۈچ ۋەزىننىڭ يىغىندىسى 100 بولۇشى كېرەك؛ ھازىر {total}.</translation>
    </message>
    <message>
        <source>The three weights must add up to 100.</source>
        <translation>ئۈچ ۋەزىننىڭ يىغىندىسى 100 بولۇشى كېرەك.</translation>
    </message>
    <message>
        <source>“{value}” is not a date; write it like 2024-05-01.</source>
        <translation>«{value}» چېسلا ئەمەس؛ ‎2024-05-01 شەكلىدە يېزىڭ.</translation>
    </message>
    <message>
        <source>Not a date; write it like 2024-05-01.</source>
        <translation>چېسلا ئەمەس؛ ‎2024-05-01 شەكلىدە يېزىڭ.</translation>
    </message>
    <message>
        <source>This date is later than today; please check it.</source>
        <translation>بۇ چېسلا بۈگۈندىن كېيىن؛ تەكشۈرۈپ بېقىڭ.</translation>
    </message>
    <message>
        <source>This date is earlier than the date it must follow; please check it.</source>
        <translation>بۇ چېسلا ئۇنىڭدىن بۇرۇن كېلىشكە تېگىشلىك چېسلادىن (مەسىلەن، قۇرۇلغان ياكى باشلانغان چېسلادىن) بۇرۇن؛ تەكشۈرۈپ بېقىڭ.</translation>
    </message>
    <message>
        <source>“{value}” is not a number.</source>
        <translation>«{value}» سان ئەمەس.</translation>
    </message>
    <message>
        <source>Not a number.</source>
        <translation>سان ئەمەس.</translation>
    </message>
    <message>
        <source>Not a phone number: enter an 11-digit mobile number, or a landline with its area code (like 0998-1234567).</source>
        <translation>تېلېفون نومۇرى توغرا ئەمەس: 11 خانىلىق يانفون نومۇرىنى ياكى رايون كودى بىلەن مۇقىم تېلېفون نومۇرىنى (مەسىلەن 0998-1234567) كىرگۈزۈڭ.</translation>
    </message>
    <message>
        <source>A unified social credit code has 18 characters; this one has {length}.</source>
        <translation>بىرلىككە كەلگەن ئىجتىمائىي ئىناۋەت كودى 18 خانىلىق بولىدۇ؛ بۇنىڭدا {length} خانە بار.</translation>
    </message>
    <message>
        <source>A unified social credit code has 18 characters.</source>
        <translation>بىرلىككە كەلگەن ئىجتىمائىي ئىناۋەت كودى 18 خانىلىق بولىدۇ.</translation>
    </message>
    <message>
        <source>A credit code cannot contain “{char}”: only digits and capital letters (not I, O, Z, S, V).</source>
        <translation>ئىناۋەت كودىدا «{char}» بولسا بولمايدۇ: پەقەت رەقەم ۋە چوڭ ھەرپ (I، O، Z، S، V دىن باشقا) ئىشلىتىلىدۇ.</translation>
    </message>
    <message>
        <source>A credit code uses only digits and capital letters (not I, O, Z, S, V).</source>
        <translation>ئىناۋەت كودىدا پەقەت رەقەم ۋە چوڭ ھەرپ (I، O، Z، S، V دىن باشقا) ئىشلىتىلىدۇ.</translation>
    </message>
    <message>
        <source>The credit code&apos;s last character is wrong (it should be {expected}); please check it.</source>
        <translation>ئىناۋەت كودىنىڭ ئاخىرقى خانىسى (تەكشۈرۈش خانىسى) خاتا ({expected} بولۇشى كېرەك)؛ تەكشۈرۈپ بېقىڭ.</translation>
    </message>
    <message>
        <source>The credit code&apos;s last character is wrong; please check it.</source>
        <translation>ئىناۋەت كودىنىڭ ئاخىرقى خانىسى (تەكشۈرۈش خانىسى) خاتا؛ تەكشۈرۈپ بېقىڭ.</translation>
    </message>
    <message>
        <source>An ID number has 18 characters; this one has {length}.</source>
        <translation>كىملىك نومۇرى 18 خانىلىق بولىدۇ؛ بۇنىڭدا {length} خانە بار.</translation>
    </message>
    <message>
        <source>An ID number has 18 characters.</source>
        <translation>كىملىك نومۇرى 18 خانىلىق بولىدۇ.</translation>
    </message>
    <message>
        <source>An ID number cannot contain “{char}”: 17 digits, then a digit or X.</source>
        <translation>كىملىك نومۇرىدا «{char}» بولسا بولمايدۇ: ئالدىدا 17 رەقەم، ئاخىرىدا رەقەم ياكى X بولىدۇ.</translation>
    </message>
    <message>
        <source>An ID number is 17 digits, then a digit or X.</source>
        <translation>كىملىك نومۇرىنىڭ ئالدىدا 17 رەقەم، ئاخىرىدا رەقەم ياكى X بولىدۇ.</translation>
    </message>
    <message>
        <source>The region code “{region}” at the start of the ID number does not exist.</source>
        <translation>كىملىك نومۇرىنىڭ بېشىدىكى «{region}» رايون كودى مەۋجۇت ئەمەس.</translation>
    </message>
    <message>
        <source>The region code at the start of the ID number does not exist.</source>
        <translation>كىملىك نومۇرىنىڭ بېشىدىكى رايون كودى مەۋجۇت ئەمەس.</translation>
    </message>
    <message>
        <source>The birth date “{birthdate}” in the ID number is not possible.</source>
        <translation>كىملىك نومۇرىدىكى «‎{birthdate}» تۇغۇلغان چېسلاسى مۇمكىن ئەمەس.</translation>
    </message>
    <message>
        <source>The birth date in the ID number is not possible.</source>
        <translation>كىملىك نومۇرىدىكى تۇغۇلغان چېسلا مۇمكىن ئەمەس.</translation>
    </message>
    <message>
        <source>The ID number&apos;s last character is wrong (it should be {expected}); please check it.</source>
        <translation>كىملىك نومۇرىنىڭ ئاخىرقى خانىسى (تەكشۈرۈش خانىسى) خاتا ({expected} بولۇشى كېرەك)؛ تەكشۈرۈپ بېقىڭ.</translation>
    </message>
    <message>
        <source>The ID number&apos;s last character is wrong; please check it.</source>
        <translation>كىملىك نومۇرىنىڭ ئاخىرقى خانىسى (تەكشۈرۈش خانىسى) خاتا؛ تەكشۈرۈپ بېقىڭ.</translation>
    </message>
    <message>
        <source>A division code has 6, 9 or 12 digits.</source>
        <translation>مەمۇرىي رايون نومۇرى 6، 9 ياكى 12 خانىلىق سان بولىدۇ.</translation>
    </message>
    <message>
        <source>“{value}” is already recorded; do not enter it twice.</source>
        <translation>«{value}» ئاللىقاچان خاتىرىلەنگەن؛ قايتا كىرگۈزمەڭ.</translation>
    </message>
    <message>
        <source>This is already recorded; do not enter it twice.</source>
        <translation>بۇ ئاللىقاچان خاتىرىلەنگەن؛ قايتا كىرگۈزمەڭ.</translation>
    </message>
    <message>
        <source>The chosen record no longer exists; please choose again.</source>
        <translation>تاللانغان خاتىرە ئەمدى مەۋجۇت ئەمەس؛ قايتا تاللاڭ.</translation>
    </message>
    <message>
        <source>This record belongs to another site ({owner}) and cannot be changed here.</source>
        <translation>بۇ خاتىرە باشقا ئورۇنغا ({owner}) تەۋە، بۇ يەردە ئۆزگەرتكىلى بولمايدۇ.</translation>
    </message>
    <message>
        <source>This record belongs to another site and cannot be changed here.</source>
        <translation>بۇ خاتىرە باشقا ئورۇنغا تەۋە، بۇ يەردە ئۆزگەرتكىلى بولمايدۇ.</translation>
    </message>
    <message>
        <source>This computer has not been set up yet, so nothing can be saved.</source>
        <translation>بۇ كومپيۇتېر تېخى تەڭشەلمىدى، شۇڭا ھېچنېمە ساقلىغىلى بولمايدۇ.</translation>
    </message>
    <message>
        <source>The file could not be read completely; copy it to this computer and try again.</source>
        <translation>ھۆججەتنى تولۇق ئوقۇغىلى بولمىدى؛ ئۇنى بۇ كومپيۇتېرغا كۆچۈرۈپ، قايتا سىناڭ.</translation>
    </message>
    <message>
        <source>Only photos (JPG, PNG…) and scans (PDF) can be attached.</source>
        <translation>پەقەت سۈرەت (JPG، PNG…) ۋە سىكانېرلانغان ھۆججەت (PDF) نىلا قوشقىلى بولىدۇ.</translation>
    </message>
    <message>
        <source>Some entries need correcting; nothing was saved.</source>
        <translation>بەزى تۈرلەرنى تۈزىتىش كېرەك؛ ھېچنېمە ساقلانمىدى.</translation>
    </message>
    <message>
        <source>The disk is full, so nothing was saved. Free some disk space (for example, empty the recycle bin) and try again.</source>
        <translation>دىسكا توشۇپ كەتتى، شۇڭا ھېچنېمە ساقلانمىدى. دىسكىدىن بىر قىسىم بوشلۇق چىقىرىپ (مەسىلەن، ئەخلەت ساندۇقىنى تازىلاپ)، قايتا سىناڭ.</translation>
    </message>
    <message>
        <source>The disk could not be read or written, so nothing was saved. Try again; if it keeps happening, have the computer&apos;s hard disk checked.</source>
        <translation>دىسكىنى ئوقۇغىلى ياكى يازغىلى بولمىدى، شۇڭا ھېچنېمە ساقلانمىدى. قايتا سىناڭ؛ داۋاملىق شۇنداق بولسا، كومپيۇتېرنىڭ قاتتىق دىسكىسىنى تەكشۈرتۈڭ.</translation>
    </message>
    <message>
        <source>The program could not do this (code {code}). Nothing was saved.</source>
        <translation>پروگرامما بۇ مەشغۇلاتنى ئورۇندىيالمىدى (كود {code}). ھېچنېمە ساقلانمىدى.</translation>
    </message>
    <message>
        <source>The program could not do this. Nothing was saved.</source>
        <translation>پروگرامما بۇ مەشغۇلاتنى ئورۇندىيالمىدى. ھېچنېمە ساقلانمىدى.</translation>
    </message>
</context>
<context>
    <name>EvaluationForm</name>
    <message>
        <source> (year)</source>
        <extracomment>The scope announced after an evaluation is saved (the model&apos;s table).</extracomment>
        <translation>-يىلى</translation>
    </message>
    <message>
        <source>Township:</source>
        <translation>يېزا-بازار:</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>يىل:</translation>
    </message>
    <message>
        <source>Strengths, shortcomings, what to improve next year</source>
        <translation>ئاساسلىق نەتىجىلەر، يېتەرسىزلىكلەر، كېلەر يىلى ياخشىلاشقا تېگىشلىك جايلار</translation>
    </message>
    <message>
        <source>Name of the evaluator</source>
        <translation>باھالىغۇچىنىڭ ئىسمى</translation>
    </message>
    <message>
        <source>Comments:</source>
        <translation>باھا سۆزى:</translation>
    </message>
    <message>
        <source>Evaluator:</source>
        <translation>باھالىغۇچى:</translation>
    </message>
    <message>
        <source>Fill empty scores with the suggestions</source>
        <translation>بوش نومۇرلارغا تەۋسىيە نومۇرنى تولدۇرۇش</translation>
    </message>
    <message>
        <source>Save evaluation</source>
        <translation>باھالاشنى ساقلاش</translation>
    </message>
    <message>
        <source>Export evaluation workbook…</source>
        <translation>باھالاش يىغىنچاق جەدۋىلىنى چىقىرىش…</translation>
    </message>
    <message>
        <source>The city-bureau workbook: every township&apos;s scores, grade and comments</source>
        <translation>شەھەرلىك ئىدارە يىغىنچاق جەدۋىلى: ھەر بىر يېزا-بازارنىڭ نومۇرلىرى، دەرىجىسى ۋە باھا سۆزى</translation>
    </message>
    <message>
        <source>Print summary</source>
        <translation>يىغىنچاق دوكلاتنى بېسىش</translation>
    </message>
    <message>
        <source>Reading the townships…</source>
        <translation>يېزا-بازارلار تىزىملىكى ئوقۇلۇۋاتىدۇ…</translation>
    </message>
    <message>
        <source>{name} ({code})</source>
        <translation>{name} ({code})</translation>
    </message>
    <message>
        <source>No township is known to this district yet: import a township&apos;s bundle first.</source>
        <translation>بۇ رايوندا تېخى ھېچقانداق يېزا-بازارنىڭ سانلىق مەلۇماتى يوق: ئالدى بىلەن يېزا-بازارنىڭ بولىقىنى ئەكىرىڭ.</translation>
    </message>
    <message>
        <source>Reading the township&apos;s figures…</source>
        <translation>يېزا-بازارنىڭ سانلىق مەلۇماتلىرى ئوقۇلۇۋاتىدۇ…</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>باھالاش ئۆلچىمى</translation>
    </message>
    <message>
        <source>Basis, and what the records show</source>
        <translation>نومۇر قويۇش ئاساسى ۋە خاتىرىلەردىكى سانلىق مەلۇمات</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>تەۋسىيە نومۇر</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>نومۇر</translation>
    </message>
    <message>
        <source>Not evaluated yet for this year.</source>
        <translation>بۇ يىل تېخى باھالانمىدى.</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>تولدۇرۇلمىغان</translation>
    </message>
    <message>
        <source>Saved on {day} by {evaluator}: {total} points, {grade}.</source>
        <translation>ساقلانغان ۋاقتى: ‎{day}، باھالىغۇچى: {evaluator}؛ {total} نومۇر، {grade}.</translation>
    </message>
    <message>
        <source>Unsaved scores</source>
        <translation>ساقلانمىغان نومۇرلار</translation>
    </message>
    <message>
        <source>The scores typed in have not been saved. Discard them?</source>
        <translation>كىرگۈزۈلگەن نومۇرلار تېخى ساقلانمىدى. ئۇلاردىن ۋاز كېچەمسىز؟</translation>
    </message>
    <message>
        <source>Total {total} / {full} · {grade} ({filled} of {count} scored)</source>
        <translation>جەمئىي {total}/{full} · {grade} ({filled}/{count} ئۆلچەم)</translation>
    </message>
    <message>
        <source>Excellent</source>
        <translation>ئەلا</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>ياخشى</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>لاياقەتلىك</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>لاياقەتسىز</translation>
    </message>
    <message numerus="yes">
        <source>%n score(s) filled with the suggestion; check them before saving.</source>
        <translation>
            <numerusform>%n ئۆلچەمگە تەۋسىيە نومۇر تولدۇرۇلدى؛ ساقلاشتىن بۇرۇن تەكشۈرۈپ چىقىڭ.</numerusform>
            <numerusform>%n ئۆلچەمگە تەۋسىيە نومۇر تولدۇرۇلدى؛ ساقلاشتىن بۇرۇن تەكشۈرۈپ چىقىڭ.</numerusform>
        </translation>
    </message>
    <message>
        <source>No empty score has a suggestion: the rest are scored by hand.</source>
        <translation>بوش نومۇرلارنىڭ ھېچقايسىسىدا تەۋسىيە نومۇر يوق: قالغانلىرىغا قولدا نومۇر قويۇلىدۇ.</translation>
    </message>
    <message numerus="yes">
        <source>%n score(s) need correcting; nothing was saved.</source>
        <translation>
            <numerusform>%n نومۇرنى تۈزىتىش كېرەك؛ ھېچنېمە ساقلانمىدى.</numerusform>
            <numerusform>%n نومۇرنى تۈزىتىش كېرەك؛ ھېچنېمە ساقلانمىدى.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>ساقلىنىۋاتىدۇ…</translation>
    </message>
    <message>
        <source>Saved the {year} evaluation of {name}: {total} points, {grade}.</source>
        <translation>باھالاش ساقلاندى: {name}، {year}-يىلى؛ {total} نومۇر، {grade}.</translation>
    </message>
    <message>
        <source>{label}: {value}</source>
        <translation>‏{label}: {value}</translation>
    </message>
    <message>
        <source>{label}: {value} (target {target}) {status}</source>
        <translation>‏{label}: {value} (نىشان {target}) {status}</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) at most</source>
        <translation>
            <numerusform>تولۇق نومۇر %n</numerusform>
            <numerusform>تولۇق نومۇر %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Scored by the evaluator: the records hold no figure for this.</source>
        <translation>باھالىغۇچى نومۇر قويىدۇ: خاتىرىلەردە بۇ ئۆلچەمنىڭ سانلىق مەلۇماتى يوق.</translation>
    </message>
    <message>
        <source>In proportion to how far the figures reached their targets; a suggestion only.</source>
        <translation>سانلىق مەلۇماتلارنىڭ نىشانغا يېتىش دەرىجىسىگە ئاساسەن ھېسابلانغان؛ پەقەت پايدىلىنىش ئۈچۈن.</translation>
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
        <translation>خامچوتنىڭ يۇقىرى چېكى</translation>
    </message>
    <message>
        <source>This expense would take the budget line over its cap.</source>
        <translation>بۇ چىقىم خامچوت ماددىسىنى يۇقىرى چەكتىن ئاشۇرۇۋېتىدۇ.</translation>
    </message>
    <message>
        <source>This expense brings the budget line close to its cap.</source>
        <translation>بۇ چىقىم خامچوت ماددىسىنى يۇقىرى چەككە يېقىنلاشتۇرىدۇ.</translation>
    </message>
    <message>
        <source>Save it anyway, or go back and correct the amount or the line?</source>
        <translation>يەنىلا ساقلامسىز، ياكى قايتىپ سومما ياكى خامچوت ماددىسىنى تۈزىتەمسىز؟</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>يەنىلا ساقلاش</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>قايتىپ تۈزىتىش</translation>
    </message>
</context>
<context>
    <name>ExpenseSpec</name>
    <message>
        <source>New expense</source>
        <translation>يېڭى چىقىم</translation>
    </message>
    <message>
        <source>Edit expense</source>
        <translation>چىقىمنى تەھرىرلەش</translation>
    </message>
    <message>
        <source>Spent on</source>
        <translation>چىقىم قىلىنغان ۋاقتى</translation>
    </message>
    <message>
        <source>Budget line</source>
        <translation>خامچوت ماددىسى</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>سومما (يۈەن)</translation>
    </message>
    <message>
        <source>What for</source>
        <translation>چىقىم سەۋەبى</translation>
    </message>
    <message>
        <source>Paid to (person)</source>
        <translation>پۇل تاپشۇرۇۋالغۇچى (شەخس)</translation>
    </message>
    <message>
        <source>For wages and fees: the person paid</source>
        <translation>ئىش ھەققى ۋە ئەمگەك ھەققى ئۈچۈن: پۇلنى تاپشۇرۇۋالغان كىشى</translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation>تۈر چىقىملىرى</translation>
    </message>
    <message>
        <source>Paid to</source>
        <translation>تاپشۇرۇۋالغۇچى</translation>
    </message>
    <message>
        <source>What for, or who was paid</source>
        <translation>چىقىم سەۋەبى ياكى تاپشۇرۇۋالغۇچى</translation>
    </message>
    <message>
        <source>Line:</source>
        <translation>ماددا:</translation>
    </message>
    <message>
        <source>All lines</source>
        <translation>بارلىق ماددىلار</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>ئاي:</translation>
    </message>
    <message>
        <source>All months</source>
        <translation>بارلىق ئايلار</translation>
    </message>
    <message>
        <source>No expenses recorded for this project yet. Press “New…” to add one.</source>
        <translation>بۇ تۈرگە تېخى چىقىم خاتىرىلەنمىدى. قوشۇش ئۈچۈن «يېڭى…» نى بېسىڭ.</translation>
    </message>
    <message>
        <source>No expense matches these filters.</source>
        <translation>بۇ سۈزۈش شەرتلىرىگە ماس كېلىدىغان چىقىم يوق.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export the organization roster</source>
        <translation>ئىجتىمائىي تەشكىلاتلار تىزىملىكىنى چىقىرىش</translation>
    </message>
    <message>
        <source>Blank roster template</source>
        <translation>قۇرۇق تىزىملىك قېلىپى</translation>
    </message>
    <message>
        <source>Export the ledger</source>
        <translation>خىزمەت خاتىرە دەپتىرىنى چىقىرىش</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>باشلىنىش ۋاقتى:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>ئاخىرلىشىش ۋاقتى:</translation>
    </message>
    <message>
        <source>Show full phone and ID numbers</source>
        <translation>تېلېفون ۋە كىملىك نومۇرىنى تولۇق كۆرسىتىش</translation>
    </message>
    <message>
        <source>Full phone and ID numbers will be written into the workbook, and this will be recorded in the audit log. Keep the file safe and delete it when it is no longer needed.</source>
        <translation>تېلېفون ۋە كىملىك نومۇرلىرى Excel ھۆججىتىگە تولۇق يېزىلىدۇ، بۇ مەشغۇلات خاتىرىسىگە خاتىرىلىنىدۇ. ھۆججەتنى بىخەتەر ساقلاڭ، كېرەك بولمىغاندا ئۆچۈرۈۋېتىڭ.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>تاللاش…</translation>
    </message>
    <message>
        <source>Save to:</source>
        <translation>ساقلاش ئورنى:</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>قىسقۇچنى ئېچىش</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>چىقىرىش</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>تاقاش</translation>
    </message>
    <message>
        <source>Organization roster {date}.xlsx</source>
        <translation>{date} ئىجتىمائىي تەشكىلاتلار تىزىملىكى.xlsx</translation>
    </message>
    <message>
        <source>Roster template.xlsx</source>
        <translation>تىزىملىك قېلىپى.xlsx</translation>
    </message>
    <message>
        <source>Ledger {date}.xlsx</source>
        <translation>{date} خىزمەت خاتىرە دەپتىرى.xlsx</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel ھۆججىتى (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing the workbook…</source>
        <translation>Excel ھۆججىتى يېزىلىۋاتىدۇ…</translation>
    </message>
    <message>
        <source>The blank template was written to {path}</source>
        <translation>قۇرۇق قېلىپ ساقلاندى: ‎{path}</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to {path}</source>
        <translation>
            <numerusform>%n قۇر چىقىرىلدى: ‎{path}</numerusform>
            <numerusform>%n قۇر چىقىرىلدى: ‎{path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportPanel</name>
    <message>
        <source>A bundle carries every change the other site has not confirmed yet, signed by this site and locked so that only the recipient can open it. A lost USB stick does no harm: the next bundle carries the same changes again.</source>
        <translation>بولاق قارشى تەرەپ ئورۇن تېخى تاپشۇرۇۋالغانلىقىنى جەزملەشتۈرمىگەن بارلىق ئۆزگىرىشلەرنى ئۆز ئىچىگە ئالىدۇ؛ ئۇنىڭغا بۇ ئورۇننىڭ ئىمزاسى قويۇلۇپ، پەقەت قوبۇل قىلغۇچىلا ئاچالايدىغان قىلىپ شىفىرلىنىدۇ. U دىسكا يوقاپ كەتسىمۇ زىيىنى يوق: كېيىنكى بولاق شۇ ئۆزگىرىشلەرنى قايتا ئېلىپ بارىدۇ.</translation>
    </message>
    <message>
        <source>Look again</source>
        <translation>قايتا ئىزدەش</translation>
    </message>
    <message>
        <source>Look for USB sticks again (after plugging one in)</source>
        <translation>U دىسكىنى قايتا ئىزدەش (U دىسكا قىستۇرۇلغاندىن كېيىن)</translation>
    </message>
    <message>
        <source>Send to:</source>
        <translation>ئەۋەتىدىغان ئورۇن:</translation>
    </message>
    <message>
        <source>USB stick:</source>
        <translation>U دىسكا:</translation>
    </message>
    <message>
        <source>Export to the USB stick</source>
        <translation>U دىسكىغا چىقىرىش</translation>
    </message>
    <message>
        <source>Export to another folder…</source>
        <translation>باشقا قىسقۇچقا چىقىرىش…</translation>
    </message>
    <message>
        <source>Make a restore bundle for a township…</source>
        <translation>يېزا ئۈچۈن ئەسلىگە كەلتۈرۈش بولىقى ياساش…</translation>
    </message>
    <message>
        <source>Rebuilds a township whose computer died, from what the district holds</source>
        <translation>كومپيۇتېرى بۇزۇلغان يېزىنى رايوندا ساقلانغان سانلىق مەلۇماتلار ئارقىلىق ئەسلىگە كەلتۈرىدۇ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>بىكار قىلىش</translation>
    </message>
    <message>
        <source>Make this site&apos;s keys now</source>
        <translation>بۇ ئورۇننىڭ ئاچقۇچلىرىنى ھازىر قۇرۇش</translation>
    </message>
    <message>
        <source>{name} ({code})</source>
        <translation>{name} ({code})</translation>
    </message>
    <message>
        <source>The district civil-affairs bureau ({code})</source>
        <translation>رايونلۇق پۇقرالار ئىشلىرى ئىدارىسى ({code})</translation>
    </message>
    <message>
        <source>No other site&apos;s keys are enrolled yet, so there is no one to send to.</source>
        <translation>باشقا ئورۇنلارنىڭ ئاچقۇچلىرى تېخى تىزىمغا ئېلىنمىغان، شۇڭا ئەۋەتىدىغان ئورۇن يوق.</translation>
    </message>
    <message>
        <source>{name} ({path}, {free} free)</source>
        <translation>‏{name} (‎{path}، {free} بوش)</translation>
    </message>
    <message>
        <source>No USB stick found: plug one in and press “Look again”</source>
        <translation>U دىسكا تېپىلمىدى: U دىسكا قىستۇرۇپ، «قايتا ئىزدەش» نى بېسىڭ</translation>
    </message>
    <message>
        <source>The keys were made. Fingerprint: {fingerprint}</source>
        <translation>ئاچقۇچلار قۇرۇلدى. بارماق ئىزى: ‎{fingerprint}</translation>
    </message>
    <message>
        <source>Choose where to write the bundle</source>
        <translation>بولاقنى يازىدىغان جاينى تاللاڭ</translation>
    </message>
    <message>
        <source>Writing the bundle to {folder}…</source>
        <translation>بولاق مۇنۇ قىسقۇچقا يېزىلىۋاتىدۇ: ‎{folder}…</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was written.</source>
        <translation>بىكار قىلىندى. ھېچنېمە يېزىلمىدى.</translation>
    </message>
    <message>
        <source>Bundle No. {sequence} was written and checked: {path} ({size}).</source>
        <translation>{sequence}-نومۇرلۇق بولاق يېزىلدى ۋە تەكشۈرۈلدى: ‎{path} ({size}).</translation>
    </message>
</context>
<context>
    <name>FailureText</name>
    <message>
        <source>The file could not be read or written: {detail}{where}. Choose another place and try again.</source>
        <translation>ھۆججەتنى ئوقۇغىلى ياكى يازغىلى بولمىدى: {detail}{where}. باشقا جاينى تاللاپ قايتا سىناڭ.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong ({detail}). Ask for technical help.</source>
        <translation>ئويلىمىغان خاتالىق كۆرۈلدى ({detail}). تېخنىكىلىق ياردەم سوراڭ.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>MMM yyyy</source>
        <translation>yyyy-يىلى MMM</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>Data folder</source>
        <translation>سانلىق مەلۇمات قىسقۇچى</translation>
    </message>
    <message>
        <source>Pressing Set up creates the site and its keys.</source>
        <translation>«تەڭشەش» نى باسسىڭىز، ئورۇن ۋە ئاچقۇچلار قۇرۇلىدۇ.</translation>
    </message>
    <message>
        <source>Keep the data on this computer&apos;s own disk. USB sticks and network folders are refused: the database can be damaged there. Use the Sync page to carry data on a USB stick.</source>
        <translation>سانلىق مەلۇماتنى بۇ كومپيۇتېرنىڭ قاتتىق دىسكىسىدا ساقلاڭ. U دىسكا ۋە تور قىسقۇچلىرىنى ئىشلەتكىلى بولمايدۇ، ساندان ئۇ يەردە بۇزۇلۇپ كېتىشى مۇمكىن. U دىسكىدا يۆتكەش ئۈچۈن «ماس قەدەملەش» بېتىنى ئىشلىتىڭ.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>تاللاش…</translation>
    </message>
    <message>
        <source>Set up</source>
        <translation>تەڭشەش</translation>
    </message>
    <message>
        <source>This folder is on a removable drive (USB stick or card). Choose a folder on this computer&apos;s disk.</source>
        <translation>بۇ قىسقۇچ يۆتكىلىشچان دىسكىدا (U دىسكا ياكى كارتا). بۇ كومپيۇتېرنىڭ دىسكىسىدىكى قىسقۇچنى تاللاڭ.</translation>
    </message>
    <message>
        <source>This folder is on a network drive. Choose a folder on this computer&apos;s disk.</source>
        <translation>بۇ قىسقۇچ تور دىسكىسىدا. بۇ كومپيۇتېرنىڭ دىسكىسىدىكى قىسقۇچنى تاللاڭ.</translation>
    </message>
    <message>
        <source>The folder cannot be used: {detail}</source>
        <translation>قىسقۇچنى ئىشلەتكىلى بولمايدۇ: {detail}</translation>
    </message>
    <message>
        <source>Welcome</source>
        <extracomment>Each language named in itself, so a clerk finds theirs whatever is showing now.</extracomment>
        <translation>خۇش كەلدىڭىز</translation>
    </message>
    <message>
        <source>A few questions set up this computer.</source>
        <translation>بىر قانچە سوئالغا جاۋاب بېرىپ، بۇ كومپيۇتېرنى تەڭشەڭ.</translation>
    </message>
    <message>
        <source>Choose the language of the program:</source>
        <translation>پروگراممىنىڭ تىلىنى تاللاڭ:</translation>
    </message>
    <message>
        <source>Who uses this computer?</source>
        <translation>بۇ كومپيۇتېرنى كىم ئىشلىتىدۇ؟</translation>
    </message>
    <message>
        <source>Township incubation base</source>
        <translation>يېزا يېتىشتۈرۈش بازىسى</translation>
    </message>
    <message>
        <source>District civil affairs bureau</source>
        <translation>رايونلۇق پۇقرالار ئىشلىرى ئىدارىسى</translation>
    </message>
    <message>
        <source>Townships record the daily work; the district receives their bundles and approves months.</source>
        <translation>يېزىلار كۈندىلىك خىزمەتنى خاتىرىلەيدۇ؛ رايون ئۇلارنىڭ بولاقلىرىنى قوبۇل قىلىپ، ئايلىق سانلىق مەلۇماتنى تەستىقلايدۇ.</translation>
    </message>
    <message>
        <source>This site</source>
        <translation>بۇ ئورۇن</translation>
    </message>
    <message>
        <source>The administrative division code is on the district&apos;s notice.</source>
        <translation>مەمۇرىي رايون نومۇرى رايوننىڭ ئۇقتۇرۇشىدا بار.</translation>
    </message>
    <message>
        <source>Division code</source>
        <translation>مەمۇرىي رايون نومۇرى</translation>
    </message>
    <message>
        <source>Site name</source>
        <translation>ئورۇن نامى</translation>
    </message>
    <message>
        <source>District code</source>
        <translation>رايون نومۇرى</translation>
    </message>
    <message>
        <source>9 digits, e.g. 653121103</source>
        <translation>9 خانىلىق سان، مەسىلەن 653121103</translation>
    </message>
    <message>
        <source>e.g. Tokzak Town Incubation Base</source>
        <translation>مەسىلەن: توققۇزاق بازىرى يېتىشتۈرۈش بازىسى</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>ئاچقۇچلار</translation>
    </message>
    <message>
        <source>Save the enrolment form to print…</source>
        <translation>تىزىملاش جەدۋىلىنى بېسىش ئۈچۈن ساقلاش…</translation>
    </message>
    <message>
        <source>This site&apos;s keys were made. Print the enrolment form, sign and seal it, and give it to the district; the district compares these 60 digits before accepting your bundles.</source>
        <translation>بۇ ئورۇننىڭ ئاچقۇچلىرى قۇرۇلدى. تىزىملاش جەدۋىلىنى بېسىپ، ئىمزا قويۇپ تامغا بېسىپ، رايونغا تاپشۇرۇڭ؛ رايون بولاقلىرىڭىزنى قوبۇل قىلىشتىن بۇرۇن بۇ 60 خانىلىق ساننى سېلىشتۇرىدۇ.</translation>
    </message>
    <message>
        <source>Save the enrolment form</source>
        <translation>تىزىملاش جەدۋىلىنى ساقلاش</translation>
    </message>
    <message>
        <source>key-enrolment-form.pdf</source>
        <translation>key-enrolment-form.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF ھۆججىتى (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to {path}. Open it and print it.</source>
        <translation>ساقلاندى: ‎{path}. ئېچىپ بېسىڭ.</translation>
    </message>
    <message>
        <source>How to start</source>
        <translation>قانداق باشلاش</translation>
    </message>
    <message>
        <source>Start with no records</source>
        <translation>قۇرۇق باشلاش</translation>
    </message>
    <message>
        <source>Import an existing roster workbook (.xlsx)</source>
        <translation>بار بولغان تەشكىلات تىزىملىكىنى ئەكىرىش (.xlsx)</translation>
    </message>
    <message>
        <source>Fill in practice data to try the program</source>
        <translation>پروگراممىنى سىناش ئۈچۈن مەشىق سانلىق مەلۇماتى قوشۇش</translation>
    </message>
    <message>
        <source>Practice data is marked “Practice data” everywhere and can be cleared from the Help menu before real work starts.</source>
        <translation>مەشىق سانلىق مەلۇماتى ھەممە يەردە «مەشىق سانلىق مەلۇماتى» دەپ بەلگىلىنىدۇ، رەسمىي خىزمەتتىن بۇرۇن «ياردەم» تىزىملىكىدىن تازىلىغىلى بولىدۇ.</translation>
    </message>
    <message>
        <source>Roster workbook</source>
        <translation>تىزىملىك ھۆججىتى</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel ھۆججىتى (*.xlsx)</translation>
    </message>
    <message>
        <source>Choose the roster workbook first.</source>
        <translation>ئالدى بىلەن تىزىملىك ھۆججىتىنى تاللاڭ.</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>تەييار</translation>
    </message>
    <message>
        <source>The site is set up.</source>
        <translation>ئورۇن تەڭشەلدى.</translation>
    </message>
    <message>
        <source>Press Finish to open the program. The quick guide is in the Help menu.</source>
        <translation>پروگراممىنى ئېچىش ئۈچۈن «تامام» نى بېسىڭ. تېز قوللانما «ياردەم» تىزىملىكىدە.</translation>
    </message>
    <message>
        <source>Set up Incubator Desktop</source>
        <translation>يېتىشتۈرۈش بازىسى سىستېمىسىنى تەڭشەش</translation>
    </message>
    <message>
        <source>This folder already holds a site; it is used as it is.</source>
        <translation>بۇ قىسقۇچتا تەڭشەلگەن ئورۇن بار، شۇنى ئىشلىتىدۇ.</translation>
    </message>
    <message>
        <source>The keys could not be made ({reason}). Make them later on the Sync page.</source>
        <translation>ئاچقۇچلار قۇرۇلمىدى ({reason}). كېيىن «ماس قەدەملەش» بېتىدە قۇرۇڭ.</translation>
    </message>
    <message>
        <source>Roster imported: {created} organizations added, {rejected} rows need checking.</source>
        <translation>تىزىملىك ئەكىرىلدى: {created} تەشكىلات قوشۇلدى، {rejected} قۇرنى تەكشۈرۈش كېرەك.</translation>
    </message>
    <message>
        <source>Practice data was filled in. It is marked and can be cleared.</source>
        <translation>مەشىق سانلىق مەلۇماتى قوشۇلدى. ئۇ بەلگىلەنگەن، تازىلىغىلى بولىدۇ.</translation>
    </message>
</context>
<context>
    <name>GlobalSearchBox</name>
    <message>
        <source>Search names and titles (Ctrl+F)</source>
        <translation>نام ۋە ماۋزۇ ئىزدەش (Ctrl+F)</translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation>ھېچنېمە تېپىلمىدى</translation>
    </message>
</context>
<context>
    <name>GrantErrorText</name>
    <message>
        <source>Only winning entries receive a grant in tranches (this entry&apos;s result is “{result}”).</source>
        <translation>پەقەت مۇكاپاتلانغان تۈرلەرگىلا ياردەم پۇلى باسقۇچلۇق ئاجرىتىلىدۇ (بۇ تۈرنىڭ باھالاش نەتىجىسى: «{result}»).</translation>
    </message>
    <message>
        <source>Only winning entries receive a grant in tranches.</source>
        <translation>پەقەت مۇكاپاتلانغان تۈرلەرگىلا ياردەم پۇلى باسقۇچلۇق ئاجرىتىلىدۇ.</translation>
    </message>
    <message>
        <source>The tranches of this entry are already planned.</source>
        <translation>بۇ تۈرنىڭ باسقۇچلۇق ئاجرىتىلىشى ئاللىبۇرۇن ئورۇنلاشتۇرۇلغان.</translation>
    </message>
    <message>
        <source>The grant must be more than 0 yuan.</source>
        <translation>ياردەم پۇلى 0 يۈەندىن كۆپ بولۇشى كېرەك.</translation>
    </message>
    <message>
        <source>This tranche&apos;s condition (“{condition}”) is not recorded as met yet; record that first.</source>
        <translation>بۇ باسقۇچنىڭ ئاجرىتىش شەرتى («{condition}») تېخى ئەمەلگە ئاشتى دەپ خاتىرىلەنمىدى؛ ئالدى بىلەن شۇنى خاتىرىلەڭ.</translation>
    </message>
    <message>
        <source>This tranche&apos;s condition is not recorded as met yet.</source>
        <translation>بۇ باسقۇچنىڭ ئاجرىتىش شەرتى تېخى ئەمەلگە ئاشتى دەپ خاتىرىلەنمىدى.</translation>
    </message>
    <message>
        <source>Tranche {sequence} has not been paid yet; tranches are paid in order.</source>
        <translation>{sequence}-باسقۇچ تېخى ئاجرىتىلمىدى؛ ياردەم پۇلى تەرتىپ بويىچە ئاجرىتىلىدۇ.</translation>
    </message>
    <message>
        <source>An earlier tranche has not been paid yet; tranches are paid in order.</source>
        <translation>ئالدىنقى بىر باسقۇچ تېخى ئاجرىتىلمىدى؛ ياردەم پۇلى تەرتىپ بويىچە ئاجرىتىلىدۇ.</translation>
    </message>
    <message>
        <source>This tranche was already paid on {paid_on}.</source>
        <translation>بۇ باسقۇچ ‎{paid_on} كۈنى ئاجرىتىلىپ بولغان.</translation>
    </message>
    <message>
        <source>This tranche is already paid.</source>
        <translation>بۇ باسقۇچ ئاجرىتىلىپ بولغان.</translation>
    </message>
    <message>
        <source>The payment date is before the day the condition was met ({condition_met_on}).</source>
        <translation>ئاجرىتىش ۋاقتى شەرت ئەمەلگە ئاشقان كۈندىن (‎{condition_met_on}) بۇرۇن.</translation>
    </message>
    <message>
        <source>The payment date is before the day the condition was met.</source>
        <translation>ئاجرىتىش ۋاقتى شەرت ئەمەلگە ئاشقان كۈندىن بۇرۇن.</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>ياردەم(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Quick guide</source>
        <translation>تېز قوللانما(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>تىل(&amp;L)</translation>
    </message>
    <message>
        <source>Clear practice data…</source>
        <translation>مەشىق سانلىق مەلۇماتىنى تازىلاش…</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>ھەققىدە(&amp;A)</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Restore</source>
        <translation>ئەسلىگە كەلتۈرۈش</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>كۈندىلىك ماس قەدەملەش</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>نومۇرى</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>ئەۋەتىلگەن ئورۇن</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>تۈرى</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>چىقىرىلغان ۋاقتى</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>خاتىرە سانى</translation>
    </message>
    <message>
        <source>State</source>
        <translation>ھالىتى</translation>
    </message>
    <message>
        <source>From</source>
        <translation>كەلگەن ئورۇن</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>ياسالغان ۋاقتى</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>ئەكىرىلگەن ۋاقتى</translation>
    </message>
    <message>
        <source>No bundle has been received yet.</source>
        <translation>تېخى بولاق تاپشۇرۇۋېلىنمىدى.</translation>
    </message>
    <message>
        <source>Print the receipt of the chosen bundle…</source>
        <translation>تاللانغان بولاقنىڭ ئەكىرىش تالونىنى بېسىش…</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>ئەۋەتىلگەن</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>تاپشۇرۇۋېلىنغان</translation>
    </message>
    <message>
        <source>No bundle has been sent yet.</source>
        <translation>تېخى بولاق ئەۋەتىلمىدى.</translation>
    </message>
    <message>
        <source>From {site}: bundles No. {missing} have not arrived; later bundles carry their changes.</source>
        <translation>ئەۋەتكۈچى ئورۇن {site}: نومۇرى {missing} بولغان بولاق كەلمىدى؛ كېيىنكى بولاقلار ئۇلاردىكى ئۆزگىرىشلەرنى تولۇقلايدۇ.</translation>
    </message>
    <message>
        <source>Confirmed by the recipient</source>
        <translation>تاپشۇرۇۋالغۇچى جەزملەشتۈردى</translation>
    </message>
    <message>
        <source>Written, not confirmed yet</source>
        <translation>چىقىرىلدى، تېخى جەزملەشتۈرۈلمىدى</translation>
    </message>
    <message>
        <source>Not finished (no file)</source>
        <translation>تاماملانمىدى (ھۆججەت يوق)</translation>
    </message>
    <message>
        <source>Not received</source>
        <translation>تاپشۇرۇۋېلىنمىدى</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Loading…</source>
        <translation>يۈكلىنىۋاتىدۇ…</translation>
    </message>
    <message>
        <source>Community organizations</source>
        <translation>مەھەللە ئىجتىمائىي تەشكىلاتلىرى</translation>
    </message>
    <message>
        <source>Service activities this month</source>
        <translation>بۇ ئايدىكى مۇلازىمەت پائالىيەتلىرى</translation>
    </message>
    <message>
        <source>Trainings held</source>
        <translation>ئۆتكۈزۈلگەن تەربىيەلەش</translation>
    </message>
    <message>
        <source>Resources linked</source>
        <translation>ئۇلانغان مەنبەلەر</translation>
    </message>
    <message>
        <source>This computer has not been set up yet</source>
        <translation>بۇ كومپيۇتېر تېخى تەڭشەلمىدى</translation>
    </message>
    <message>
        <source>Before records can be kept, this database must be made a township incubation base or a district civil-affairs bureau. For now this is done from the command line (a setup assistant will come in a later version). Open a command window and type, for a township:</source>
        <translation>خاتىرە قالدۇرۇشتىن بۇرۇن، بۇ ساندان يېزا يېتىشتۈرۈش بازىسى ياكى رايونلۇق پۇقرالار ئىشلىرى ئىدارىسى قىلىپ تەڭشىلىشى كېرەك. بۇ ھازىرچە بۇيرۇق قۇرىدا قىلىنىدۇ. بۇيرۇق كۆزنىكىنى ئېچىپ، يېزا ئۈچۈن مۇنداق كىرگۈزۈڭ:</translation>
    </message>
    <message>
        <source>Example Town</source>
        <translation>مىسال بازىرى</translation>
    </message>
    <message>
        <source>To try the program with sample data instead, type:</source>
        <translation>ئۈلگە سانلىق مەلۇمات بىلەن سىناپ بېقىش ئۈچۈن مۇنداق كىرگۈزۈڭ:</translation>
    </message>
    <message>
        <source>Then close this program and start it again.</source>
        <translation>ئاندىن پروگراممىنى تاقاپ، قايتا قوزغىتىڭ.</translation>
    </message>
    <message>
        <source>This program is using the database {path}. If it is not in the default place, add --db followed by that path to both commands.</source>
        <translation>پروگرامما {path} ساندانىنى ئىشلىتىۋاتىدۇ. ئۇ كۆڭۈلدىكى ئورۇندا بولمىسا، ھەر ئىككى بۇيرۇققا --db ۋە شۇ يولنى قوشۇڭ.</translation>
    </message>
    <message>
        <source>{role} · division code {code}</source>
        <translation>{role} · مەمۇرىي رايون نومۇرى {code}</translation>
    </message>
    <message>
        <source>This month at a glance ({month})</source>
        <translation>بۇ ئاينىڭ ئومۇمىي ئەھۋالى ({month})</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <translation>yyyy-يىلى MMMM</translation>
    </message>
</context>
<context>
    <name>ImageViewerDialog</name>
    <message>
        <source>This file cannot be shown as a picture.</source>
        <translation>بۇ ھۆججەتنى رەسىم سۈپىتىدە كۆرسەتكىلى بولمايدۇ.</translation>
    </message>
</context>
<context>
    <name>ImportPanel</name>
    <message>
        <source>Choose the bundle file (it ends in .incubator-bundle). It is checked and tried first; nothing changes until you press “Import”.</source>
        <extracomment>A refusal stands out (its words say the same: every one ends by saying nothing was changed).</extracomment>
        <translation>بولاق ھۆججىتىنى تاللاڭ (كېڭەيتىلمە نامى incubator-bundle). ئالدى بىلەن تەكشۈرۈلۈپ سىناپ ئەكىرىلىدۇ؛ «ئەكىرىش» نى باسمىغۇچە ھېچنېمە ئۆزگەرمەيدۇ.</translation>
    </message>
    <message>
        <source>No bundle chosen yet</source>
        <translation>تېخى بولاق تاللانمىدى</translation>
    </message>
    <message>
        <source>Choose a bundle…</source>
        <translation>بولاق تاللاش…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>بىكار قىلىش</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>ئەكىرىش</translation>
    </message>
    <message>
        <source>Print import receipt…</source>
        <translation>ئەكىرىش تالونىنى بېسىش…</translation>
    </message>
    <message>
        <source>Choose a bundle</source>
        <translation>بولاق تاللاش</translation>
    </message>
    <message>
        <source>Bundles (*.incubator-bundle);;All files (*)</source>
        <translation>بولاقلار (*.incubator-bundle);;بارلىق ھۆججەتلەر (*)</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was changed.</source>
        <translation>بىكار قىلىندى. ھېچنېمە ئۆزگەرتىلمىدى.</translation>
    </message>
    <message>
        <source>Checking the bundle…</source>
        <translation>بولاق تەكشۈرۈلۈۋاتىدۇ…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>ئەكىرىلىۋاتىدۇ…</translation>
    </message>
    <message>
        <source>{name} ({code})</source>
        <translation>{name} ({code})</translation>
    </message>
    <message>
        <source>Bundle No. {sequence} from {sender}, made {created}</source>
        <translation>{sequence}-نومۇرلۇق بولاق، ئەۋەتكۈچى: {sender}، ياسالغان ۋاقتى: ‎{created}</translation>
    </message>
    <message>
        <source>Bundles No. {missing} from this site have not arrived (a lost USB stick?). Nothing is lost: later bundles carry their changes again.</source>
        <translation>بۇ ئورۇننىڭ {missing}-نومۇرلۇق بولاقلىرى تېخى يېتىپ كەلمىدى (U دىسكا يوقالغانمۇ؟). ھېچنېمە يوقالمايدۇ: كېيىنكى بولاقلار ئۇلاردىكى ئۆزگىرىشلەرنى قايتا ئېلىپ كېلىدۇ.</translation>
    </message>
    <message>
        <source>This bundle was imported before; importing it again changes nothing.</source>
        <translation>بۇ بولاق ئىلگىرى ئەكىرىلگەن؛ قايتا ئەكىرسىڭىز ھېچنېمە ئۆزگەرمەيدۇ.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) were changed on both sides; the older version goes to the conflict log.</source>
        <translation>
            <numerusform>%n خاتىرە ئىككى تەرەپتە تەڭ ئۆزگەرتىلگەن؛ كونىراق نۇسخىسى توقۇنۇش خاتىرىسىگە ساقلىنىدۇ.</numerusform>
            <numerusform>%n خاتىرە ئىككى تەرەپتە تەڭ ئۆزگەرتىلگەن؛ كونىراق نۇسخىسى توقۇنۇش خاتىرىسىگە ساقلىنىدۇ.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported. The table shows what changed.</source>
        <translation>ئەكىرىلدى. ئۆزگىرىشلەر جەدۋەلدە كۆرسىتىلدى.</translation>
    </message>
    <message>
        <source>Checked: the bundle is intact and can be imported. Nothing is saved yet.</source>
        <translation>تەكشۈرۈلدى: بولاق مۇكەممەل، ئەكىرىشكە بولىدۇ. تېخى ھېچنېمە ساقلانمىدى.</translation>
    </message>
</context>
<context>
    <name>IndicatorTable</name>
    <message>
        <source>✓ Met</source>
        <translation>✓ نىشانغا يەتتى</translation>
    </message>
    <message>
        <source>△ Close / in progress</source>
        <translation>△ يېقىنلاشتى / داۋاملىشىۋاتىدۇ</translation>
    </message>
    <message>
        <source>× Not met</source>
        <translation>× نىشانغا يەتمىدى</translation>
    </message>
    <message>
        <source>○ For information</source>
        <translation>○ پايدىلىنىش ئۈچۈن</translation>
    </message>
</context>
<context>
    <name>IndicatorTableModel</name>
    <message>
        <source>Indicator</source>
        <extracomment>The share of the target reached (1.0 = reached), or None; the progress column paints it as a bar.</extracomment>
        <translation>كۆرسەتكۈچ</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>ئەمەلگە ئاشقىنى</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>نىشان</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>ئىلگىرىلەش</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ھالىتى</translation>
    </message>
</context>
<context>
    <name>IndicatorsPage</name>
    <message>
        <source>Indicators</source>
        <translation>كۆرسەتكۈچلەر</translation>
    </message>
    <message>
        <source>Target period</source>
        <translation>نىشان مەزگىلى</translation>
    </message>
    <message>
        <source>The period of the target set in force (else this year to today)</source>
        <translation>كۈچكە ئىگە نىشانلارنىڭ مەزگىلى (نىشان بولمىسا بۇ يىل 1-ئاينىڭ 1-كۈنىدىن بۈگۈنگىچە)</translation>
    </message>
    <message>
        <source>Print monthly report…</source>
        <translation>ئايلىق دوكلاتنى بېسىش…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>يۈكلىنىۋاتىدۇ…</translation>
    </message>
    <message>
        <source>Computing the indicators…</source>
        <translation>كۆرسەتكۈچلەر ھېسابلىنىۋاتىدۇ…</translation>
    </message>
    <message>
        <source>default targets of the project plan</source>
        <translation>تۈر ئىجرا لايىھىسىدىكى كۆڭۈلدىكى نىشانلار</translation>
    </message>
    <message>
        <source>{start} to {end} · targets: {targets} · {tally}</source>
        <translation>‏‎{start}‏ — ‎{end} · نىشانلار: {targets} · {tally}</translation>
    </message>
</context>
<context>
    <name>KeyEnrolDialog</name>
    <message>
        <source>Enrol a township&apos;s key</source>
        <translation>يېزا-بازارنىڭ ئاچقۇچىنى تىزىملاش</translation>
    </message>
    <message>
        <source>Enrol the district&apos;s key</source>
        <translation>رايوننىڭ ئاچقۇچىنى تىزىملاش</translation>
    </message>
    <message>
        <source>Choose the public-key file the township exported (a .json file, usually on a USB stick). Have its sealed key enrolment form (密钥登记表) at hand.</source>
        <translation>يېزا-بازار چىقارغان ئاممىۋى ئاچقۇچ ھۆججىتىنى تاللاڭ (‎.json ھۆججىتى، ئادەتتە U دىسكىدا بولىدۇ). شۇنداقلا ئۇنىڭ تامغا بېسىلغان ئاچقۇچ تىزىملاش جەدۋىلىنى (密钥登记表) تەييارلاپ قويۇڭ.</translation>
    </message>
    <message>
        <source>Choose the public-key file the district exported (a .json file, usually on a USB stick). Have its sealed key enrolment form (密钥登记表) at hand.</source>
        <translation>رايون چىقارغان ئاممىۋى ئاچقۇچ ھۆججىتىنى تاللاڭ (‎.json ھۆججىتى، ئادەتتە U دىسكىدا بولىدۇ). شۇنداقلا ئۇنىڭ تامغا بېسىلغان ئاچقۇچ تىزىملاش جەدۋىلىنى (密钥登记表) تەييارلاپ قويۇڭ.</translation>
    </message>
    <message>
        <source>The other site&apos;s public-key file</source>
        <translation>قارشى تەرەپ ئورۇننىڭ ئاممىۋى ئاچقۇچ ھۆججىتى</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>تاللاش…</translation>
    </message>
    <message>
        <source>Compare this fingerprint, group by group, with the one printed on the signed and sealed form. If a single digit differs, do not enrol: the file may be forged. Phone the other site.</source>
        <translation>بۇ بارماق ئىزىنى ئىمزا قويۇلۇپ تامغا بېسىلغان جەدۋەلدىكى بارماق ئىزى بىلەن گۇرۇپپىمۇ گۇرۇپپا سېلىشتۇرۇڭ. بىرلا رەقەم ئوخشىمىسا تىزىملىماڭ: ھۆججەت ساختا بولۇشى مۇمكىن. قارشى تەرەپ ئورۇنغا تېلېفون قىلىڭ.</translation>
    </message>
    <message>
        <source>All 60 digits match the sealed enrolment form</source>
        <translation>بارلىق 60 خانە رەقەم تامغا بېسىلغان تىزىملاش جەدۋىلىدىكى بىلەن ئوخشاش</translation>
    </message>
    <message>
        <source>What the file says</source>
        <translation>ھۆججەتتىكى ئۇچۇر</translation>
    </message>
    <message>
        <source>Site:</source>
        <translation>ئورۇن:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>تۈرى:</translation>
    </message>
    <message>
        <source>Key ID:</source>
        <translation>ئاچقۇچ نومۇرى:</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>بارماق ئىزى:</translation>
    </message>
    <message>
        <source>Enrol this key</source>
        <translation>بۇ ئاچقۇچنى تىزىملاش</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>بىكار قىلىش</translation>
    </message>
    <message>
        <source>Choose the public-key file</source>
        <translation>ئاممىۋى ئاچقۇچ ھۆججىتىنى تاللاش</translation>
    </message>
    <message>
        <source>Public-key file (*.json);;All files (*)</source>
        <translation>ئاممىۋى ئاچقۇچ ھۆججىتى (*.json);;بارلىق ھۆججەتلەر (*)</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>ھۆججەت تەكشۈرۈلۈۋاتىدۇ…</translation>
    </message>
    <message>
        <source>{name} ({code})</source>
        <translation>{name} ({code})</translation>
    </message>
    <message>
        <source>This key is already enrolled: there is nothing more to do.</source>
        <translation>بۇ ئاچقۇچ ئاللىقاچان تىزىملانغان: باشقا ئىش قىلىشنىڭ ھاجىتى يوق.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>تاقاش</translation>
    </message>
    <message>
        <source>Enrolling…</source>
        <translation>تىزىملىنىۋاتىدۇ…</translation>
    </message>
</context>
<context>
    <name>KeyText</name>
    <message>
        <source>This file is not a public-key file of this program, or it was changed after it was exported. Do not enrol it: ask the other site to export its public-key file again.</source>
        <translation>بۇ ھۆججەت بۇ پروگراممىنىڭ ئاممىۋى ئاچقۇچ ھۆججىتى ئەمەس، ياكى چىقىرىلغاندىن كېيىن ئۆزگەرتىلگەن. ئۇنى تىزىملىماڭ: قارشى تەرەپ ئورۇندىن ئاممىۋى ئاچقۇچ ھۆججىتىنى قايتا چىقىرىشنى سوراڭ.</translation>
    </message>
    <message>
        <source>The key file changed after it was checked: its fingerprint is now {fingerprint}. Nothing was enrolled; open the file again and compare it with the paper form.</source>
        <translation>ئاچقۇچ ھۆججىتى تەكشۈرۈلگەندىن كېيىن ئۆزگەرتىلگەن، ئۇنىڭ ھازىرقى بارماق ئىزى: ‎{fingerprint}. ھېچنېمە تىزىملانمىدى؛ ھۆججەتنى قايتا ئېچىپ، قەغەز جەدۋەل بىلەن سېلىشتۇرۇڭ.</translation>
    </message>
    <message>
        <source>This key belongs to site {site}, which is not this site&apos;s own district or one of its townships. Nothing was enrolled.</source>
        <translation>بۇ ئاچقۇچ {site} ئورنىغا تەۋە، ئۇ بۇ ئورۇننىڭ ئۆز رايونى ياكى قاراشلىق يېزا-بازارلىرىنىڭ بىرى ئەمەس. ھېچنېمە تىزىملانمىدى.</translation>
    </message>
    <message>
        <source>This key was revoked (a lost or replaced computer) and can never be trusted again. The other site must make new keys and send the new public-key file.</source>
        <translation>بۇ ئاچقۇچ بىكار قىلىنغان (كومپيۇتېر يوقالغان ياكى ئالماشتۇرۇلغان)، ئۇنىڭغا ئەمدى ھەرگىز ئىشەنگىلى بولمايدۇ. قارشى تەرەپ ئورۇن يېڭى ئاچقۇچ قۇرۇپ، يېڭى ئاممىۋى ئاچقۇچ ھۆججىتىنى ئەۋەتىشى كېرەك.</translation>
    </message>
    <message>
        <source>This computer&apos;s own key in use cannot be revoked here.</source>
        <translation>بۇ كومپيۇتېر ئۆزى ئىشلىتىۋاتقان ئاچقۇچنى بۇ يەردە بىكار قىلغىلى بولمايدۇ.</translation>
    </message>
    <message>
        <source>That key is no longer on the list. Refresh the list and try again.</source>
        <translation>ئۇ ئاچقۇچ تىزىملىكتە ئەمدى يوق. تىزىملىكنى يېڭىلاپ قايتا سىناڭ.</translation>
    </message>
</context>
<context>
    <name>KeysPanel</name>
    <message>
        <source>This site&apos;s key</source>
        <translation>بۇ ئورۇننىڭ ئاچقۇچى</translation>
    </message>
    <message>
        <source>Save this site&apos;s public-key file…</source>
        <translation>بۇ ئورۇننىڭ ئاممىۋى ئاچقۇچ ھۆججىتىنى ساقلاش…</translation>
    </message>
    <message>
        <source>Save the key enrolment form (PDF)…</source>
        <translation>ئاچقۇچ تىزىملاش جەدۋىلىنى ساقلاش (PDF)…</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>ئورۇن</translation>
    </message>
    <message>
        <source>Division code</source>
        <translation>مەمۇرىي رايون نومۇرى</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>بارماق ئىزى</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ھالىتى</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>تىزىملانغان ۋاقتى</translation>
    </message>
    <message>
        <source>No other site&apos;s key is enrolled yet.</source>
        <translation>باشقا ئورۇننىڭ ئاچقۇچى تېخى تىزىملانمىدى.</translation>
    </message>
    <message>
        <source>Enrol another site&apos;s key…</source>
        <translation>باشقا ئورۇننىڭ ئاچقۇچىنى تىزىملاش…</translation>
    </message>
    <message>
        <source>Revoke the selected key…</source>
        <translation>تاللانغان ئاچقۇچنى بىكار قىلىش…</translation>
    </message>
    <message>
        <source>For a lost, stolen or replaced computer: bundles it signs are refused from now on</source>
        <translation>يوقالغان، ئوغرىلانغان ياكى ئالماشتۇرۇلغان كومپيۇتېر ئۈچۈن: بۇنىڭدىن كېيىن ئۇ ئىمزالىغان بولاقلار قوبۇل قىلىنمايدۇ</translation>
    </message>
    <message>
        <source>Keys this site trusts</source>
        <translation>بۇ ئورۇن ئىشىنىدىغان ئاچقۇچلار</translation>
    </message>
    <message>
        <source>Enrol a township&apos;s key…</source>
        <translation>يېزا-بازارنىڭ ئاچقۇچىنى تىزىملاش…</translation>
    </message>
    <message>
        <source>Enrol the district&apos;s key…</source>
        <translation>رايوننىڭ ئاچقۇچىنى تىزىملاش…</translation>
    </message>
    <message>
        <source>Give the other site this site&apos;s public-key file and the printed, signed and sealed enrolment form. They compare this fingerprint with the form before enrolling the file:</source>
        <translation>بۇ ئورۇننىڭ ئاممىۋى ئاچقۇچ ھۆججىتىنى ۋە بېسىپ، ئىمزا قويۇپ تامغا بېسىلغان تىزىملاش جەدۋىلىنى قارشى تەرەپ ئورۇنغا تاپشۇرۇڭ. ئۇلار ھۆججەتنى تىزىملاشتىن بۇرۇن تۆۋەندىكى بارماق ئىزىنى جەدۋەل بىلەن سېلىشتۇرىدۇ:</translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation>ئىشەنچلىك</translation>
    </message>
    <message>
        <source>Replaced by a newer key</source>
        <translation>يېڭى ئاچقۇچ بىلەن ئالماشتۇرۇلغان</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>بىكار قىلىنغان</translation>
    </message>
    <message>
        <source>Enrolled the key of {name} ({code}). Fingerprint: {fingerprint}</source>
        <translation>ئاچقۇچ تىزىملاندى: {name} ({code}). بارماق ئىزى: ‎{fingerprint}</translation>
    </message>
    <message>
        <source>Select a key in the list first.</source>
        <translation>ئالدى بىلەن تىزىملىكتىن بىر ئاچقۇچنى تاللاڭ.</translation>
    </message>
    <message>
        <source>That key is already revoked.</source>
        <translation>ئۇ ئاچقۇچ ئاللىقاچان بىكار قىلىنغان.</translation>
    </message>
    <message>
        <source>Revoke this key?</source>
        <translation>بۇ ئاچقۇچنى بىكار قىلامسىز؟</translation>
    </message>
    <message>
        <source>Revoke the key of {code} with fingerprint {fingerprint}? Bundles signed with it will be refused from now on. Do this only for a lost, stolen or replaced computer.</source>
        <translation>مۇنۇ ئاچقۇچنى بىكار قىلامسىز؟ ئورۇن: {code}، بارماق ئىزى: ‎{fingerprint}. بۇنىڭدىن كېيىن ئۇنىڭ بىلەن ئىمزالانغان بولاقلار قوبۇل قىلىنمايدۇ. بۇنى پەقەت كومپيۇتېر يوقالغان، ئوغرىلانغان ياكى ئالماشتۇرۇلغان ئەھۋالدىلا قىلىڭ.</translation>
    </message>
    <message>
        <source>The key of {code} is revoked.</source>
        <translation>ئاچقۇچ بىكار قىلىندى: {code}.</translation>
    </message>
    <message>
        <source>Save this site&apos;s public-key file</source>
        <translation>بۇ ئورۇننىڭ ئاممىۋى ئاچقۇچ ھۆججىتىنى ساقلاش</translation>
    </message>
    <message>
        <source>Public-key file (*.json)</source>
        <translation>ئاممىۋى ئاچقۇچ ھۆججىتى (*.json)</translation>
    </message>
    <message>
        <source>Saved to {path}. Carry it to the other site with the signed enrolment form.</source>
        <translation>ساقلاندى: ‎{path}. ئۇنى ئىمزا قويۇلغان تىزىملاش جەدۋىلى بىلەن بىللە قارشى تەرەپ ئورۇنغا ئېلىپ بېرىڭ.</translation>
    </message>
    <message>
        <source>Save the key enrolment form</source>
        <translation>ئاچقۇچ تىزىملاش جەدۋىلىنى ساقلاش</translation>
    </message>
    <message>
        <source>PDF file (*.pdf)</source>
        <translation>PDF ھۆججىتى (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to {path}. Print it, sign it and have it sealed.</source>
        <translation>ساقلاندى: ‎{path}. ئۇنى بېسىپ، ئىمزا قويۇپ، تامغا باستۇرۇڭ.</translation>
    </message>
</context>
<context>
    <name>LanguageSection</name>
    <message>
        <source>Language</source>
        <extracomment>Each language named in itself, as language pickers do, so it can be found whatever is shown now.</extracomment>
        <translation>تىل</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>ھازىرلا قايتا قوزغىتىش</translation>
    </message>
    <message>
        <source>Interface language:</source>
        <translation>كۆرۈنمە يۈز تىلى:</translation>
    </message>
    <message>
        <source>Saved. The new language is used after the program restarts; nothing you have saved is lost.</source>
        <translation>ساقلاندى. يېڭى تىل پروگرامما قايتا قوزغىتىلغاندىن كېيىن ئىشلىتىلىدۇ؛ ساقلىغان مەزمۇنلىرىڭىز يوقالمايدۇ.</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>قايتا قوزغىتىش</translation>
    </message>
    <message>
        <source>Restart the program now to change the language?</source>
        <translation>تىلنى ئالماشتۇرۇش ئۈچۈن پروگراممىنى ھازىر قايتا قوزغىتامسىز؟</translation>
    </message>
    <message>
        <source>Save any form you are still filling in first; open forms are closed.</source>
        <translation>ئالدى بىلەن تولدۇرۇۋاتقان جەدۋەللەرنى ساقلاڭ؛ ئوچۇق جەدۋەللەر تاقىلىدۇ.</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>كېيىن</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Community Organization Incubator</source>
        <translation>مەھەللە ئىجتىمائىي تەشكىلاتلىرىنى يېتىشتۈرۈش سىستېمىسى</translation>
    </message>
    <message>
        <source>Last bundle: none yet</source>
        <translation>ئاخىرقى بولاق: تېخى يوق</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>ئىزدەش</translation>
    </message>
    <message>
        <source>Site not set up yet</source>
        <translation>ئورۇن تېخى تەڭشەلمىدى</translation>
    </message>
    <message>
        <source>{name} ({code})</source>
        <translation>{name} ({code})</translation>
    </message>
    <message>
        <source>{site} — Community Organization Incubator</source>
        <translation>{site} — مەھەللە ئىجتىمائىي تەشكىلاتلىرىنى يېتىشتۈرۈش سىستېمىسى</translation>
    </message>
</context>
<context>
    <name>OrganizationDetailPage</name>
    <message>
        <source>← Back to the list</source>
        <extracomment>Changes to these kinds can alter what the page shows.</extracomment>
        <translation>→ تىزىملىككە قايتىش</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>تەھرىرلەش…</translation>
    </message>
    <message>
        <source>Change stage…</source>
        <translation>باسقۇچنى ئۆزگەرتىش…</translation>
    </message>
    <message>
        <source>New incubation plan…</source>
        <translation>يېڭى يېتىشتۈرۈش پىلانى…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>يۈكلىنىۋاتىدۇ…</translation>
    </message>
    <message>
        <source>This organization has been deleted.</source>
        <translation>بۇ ئىجتىمائىي تەشكىلات ئۆچۈرۈلگەن.</translation>
    </message>
    <message>
        <source>This organization&apos;s page could not be loaded.</source>
        <translation>بۇ ئىجتىمائىي تەشكىلاتنىڭ ئارخىپ بېتىنى يۈكلىگىلى بولمىدى.</translation>
    </message>
</context>
<context>
    <name>OrganizationSpec</name>
    <message>
        <source>New community organization</source>
        <extracomment>An alias lupdate still recognizes (it reads `translate(&quot;Context&quot;, &quot;text&quot;)` calls).</extracomment>
        <translation>يېڭى مەھەللە ئىجتىمائىي تەشكىلاتى</translation>
    </message>
    <message>
        <source>Edit community organization</source>
        <translation>مەھەللە ئىجتىمائىي تەشكىلاتىنى تەھرىرلەش</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نامى</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>تۈرى</translation>
    </message>
    <message>
        <source>Service areas</source>
        <translation>مۇلازىمەت ساھەلىرى</translation>
    </message>
    <message>
        <source>Village (community)</source>
        <translation>كەنت (مەھەللە)</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>يېتىشتۈرۈش باسقۇچى</translation>
    </message>
    <message>
        <source>Later changes of stage are made on the organization&apos;s page.</source>
        <translation>كېيىن باسقۇچنى تەشكىلاتنىڭ ئارخىپ بېتىدىكى «باسقۇچنى ئۆزگەرتىش» ئارقىلىق ئۆزگەرتىسىز.</translation>
    </message>
    <message>
        <source>Founded on</source>
        <translation>قۇرۇلغان چېسلا</translation>
    </message>
    <message>
        <source>Moved into the base on</source>
        <translation>بازىغا كىرگەن چېسلا</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>ئەزا سانى</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>مەسئۇل</translation>
    </message>
    <message>
        <source>Leader&apos;s phone</source>
        <translation>مەسئۇلنىڭ تېلېفونى</translation>
    </message>
    <message>
        <source>Leader&apos;s ID number</source>
        <translation>مەسئۇلنىڭ كىملىك نومۇرى</translation>
    </message>
    <message>
        <source>Shown in full only here; lists and printouts mask it.</source>
        <translation>پەقەت بۇ يەردىلا تولۇق كۆرسىتىلىدۇ؛ تىزىملىك ۋە بېسىلغان ھۆججەتلەردە بىر قىسمى يوشۇرۇلىدۇ.</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>ئادرېس</translation>
    </message>
    <message>
        <source>Filed on</source>
        <translation>ئەنگە ئالدۇرۇلغان چېسلا</translation>
    </message>
    <message>
        <source>Filing number</source>
        <translation>ئەنگە ئالدۇرۇش نومۇرى</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>تىزىملىتىلغان چېسلا</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>بىرلىككە كەلگەن ئىجتىمائىي ئىناۋەت كودى</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>باھالاش دەرىجىسى</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>قىسقىچە تونۇشتۇرۇش</translation>
    </message>
    <message>
        <source>Change stage</source>
        <translation>يېتىشتۈرۈش باسقۇچىنى ئۆزگەرتىش</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>يېڭى باسقۇچ</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>چېسلا</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ئىزاھات</translation>
    </message>
    <message>
        <source>Community organizations</source>
        <translation>مەھەللە ئىجتىمائىي تەشكىلاتلىرى</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>تېلېفون</translation>
    </message>
    <message>
        <source>Founded</source>
        <translation>قۇرۇلغان چېسلا</translation>
    </message>
    <message>
        <source>Name, leader, filing number or credit code</source>
        <translation>نامى، مەسئۇل، ئەنگە ئالدۇرۇش نومۇرى ياكى ئىناۋەت كودى</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>تۈرى:</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>بارلىق تۈرلەر</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>باسقۇچ:</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>بارلىق باسقۇچلار</translation>
    </message>
    <message>
        <source>Community:</source>
        <translation>كەنت (مەھەللە):</translation>
    </message>
    <message>
        <source>All communities</source>
        <translation>بارلىق كەنت (مەھەللە)</translation>
    </message>
    <message>
        <source>No organizations have been recorded yet. Press “New…” (Ctrl+N) to add the first one.</source>
        <translation>تېخى ئىجتىمائىي تەشكىلات خاتىرىلەنمىدى. «يېڭى…» (Ctrl+N) نى بېسىپ بىرىنچىسىنى قوشۇڭ.</translation>
    </message>
    <message>
        <source>No organization matches these filters.</source>
        <translation>بۇ سۈزگۈچكە ماس كېلىدىغان ئىجتىمائىي تەشكىلات يوق.</translation>
    </message>
</context>
<context>
    <name>OrganizationsPage</name>
    <message>
        <source>Open page</source>
        <translation>ئارخىپنى كۆرۈش</translation>
    </message>
    <message>
        <source>The organization&apos;s whole story (Enter)</source>
        <translation>تەشكىلاتنىڭ تولۇق ئارخىپىنى كۆرۈش (Enter)</translation>
    </message>
    <message>
        <source>Print file…</source>
        <translation>ئارخىپنى بېسىش…</translation>
    </message>
    <message>
        <source>The organization&apos;s file</source>
        <translation>تەشكىلاتنىڭ ئارخىپىنى بېسىش</translation>
    </message>
    <message>
        <source>Spreadsheets</source>
        <translation>جەدۋەللەر</translation>
    </message>
    <message>
        <source>Import a roster…</source>
        <translation>تىزىملىك ئەكىرىش…</translation>
    </message>
</context>
<context>
    <name>OutputErrorText</name>
    <message>
        <source>Nothing in the chosen period can go on this notice. Change the dates and try again.</source>
        <translation>تاللانغان مەزگىلدە بۇ ئاشكارا ئېلانغا كىرگۈزگىلى بولىدىغان خاتىرە يوق. ۋاقىتنى ئۆزگەرتىپ قايتا سىناڭ.</translation>
    </message>
    <message>
        <source>A notice may only show the office landline, never a personal mobile number.</source>
        <translation>ئاشكارا ئېلاندا پەقەت ئىشخانىنىڭ مۇقىم تېلېفونىنىلا كۆرسىتىشكە بولىدۇ، شەخسىي يانفون نومۇرىنى ھەرگىز كۆرسىتىشكە بولمايدۇ.</translation>
    </message>
    <message>
        <source>The printout still contained an ID or phone number, so nothing was printed. Ask for technical help.</source>
        <translation>بېسىلىدىغان مەزمۇندا يەنىلا كىملىك ياكى تېلېفون نومۇرى بار ئىدى، شۇڭا ھېچنېمە بېسىلمىدى. تېخنىكىلىق ياردەم سوراڭ.</translation>
    </message>
    <message>
        <source>“{value}” is not a month; write it like 2024-05.</source>
        <translation>«{value}» ئاي ئەمەس؛ ‎2024-05 شەكلىدە يېزىڭ.</translation>
    </message>
    <message>
        <source>Not a month; write it like 2024-05.</source>
        <translation>ئاي فورماتى توغرا ئەمەس؛ ‎2024-05 شەكلىدە يېزىڭ.</translation>
    </message>
    <message>
        <source>Nothing was recorded in {month}, so there is no monthly report for it.</source>
        <translation>مۇنۇ ئايدا ھېچقانداق خاتىرە يوق: ‎{month}؛ شۇڭا ئايلىق دوكلات ھاسىل قىلغىلى بولمايدۇ.</translation>
    </message>
    <message>
        <source>Nothing was recorded in that month, so there is no monthly report for it.</source>
        <translation>ئۇ ئايدا ھېچقانداق خاتىرە يوق، شۇڭا ئايلىق دوكلات ھاسىل قىلغىلى بولمايدۇ.</translation>
    </message>
    <message>
        <source>This contest has no winners or idea awards yet, so there are no certificates.</source>
        <translation>بۇ مۇسابىقىدە تېخى مۇكاپاتلانغان ياكى ياخشى ئىدىيە مۇكاپاتى ئالغان تۈر يوق، شۇڭا گۇۋاھنامە يوق.</translation>
    </message>
    <message>
        <source>There is nothing to print.</source>
        <translation>بېسىشقا ھېچنېمە يوق.</translation>
    </message>
    <message>
        <source>No bundle has been imported yet, so there is no receipt.</source>
        <translation>تېخى ھېچقانداق بولاق ئەكىرىلمىدى، شۇڭا ئەكىرىش تالونى يوق.</translation>
    </message>
    <message>
        <source>The file was not found. Check where it is and try again.</source>
        <translation>ھۆججەت تېپىلمىدى. ئورنىنى تەكشۈرۈپ قايتا سىناڭ.</translation>
    </message>
    <message>
        <source>This file is not an Excel workbook (.xlsx). Save .xls or .et files as .xlsx in Excel or WPS first.</source>
        <translation>بۇ ھۆججەت Excel ھۆججىتى (.xlsx) ئەمەس. .xls ياكى .et ھۆججىتىنى ئالدى بىلەن Excel ياكى WPS دا .xlsx قىلىپ ساقلاڭ.</translation>
    </message>
    <message>
        <source>This workbook has an opening password or is an old .xls file. Remove the password and save it as .xlsx first.</source>
        <translation>بۇ Excel ھۆججىتىنىڭ ئېچىش ئىمى بار ياكى ئۇ كونا .xls ھۆججىتى. ئالدى بىلەن ئىمنى ئېلىۋېتىپ، .xlsx قىلىپ ساقلاڭ.</translation>
    </message>
    <message>
        <source>This workbook contains unsafe content (a DTD) and was refused. Nothing was imported.</source>
        <translation>بۇ Excel ھۆججىتىدە بىخەتەر بولمىغان مەزمۇن (DTD) بار، رەت قىلىندى. ھېچنېمە ئەكىرىلمىدى.</translation>
    </message>
    <message>
        <source>This workbook is too large (about {size_mb} MB; the limit is {limit_mb} MB). Nothing was imported.</source>
        <translation>بۇ Excel ھۆججىتى بەك چوڭ (تەخمىنەن {size_mb} MB؛ چېكى {limit_mb} MB). ھېچنېمە ئەكىرىلمىدى.</translation>
    </message>
    <message>
        <source>This workbook is too large. Nothing was imported.</source>
        <translation>بۇ Excel ھۆججىتى بەك چوڭ. ھېچنېمە ئەكىرىلمىدى.</translation>
    </message>
    <message>
        <source>This workbook has too many parts and was refused. Nothing was imported.</source>
        <translation>بۇ Excel ھۆججىتىنىڭ تەركىبىي قىسىملىرى بەك كۆپ، رەت قىلىندى. ھېچنېمە ئەكىرىلمىدى.</translation>
    </message>
    <message>
        <source>This workbook grows to an absurd size when opened (a “zip bomb”) and was refused. Nothing was imported.</source>
        <translation>بۇ Excel ھۆججىتى ئېچىلغاندا ئادەتتىن تاشقىرى چوڭىيىپ كېتىدۇ («zip بومبىسى»)، رەت قىلىندى. ھېچنېمە ئەكىرىلمىدى.</translation>
    </message>
    <message>
        <source>The sheet has more than {limit} rows. Split it into smaller files. Nothing was imported.</source>
        <translation>جەدۋەلدە {limit} قۇردىن كۆپ بار. ئۇنى كىچىكرەك ھۆججەتلەرگە بۆلۈڭ. ھېچنېمە ئەكىرىلمىدى.</translation>
    </message>
    <message>
        <source>The sheet has too many rows. Split it into smaller files. Nothing was imported.</source>
        <translation>جەدۋەلنىڭ قۇرلىرى بەك كۆپ. ئۇنى كىچىكرەك ھۆججەتلەرگە بۆلۈڭ. ھېچنېمە ئەكىرىلمىدى.</translation>
    </message>
    <message>
        <source>This workbook is damaged or not in a known format. Nothing was imported.</source>
        <translation>بۇ Excel ھۆججىتى بۇزۇلغان ياكى فورماتى تونۇلمايدۇ. ھېچنېمە ئەكىرىلمىدى.</translation>
    </message>
    <message>
        <source>No header row was found in the first 10 rows of any sheet. The header needs at least a column named 组织名称 (or 社会组织名称, 名称).</source>
        <translation>ھېچقايسى جەدۋەلنىڭ ئالدىنقى 10 قۇرىدا ماۋزۇ قۇرى تېپىلمىدى. ماۋزۇ قۇرىدا كەم دېگەندە «组织名称» (ياكى «社会组织名称»، «名称») دېگەن ئىستون بولۇشى كېرەك.</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was changed.</source>
        <translation>بىكار قىلىندى. ھېچنېمە ئۆزگەرتىلمىدى.</translation>
    </message>
    <message>
        <source>The workbook could not be saved. Try another place.</source>
        <translation>Excel ھۆججىتىنى ساقلىغىلى بولمىدى. باشقا ئورۇننى سىناپ بېقىڭ.</translation>
    </message>
    <message>
        <source>Save the workbook under a name ending in .xlsx.</source>
        <translation>Excel ھۆججىتىنى .xlsx بىلەن ئاخىرلاشقان نامدا ساقلاڭ.</translation>
    </message>
    <message>
        <source>The folder “{folder}” does not exist. Choose another place.</source>
        <translation>‏«‎{folder}» قىسقۇچى مەۋجۇت ئەمەس. باشقا ئورۇن تاللاڭ.</translation>
    </message>
    <message>
        <source>That folder does not exist. Choose another place.</source>
        <translation>ئۇ قىسقۇچ مەۋجۇت ئەمەس. باشقا ئورۇن تاللاڭ.</translation>
    </message>
    <message>
        <source>“{path}” cannot be replaced: it is probably open in Excel or WPS. Close it and try again.</source>
        <translation>‏«‎{path}» نى ئالماشتۇرغىلى بولمايدۇ: ئۇ Excel ياكى WPS دا ئېچىلغان بولۇشى مۇمكىن. ئۇنى تاقاپ قايتا سىناڭ.</translation>
    </message>
    <message>
        <source>The file cannot be replaced: it is probably open in Excel or WPS. Close it first.</source>
        <translation>ھۆججەتنى ئالماشتۇرغىلى بولمايدۇ: ئۇ Excel ياكى WPS دا ئېچىلغان بولۇشى مۇمكىن. ئالدى بىلەن ئۇنى تاقاڭ.</translation>
    </message>
</context>
<context>
    <name>OutputMenus</name>
    <message>
        <source>&amp;Print</source>
        <translation>بېسىش(&amp;P)</translation>
    </message>
    <message>
        <source>This month&apos;s progress report…</source>
        <translation>بۇ ئاينىڭ خىزمەت دوكلاتى…</translation>
    </message>
    <message>
        <source>Notice of newly filed organizations…</source>
        <translation>يېڭى ئەنگە ئالدۇرۇلغان تەشكىلاتلار ئاشكارا ئېلانى…</translation>
    </message>
    <message>
        <source>&amp;Spreadsheets</source>
        <translation>جەدۋەللەر(&amp;S)</translation>
    </message>
    <message>
        <source>Import an organization roster…</source>
        <translation>ئىجتىمائىي تەشكىلاتلار تىزىملىكىنى ئەكىرىش…</translation>
    </message>
    <message>
        <source>Print monthly report</source>
        <translation>ئايلىق دوكلاتنى بېسىش</translation>
    </message>
    <message>
        <source>Print notice</source>
        <translation>ئاشكارا ئېلاننى بېسىش</translation>
    </message>
    <message>
        <source>Preview and print this month&apos;s progress report</source>
        <translation>بۇ ئاينىڭ خىزمەت دوكلاتىنى ئالدىن كۆرۈش ۋە بېسىش</translation>
    </message>
    <message>
        <source>Preview and print the notice of newly filed organizations</source>
        <translation>يېڭى ئەنگە ئالدۇرۇلغان مەھەللە ئىجتىمائىي تەشكىلاتلىرى ئاشكارا ئېلانىنى ئالدىن كۆرۈش ۋە بېسىش</translation>
    </message>
</context>
<context>
    <name>PdfOutputDialog</name>
    <message>
        <source>Save as PDF…</source>
        <translation>PDF قىلىپ ساقلاش…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>بېسىش…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>تاقاش</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>PDF قىلىپ ساقلاش</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF ھۆججىتى (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>ساقلاندى: ‎{path}</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>%n بەت پرىنتېرغا ئەۋەتىلدى.</numerusform>
            <numerusform>%n بەت پرىنتېرغا ئەۋەتىلدى.</numerusform>
        </translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>بىر تەرەپ قىلىنىۋاتىدۇ…</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Open the PDF in the system&apos;s viewer</source>
        <extracomment>Pages are rasterized for the printer at this resolution at most: sharp text, bounded memory.</extracomment>
        <translation>PDF نى سىستېمىنىڭ كۆرگۈچىدە ئېچىش</translation>
    </message>
    <message>
        <source>No preview yet.</source>
        <translation>تېخى ئالدىن كۆرۈش يوق.</translation>
    </message>
</context>
<context>
    <name>PeriodChooser</name>
    <message>
        <source>Show</source>
        <translation>كۆرسىتىش</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>مەزگىل:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>PersonSpec</name>
    <message>
        <source>New person</source>
        <translation>يېڭى خادىم</translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation>خادىمنى تەھرىرلەش</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ئىسمى</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>جىنسى</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>سالاھىيىتى</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>تەۋە تەشكىلات</translation>
    </message>
    <message>
        <source>The organization the person belongs to (type part of the name)</source>
        <translation>بۇ كىشى تەۋە ئىجتىمائىي تەشكىلات (نامىنىڭ بىر قىسمىنى كىرگۈزسىڭىز بولىدۇ)</translation>
    </message>
    <message>
        <source>Village (community)</source>
        <translation>كەنت (مەھەللە)</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>كىملىك نومۇرى</translation>
    </message>
    <message>
        <source>Personal data: lists show it masked.</source>
        <translation>شەخسىي ئۇچۇر: تىزىملىكتە پەقەت بىر قىسمىلا كۆرسىتىلىدۇ.</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>تېلېفون</translation>
    </message>
    <message>
        <source>Social work certificate</source>
        <translation>ئىجتىمائىي خىزمەت كەسپىي سالاھىيەت گۇۋاھنامىسى</translation>
    </message>
    <message>
        <source>Years in practice</source>
        <translation>كەسىپتىكى يىلى</translation>
    </message>
    <message>
        <source>People</source>
        <translation>خادىملار</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(يوق)</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>كەسپىي سالاھىيەت</translation>
    </message>
    <message>
        <source>Organization:</source>
        <translation>تەۋە تەشكىلات:</translation>
    </message>
    <message>
        <source>All organizations</source>
        <translation>بارلىق تەشكىلاتلار</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>كەسپىي سالاھىيەت:</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>بارلىق دەرىجىلەر</translation>
    </message>
    <message>
        <source>No people recorded yet. Press “New…” (Ctrl+N) to add one: leaders, volunteers, trainees, social workers and project staff.</source>
        <translation>تېخى خادىم خاتىرىلەنمىدى. «يېڭى…» (Ctrl+N) نى بېسىپ قوشۇڭ: مەسئۇللار، پىدائىيلار، تەربىيەلەنگۈچىلەر، ئىجتىمائىي خىزمەتچىلەر ۋە تۈر خادىملىرى.</translation>
    </message>
    <message>
        <source>No person matches these filters.</source>
        <translation>بۇ سۈزگۈچكە ماس كېلىدىغان خادىم يوق.</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>This workspace is being built. It will appear in a later version.</source>
        <translation>بۇ خىزمەت بۆلىكى ياسىلىۋاتىدۇ، كېيىنكى نەشرىدە قوشۇلىدۇ.</translation>
    </message>
</context>
<context>
    <name>PlanForms</name>
    <message>
        <source>New one-to-one incubation plan</source>
        <translation>يېڭى بىرگە-بىر يېتىشتۈرۈش پىلانى</translation>
    </message>
    <message>
        <source>Edit incubation plan</source>
        <translation>يېتىشتۈرۈش پىلانىنى تەھرىرلەش</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>يېتىشتۈرۈش نىشانى</translation>
    </message>
    <message>
        <source>Support given</source>
        <translation>بېرىلگەن قوللاش</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>يېتەكچى</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>باشلىنىش چېسلاسى</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>ئاخىرلىشىش چېسلاسى</translation>
    </message>
    <message>
        <source>New milestone</source>
        <translation>يېڭى باسقۇچلۇق نىشان</translation>
    </message>
    <message>
        <source>Edit milestone</source>
        <translation>باسقۇچلۇق نىشاننى تەھرىرلەش</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>باسقۇچلۇق نىشان</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>پىلاندىكى تاماملاش چېسلاسى</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>ئەمەلىي تاماملانغان چېسلا</translation>
    </message>
    <message>
        <source>Leave empty while the milestone is not reached.</source>
        <translation>باسقۇچلۇق نىشانغا تېخى يېتىلمىگەن بولسا، بوش قالدۇرۇڭ.</translation>
    </message>
</context>
<context>
    <name>Practice</name>
    <message>
        <source>Practice data</source>
        <translation>مەشىق سانلىق مەلۇماتى</translation>
    </message>
    <message>
        <source>These records are for practice. Clear them from the Help menu before real work starts.</source>
        <translation>بۇ خاتىرىلەر مەشىق ئۈچۈن. رەسمىي خىزمەتتىن بۇرۇن «ياردەم» تىزىملىكىدىن تازىلاڭ.</translation>
    </message>
    <message>
        <source>Clear practice data</source>
        <translation>مەشىق سانلىق مەلۇماتىنى تازىلاش</translation>
    </message>
    <message>
        <source>This site holds no practice data.</source>
        <translation>بۇ ئورۇندا مەشىق سانلىق مەلۇماتى يوق.</translation>
    </message>
    <message>
        <source>Delete every practice record for good? The site and its keys stay set up, ready for real work. This cannot be undone.</source>
        <translation>بارلىق مەشىق خاتىرىلىرىنى مەڭگۈلۈك ئۆچۈرەمسىز؟ ئورۇن ۋە ئاچقۇچلار ساقلىنىپ قالىدۇ، رەسمىي خىزمەتكە تەييار بولىدۇ. بۇنى ئەسلىگە كەلتۈرگىلى بولمايدۇ.</translation>
    </message>
    <message>
        <source>{count} practice records were deleted.</source>
        <translation>{count} مەشىق خاتىرىسى ئۆچۈرۈلدى.</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <source>Public notice</source>
        <extracomment>Edits to the options wait this long before the preview is made again (typing stays smooth).</extracomment>
        <translation>ئاشكارا ئېلان</translation>
    </message>
    <message>
        <source>Monthly progress report</source>
        <translation>ئايلىق خىزمەت دوكلاتى</translation>
    </message>
    <message>
        <source>Case-study booklet</source>
        <translation>تىپىك مىساللار توپلىمى</translation>
    </message>
    <message>
        <source>Training sign-in sheet</source>
        <translation>تەربىيەلەش ئىمزا جەدۋىلى</translation>
    </message>
    <message>
        <source>Organization file</source>
        <translation>ئىجتىمائىي تەشكىلات ئارخىپى</translation>
    </message>
    <message>
        <source>Contest award certificates</source>
        <translation>مۇسابىقە مۇكاپات گۇۋاھنامىلىرى</translation>
    </message>
    <message>
        <source>Preview again</source>
        <translation>قايتا ئالدىن كۆرۈش</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>يۈكلىنىۋاتىدۇ…</translation>
    </message>
    <message>
        <source>Making the preview…</source>
        <translation>ئالدىن كۆرۈش ھاسىل قىلىنىۋاتىدۇ…</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s). Nothing is recorded until you save or print.</source>
        <translation>
            <numerusform>جەمئىي %n بەت. ساقلىمىغۇچە ياكى باسمىغۇچە ھېچنېمە خاتىرىلەنمەيدۇ.</numerusform>
            <numerusform>جەمئىي %n بەت. ساقلىمىغۇچە ياكى باسمىغۇچە ھېچنېمە خاتىرىلەنمەيدۇ.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintOptionsForm</name>
    <message>
        <source>Newly filed organizations</source>
        <translation>يېڭى ئەنگە ئالدۇرۇلغان مەھەللە ئىجتىمائىي تەشكىلاتلىرى</translation>
    </message>
    <message>
        <source>Contest results</source>
        <translation>مۇسابىقە نەتىجىسى</translation>
    </message>
    <message>
        <source>Resources received and where they went</source>
        <translation>قوبۇل قىلىنغان خەيرىخاھلىق مەنبەلىرى ۋە ئىشلىتىلىشى</translation>
    </message>
    <message>
        <source>Choose the period myself</source>
        <translation>مەزگىلنى ئۆزۈم تاللايمەن</translation>
    </message>
    <message>
        <source>Automatic (5 working days; 7 for contest results)</source>
        <translation>ئاپتوماتىك (5 خىزمەت كۈنى؛ مۇسابىقە نەتىجىسى 7)</translation>
    </message>
    <message>
        <source> working days</source>
        <translation> خىزمەت كۈنى</translation>
    </message>
    <message>
        <source>The site&apos;s address</source>
        <translation>ئورۇننىڭ ئادرېسى</translation>
    </message>
    <message>
        <source>Office landline, e.g. 0998-1234567</source>
        <translation>0998-1234567</translation>
    </message>
    <message>
        <source>Empty rows, for a training still to come</source>
        <translation>قۇرۇق قۇرلار (تېخى ئۆتكۈزۈلمىگەن تەربىيەلەش ئۈچۈن)</translation>
    </message>
    <message>
        <source>Notice about:</source>
        <translation>ئېلان مەزمۇنى:</translation>
    </message>
    <message>
        <source>Contest:</source>
        <translation>مۇسابىقە:</translation>
    </message>
    <message>
        <source>Issued on:</source>
        <translation>ئېلان قىلىنغان ۋاقتى:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>باشلىنىش ۋاقتى:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>ئاخىرلىشىش ۋاقتى:</translation>
    </message>
    <message>
        <source>Notice period:</source>
        <translation>ئاشكارا ئېلان مۇددىتى:</translation>
    </message>
    <message>
        <source>Issuing unit:</source>
        <translation>ئېلان قىلغۇچى ئورۇن:</translation>
    </message>
    <message>
        <source>Address for objections:</source>
        <translation>ئېتىراز قوبۇل قىلىش ئادرېسى:</translation>
    </message>
    <message>
        <source>Office phone:</source>
        <translation>ئىشخانا تېلېفونى:</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>ئاي:</translation>
    </message>
    <message>
        <source>Training:</source>
        <translation>تەربىيەلەش:</translation>
    </message>
    <message>
        <source>Empty rows:</source>
        <translation>قۇرۇق قۇر سانى:</translation>
    </message>
    <message>
        <source>Organization:</source>
        <translation>ئىجتىمائىي تەشكىلات:</translation>
    </message>
    <message>
        <source>Date on the certificates:</source>
        <translation>گۇۋاھنامىدىكى چېسلا:</translation>
    </message>
    <message>
        <source>No training: a blank sheet</source>
        <translation>تەربىيەلەش تاللانمىغان: قۇرۇق ئىمزا جەدۋىلى</translation>
    </message>
    <message>
        <source>No organization is recorded yet.</source>
        <translation>تېخى ھېچقانداق ئىجتىمائىي تەشكىلات خاتىرىلەنمىدى.</translation>
    </message>
    <message>
        <source>No contest is recorded yet.</source>
        <translation>تېخى ھېچقانداق مۇسابىقە خاتىرىلەنمىدى.</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <translation>yyyy-يىلى MMMM</translation>
    </message>
    <message>
        <source>Choose an organization.</source>
        <translation>بىر ئىجتىمائىي تەشكىلات تاللاڭ.</translation>
    </message>
</context>
<context>
    <name>ProjectDetailPage</name>
    <message>
        <source>← Back to the projects</source>
        <translation>→ تۈرلەر تىزىملىكىگە قايتىش</translation>
    </message>
    <message>
        <source>Edit project…</source>
        <translation>تۈرنى تەھرىرلەش…</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>خامچوت</translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation>چىقىملار</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>خادىملار</translation>
    </message>
    <message>
        <source>Monthly reports</source>
        <translation>ئايلىق دوكلاتلار</translation>
    </message>
    <message>
        <source>Undertaken by {contractor} · funded by {funder} · {period}</source>
        <translation>ئۈستىگە ئالغۇچى: {contractor} · ياردەم بەرگۈچى: {funder} · تۈر مۇددىتى: ‎{period}</translation>
    </message>
    <message>
        <source>Removed from the project&apos;s staff.</source>
        <translation>تۈر خادىملىرىدىن چىقىرىۋېتىلدى.</translation>
    </message>
    <message>
        <source>Projects &amp; budget</source>
        <translation>تۈر ۋە خامچوت</translation>
    </message>
</context>
<context>
    <name>ProjectSpec</name>
    <message>
        <source>New funded project</source>
        <translation>يېڭى ياردەم پۇلى بېرىلگەن تۈر</translation>
    </message>
    <message>
        <source>Edit funded project</source>
        <translation>ياردەم پۇلى بېرىلگەن تۈرنى تەھرىرلەش</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>تۈر نامى</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>يىل</translation>
    </message>
    <message>
        <source>Undertaking organization</source>
        <translation>ئۈستىگە ئالغۇچى ئورۇن</translation>
    </message>
    <message>
        <source>e.g. a social work service centre</source>
        <translation>مەسىلەن، بىرەر ئىجتىمائىي خىزمەت مۇلازىمەت مەركىزى</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>ياردەم بەرگۈچى</translation>
    </message>
    <message>
        <source>Total (yuan)</source>
        <translation>ئومۇمىي سومما (يۈەن)</translation>
    </message>
    <message>
        <source>The budget starts with the policy&apos;s lines scaled to this total: personnel at most 62.5 %, services at least 25 %, evaluation and other at most 12.5 %.</source>
        <translation>خامچوت بۇ ئومۇمىي سوممىغا ئاساسەن سىياسەتتىكى نىسبەت بويىچە ھاسىل قىلىنىدۇ: ئادەم كۈچى چىقىمى كۆپ بولغاندا 62.5 %، مۇلازىمەت چىقىمى كەم دېگەندە 25 %، باھالاش ۋە باشقا چىقىملار كۆپ بولغاندا 12.5 %.</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>باشلىنىش ۋاقتى</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>ئاخىرلىشىش ۋاقتى</translation>
    </message>
    <message>
        <source>Funded projects</source>
        <translation>ياردەم پۇلى بېرىلگەن تۈرلەر</translation>
    </message>
    <message>
        <source>Spent (yuan)</source>
        <translation>چىقىم (يۈەن)</translation>
    </message>
    <message>
        <source>Project, undertaking organization or funder</source>
        <translation>تۈر نامى، ئۈستىگە ئالغۇچى ئورۇن ياكى ياردەم بەرگۈچى</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>يىل:</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>بارلىق يىللار</translation>
    </message>
    <message>
        <source>No funded projects yet. Press “New…” (Ctrl+N) to add one; its budget lines start from the policy&apos;s caps and floor.</source>
        <translation>تېخى ياردەم پۇلى بېرىلگەن تۈر يوق. بىرنى قوشۇش ئۈچۈن «يېڭى…» (Ctrl+N) نى بېسىڭ؛ ئۇنىڭ خامچوت ماددىلىرى سىياسەتتىكى يۇقىرى چەك ۋە تۆۋەن چەك بويىچە ھاسىل قىلىنىدۇ.</translation>
    </message>
    <message>
        <source>No project matches these filters.</source>
        <translation>بۇ سۈزۈش شەرتلىرىگە ماس كېلىدىغان تۈر يوق.</translation>
    </message>
    <message>
        <source>Budget line</source>
        <translation>خامچوت ماددىسى</translation>
    </message>
    <message>
        <source>Planned (yuan)</source>
        <translation>پىلانلانغان سومما (يۈەن)</translation>
    </message>
    <message>
        <source>Cap (yuan)</source>
        <translation>يۇقىرى چەك (يۈەن)</translation>
    </message>
    <message>
        <source>Spending may not go over it; leave empty for none.</source>
        <translation>چىقىم بۇنىڭدىن ئاشماسلىقى كېرەك؛ چەك بولمىسا بوش قالدۇرۇڭ.</translation>
    </message>
    <message>
        <source>Floor (yuan)</source>
        <translation>تۆۋەن چەك (يۈەن)</translation>
    </message>
    <message>
        <source>Spending must reach it by the end; leave empty for none.</source>
        <translation>تۈر ئاخىرلاشقۇچە چىقىم بۇنىڭغا يېتىشى كېرەك؛ تەلەپ بولمىسا بوش قالدۇرۇڭ.</translation>
    </message>
</context>
<context>
    <name>ProjectsPage</name>
    <message>
        <source>Open project</source>
        <translation>تۈرنى ئېچىش</translation>
    </message>
    <message>
        <source>Budget, expenses, staff and reports (Enter)</source>
        <translation>خامچوت، چىقىم، خادىملار ۋە ئايلىق دوكلاتلار (Enter)</translation>
    </message>
</context>
<context>
    <name>QuickGuide</name>
    <message>
        <source>Quick guide</source>
        <translation>تېز قوللانما</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>PDF قىلىپ ساقلاش…</translation>
    </message>
    <message>
        <source>Save the quick guide</source>
        <translation>تېز قوللانمىنى ساقلاش</translation>
    </message>
    <message>
        <source>quick-guide.pdf</source>
        <translation>quick-guide.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF ھۆججىتى (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <source>Import receipt</source>
        <translation>ئەكىرىش تالونى</translation>
    </message>
    <message>
        <source>Making the receipt…</source>
        <translation>ئەكىرىش تالونى ھاسىل قىلىنىۋاتىدۇ…</translation>
    </message>
    <message>
        <source>Print it, sign it and keep it with the bundle records.</source>
        <translation>ئۇنى بېسىپ، ئىمزا قويۇپ، بولاق خاتىرىلىرى بىلەن بىللە ئارخىپقا ساقلاڭ.</translation>
    </message>
</context>
<context>
    <name>RecentlyDeletedDialog</name>
    <message>
        <source>Recently deleted: {kind}</source>
        <translation>يېقىندا ئۆچۈرۈلگەنلەر: {kind}</translation>
    </message>
    <message>
        <source>Deleted records are kept here. Choose one and press Restore to bring it back.</source>
        <translation>ئۆچۈرۈلگەن خاتىرىلەر بۇ يەردە ساقلىنىدۇ. بىرىنى تاللاپ «ئەسلىگە كەلتۈرۈش» نى بېسىڭ.</translation>
    </message>
    <message>
        <source>Nothing has been deleted.</source>
        <translation>ئۆچۈرۈلگەن خاتىرە يوق.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>ئەسلىگە كەلتۈرۈش</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>تاقاش</translation>
    </message>
</context>
<context>
    <name>RecordFormDialog</name>
    <message>
        <source>Save</source>
        <translation>ساقلاش</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>بىكار قىلىش</translation>
    </message>
    <message>
        <source>e.g. 2024-05-01</source>
        <translation>2024-05-01</translation>
    </message>
    <message>
        <source>yuan</source>
        <translation>يۈەن</translation>
    </message>
    <message>
        <source>Please choose</source>
        <translation>تاللاڭ</translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <source>Search</source>
        <translation>ئىزدەش</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>يېڭى…</translation>
    </message>
    <message>
        <source>Add a record (Ctrl+N)</source>
        <translation>يېڭى خاتىرە قوشۇش (Ctrl+N)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>تەھرىرلەش…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ئۆچۈرۈش</translation>
    </message>
    <message>
        <source>Delete the selected record (Delete key)</source>
        <translation>تاللانغان خاتىرىنى ئۆچۈرۈش (Delete كۇنۇپكىسى)</translation>
    </message>
    <message>
        <source>Recently deleted</source>
        <translation>يېقىندا ئۆچۈرۈلگەنلەر</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>جەمئىي %Ln خاتىرە</numerusform>
            <numerusform>جەمئىي %Ln خاتىرە</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete “{title}”?</source>
        <translation>«{title}» نى ئۆچۈرەمسىز؟</translation>
    </message>
    <message>
        <source>You can undo this right away, or restore it later from “Recently deleted”.</source>
        <translation>بۇنى دەرھال يېنىۋالالايسىز ياكى كېيىن «يېقىندا ئۆچۈرۈلگەنلەر» دىن ئەسلىگە كەلتۈرەلەيسىز.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>بىكار قىلىش</translation>
    </message>
    <message>
        <source>Deleted “{title}”.</source>
        <translation>«{title}» ئۆچۈرۈلدى.</translation>
    </message>
</context>
<context>
    <name>RecordTypes</name>
    <message>
        <source>Sites</source>
        <translation>ئورۇنلار</translation>
    </message>
    <message>
        <source>Villages and communities</source>
        <translation>كەنت ۋە مەھەللىلەر</translation>
    </message>
    <message>
        <source>Community organizations</source>
        <translation>مەھەللە ئىجتىمائىي تەشكىلاتلىرى</translation>
    </message>
    <message>
        <source>Stage changes</source>
        <translation>باسقۇچ ئۆزگىرىشلىرى</translation>
    </message>
    <message>
        <source>Incubation plans</source>
        <translation>يېتىشتۈرۈش پىلانلىرى</translation>
    </message>
    <message>
        <source>Plan milestones</source>
        <translation>پىلاندىكى باسقۇچلۇق نىشانلار</translation>
    </message>
    <message>
        <source>Plan reviews</source>
        <translation>پىلاننى باھالاش</translation>
    </message>
    <message>
        <source>Registration and filing help</source>
        <translation>تىزىملىتىش ۋە ئەنگە ئالدۇرۇشقا ياردەم</translation>
    </message>
    <message>
        <source>Checklist items</source>
        <translation>ماتېرىيال تىزىملىكى</translation>
    </message>
    <message>
        <source>People</source>
        <translation>خادىملار</translation>
    </message>
    <message>
        <source>Trainings</source>
        <translation>تەربىيەلەشلەر</translation>
    </message>
    <message>
        <source>Training attendance</source>
        <translation>تەربىيەلەشكە قاتنىشىش</translation>
    </message>
    <message>
        <source>Service activities</source>
        <translation>مۇلازىمەت پائالىيەتلىرى</translation>
    </message>
    <message>
        <source>People served by activities</source>
        <translation>پائالىيەتتە مۇلازىمەت قىلىنغان ئادەملەر</translation>
    </message>
    <message>
        <source>Case studies</source>
        <translation>تىپىك مىساللار</translation>
    </message>
    <message>
        <source>Linked resources</source>
        <translation>ئۇلانغان مەنبەلەر</translation>
    </message>
    <message>
        <source>Venture contests</source>
        <translation>ئاممىۋى پايدا مۇسابىقىلىرى</translation>
    </message>
    <message>
        <source>Contest entries</source>
        <translation>مۇسابىقە تۈرلىرى</translation>
    </message>
    <message>
        <source>Judges&apos; scores</source>
        <translation>باھالىغۇچىلارنىڭ نومۇرى</translation>
    </message>
    <message>
        <source>Grant tranches</source>
        <translation>ياردەم پۇلىنى باسقۇچلۇق ئاجرىتىش</translation>
    </message>
    <message>
        <source>Funded projects</source>
        <translation>ياردەم پۇلى بېرىلگەن تۈرلەر</translation>
    </message>
    <message>
        <source>Budget lines</source>
        <translation>خامچوت ماددىلىرى</translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation>چىقىملار</translation>
    </message>
    <message>
        <source>Project staff</source>
        <translation>تۈر خادىملىرى</translation>
    </message>
    <message>
        <source>Progress reports</source>
        <translation>ئىلگىرىلەش دوكلاتلىرى</translation>
    </message>
    <message>
        <source>Service files</source>
        <translation>مۇلازىمەت ئارخىپى</translation>
    </message>
    <message>
        <source>Target sets</source>
        <translation>ئۈنۈم كۆرسەتكۈچلىرى</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>كۆرسەتكۈچ نىشانلىرى</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>ئاشكارا ئېلانلار</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>قوشۇمچە ھۆججەتلەر</translation>
    </message>
    <message>
        <source>Audit log entries</source>
        <translation>مەشغۇلات خاتىرىلىرى</translation>
    </message>
    <message>
        <source>Month approvals</source>
        <translation>ئايلىق تەستىقلار</translation>
    </message>
    <message>
        <source>Requests to reopen a month</source>
        <translation>ئاينى قايتا ئېچىش ئىلتىماسلىرى</translation>
    </message>
    <message>
        <source>Months reopened</source>
        <translation>قايتا ئېچىلغان ئايلار</translation>
    </message>
    <message>
        <source>Evaluation criteria</source>
        <translation>باھالاش ئۆلچەملىرى</translation>
    </message>
    <message>
        <source>Annual evaluations</source>
        <translation>يىللىق باھالاش</translation>
    </message>
</context>
<context>
    <name>RegistrationSpec</name>
    <message>
        <source>New filing or registration case</source>
        <translation>يېڭى ئەنگە ئالدۇرۇش ياكى تىزىملىتىش ئىشى</translation>
    </message>
    <message>
        <source>Edit filing or registration case</source>
        <translation>ئەنگە ئالدۇرۇش ياكى تىزىملىتىش ئىشىنى تەھرىرلەش</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>ئىجتىمائىي تەشكىلات</translation>
    </message>
    <message>
        <source>Type part of the name</source>
        <translation>نامىنىڭ بىر قىسمىنى كىرگۈزۈڭ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>بىر تەرەپ قىلىش تۈرى</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>قوبۇل قىلىنغان چېسلا</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>بىر تەرەپ قىلىش ھالىتى</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>تاماملانغان چېسلا</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>نەتىجىسى</translation>
    </message>
    <message>
        <source>Filing and registration</source>
        <translation>ئەنگە ئالدۇرۇش ۋە تىزىملىتىش</translation>
    </message>
    <message>
        <source>Documents checked</source>
        <translation>ماتېرىيال تەكشۈرۈش ئەھۋالى</translation>
    </message>
    <message>
        <source>Organization name or outcome</source>
        <translation>تەشكىلات نامى ياكى نەتىجە</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>تۈرى:</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>بارلىق تۈرلەر</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>ھالىتى:</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>بارلىق ھالەتلەر</translation>
    </message>
    <message>
        <source>Organization:</source>
        <translation>تەشكىلات:</translation>
    </message>
    <message>
        <source>All organizations</source>
        <translation>بارلىق تەشكىلاتلار</translation>
    </message>
    <message>
        <source>No filing or registration cases yet. Press “New…” (Ctrl+N) when an organization starts to prepare its documents; the checklist of documents is created with the case.</source>
        <translation>تېخى ئەنگە ئالدۇرۇش ياكى تىزىملىتىش خاتىرىسى يوق. بىر تەشكىلات ماتېرىيال تەييارلاشقا باشلىغاندا «يېڭى…» (Ctrl+N) نى بېسىڭ؛ تاپشۇرۇلىدىغان ماتېرىياللار تىزىملىكى بىللە قۇرۇلىدۇ.</translation>
    </message>
    <message>
        <source>No case matches these filters.</source>
        <translation>بۇ سۈزگۈچكە ماس كېلىدىغان ئەنگە ئالدۇرۇش ياكى تىزىملىتىش خاتىرىسى يوق.</translation>
    </message>
</context>
<context>
    <name>ReportSpec</name>
    <message>
        <source>New monthly progress report</source>
        <translation>يېڭى ئايلىق خىزمەت دوكلاتى</translation>
    </message>
    <message>
        <source>Edit monthly progress report</source>
        <translation>ئايلىق خىزمەت دوكلاتىنى تەھرىرلەش</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>ئاي</translation>
    </message>
    <message>
        <source>Work done</source>
        <translation>بۇ ئايدا ئىشلەنگەن خىزمەت</translation>
    </message>
    <message>
        <source>Problems met</source>
        <translation>ساقلانغان مەسىلىلەر</translation>
    </message>
    <message>
        <source>Plan for next month</source>
        <translation>كېلەر ئايلىق پىلان</translation>
    </message>
    <message>
        <source>Monthly progress reports</source>
        <translation>ئايلىق خىزمەت دوكلاتلىرى</translation>
    </message>
    <message>
        <source>Month or any words of the report</source>
        <translation>ئاي ياكى دوكلاتتىكى خالىغان سۆز</translation>
    </message>
    <message>
        <source>No monthly reports yet. Press “New…” to record the report the undertaking organization sent.</source>
        <translation>تېخى ئايلىق دوكلات يوق. ئۈستىگە ئالغۇچى ئورۇن يوللىغان دوكلاتنى خاتىرىلەش ئۈچۈن «يېڭى…» نى بېسىڭ.</translation>
    </message>
    <message>
        <source>No report matches the search.</source>
        <translation>ئىزدەش شەرتىگە ماس كېلىدىغان دوكلات يوق.</translation>
    </message>
</context>
<context>
    <name>ResourceSpec</name>
    <message>
        <source>New linked resource</source>
        <translation>يېڭى ئۇلانغان مەنبە</translation>
    </message>
    <message>
        <source>Edit linked resource</source>
        <translation>ئۇلانغان مەنبەنى تەھرىرلەش</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>تاپشۇرۇۋالغان چېسلا</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>ئىئانە قىلغۇچى</translation>
    </message>
    <message>
        <source>Enterprise, charity or person who gave it</source>
        <translation>ئىئانە قىلغان كارخانا، خەير-ساخاۋەت تەشكىلاتى ياكى شەخس</translation>
    </message>
    <message>
        <source>Kind of donor</source>
        <translation>ئىئانە قىلغۇچى تۈرى</translation>
    </message>
    <message>
        <source>Given as</source>
        <translation>شەكلى</translation>
    </message>
    <message>
        <source>What was given</source>
        <translation>ئىئانە مەزمۇنى</translation>
    </message>
    <message>
        <source>e.g. 20 bags of rice, 5 000 yuan, 10 hours of free clinic</source>
        <translation>مەسىلەن: 20 خالتا گۈرۈچ، 5 000 يۈەن، 10 سائەت ھەقسىز داۋالاش</translation>
    </message>
    <message>
        <source>Value (yuan)</source>
        <translation>قىممىتى (يۈەن)</translation>
    </message>
    <message>
        <source>Gifts in kind and services count at their market value.</source>
        <translation>ماددىي بۇيۇم ۋە مۇلازىمەتلەر بازار باھاسى بويىچە ھېسابلىنىدۇ.</translation>
    </message>
    <message>
        <source>Recipient organization</source>
        <translation>ئىئانە قوبۇل قىلغان تەشكىلات</translation>
    </message>
    <message>
        <source>Type part of the name</source>
        <translation>نامىنىڭ بىر قىسمىنى كىرگۈزسىڭىز بولىدۇ</translation>
    </message>
    <message>
        <source>Other recipient</source>
        <translation>باشقا قوبۇل قىلغۇچى</translation>
    </message>
    <message>
        <source>When the recipients are not an organization, e.g. elderly people of a village.</source>
        <translation>قوبۇل قىلغۇچى تەشكىلات بولمىسا تولدۇرۇڭ، مەسىلەن: مەلۇم كەنتتىكى قىيىنچىلىقى بار ياشانغانلار.</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>ئىشلىتىلىشى</translation>
    </message>
    <message>
        <source>Linked resources</source>
        <translation>ئۇلانغان مەنبەلەر</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>ئىئانە قوبۇل قىلغۇچى</translation>
    </message>
    <message>
        <source>Donor, gift, recipient or purpose</source>
        <translation>ئىئانە قىلغۇچى، ئىئانە مەزمۇنى، قوبۇل قىلغۇچى ياكى ئىشلىتىلىشى</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>ئاي:</translation>
    </message>
    <message>
        <source>All months</source>
        <translation>بارلىق ئايلار</translation>
    </message>
    <message>
        <source>Donor:</source>
        <translation>ئىئانە قىلغۇچى:</translation>
    </message>
    <message>
        <source>All donors</source>
        <translation>بارلىق ئىئانە قىلغۇچىلار</translation>
    </message>
    <message>
        <source>Recipient:</source>
        <translation>قوبۇل قىلغۇچى:</translation>
    </message>
    <message>
        <source>All recipients</source>
        <translation>بارلىق قوبۇل قىلغۇچىلار</translation>
    </message>
    <message>
        <source>No resources linked yet. Press “New…” (Ctrl+N) to record a donation, a gift in kind or a donated service.</source>
        <translation>تېخى مەنبە ئۇلانمىدى. «يېڭى…» (Ctrl+N) نى بېسىپ پۇل ئىئانىسى، ماددىي بۇيۇم ئىئانىسى ياكى ئىئانە قىلىنغان مۇلازىمەتنى خاتىرىلەڭ.</translation>
    </message>
    <message>
        <source>No resource matches these filters.</source>
        <translation>بۇ سۈزگۈچكە ماس كېلىدىغان مەنبە يوق.</translation>
    </message>
</context>
<context>
    <name>ResourcesPage</name>
    <message>
        <source>Value of all linked resources: {amount} yuan</source>
        <translation>بارلىق ئۇلانغان مەنبەلەرنىڭ قىممىتى: {amount} يۈەن</translation>
    </message>
    <message>
        <source>Value of the resources listed for {month}: {amount} yuan</source>
        <translation>كۆرسىتىلگەن مەنبەلەرنىڭ قىممىتى (‎{month}): {amount} يۈەن</translation>
    </message>
    <message>
        <source>Value of the resources listed: {amount} yuan</source>
        <translation>كۆرسىتىلگەن مەنبەلەرنىڭ قىممىتى: {amount} يۈەن</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Make a restore bundle for a township</source>
        <translation>يېزا-بازار ئۈچۈن ئەسلىگە كەلتۈرۈش بولىقى ياساش</translation>
    </message>
    <message>
        <source>{name} ({code})</source>
        <translation>{name} ({code})</translation>
    </message>
    <message>
        <source>The folder to write to, e.g. the USB stick</source>
        <translation>ساقلايدىغان قىسقۇچ، مەسىلەن، U دىسكا</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>تاللاش…</translation>
    </message>
    <message>
        <source>Township:</source>
        <translation>يېزا-بازار:</translation>
    </message>
    <message>
        <source>Write to:</source>
        <translation>ساقلايدىغان قىسقۇچ:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>بىكار قىلىش</translation>
    </message>
    <message>
        <source>No township&apos;s key is enrolled. Enrol the new township PC&apos;s key first (Keys tab).</source>
        <translation>ھېچقانداق يېزا-بازارنىڭ ئاچقۇچى تىزىملانمىغان. ئالدى بىلەن يېزا-بازارنىڭ يېڭى كومپيۇتېرىنىڭ ئاچقۇچىنى تىزىملاڭ («ئاچقۇچلار» بەتكۈچى).</translation>
    </message>
    <message>
        <source>Make the restore bundle</source>
        <translation>ئەسلىگە كەلتۈرۈش بولىقىنى ياساش</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>تاقاش</translation>
    </message>
    <message>
        <source>Rebuild a township whose PC died, from everything the district holds of it.
1. On the new township PC: set the program up for the same township (same division code; it gets a new device and new keys). In Sync → Keys, save its public-key file and print its key enrolment form.
2. On the district: in Sync → Keys, enrol the new PC&apos;s public-key file (compare the fingerprint with the sealed form), revoke the dead PC&apos;s key, and save the district&apos;s public-key file.
3. On the district: make the restore bundle here.
4. On the new township PC: enrol the district&apos;s public-key file, then import the restore bundle in Sync → Receive a bundle.
The restore carries every record the district holds of the township (service files never travel, so they are not in it) and the district&apos;s targets for it. The new PC numbers its bundles after the last one the district received, so no sequence number is ever used twice.</source>
        <translation>كومپيۇتېرى بۇزۇلغان يېزا-بازارنى رايوندا ساقلانغان شۇ يېزا-بازارغا ئائىت بارلىق سانلىق مەلۇماتلار ئارقىلىق ئەسلىگە كەلتۈرۈش.
1. يېزا-بازارنىڭ يېڭى كومپيۇتېرىدا: پروگراممىنى ئوخشاش يېزا-بازار ئۈچۈن تەڭشەڭ (مەمۇرىي رايون نومۇرى ئوخشاش بولىدۇ؛ يېڭى كومپيۇتېرغا يېڭى ئۈسكۈنە نومۇرى ۋە يېڭى ئاچقۇچلار بېرىلىدۇ). «ماس قەدەملەش ← ئاچقۇچلار» دا ئۇنىڭ ئاممىۋى ئاچقۇچ ھۆججىتىنى ساقلاپ، ئاچقۇچ تىزىملاش جەدۋىلىنى بېسىڭ.
2. رايوندا: «ماس قەدەملەش ← ئاچقۇچلار» دا يېڭى كومپيۇتېرنىڭ ئاممىۋى ئاچقۇچ ھۆججىتىنى تىزىملاڭ (بارماق ئىزىنى تامغا بېسىلغان جەدۋەل بىلەن سېلىشتۇرۇڭ)، بۇزۇلغان كومپيۇتېرنىڭ ئاچقۇچىنى بىكار قىلىڭ، ئاندىن رايوننىڭ ئاممىۋى ئاچقۇچ ھۆججىتىنى ساقلاڭ.
3. رايوندا: ئەسلىگە كەلتۈرۈش بولىقىنى مۇشۇ يەردە ياساڭ.
4. يېزا-بازارنىڭ يېڭى كومپيۇتېرىدا: رايوننىڭ ئاممىۋى ئاچقۇچ ھۆججىتىنى تىزىملاپ، ئاندىن «ماس قەدەملەش ← بولاق قوبۇل قىلىش» دا ئەسلىگە كەلتۈرۈش بولىقىنى ئەكىرىڭ.
ئەسلىگە كەلتۈرۈش بولىقىدا رايون ساقلىغان شۇ يېزا-بازارغا ئائىت بارلىق خاتىرىلەر (مۇلازىمەت ئارخىپلىرى ھەرگىز يۆتكەلمەيدۇ، شۇڭا ئۇلار ئۇنىڭدا يوق) ۋە رايوننىڭ شۇ يېزا-بازارغا بەلگىلىگەن نىشانلىرى بولىدۇ. يېڭى كومپيۇتېر بولاقلىرىنى رايون ئەڭ ئاخىرىدا تاپشۇرۇۋالغان بولاقنىڭ نومۇرىدىن كېيىنكى نومۇردىن باشلاپ نومۇرلايدۇ، شۇڭا ھېچقانداق تەرتىپ نومۇرى ئىككى قېتىم ئىشلىتىلمەيدۇ.</translation>
    </message>
    <message>
        <source>Choose where to write the restore bundle</source>
        <translation>ئەسلىگە كەلتۈرۈش بولىقى ساقلىنىدىغان قىسقۇچنى تاللاش</translation>
    </message>
    <message>
        <source>Choose the folder to write the restore bundle to first.</source>
        <translation>ئالدى بىلەن ئەسلىگە كەلتۈرۈش بولىقى ساقلىنىدىغان قىسقۇچنى تاللاڭ.</translation>
    </message>
    <message>
        <source>Writing the restore bundle to {folder}…</source>
        <translation>ئەسلىگە كەلتۈرۈش بولىقى يېزىلىۋاتىدۇ: ‎{folder}…</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was written.</source>
        <translation>بىكار قىلىندى. ھېچنېمە يېزىلمىدى.</translation>
    </message>
    <message>
        <source>The restore bundle No. {sequence} was written and checked: {path} ({size}). Carry it to the new township PC and import it there (step 4).</source>
        <translation>{sequence}-نومۇرلۇق ئەسلىگە كەلتۈرۈش بولىقى يېزىلىپ تەكشۈرۈلدى: ‎{path} ({size}). ئۇنى يېزا-بازارنىڭ يېڭى كومپيۇتېرىغا ئېلىپ بېرىپ، شۇ يەردە ئەكىرىڭ (4-قەدەم).</translation>
    </message>
</context>
<context>
    <name>RosterImportDialog</name>
    <message>
        <source>Import a roster</source>
        <translation>تىزىملىك ئەكىرىش</translation>
    </message>
    <message>
        <source>Choose the roster workbook (.xlsx). The program first tries it without saving anything and shows what would happen; nothing is imported until you press “Import”.</source>
        <translation>تىزىملىك Excel ھۆججىتىنى (.xlsx) تاللاڭ. پروگرامما ئالدى بىلەن ھېچنېمە ساقلىماي سىناپ ئەكىرىدۇ ۋە نەتىجىسىنى كۆرسىتىدۇ؛ «ئەكىرىش» نى باسمىغۇچە ھېچنېمە ئەكىرىلمەيدۇ.</translation>
    </message>
    <message>
        <source>No file chosen yet</source>
        <translation>تېخى ھۆججەت تاللانمىدى</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>ھۆججەت تاللاش…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>بىكار قىلىش</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>قۇر</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>ئىستون</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>مەسىلە</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>ئىجتىمائىي تەشكىلات</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>بىر تەرەپ قىلىش نەتىجىسى</translation>
    </message>
    <message>
        <source>Same as row</source>
        <translation>ئوخشاش قۇر</translation>
    </message>
    <message>
        <source>Save rows to correct…</source>
        <translation>تۈزىتىدىغان قۇرلارنى ساقلاش…</translation>
    </message>
    <message>
        <source>A workbook of the rows not imported, with the reason beside each</source>
        <translation>ئەكىرىلمىگەن قۇرلار سەۋەبى بىلەن بىرگە Excel ھۆججىتى قىلىپ ساقلىنىدۇ، تۈزىتىپ قايتا ئەكىرگىلى بولىدۇ</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>ئەكىرىش</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>تاقاش</translation>
    </message>
    <message>
        <source>Choose the roster</source>
        <translation>تىزىملىكنى تاللاش</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel ھۆججىتى (*.xlsx)</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was changed.</source>
        <translation>بىكار قىلىندى. ھېچنېمە ئۆزگەرتىلمىدى.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>يېڭى</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>يېڭىلاندى</translation>
    </message>
    <message>
        <source>No change</source>
        <translation>ئۆزگىرىش يوق</translation>
    </message>
    <message numerus="yes">
        <source>Not imported (%n row(s))</source>
        <translation>
            <numerusform>ئەكىرىلمىدى (%n قۇر)</numerusform>
            <numerusform>ئەكىرىلمىدى (%n قۇر)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>To import (%n row(s))</source>
        <translation>
            <numerusform>ئەكىرىلىدۇ (%n قۇر)</numerusform>
            <numerusform>ئەكىرىلىدۇ (%n قۇر)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Repeated (%n row(s))</source>
        <translation>
            <numerusform>تەكرار (%n قۇر)</numerusform>
            <numerusform>تەكرار (%n قۇر)</numerusform>
        </translation>
    </message>
    <message>
        <source>Trial run, nothing saved yet: {created} new, {updated} updated, {unchanged} unchanged, {duplicates} repeated rows, {rejected} rows not imported.</source>
        <translation>سىناپ ئەكىرىش، تېخى ھېچنېمە ساقلانمىدى: يېڭى {created}، يېڭىلانغان {updated}، ئۆزگەرمىگەن {unchanged}، تەكرار قۇر {duplicates}، ئەكىرىلمىگەن قۇر {rejected}.</translation>
    </message>
    <message>
        <source>Imported: {created} new, {updated} updated, {unchanged} unchanged, {duplicates} repeated rows, {rejected} rows not imported.</source>
        <translation>ئەكىرىلدى: يېڭى {created}، يېڭىلانغان {updated}، ئۆزگەرمىگەن {unchanged}، تەكرار قۇر {duplicates}، ئەكىرىلمىگەن قۇر {rejected}.</translation>
    </message>
    <message>
        <source>{name} - rows to correct.xlsx</source>
        <translation>{name} - تۈزىتىدىغان قۇرلار.xlsx</translation>
    </message>
    <message>
        <source>Save rows to correct</source>
        <translation>تۈزىتىدىغان قۇرلارنى ساقلاش</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n row(s) to correct in {path}</source>
        <translation>
            <numerusform>تۈزىتىدىغان %n قۇر ساقلاندى: ‎{path}</numerusform>
            <numerusform>تۈزىتىدىغان %n قۇر ساقلاندى: ‎{path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScorePanel</name>
    <message>
        <source>Choose an entry in the ranking to see and type in its judges&apos; scores.</source>
        <translation>باھالىغۇچىلار بەرگەن نومۇرنى كۆرۈش ۋە كىرگۈزۈش ئۈچۈن رەت تەرتىپىدىن بىر مۇسابىقە تۈرىنى تاللاڭ.</translation>
    </message>
    <message>
        <source>Judge</source>
        <translation>باھالىغۇچى</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>نومۇر</translation>
    </message>
    <message>
        <source>Judge&apos;s name</source>
        <translation>باھالىغۇچىنىڭ ئىسمى</translation>
    </message>
    <message>
        <source>0–100</source>
        <translation>0–100</translation>
    </message>
    <message>
        <source>Save score</source>
        <translation>نومۇرنى ساقلاش</translation>
    </message>
    <message>
        <source>Remove selected score</source>
        <translation>تاللانغان نومۇرنى ئۆچۈرۈش</translation>
    </message>
    <message>
        <source>A judge scored twice keeps the last score. Scores are out of 100.</source>
        <translation>بىر باھالىغۇچى ئىككى قېتىم نومۇر بەرسە، ئاخىرقىسى كۈچكە ئىگە. تولۇق نومۇر 100.</translation>
    </message>
    <message>
        <source>Type the judge&apos;s name and a score from 0 to 100.</source>
        <translation>باھالىغۇچىنىڭ ئىسمى ۋە 0 دىن 100 گىچە بولغان نومۇرنى كىرگۈزۈڭ.</translation>
    </message>
</context>
<context>
    <name>SectionTable</name>
    <message>
        <source>Nothing recorded yet</source>
        <translation>تېخى خاتىرە يوق</translation>
    </message>
</context>
<context>
    <name>ServiceFileFormDialog</name>
    <message>
        <source>The name is masked and the notes are hidden. Showing them is written to the log.</source>
        <translation>ئىسىمنىڭ بىر قىسمى يوشۇرۇلدى، خاتىرە مەزمۇنى يوشۇرۇلدى. ئۇلارنى كۆرسىتىش مەشغۇلات خاتىرىسىگە يېزىلىدۇ.</translation>
    </message>
    <message>
        <source>Show full details</source>
        <translation>تولۇق ئۇچۇرنى كۆرسىتىش</translation>
    </message>
    <message>
        <source>Hidden. Press “Show full details” to read or change the notes.</source>
        <translation>يوشۇرۇلغان. خاتىرە مەزمۇنىنى ئوقۇش ياكى ئۆزگەرتىش ئۈچۈن «تولۇق ئۇچۇرنى كۆرسىتىش» نى بېسىڭ.</translation>
    </message>
</context>
<context>
    <name>ServiceFileSpec</name>
    <message>
        <source>Open</source>
        <extracomment>Fields shown only after &quot;Show full details&quot;, which is written to the audit log.</extracomment>
        <translation>داۋاملىشىۋاتىدۇ</translation>
    </message>
    <message>
        <source>Closed {day}</source>
        <translation>ئاخىرلاشتۇرۇلدى: ‎{day}</translation>
    </message>
    <message>
        <source>New service file</source>
        <translation>يېڭى مۇلازىمەت ئارخىپى</translation>
    </message>
    <message>
        <source>Service file</source>
        <translation>مۇلازىمەت ئارخىپى</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>ئارخىپ تۈرى</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>ئارخىپ قۇرۇلغان ۋاقتى</translation>
    </message>
    <message>
        <source>Person or couple served</source>
        <translation>مۇلازىمەت ئوبيېكتى</translation>
    </message>
    <message>
        <source>Personal data: lists show it masked, and reading it in full is logged.</source>
        <translation>شەخسىي ئۇچۇر: تىزىملىكتە بىر قىسمى يوشۇرۇلۇپ كۆرسىتىلىدۇ، تولۇق كۆرۈش مەشغۇلات خاتىرىسىگە يېزىلىدۇ.</translation>
    </message>
    <message>
        <source>Village (community)</source>
        <translation>كەنت (مەھەللە)</translation>
    </message>
    <message>
        <source>Social worker in charge</source>
        <translation>مەسئۇل ئىجتىمائىي خىزمەتچى</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>خاتىرە مەزمۇنى</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>ئاخىرلاشتۇرۇلغان ۋاقتى</translation>
    </message>
    <message>
        <source>Service files</source>
        <translation>مۇلازىمەت ئارخىپى</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ھالىتى</translation>
    </message>
    <message>
        <source>Social worker or village (not the person&apos;s name)</source>
        <translation>مەسئۇل ئىجتىمائىي خىزمەتچى ياكى كەنت (مۇلازىمەت ئوبيېكتىنىڭ ئىسمى بىلەن ئىزدىگىلى بولمايدۇ)</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>تۈرى:</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>بارلىق تۈرلەر</translation>
    </message>
    <message>
        <source>Community:</source>
        <translation>كەنت (مەھەللە):</translation>
    </message>
    <message>
        <source>All communities</source>
        <translation>بارلىق كەنت (مەھەللە)</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>ئاي:</translation>
    </message>
    <message>
        <source>All months</source>
        <translation>بارلىق ئايلار</translation>
    </message>
    <message>
        <source>No service files opened yet. Press “New…” (Ctrl+N) to open a marriage-custom promotion or family counselling file. Names are shown masked in this list.</source>
        <translation>تېخى مۇلازىمەت ئارخىپى قۇرۇلمىدى. نىكاھ ئادەتلىرى تەشۋىقاتى ياكى نىكاھ-ئائىلە مەسلىھەت ئارخىپى قۇرۇش ئۈچۈن «يېڭى…» (Ctrl+N) نى بېسىڭ. بۇ تىزىملىكتە ئىسىملارنىڭ بىر قىسمى يوشۇرۇلۇپ كۆرسىتىلىدۇ.</translation>
    </message>
    <message>
        <source>No service file matches these filters.</source>
        <translation>بۇ سۈزۈش شەرتلىرىگە ماس كېلىدىغان مۇلازىمەت ئارخىپى يوق.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>تەڭشەك</translation>
    </message>
</context>
<context>
    <name>SiteSection</name>
    <message>
        <source>This site</source>
        <translation>بۇ ئورۇن</translation>
    </message>
    <message>
        <source>e.g. the base&apos;s street address</source>
        <translation>مەسىلەن، بازىنىڭ تەپسىلىي ئادرېسى</translation>
    </message>
    <message>
        <source>Office phone or contact person</source>
        <translation>ئىشخانا تېلېفونى ياكى ئالاقىلاشقۇچى</translation>
    </message>
    <message>
        <source>Division code:</source>
        <translation>مەمۇرىي رايون نومۇرى:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>نامى:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>ئادرېسى:</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>ئالاقە:</translation>
    </message>
    <message>
        <source>Save site details</source>
        <translation>ئورۇن ئۇچۇرىنى ساقلاش</translation>
    </message>
    <message>
        <source>This computer has not been set up as a site yet.</source>
        <translation>بۇ كومپيۇتېر تېخى ئورۇن قىلىپ تەڭشەلمىدى.</translation>
    </message>
    <message>
        <source>Site details saved.</source>
        <translation>ئورۇن ئۇچۇرى ساقلاندى.</translation>
    </message>
</context>
<context>
    <name>StaffPanel</name>
    <message>
        <source>Add project staff</source>
        <translation>تۈر خادىمى قوشۇش</translation>
    </message>
    <message>
        <source>Edit project staff</source>
        <translation>تۈر خادىمىنى تەھرىرلەش</translation>
    </message>
    <message>
        <source>From the people list</source>
        <translation>خادىملار تىزىملىكىدىن</translation>
    </message>
    <message>
        <source>Type part of a name</source>
        <translation>ئىسىمنىڭ بىر قىسمىنى كىرگۈزسىڭىزمۇ بولىدۇ</translation>
    </message>
    <message>
        <source>Or a new person</source>
        <translation>ياكى يېڭى كىشى</translation>
    </message>
    <message>
        <source>Their certificate can be added afterwards with “Qualifications…”.</source>
        <translation>گۇۋاھنامىسى ۋە خىزمەت يىلىنى كېيىن «سالاھىيەت…» ئارقىلىق قوشسىڭىز بولىدۇ.</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>ۋەزىپە</translation>
    </message>
    <message>
        <source>e.g. project lead, social worker</source>
        <translation>مەسىلەن، تۈر مەسئۇلى، ئىجتىمائىي خىزمەتچى</translation>
    </message>
    <message>
        <source>Full-time</source>
        <translation>تولۇق ۋاقىتلىق</translation>
    </message>
    <message>
        <source>Qualifications</source>
        <translation>سالاھىيەت</translation>
    </message>
    <message>
        <source>Social-work certificate</source>
        <translation>ئىجتىمائىي خىزمەتچىلىك كەسپىي سالاھىيەت گۇۋاھنامىسى</translation>
    </message>
    <message>
        <source>Years of practice</source>
        <translation>خىزمەت يىلى</translation>
    </message>
    <message>
        <source>The policy asks for at least {staff} full-time staff, at least one of them a certified social worker with {years} or more years of practice, and no one full-time on two projects.</source>
        <translation>سىياسەت تەلىپى: تولۇق ۋاقىتلىق خادىم كەم دېگەندە {staff} نەپەر بولۇشى، ئۇلارنىڭ كەم دېگەندە بىرى ئىجتىمائىي خىزمەتچىلىك كەسپىي سالاھىيەت گۇۋاھنامىسى بار ھەم {years} يىل ياكى ئۇنىڭدىن ئارتۇق خىزمەت قىلغان بولۇشى، ھېچكىم ئىككى تۈردە تەڭ تولۇق ۋاقىتلىق ئىشلىمەسلىكى كېرەك.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ئىسمى</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>كەسپىي سالاھىيەت</translation>
    </message>
    <message>
        <source>Counts as certified</source>
        <translation>گۇۋاھنامە تەلىپىگە ئۇيغۇن</translation>
    </message>
    <message>
        <source>Add staff…</source>
        <translation>خادىم قوشۇش…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>تەھرىرلەش…</translation>
    </message>
    <message>
        <source>Qualifications…</source>
        <translation>سالاھىيەت…</translation>
    </message>
    <message>
        <source>Remove from the project</source>
        <translation>تۈردىن چىقىرىۋېتىش</translation>
    </message>
    <message>
        <source>Staff meet the policy</source>
        <translation>خادىملار سىياسەت تەلىپىگە ئۇيغۇن</translation>
    </message>
    <message>
        <source>Staff do not meet the policy yet</source>
        <translation>خادىملار تېخى سىياسەت تەلىپىگە ئۇيغۇن ئەمەس</translation>
    </message>
    <message>
        <source>{full_time} full-time, {certified} of them certified with enough practice.</source>
        <translation>تولۇق ۋاقىتلىق خادىم {full_time} نەپەر، ئۇلارنىڭ ئىچىدە گۇۋاھنامىسى بار ھەم خىزمەت يىلى يېتەرلىك بولغىنى {certified} نەپەر.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ھەئە</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ياق</translation>
    </message>
</context>
<context>
    <name>StandingTableModel</name>
    <message>
        <source>Rank</source>
        <translation>رەت تەرتىپى</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>قاتناشقان تەشكىلات</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>تۈر نامى</translation>
    </message>
    <message>
        <source>Direct beneficiaries</source>
        <translation>بىۋاسىتە نەپ ئالغۇچى سانى</translation>
    </message>
    <message>
        <source>Pledged (yuan)</source>
        <translation>ئىئانە ۋەدىسى (يۈەن)</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>بېلەت سانى</translation>
    </message>
    <message>
        <source>Expert score</source>
        <translation>مۇتەخەسسىس نومۇرى</translation>
    </message>
    <message>
        <source>Pledge score</source>
        <translation>ئىئانە نومۇرى</translation>
    </message>
    <message>
        <source>Vote score</source>
        <translation>بېلەت نومۇرى</translation>
    </message>
    <message>
        <source>Composite</source>
        <translation>ئومۇمىي نومۇر</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>باھالاش نەتىجىسى</translation>
    </message>
    <message>
        <source>Rule flags</source>
        <translation>قائىدە ئەسكەرتىشلىرى</translation>
    </message>
    <message>
        <source>; </source>
        <translation>؛ </translation>
    </message>
</context>
<context>
    <name>StartupChecks</name>
    <message>
        <source>The program is already open</source>
        <translation>پروگرامما ئاللىقاچان ئېچىلغان</translation>
    </message>
    <message>
        <source>Restore the backup?</source>
        <translation>زاپاس نۇسخىنى ئەسلىگە كەلتۈرەمسىز؟</translation>
    </message>
    <message>
        <source>All records will be replaced by the backup of {when}. The damaged file is kept for technical help. Restore now?</source>
        <translation>بارلىق خاتىرىلەر مۇنۇ ۋاقىتتىكى زاپاس نۇسخا بىلەن ئالماشتۇرۇلىدۇ: ‎{when}. بۇزۇلغان ھۆججەت تېخنىكىلىق ياردەم ئۈچۈن ساقلاپ قويۇلىدۇ. ھازىر ئەسلىگە كەلتۈرەمسىز؟</translation>
    </message>
    <message>
        <source>The backup could not be restored</source>
        <translation>زاپاس نۇسخىنى ئەسلىگە كەلتۈرگىلى بولمىدى</translation>
    </message>
    <message>
        <source>The weekly database check found damage</source>
        <translation>ھەپتىلىك ساندان تەكشۈرۈشىدە بۇزۇلۇش بايقالدى</translation>
    </message>
    <message>
        <source>The database check found damage</source>
        <translation>ساندان تەكشۈرۈشىدە بۇزۇلۇش بايقالدى</translation>
    </message>
    <message>
        <source>The backup on closing failed</source>
        <translation>تاقىغاندىكى زاپاسلاش مەغلۇپ بولدى</translation>
    </message>
    <message>
        <source>The program backs up the database when it closes, and this time the backup failed ({detail}). Your records are saved. Check that the disk has free space.</source>
        <translation>پروگرامما تاقالغاندا سانداننى زاپاسلايدۇ، بۇ قېتىم زاپاسلاش مەغلۇپ بولدى ({detail}). خاتىرىلىرىڭىز ساقلاندى. دىسكىدا بوش ئورۇن بار-يوقلۇقىنى تەكشۈرۈڭ.</translation>
    </message>
    <message>
        <source>The automatic backup failed</source>
        <translation>ئاپتوماتىك زاپاسلاش مەغلۇپ بولدى</translation>
    </message>
    <message>
        <source>The program could not make its automatic backup ({detail}). Your records are saved, and it tries again every 30 minutes. Check that the disk has free space.</source>
        <translation>پروگرامما ئاپتوماتىك زاپاس نۇسخا ياسىيالمىدى ({detail}). خاتىرىلىرىڭىز ساقلاندى، پروگرامما ھەر 30 مىنۇتتا قايتا سىنايدۇ. دىسكىدا بوش ئورۇن بار-يوقلۇقىنى تەكشۈرۈڭ.</translation>
    </message>
</context>
<context>
    <name>StoryView</name>
    <message>
        <source>Not yet effectively incubated</source>
        <translation>تېخى ئۈنۈملۈك يېتىشتۈرۈلمىگەن</translation>
    </message>
    <message numerus="yes">
        <source>Filed with the township, and %n community service activities held.</source>
        <translation>
            <numerusform>يېزا-بازاردا ئەنگە ئالدۇرۇلغان، %n قېتىم مەھەللە مۇلازىمەت پائالىيىتى ئۆتكۈزۈلگەن.</numerusform>
            <numerusform>يېزا-بازاردا ئەنگە ئالدۇرۇلغان، %n قېتىم مەھەللە مۇلازىمەت پائالىيىتى ئۆتكۈزۈلگەن.</numerusform>
        </translation>
    </message>
    <message>
        <source>Effectively incubated</source>
        <translation>ئۈنۈملۈك يېتىشتۈرۈلگەن</translation>
    </message>
    <message>
        <source>not yet filed with the township</source>
        <translation>يېزا-بازاردا تېخى ئەنگە ئالدۇرۇلمىغان</translation>
    </message>
    <message numerus="yes">
        <source>still %n activity short</source>
        <translation>
            <numerusform>يەنە %n قېتىم پائالىيەت كەم</numerusform>
            <numerusform>يەنە %n قېتىم پائالىيەت كەم</numerusform>
        </translation>
    </message>
    <message>
        <source>; </source>
        <translation>؛ </translation>
    </message>
    <message numerus="yes">
        <source>An organization counts as effectively incubated once it is filed with the township and has held at least %n community service activities.</source>
        <translation>
            <numerusform>يېزا-بازاردا ئەنگە ئالدۇرۇلۇپ، كەم دېگەندە %n قېتىم مەھەللە مۇلازىمەت پائالىيىتى ئۆتكۈزگەن تەشكىلات ئۈنۈملۈك يېتىشتۈرۈلگەن ھېسابلىنىدۇ.</numerusform>
            <numerusform>يېزا-بازاردا ئەنگە ئالدۇرۇلۇپ، كەم دېگەندە %n قېتىم مەھەللە مۇلازىمەت پائالىيىتى ئۆتكۈزگەن تەشكىلات ئۈنۈملۈك يېتىشتۈرۈلگەن ھېسابلىنىدۇ.</numerusform>
        </translation>
    </message>
    <message>
        <source>Date</source>
        <translation>چېسلا</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>باسقۇچ</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ئىزاھات</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>تۈرى</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>قوبۇل قىلىنغان چېسلا</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ھالىتى</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>تەكشۈرۈلدى</translation>
    </message>
    <message>
        <source>Still missing</source>
        <translation>كەم ماتېرىياللار</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>پائالىيەت</translation>
    </message>
    <message>
        <source>People</source>
        <translation>ئادەم-قېتىم</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>تەربىيەلەش</translation>
    </message>
    <message>
        <source>Attendee</source>
        <translation>قاتناشقۇچى</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>ئىئانە قىلغۇچى</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>شەكلى</translation>
    </message>
    <message>
        <source>Value (yuan)</source>
        <translation>قىممىتى (يۈەن)</translation>
    </message>
    <message>
        <source>Contest</source>
        <translation>مۇسابىقە</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>تۈر</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>نەتىجە</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>ياردەم پۇلى (يۈەن)</translation>
    </message>
    <message>
        <source>Written on</source>
        <translation>يېزىلغان چېسلا</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>ماۋزۇ</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>ئاساسىي ئەھۋالى</translation>
    </message>
    <message>
        <source>Stage history</source>
        <translation>باسقۇچ خاتىرىسى</translation>
    </message>
    <message>
        <source>Incubation plan and milestones</source>
        <translation>يېتىشتۈرۈش پىلانى ۋە باسقۇچلۇق نىشانلار</translation>
    </message>
    <message>
        <source>Filing and registration checklist</source>
        <translation>ئەنگە ئالدۇرۇش ۋە تىزىملىتىش ماتېرىياللىرى</translation>
    </message>
    <message>
        <source>Trainings attended</source>
        <translation>قاتناشقان تەربىيەلەشلەر</translation>
    </message>
    <message>
        <source>Resources received</source>
        <translation>ئېرىشكەن مەنبەلەر</translation>
    </message>
    <message>
        <source>Venture contest entries</source>
        <translation>ئاممىۋى پايدا مۇسابىقىسىگە قاتناشقان تۈرلەر</translation>
    </message>
    <message>
        <source>Case studies</source>
        <translation>تىپىك مىساللار</translation>
    </message>
    <message>
        <source>no village or community given</source>
        <translation>كەنت (مەھەللە) تولدۇرۇلمىغان</translation>
    </message>
    <message numerus="yes">
        <source>Service activities (%n held)</source>
        <translation>
            <numerusform>مۇلازىمەت پائالىيەتلىرى (جەمئىي %n قېتىم)</numerusform>
            <numerusform>مۇلازىمەت پائالىيەتلىرى (جەمئىي %n قېتىم)</numerusform>
        </translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>مەسئۇل</translation>
    </message>
    <message>
        <source>Leader&apos;s phone</source>
        <translation>مەسئۇلنىڭ تېلېفونى</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>ئەزا سانى</translation>
    </message>
    <message>
        <source>Service areas</source>
        <translation>مۇلازىمەت ساھەلىرى</translation>
    </message>
    <message>
        <source>Founded on</source>
        <translation>قۇرۇلغان چېسلا</translation>
    </message>
    <message>
        <source>Moved in on</source>
        <translation>بازىغا كىرگەن چېسلا</translation>
    </message>
    <message>
        <source>Filed on</source>
        <translation>ئەنگە ئالدۇرۇلغان چېسلا</translation>
    </message>
    <message>
        <source>Filing number</source>
        <translation>ئەنگە ئالدۇرۇش نومۇرى</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>تىزىملىتىلغان چېسلا</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>بىرلىككە كەلگەن ئىجتىمائىي ئىناۋەت كودى</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>باھالاش دەرىجىسى</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>ئادرېس</translation>
    </message>
    <message>
        <source>:</source>
        <translation>:</translation>
    </message>
    <message>
        <source>No incubation plan yet.</source>
        <translation>تېخى يېتىشتۈرۈش پىلانى يوق.</translation>
    </message>
    <message>
        <source>{goals}
Support: {support} · Mentor: {mentor} · Period: {period}</source>
        <translation>{goals}
قوللاش: {support} · يېتەكچى: {mentor} · مۇددىتى: ‎{period}</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>باسقۇچلۇق نىشان</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>پىلاندىكى تاماملاش</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>ئەمەلىي تاماملانغان</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>تېخى تاماملانمىدى</translation>
    </message>
    <message>
        <source>Add milestone…</source>
        <translation>باسقۇچلۇق نىشان قوشۇش…</translation>
    </message>
    <message>
        <source>Edit plan…</source>
        <translation>پىلاننى تەھرىرلەش…</translation>
    </message>
</context>
<context>
    <name>SyncCounts</name>
    <message>
        <source>Record type</source>
        <extracomment>The columns of an import preview, in the order of the core&apos;s per-type counts.</extracomment>
        <translation>خاتىرە تۈرى</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>خاتىرە سانى</translation>
    </message>
    <message>
        <source>New</source>
        <translation>يېڭى</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>يېڭىلانغان</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>ئۆزگەرمىگەن</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>ئۆچۈرۈلگەن</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>توقۇنۇش</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>جەمئىي</translation>
    </message>
</context>
<context>
    <name>SyncErrorText</name>
    <message>
        <source>This bundle cannot be imported. The database was not changed.</source>
        <translation>بۇ بولاقنى ئەكىرگىلى بولمايدۇ. ساندان ئۆزگەرتىلمىدى.</translation>
    </message>
    <message>
        <source>The bundle file cannot be read. Copy it to this computer and try again.</source>
        <translation>بولاق ھۆججىتىنى ئوقۇغىلى بولمىدى. ئۇنى بۇ كومپيۇتېرغا كۆچۈرۈپ قايتا سىناڭ.</translation>
    </message>
    <message>
        <source>This file is far too large to be a bundle of this program. Nothing was changed.</source>
        <translation>بۇ ھۆججەت بەك چوڭ، بۇ پروگراممىنىڭ بولىقى بولۇشى مۇمكىن ئەمەس. ھېچنېمە ئۆزگەرتىلمىدى.</translation>
    </message>
    <message>
        <source>The bundle file is incomplete: copying was interrupted or the USB stick is faulty. Ask for it to be exported again. Nothing was changed.</source>
        <translation>بولاق ھۆججىتى تولۇق ئەمەس: كۆچۈرۈش ئۈزۈلۈپ قالغان ياكى U دىسكىدا كاشىلا بار. ئۇنى قايتا چىقىرىپ بېرىشنى سوراڭ. ھېچنېمە ئۆزگەرتىلمىدى.</translation>
    </message>
    <message>
        <source>This file is not a bundle. Choose a file ending in .incubator-bundle.</source>
        <translation>بۇ ھۆججەت بولاق ئەمەس. .incubator-bundle بىلەن ئاخىرلاشقان ھۆججەتنى تاللاڭ.</translation>
    </message>
    <message>
        <source>The bundle was made by a newer version of the program. Update this program first.</source>
        <translation>بۇ بولاق پروگراممىنىڭ يېڭىراق نەشرىدە ياسالغان. ئالدى بىلەن بۇ پروگراممىنى يېڭىلاڭ.</translation>
    </message>
    <message>
        <source>The bundle is damaged. Ask for it to be exported again. Nothing was changed.</source>
        <translation>بولاق بۇزۇلغان. ئۇنى قايتا چىقىرىپ بېرىشنى سوراڭ. ھېچنېمە ئۆزگەرتىلمىدى.</translation>
    </message>
    <message>
        <source>The bundle&apos;s header is abnormally large and was refused. Nothing was changed.</source>
        <translation>بولاقنىڭ باش قىسمى ئادەتتىن تاشقىرى چوڭ، رەت قىلىندى. ھېچنېمە ئۆزگەرتىلمىدى.</translation>
    </message>
    <message>
        <source>The bundle is signed by a key this site does not trust (site {site}). Enroll that site&apos;s public key first. Nothing was changed.</source>
        <translation>بولاق بۇ ئورۇن ئىشەنمەيدىغان ئاچقۇچ بىلەن ئىمزالانغان (ئورۇن {site}). ئالدى بىلەن شۇ ئورۇننىڭ ئاممىۋى ئاچقۇچىنى تىزىملاڭ. ھېچنېمە ئۆزگەرتىلمىدى.</translation>
    </message>
    <message>
        <source>The bundle is signed by a key this site does not trust. Enroll the sender&apos;s public key first.</source>
        <translation>بولاق بۇ ئورۇن ئىشەنمەيدىغان ئاچقۇچ بىلەن ئىمزالانغان. ئالدى بىلەن ئەۋەتكۈچىنىڭ ئاممىۋى ئاچقۇچىنى تىزىملاڭ.</translation>
    </message>
    <message>
        <source>The bundle is signed by a revoked key. The sender must make and enroll new keys. Nothing was changed.</source>
        <translation>بولاق بىكار قىلىنغان ئاچقۇچ بىلەن ئىمزالانغان. ئەۋەتكۈچى يېڭى ئاچقۇچ قۇرۇپ تىزىملىتىشى كېرەك. ھېچنېمە ئۆزگەرتىلمىدى.</translation>
    </message>
    <message>
        <source>The bundle claims to come from site {site} but is signed by another site&apos;s key: it may be forged. Nothing was changed.</source>
        <translation>بولاق ئۆزىنى {site} ئورنىدىن كەلگەن دەيدۇ، ئەمما باشقا ئورۇننىڭ ئاچقۇچى بىلەن ئىمزالانغان: ساختا بولۇشى مۇمكىن. ھېچنېمە ئۆزگەرتىلمىدى.</translation>
    </message>
    <message>
        <source>The bundle&apos;s signer does not match its sender: it may be forged. Nothing was changed.</source>
        <translation>بولاقنىڭ ئىمزالىغۇچىسى ئەۋەتكۈچىسىگە ماس كەلمەيدۇ: ساختا بولۇشى مۇمكىن. ھېچنېمە ئۆزگەرتىلمىدى.</translation>
    </message>
    <message>
        <source>The bundle&apos;s signature is wrong: it is damaged or was altered. Nothing was changed.</source>
        <translation>بولاقنىڭ ئىمزاسى خاتا: ئۇ بۇزۇلغان ياكى ئۆزگەرتىلگەن. ھېچنېمە ئۆزگەرتىلمىدى.</translation>
    </message>
    <message>
        <source>This bundle is addressed to site {recipient}, not to this site ({me}). Nothing was changed.</source>
        <translation>بۇ بولاق بۇ ئورۇنغا ({me}) ئەمەس، {recipient} ئورنىغا ئەۋەتىلگەن. ھېچنېمە ئۆزگەرتىلمىدى.</translation>
    </message>
    <message>
        <source>This bundle is addressed to another site. Nothing was changed.</source>
        <translation>بۇ بولاق باشقا ئورۇنغا ئەۋەتىلگەن. ھېچنېمە ئۆزگەرتىلمىدى.</translation>
    </message>
    <message>
        <source>This bundle was locked with a key this site no longer uses. Ask the sender to enroll this site&apos;s new public key and export again. Nothing was changed.</source>
        <translation>بۇ بولاق بۇ ئورۇن ئەمدى ئىشلەتمەيدىغان ئاچقۇچ بىلەن شىفىرلانغان. ئەۋەتكۈچىدىن بۇ ئورۇننىڭ يېڭى ئاممىۋى ئاچقۇچىنى تىزىملاپ، قايتا چىقىرىشنى سوراڭ. ھېچنېمە ئۆزگەرتىلمىدى.</translation>
    </message>
    <message>
        <source>Serious: bundle No. {sequence} from site {sender} was already imported, with different contents. The file was kept aside for checking. Ask for technical help. Nothing was changed.</source>
        <translation>ئېغىر: {sender} ئورنىنىڭ {sequence}-نومۇرلۇق بولىقى ئىلگىرى ئەكىرىلگەن، ئەمما مەزمۇنى ئوخشىمايدۇ. ھۆججەت تەكشۈرۈش ئۈچۈن ئايرىپ ساقلاندى. تېخنىكىلىق ياردەم سوراڭ. ھېچنېمە ئۆزگەرتىلمىدى.</translation>
    </message>
    <message>
        <source>Serious: a bundle with this number was already imported, with different contents. Ask for technical help. Nothing was changed.</source>
        <translation>ئېغىر: بۇ نومۇرلۇق بولاق ئىلگىرى ئەكىرىلگەن، ئەمما مەزمۇنى ئوخشىمايدۇ. تېخنىكىلىق ياردەم سوراڭ. ھېچنېمە ئۆزگەرتىلمىدى.</translation>
    </message>
    <message>
        <source>Serious: this bundle does not fit with the bundles before and after it. Ask for technical help. Nothing was changed.</source>
        <translation>ئېغىر: بۇ بولاق ئالدى-كەينىدىكى بولاقلار بىلەن ماس كەلمەيدۇ. تېخنىكىلىق ياردەم سوراڭ. ھېچنېمە ئۆزگەرتىلمىدى.</translation>
    </message>
    <message>
        <source>The bundle&apos;s contents are not in the expected form. Nothing was changed.</source>
        <translation>بولاقنىڭ مەزمۇنى كۈتۈلگەن شەكىلدە ئەمەس. ھېچنېمە ئۆزگەرتىلمىدى.</translation>
    </message>
    <message>
        <source>The bundle comes from a newer version of the program. Update this program first.</source>
        <translation>بولاق پروگراممىنىڭ يېڭىراق نەشرىدىن كەلگەن. ئالدى بىلەن بۇ پروگراممىنى يېڭىلاڭ.</translation>
    </message>
    <message>
        <source>The bundle holds a record that is not in the expected form. Nothing was changed.</source>
        <translation>بولاقتا كۈتۈلگەن شەكىلدە بولمىغان خاتىرە بار. ھېچنېمە ئۆزگەرتىلمىدى.</translation>
    </message>
    <message>
        <source>The bundle carries sensitive service files, which never travel. Nothing was changed.</source>
        <translation>بولاقتا ھەرگىز يۆتكەلمەسلىكى كېرەك بولغان سەزگۈر مۇلازىمەت ئارخىپلىرى بار. ھېچنېمە ئۆزگەرتىلمىدى.</translation>
    </message>
    <message>
        <source>The bundle changes records that belong to another site, which the sender may not do. Nothing was changed.</source>
        <translation>بولاق باشقا ئورۇنغا تەۋە خاتىرىلەرنى ئۆزگەرتمەكچى، ئەۋەتكۈچىنىڭ بۇنداق ھوقۇقى يوق. ھېچنېمە ئۆزگەرتىلمىدى.</translation>
    </message>
    <message>
        <source>The bundle tries to change another site&apos;s records. Nothing was changed.</source>
        <translation>بولاق باشقا ئورۇننىڭ خاتىرىلىرىنى ئۆزگەرتمەكچى. ھېچنېمە ئۆزگەرتىلمىدى.</translation>
    </message>
    <message>
        <source>The bundle&apos;s header does not match its contents: it may have been altered. Nothing was changed.</source>
        <translation>بولاقنىڭ باش قىسمى مەزمۇنىغا ماس كەلمەيدۇ: ئۆزگەرتىلگەن بولۇشى مۇمكىن. ھېچنېمە ئۆزگەرتىلمىدى.</translation>
    </message>
    <message>
        <source>Only this site&apos;s own district may send a restore bundle. Nothing was changed.</source>
        <translation>پەقەت بۇ ئورۇننىڭ ئۆز رايونىلا ئەسلىگە كەلتۈرۈش بولىقى ئەۋەتەلەيدۇ. ھېچنېمە ئۆزگەرتىلمىدى.</translation>
    </message>
    <message>
        <source>The bundle refers to records this site does not have yet. Import the earlier bundles first. Nothing was changed.</source>
        <translation>بولاقتىكى خاتىرىلەر بۇ ئورۇندا تېخى يوق خاتىرىلەرگە باغلانغان. ئالدى بىلەن بۇرۇنقى بولاقلارنى ئەكىرىڭ. ھېچنېمە ئۆزگەرتىلمىدى.</translation>
    </message>
    <message>
        <source>The bundle holds a record that clashes with one already here. Nothing was changed.</source>
        <translation>بولاقتىكى بىر خاتىرە بۇ يەردىكى بار خاتىرە بىلەن توقۇنۇشىدۇ. ھېچنېمە ئۆزگەرتىلمىدى.</translation>
    </message>
    <message>
        <source>The bundle carries the same record twice: it may be altered. Nothing was changed.</source>
        <translation>بولاقتا ئوخشاش بىر خاتىرە ئىككى قېتىم بار: ئۆزگەرتىلگەن بولۇشى مۇمكىن. ھېچنېمە ئۆزگەرتىلمىدى.</translation>
    </message>
    <message>
        <source>A township sends bundles only to its own district ({parent}).</source>
        <translation>يېزا-بازار بولاقنى پەقەت ئۆز رايونىغىلا ({parent}) ئەۋەتەلەيدۇ.</translation>
    </message>
    <message>
        <source>A township sends bundles only to its own district.</source>
        <translation>يېزا-بازار بولاقنى پەقەت ئۆز رايونىغىلا ئەۋەتەلەيدۇ.</translation>
    </message>
    <message>
        <source>Choose the township the bundle is for.</source>
        <translation>بولاق ئەۋەتىلىدىغان يېزا-بازارنى تاللاڭ.</translation>
    </message>
    <message>
        <source>The bundle read back from the drive differs from what was written, so the drive may be faulty. The file was removed; try another USB stick.</source>
        <translation>دىسكىدىن قايتا ئوقۇلغان بولاق يېزىلغىنى بىلەن ئوخشىمايدۇ، دىسكىدا كاشىلا بولۇشى مۇمكىن. ھۆججەت ئۆچۈرۈۋېتىلدى؛ باشقا U دىسكىنى سىناپ بېقىڭ.</translation>
    </message>
    <message>
        <source>Only a district can make a restore bundle.</source>
        <translation>پەقەت رايونلا ئەسلىگە كەلتۈرۈش بولىقى ياسىيالايدۇ.</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was changed.</source>
        <translation>بىكار قىلىندى. ھېچنېمە ئۆزگەرتىلمىدى.</translation>
    </message>
    <message>
        <source>There is a problem with this site&apos;s keys. Ask for technical help.</source>
        <translation>بۇ ئورۇننىڭ ئاچقۇچلىرىدا مەسىلە بار. تېخنىكىلىق ياردەم سوراڭ.</translation>
    </message>
    <message>
        <source>This computer&apos;s private key was not found. Bundles can only be made on the computer that made the keys.</source>
        <translation>بۇ كومپيۇتېرنىڭ شەخسىي ئاچقۇچى تېپىلمىدى. بولاقنى پەقەت ئاچقۇچلارنى قۇرغان كومپيۇتېردىلا ياسىغىلى بولىدۇ.</translation>
    </message>
    <message>
        <source>The key file is locked with a passphrase. Enter the passphrase to continue.</source>
        <translation>ئاچقۇچ ھۆججىتى ئىم بىلەن قۇلۇپلانغان. داۋاملاشتۇرۇش ئۈچۈن ئىمنى كىرگۈزۈڭ.</translation>
    </message>
    <message>
        <source>The passphrase is too short: at least {min} characters.</source>
        <translation>ئىم بەك قىسقا: كەم دېگەندە {min} ھەرپ بولۇشى كېرەك.</translation>
    </message>
    <message>
        <source>The passphrase is too short.</source>
        <translation>ئىم بەك قىسقا.</translation>
    </message>
    <message>
        <source>The passphrase is wrong, so the key file cannot be opened.</source>
        <translation>ئىم خاتا، شۇڭا ئاچقۇچ ھۆججىتىنى ئاچقىلى بولمايدۇ.</translation>
    </message>
    <message>
        <source>The key file was not found. Ask for technical help.</source>
        <translation>ئاچقۇچ ھۆججىتى تېپىلمىدى. تېخنىكىلىق ياردەم سوراڭ.</translation>
    </message>
    <message>
        <source>The key file is damaged. Ask for technical help.</source>
        <translation>ئاچقۇچ ھۆججىتى بۇزۇلغان. تېخنىكىلىق ياردەم سوراڭ.</translation>
    </message>
    <message>
        <source>This site has no usable keys yet. Run “incubator keys generate” (or ask for technical help).</source>
        <translation>بۇ ئورۇندا تېخى ئىشلىتىشكە بولىدىغان ئاچقۇچ يوق. «incubator keys generate» نى ئىجرا قىلىڭ (ياكى تېخنىكىلىق ياردەم سوراڭ).</translation>
    </message>
    <message>
        <source>Site {site}&apos;s public key has not been enrolled yet. Enroll its public-key file first.</source>
        <translation>{site} ئورنىنىڭ ئاممىۋى ئاچقۇچى تېخى تىزىملانمىدى. ئالدى بىلەن ئۇنىڭ ئاممىۋى ئاچقۇچ ھۆججىتىنى تىزىملاڭ.</translation>
    </message>
    <message>
        <source>The other site&apos;s public key has not been enrolled yet. Enroll it first.</source>
        <translation>قارشى تەرەپ ئورۇننىڭ ئاممىۋى ئاچقۇچى تېخى تىزىملانمىدى. ئالدى بىلەن ئۇنى تىزىملاڭ.</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Sync</source>
        <translation>ماس قەدەملەش</translation>
    </message>
    <message>
        <source>Send a bundle</source>
        <translation>بولاق ئەۋەتىش</translation>
    </message>
    <message>
        <source>Receive a bundle</source>
        <translation>بولاق قوبۇل قىلىش</translation>
    </message>
    <message>
        <source>History</source>
        <translation>ئالاقە خاتىرىسى</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>توقۇنۇشلار</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>ئاچقۇچلار</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>يۈكلىنىۋاتىدۇ…</translation>
    </message>
    <message>
        <source>This computer has not been set up yet, so there is nothing to sync.</source>
        <translation>بۇ كومپيۇتېر تېخى تەڭشەلمىدى، شۇڭا ماس قەدەملەيدىغان نەرسە يوق.</translation>
    </message>
    <message>
        <source>{name} ({code}) · {role}</source>
        <translation>{name} ({code}) · {role}</translation>
    </message>
    <message numerus="yes">
        <source>Conflicts (%n not seen)</source>
        <translation>
            <numerusform>توقۇنۇشلار (%n كۆرۈلمىگەن)</numerusform>
            <numerusform>توقۇنۇشلار (%n كۆرۈلمىگەن)</numerusform>
        </translation>
    </message>
    <message>
        <source>History (bundles missing)</source>
        <translation>ئالاقە خاتىرىسى (كەم بولاق بار)</translation>
    </message>
</context>
<context>
    <name>TargetsBar</name>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n ئارخىپ</numerusform>
            <numerusform>%n ئارخىپ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n short of the target</source>
        <translation>
            <numerusform>نىشانغا يەنە %n ئارخىپ كەم</numerusform>
            <numerusform>نىشانغا يەنە %n ئارخىپ كەم</numerusform>
        </translation>
    </message>
    <message>
        <source>target met</source>
        <translation>نىشانغا يەتتى</translation>
    </message>
    <message>
        <source>{kind}: {files} (target ≥ {target}), {state}</source>
        <translation>{kind}: {files} (نىشان ≥ {target})، {state}</translation>
    </message>
    <message>
        <source>Opened {start} to {end}</source>
        <translation>قۇرۇلغان ۋاقتى: ‎{start}‏ — ‎{end}</translation>
    </message>
</context>
<context>
    <name>TownshipDrilldown</name>
    <message>
        <source>{name} — indicators</source>
        <translation>{name} — كۆرسەتكۈچلەر</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>كۆرسەتكۈچ</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>ئەمەلگە ئاشقىنى</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>نىشان</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ھالىتى</translation>
    </message>
    <message>
        <source>Read-only: the township owns these records and corrects them itself.</source>
        <translation>پەقەت كۆرۈشكىلا بولىدۇ: بۇ خاتىرىلەر يېزا-بازارغا تەۋە، ئۇلارنى يېزا-بازار ئۆزى تۈزىتىدۇ.</translation>
    </message>
</context>
<context>
    <name>TrainingSpec</name>
    <message>
        <source>New training</source>
        <translation>يېڭى تەربىيەلەش</translation>
    </message>
    <message>
        <source>Edit training</source>
        <translation>تەربىيەلەشنى تەھرىرلەش</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>تەربىيەلەش نامى</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>تەربىيەلەش تېمىسى</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>ئۆتكۈزۈلگەن چېسلا</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>دەرس ئۆتكۈچى</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>دەرس ۋاقتى (سائەت)</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>ئۆتكۈزۈلگەن جاي</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>تەربىيەلەش مەزمۇنى</translation>
    </message>
    <message>
        <source>Trainings</source>
        <translation>تەربىيەلەشلەر</translation>
    </message>
    <message>
        <source>Attendances</source>
        <translation>ئادەم-قېتىم</translation>
    </message>
    <message>
        <source>Title, trainer or place</source>
        <translation>تەربىيەلەش نامى، دەرس ئۆتكۈچى ياكى جاي</translation>
    </message>
    <message>
        <source>Topic:</source>
        <translation>تېما:</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>بارلىق تېمىلار</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>ئاي:</translation>
    </message>
    <message>
        <source>All months</source>
        <translation>بارلىق ئايلار</translation>
    </message>
    <message>
        <source>No trainings recorded yet. Press “New…” (Ctrl+N) after a training, then add who attended.</source>
        <translation>تېخى تەربىيەلەش خاتىرىلەنمىدى. تەربىيەلەش ئاخىرلاشقاندىن كېيىن «يېڭى…» (Ctrl+N) نى بېسىپ خاتىرىلەڭ، ئاندىن قاتناشقانلارنى قوشۇڭ.</translation>
    </message>
    <message>
        <source>No training matches these filters.</source>
        <translation>بۇ سۈزگۈچكە ماس كېلىدىغان تەربىيەلەش يوق.</translation>
    </message>
</context>
<context>
    <name>TrainingsPage</name>
    <message>
        <source>Print sign-in sheet…</source>
        <translation>ئىمزا جەدۋىلىنى بېسىش…</translation>
    </message>
    <message>
        <source>Blank, or filled in</source>
        <translation>قۇرۇق ياكى تولدۇرۇلغان ئىمزا جەدۋىلى</translation>
    </message>
</context>
<context>
    <name>TranchePanel</name>
    <message>
        <source>yuan</source>
        <translation>يۈەن</translation>
    </message>
    <message>
        <source>Plan tranches of 50 %, 30 % and 20 %</source>
        <translation>50 %، 30 % ۋە 20 % بويىچە باسقۇچلارنى ئورۇنلاشتۇرۇش</translation>
    </message>
    <message>
        <source>Grant:</source>
        <translation>ياردەم پۇلى:</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>باسقۇچ</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>نىسبىتى</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>سومما (يۈەن)</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>ئاجرىتىش شەرتى</translation>
    </message>
    <message>
        <source>Condition met</source>
        <translation>شەرت ئەمەلگە ئاشقان ۋاقىت</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>ئاجرىتىلغان ۋاقتى</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ھالىتى</translation>
    </message>
    <message>
        <source>e.g. 2024-05-01</source>
        <translation>2024-05-01</translation>
    </message>
    <message>
        <source>Condition met on this day</source>
        <translation>شەرت مۇشۇ كۈنى ئەمەلگە ئاشتى</translation>
    </message>
    <message>
        <source>Paid on this day</source>
        <translation>مۇشۇ كۈنى ئاجرىتىلدى</translation>
    </message>
    <message>
        <source>Selected tranche:</source>
        <translation>تاللانغان باسقۇچ:</translation>
    </message>
    <message>
        <source>Choose a winning entry in the ranking to plan and record its grant tranches.</source>
        <translation>ياردەم پۇلىنى باسقۇچلۇق ئاجرىتىشنى ئورۇنلاشتۇرۇش ۋە خاتىرىلەش ئۈچۈن رەت تەرتىپىدىن مۇكاپاتلانغان بىر تۈرنى تاللاڭ.</translation>
    </message>
    <message>
        <source>Only winning entries receive a grant in tranches; this entry&apos;s result is “{result}”.</source>
        <translation>پەقەت مۇكاپاتلانغان تۈرلەرگىلا ياردەم پۇلى باسقۇچلۇق ئاجرىتىلىدۇ؛ بۇ تۈرنىڭ باھالاش نەتىجىسى: «{result}».</translation>
    </message>
    <message>
        <source>No tranches planned yet. Check the grant and plan them: 50 % at contract, 30 % at mid-term and 20 % at final acceptance.</source>
        <translation>تېخى باسقۇچلار ئورۇنلاشتۇرۇلمىدى. ياردەم پۇلىنى تەكشۈرۈپ ئورۇنلاشتۇرۇڭ: توختام تۈزۈلگەندە 50 %، ئوتتۇرا مۇددەتلىك تەكشۈرۈپ قوبۇل قىلغاندا 30 %، ئاخىرقى تەكشۈرۈپ قوبۇل قىلغاندا 20 %.</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>ئاجرىتىلدى</translation>
    </message>
    <message>
        <source>Can be paid</source>
        <translation>ئاجرىتىشقا بولىدۇ</translation>
    </message>
    <message>
        <source>Waiting for the condition</source>
        <translation>شەرتنىڭ ئەمەلگە ئېشىشىنى كۈتۈۋاتىدۇ</translation>
    </message>
    <message>
        <source>Waiting for the earlier tranche</source>
        <translation>ئالدىنقى باسقۇچنى كۈتۈۋاتىدۇ</translation>
    </message>
    <message>
        <source>Tranches planned.</source>
        <translation>باسقۇچلار ئورۇنلاشتۇرۇلدى.</translation>
    </message>
    <message>
        <source>Type the date first.</source>
        <translation>ئالدى بىلەن چېسلانى كىرگۈزۈڭ.</translation>
    </message>
    <message>
        <source>Recorded: the condition of tranche {number} was met on {day}.</source>
        <translation>خاتىرىلەندى: {number}-باسقۇچنىڭ شەرتى ‎{day} كۈنى ئەمەلگە ئاشتى.</translation>
    </message>
    <message>
        <source>Recorded: tranche {number} was paid on {day}.</source>
        <translation>خاتىرىلەندى: {number}-باسقۇچ ‎{day} كۈنى ئاجرىتىلدى.</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>Monthly trend</source>
        <translation>ئايلىق يۈزلىنىش</translation>
    </message>
    <message>
        <source>Indicator:</source>
        <translation>كۆرسەتكۈچ:</translation>
    </message>
    <message>
        <source>Added in the month</source>
        <translation>شۇ ئايدا قوشۇلغىنى</translation>
    </message>
    <message>
        <source>Running total</source>
        <translation>جۇغلانما</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>نىشان</translation>
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
        <translation>يېنىۋېلىش</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>تاقاش</translation>
    </message>
</context>
<context>
    <name>VaultKeeper</name>
    <message>
        <source>Key file passphrase</source>
        <extracomment>Key problems the clerk can solve by typing the passphrase (again).</extracomment>
        <translation>ئاچقۇچ ھۆججىتىنىڭ ئىمى</translation>
    </message>
    <message>
        <source>That passphrase was wrong. Enter the passphrase of this site&apos;s key file:</source>
        <translation>ئىم خاتا. بۇ ئورۇننىڭ ئاچقۇچ ھۆججىتىنىڭ ئىمىنى قايتا كىرگۈزۈڭ:</translation>
    </message>
    <message>
        <source>This site&apos;s keys are kept in a file locked with a passphrase. Enter the passphrase:</source>
        <translation>بۇ ئورۇننىڭ ئاچقۇچلىرى ئىم بىلەن قۇلۇپلانغان ھۆججەتتە ساقلانغان. ئىمنى كىرگۈزۈڭ:</translation>
    </message>
</context>
<context>
    <name>VocabLabels</name>
    <message>
        <source>Charity</source>
        <translation>ئاممىۋى پايدا ۋە خەير-ساخاۋەت</translation>
    </message>
    <message>
        <source>Everyday services</source>
        <translation>تۇرمۇش مۇلازىمىتى</translation>
    </message>
    <message>
        <source>Community affairs</source>
        <translation>مەھەللە ئىشلىرى</translation>
    </message>
    <message>
        <source>Culture and sports</source>
        <translation>مەدەنىيەت-تەنتەربىيە</translation>
    </message>
    <message>
        <source>Interested</source>
        <translation>نىيەت بىلدۈرگەن</translation>
    </message>
    <message>
        <source>Moved in</source>
        <translation>بازىغا كىرگەن</translation>
    </message>
    <message>
        <source>Incubating</source>
        <translation>يېتىشتۈرۈلۈۋاتىدۇ</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>ئەنگە ئالدۇرۇلغان</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>تىزىملىتىلغان</translation>
    </message>
    <message>
        <source>Graduated</source>
        <translation>مۇستەقىل بولغان</translation>
    </message>
    <message>
        <source>Exited</source>
        <translation>چېكىنگەن</translation>
    </message>
    <message>
        <source>District civil-affairs bureau</source>
        <translation>رايونلۇق پۇقرالار ئىشلىرى ئىدارىسى</translation>
    </message>
    <message>
        <source>Township incubation base</source>
        <translation>يېزا يېتىشتۈرۈش بازىسى</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>ئىجتىمائىي تەشكىلات</translation>
    </message>
    <message>
        <source>Village or community</source>
        <translation>كەنت (مەھەللە)</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>خادىم</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>تەربىيەلەش</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>مۇلازىمەت پائالىيىتى</translation>
    </message>
    <message>
        <source>Case study</source>
        <translation>تىپىك مىسال</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>ئۇلانغان مەنبە</translation>
    </message>
    <message>
        <source>Venture contest</source>
        <translation>ئاممىۋى پايدا مۇسابىقىسى</translation>
    </message>
    <message>
        <source>Contest entry</source>
        <translation>مۇسابىقە تۈرى</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>تۈر</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>ئاشكارا ئېلان</translation>
    </message>
    <message>
        <source>Elderly</source>
        <translation>ياشانغانلار</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>مېيىپلەر</translation>
    </message>
    <message>
        <source>Children and youth</source>
        <translation>بالىلار ۋە ئۆسمۈرلەر</translation>
    </message>
    <message>
        <source>Relief for families in need</source>
        <translation>قىيىنچىلىقى بار ئائىلىلەرگە ياردەم</translation>
    </message>
    <message>
        <source>Marriage and family</source>
        <translation>نىكاھ ۋە ئائىلە</translation>
    </message>
    <message>
        <source>Mediation</source>
        <translation>نىزالارنى كېلىشتۈرۈش</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>مۇھىت</translation>
    </message>
    <message>
        <source>Culture</source>
        <translation>مەدەنىيەت</translation>
    </message>
    <message>
        <source>Volunteering</source>
        <translation>پىدائىي مۇلازىمەت</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>باشقا</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>سورۇن</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>مەبلەغ</translation>
    </message>
    <message>
        <source>Professional guidance</source>
        <translation>كەسپىي يېتەكچىلىك</translation>
    </message>
    <message>
        <source>Capacity building</source>
        <translation>ئىقتىدار يېتىلدۈرۈش</translation>
    </message>
    <message>
        <source>Filing with the township</source>
        <translation>يېزا-بازاردا ئەنگە ئالدۇرۇش</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>تىزىملىتىش</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>بىر تەرەپ قىلىنىۋاتىدۇ</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>تاماملاندى</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>قايتۇرۇۋېلىندى</translation>
    </message>
    <message>
        <source>Not handed in</source>
        <translation>تاپشۇرۇلمىغان</translation>
    </message>
    <message>
        <source>Handed in</source>
        <translation>تاپشۇرۇلغان</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>تەكشۈرۈلگەن</translation>
    </message>
    <message>
        <source>Application form</source>
        <translation>ئىلتىماس جەدۋىلى</translation>
    </message>
    <message>
        <source>Articles of association</source>
        <translation>نىزامنامە</translation>
    </message>
    <message>
        <source>Leader&apos;s proof of identity</source>
        <translation>مەسئۇلنىڭ كىملىك ئىسپاتى</translation>
    </message>
    <message>
        <source>Proof of premises</source>
        <translation>سورۇن ئىسپاتى</translation>
    </message>
    <message>
        <source>List of members</source>
        <translation>ئەزالار تىزىملىكى</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>مەسئۇل</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>پىدائىي</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>تەربىيەلەنگۈچى</translation>
    </message>
    <message>
        <source>Social worker</source>
        <translation>ئىجتىمائىي خىزمەتچى</translation>
    </message>
    <message>
        <source>Project staff</source>
        <translation>تۈر خادىمى</translation>
    </message>
    <message>
        <source>Assistant social worker</source>
        <translation>ياردەمچى ئىجتىمائىي خىزمەتچى</translation>
    </message>
    <message>
        <source>Intermediate social worker</source>
        <translation>ئوتتۇرا دەرىجىلىك ئىجتىمائىي خىزمەتچى</translation>
    </message>
    <message>
        <source>Senior social worker</source>
        <translation>يۇقىرى دەرىجىلىك ئىجتىمائىي خىزمەتچى</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>ئەر</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>ئايال</translation>
    </message>
    <message>
        <source>Civil-affairs policy</source>
        <translation>پۇقرالار ئىشلىرى سىياسىتى</translation>
    </message>
    <message>
        <source>Good governance</source>
        <translation>قېلىپلاشقان باشقۇرۇش</translation>
    </message>
    <message>
        <source>Social work</source>
        <translation>ئىجتىمائىي خىزمەت بىلىملىرى</translation>
    </message>
    <message>
        <source>Project management</source>
        <translation>تۈر باشقۇرۇش</translation>
    </message>
    <message>
        <source>Party building</source>
        <translation>پارتىيە قۇرۇلۇشى</translation>
    </message>
    <message>
        <source>Casework</source>
        <translation>يەككە دېلو خىزمىتى</translation>
    </message>
    <message>
        <source>Group work</source>
        <translation>گۇرۇپپا خىزمىتى</translation>
    </message>
    <message>
        <source>Community activity</source>
        <translation>مەھەللە پائالىيىتى</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>كارخانا</translation>
    </message>
    <message>
        <source>Charitable organization</source>
        <translation>خەير-ساخاۋەت تەشكىلاتى</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>شەخس</translation>
    </message>
    <message>
        <source>Public institution</source>
        <translation>ئورگان ۋە كەسپىي ئورۇن</translation>
    </message>
    <message>
        <source>Other donor</source>
        <translation>باشقا</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>نەق پۇل</translation>
    </message>
    <message>
        <source>In kind</source>
        <translation>ماددىي بۇيۇم</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>مۇلازىمەت</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>قاتناشقان</translation>
    </message>
    <message>
        <source>Finalist</source>
        <translation>ھەل قىلغۇچ مۇسابىقىگە كىرگەن</translation>
    </message>
    <message>
        <source>Winner</source>
        <translation>مۇكاپاتلانغان</translation>
    </message>
    <message>
        <source>Best idea award</source>
        <translation>ئېسىل ئىجادىيەت مۇكاپاتى</translation>
    </message>
    <message>
        <source>Not awarded</source>
        <translation>مۇكاپاتلانمىغان</translation>
    </message>
    <message>
        <source>Contract signed</source>
        <translation>توختام تۈزۈلگەن</translation>
    </message>
    <message>
        <source>Mid-term acceptance</source>
        <translation>ئوتتۇرا مۇددەتلىك تەكشۈرۈپ قوبۇل قىلىش</translation>
    </message>
    <message>
        <source>Final acceptance</source>
        <translation>ئاخىرقى تەكشۈرۈپ قوبۇل قىلىش</translation>
    </message>
    <message>
        <source>Personnel</source>
        <translation>خادىملار چىقىمى</translation>
    </message>
    <message>
        <source>Service costs</source>
        <translation>مۇلازىمەت چىقىمى</translation>
    </message>
    <message>
        <source>Evaluation and other</source>
        <translation>باھالاش ۋە باشقا چىقىملار</translation>
    </message>
    <message>
        <source>Marriage-custom promotion</source>
        <translation>نىكاھ ئۆرپ-ئادىتى تەشۋىقاتى</translation>
    </message>
    <message>
        <source>Family counselling</source>
        <translation>نىكاھ ۋە ئائىلە مەسلىھەتچىلىكى</translation>
    </message>
</context>
<context>
    <name>Workspaces</name>
    <message>
        <source>District summary</source>
        <extracomment>Where a search hit of each record kind (as the core names kinds) is shown. The district bureau&apos;s consolidation workspace: listed first, and only on a district site.</extracomment>
        <translation>ناھىيە خۇلاسىسى</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>باش بەت</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>ئىجتىمائىي تەشكىلاتلار</translation>
    </message>
    <message>
        <source>People</source>
        <translation>خادىملار</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>تىزىملاش</translation>
    </message>
    <message>
        <source>Trainings</source>
        <translation>تەربىيەلەش</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>مۇلازىمەت پائالىيەتلىرى</translation>
    </message>
    <message>
        <source>Case studies</source>
        <translation>تىپىك مىساللار</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>مەنبە ئۇلاش</translation>
    </message>
    <message>
        <source>Venture contests</source>
        <translation>ئاممىۋى پايدا مۇسابىقىسى</translation>
    </message>
    <message>
        <source>Projects &amp; budget</source>
        <translation>تۈر ۋە خامچوت</translation>
    </message>
    <message>
        <source>Service files</source>
        <translation>مۇلازىمەت ئارخىپى</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>كۆرسەتكۈچلەر</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>ماس قەدەملەش</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>تەڭشەك</translation>
    </message>
</context>
</TS>
