<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>ActionCollection</name>
    <message>
        <source>&amp;Open from Site…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open a page of a WordPress site</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Publish to Site…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send the policy to its WordPress page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/actions.py" line="78" />
        <source>&amp;New Empty Policy</source>
        <extracomment>name -&gt; shortcuts (standard keys first, so each platform gets its own conventions). Actions whose keys belong to the outline only (Delete and F2 must still work in text fields).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/actions.py" line="78" />
        <source>Start a new, empty policy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/actions.py" line="80" />
        <source>New from &amp;Sample Policy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/actions.py" line="81" />
        <source>Start a new policy from the bundled French privacy policy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/actions.py" line="84" />
        <source>&amp;Open…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/actions.py" line="85" />
        <source>Open a policy, or import a WordPress, Word, HTML or Markdown file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/actions.py" line="87" />
        <source>&amp;Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/actions.py" line="87" />
        <source>Save the policy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/actions.py" line="88" />
        <source>Save &amp;As…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/actions.py" line="88" />
        <source>Save the policy under a new name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/actions.py" line="89" />
        <source>&amp;Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/actions.py" line="89" />
        <source>Close the policy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/actions.py" line="90" />
        <source>Clear the List</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/actions.py" line="90" />
        <source>Forget the recently opened files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/actions.py" line="91" />
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/actions.py" line="91" />
        <source>Quit Policy Editor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/actions.py" line="92" />
        <source>&amp;Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/actions.py" line="92" />
        <source>Undo the last change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/actions.py" line="93" />
        <source>&amp;Redo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/actions.py" line="93" />
        <source>Redo the last undone change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/actions.py" line="94" />
        <source>&amp;Find…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/actions.py" line="94" />
        <source>Find text in the policy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/actions.py" line="95" />
        <source>Find &amp;Next</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/actions.py" line="95" />
        <source>Find the next occurrence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/actions.py" line="96" />
        <source>Find &amp;Previous</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/actions.py" line="96" />
        <source>Find the previous occurrence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/actions.py" line="97" />
        <source>Add &amp;Section</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/actions.py" line="97" />
        <source>Add a section after the selected one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/actions.py" line="98" />
        <source>Add S&amp;ubsection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/actions.py" line="98" />
        <source>Add a subsection inside the selected section</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/actions.py" line="99" />
        <source>&amp;Rename</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/actions.py" line="99" />
        <source>Rename the selected section</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/actions.py" line="100" />
        <source>&amp;Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/actions.py" line="100" />
        <source>Delete the selected section and its subsections</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/actions.py" line="101" />
        <source>Move &amp;Up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/actions.py" line="101" />
        <source>Move the section before the previous one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/actions.py" line="102" />
        <source>Move Do&amp;wn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/actions.py" line="102" />
        <source>Move the section after the next one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/actions.py" line="103" />
        <source>&amp;Indent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/actions.py" line="103" />
        <source>Make the section a subsection of the one above</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/actions.py" line="104" />
        <source>&amp;Outdent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/actions.py" line="104" />
        <source>Make the section a sibling of its parent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/actions.py" line="106" />
        <source>&amp;Whole Document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/actions.py" line="107" />
        <source>Show all sections in one continuous editor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/actions.py" line="109" />
        <source>&amp;Preview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/actions.py" line="109" />
        <source>Show or hide the preview of the page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/actions.py" line="110" />
        <source>&amp;About Policy Editor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/actions.py" line="110" />
        <source>Version and licence</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DiffView</name>
    <message>
        <location filename="../editor/gui/diff_view.py" line="61" />
        <source>The two versions are identical.</source>
        <extracomment>Lines of unchanged context shown around each change.</extracomment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FileWatcher</name>
    <message>
        <location filename="../editor/gui/file_watcher.py" line="186" />
        <source>Cannot Reload</source>
        <extracomment>Events closer together than this are one change (sync tools write in several steps), in ms.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/file_watcher.py" line="188" />
        <location filename="../editor/gui/file_watcher.py" line="226" />
        <source>Reload from Disk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/file_watcher.py" line="201" />
        <source>(the file on disk cannot be read: {reason})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/file_watcher.py" line="205" />
        <source>Changes on Disk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/file_watcher.py" line="208" />
        <source>open in Policy Editor (mine)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/file_watcher.py" line="209" />
        <source>on disk: {path}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/file_watcher.py" line="218" />
        <location filename="../editor/gui/file_watcher.py" line="258" />
        <source>File Changed on Disk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/file_watcher.py" line="220" />
        <source>“{name}” was changed by another program.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/file_watcher.py" line="222" />
        <source>You also have changes that are not saved. Which version do you want to keep?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/file_watcher.py" line="224" />
        <source>Load the version on disk, or keep the one open here?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/file_watcher.py" line="228" />
        <source>Keep Mine</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/file_watcher.py" line="230" />
        <source>Compare…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/file_watcher.py" line="243" />
        <source>File Deleted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/file_watcher.py" line="245" />
        <source>“{name}” was deleted or moved by another program.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/file_watcher.py" line="247" />
        <source>Your text stays open here and is marked as not saved. Save it to write the file again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/file_watcher.py" line="260" />
        <source>“{name}” was changed by another program since you opened it. Replace it with your version? (The version on disk is kept as a backup, “{backup}”.)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../editor/gui/find_bar.py" line="41" />
        <source>Find:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/find_bar.py" line="42" />
        <source>Previous</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/find_bar.py" line="43" />
        <source>Next</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/find_bar.py" line="44" />
        <source>Close the find bar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/find_bar.py" line="55" />
        <source>Not found</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LockWarning</name>
    <message>
        <location filename="../editor/gui/lock_warning.py" line="77" />
        <source>It is already open in another window of Policy Editor.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/lock_warning.py" line="78" />
        <source>It is already open in Policy Editor on “{host}” (process {pid}, since {since}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/lock_warning.py" line="84" />
        <source>Document Already Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/lock_warning.py" line="86" />
        <source>“{name}” is open somewhere else.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/lock_warning.py" line="90" />
        <source>If you edit it in two places, the last one saved replaces the other's changes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/lock_warning.py" line="92" />
        <source>Open Anyway</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/lock_warning.py" line="94" />
        <source>Close It Here</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../editor/gui/mainwindow.py" line="181" />
        <location filename="../editor/gui/mainwindow.py" line="384" />
        <source>Untitled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/mainwindow.py" line="182" />
        <source>%1[*] — Policy Editor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/mainwindow.py" line="281" />
        <source>Cannot open the sample policy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/mainwindow.py" line="289" />
        <source>Open a Policy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/mainwindow.py" line="299" />
        <source>Policies and importable files (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/mainwindow.py" line="300" />
        <location filename="../editor/gui/mainwindow.py" line="400" />
        <source>Policy Editor files (*.policy.md)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/mainwindow.py" line="301" />
        <source>All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/mainwindow.py" line="315" />
        <source>Cannot open the file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/mainwindow.py" line="326" />
        <source>Opened %1 with notes:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/mainwindow.py" line="332" />
        <location filename="../editor/gui/mainwindow.py" line="340" />
        <source>Cannot save yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/mainwindow.py" line="356" />
        <source>Saved %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/mainwindow.py" line="385" />
        <source>Unsaved Changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/mainwindow.py" line="386" />
        <source>Save the changes to “%1” before closing it?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/mainwindow.py" line="387" />
        <source>Your changes will be lost if you don't save them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/mainwindow.py" line="398" />
        <source>Save the Policy As</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/mainwindow.py" line="407" />
        <source>Edits Not Applied</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/mainwindow.py" line="409" />
        <source>The whole document cannot be applied:
%1

Discard the edits made since the last pause?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/mainwindow.py" line="424" />
        <source>About Policy Editor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/mainwindow.py" line="426" />
        <source>Policy Editor %1

Edit a website's legal policies as a tree of sections, with a live preview.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MarkdownHighlighter</name>
    <message>
        <location filename="../editor/gui/highlighter.py" line="106" />
        <source>No-break space (U+00A0)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/highlighter.py" line="108" />
        <source>Narrow no-break space (U+202F)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MenuBuilder</name>
    <message>
        <source>&amp;WordPress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/menus.py" line="93" />
        <source>&amp;File</source>
        <extracomment>Menu layout: (menu object name, action names; None = separator; "recent" = the recent-files submenu). The outline's context menu.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/menus.py" line="94" />
        <source>&amp;Edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/menus.py" line="95" />
        <source>&amp;Section</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/menus.py" line="96" />
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/menus.py" line="97" />
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/menus.py" line="101" />
        <source>Open &amp;Recent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/menus.py" line="102" />
        <source>Main Toolbar</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NoticeBanner</name>
    <message>
        <location filename="../editor/gui/banner.py" line="75" />
        <source>Hide these notes</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../editor/gui/banner.py" line="78" />
        <source>Imported from %1, not saved yet. The import left %n note(s):</source>
        <translation><numerusform>Imported from %1, not saved yet. The import left %n note:</numerusform><numerusform>Imported from %1, not saved yet. The import left %n notes:</numerusform></translation>
    </message>
    <message>
        <location filename="../editor/gui/banner.py" line="85" />
        <source>Show Fewer</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../editor/gui/banner.py" line="87" />
        <source>Show All %n Notes</source>
        <translation><numerusform>Show All %n Notes</numerusform><numerusform>Show All %n Notes</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../editor/gui/banner.py" line="89" />
        <source>… and %n more.</source>
        <translation><numerusform>… and %n more.</numerusform><numerusform>… and %n more.</numerusform></translation>
    </message>
</context>
<context>
    <name>OutlineModel</name>
    <message>
        <location filename="../editor/gui/outline_model.py" line="139" />
        <source>(untitled section)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../editor/gui/outline_model.py" line="152" />
        <source>%n word(s) in this section</source>
        <translation><numerusform>%n word in this section</numerusform><numerusform>%n words in this section</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../editor/gui/outline_model.py" line="154" />
        <source>%n word(s) with its subsections</source>
        <translation><numerusform>%n word with its subsections</numerusform><numerusform>%n words with its subsections</numerusform></translation>
    </message>
    <message>
        <location filename="../editor/gui/outline_model.py" line="176" />
        <source>Rename Section</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/outline_model.py" line="230" />
        <source>Move Section</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../editor/gui/preview.py" line="63" />
        <source>Preview</source>
        <extracomment>Link schemes opened in the system browser (or mail program) when clicked. A structure change moving up to this many sections (or an eighth of them) is applied in place. Pixels left above a section's heading when the preview scrolls to it. An http(s) or mailto link was clicked and handed to the system (the URL). The preview now shows the latest policy: the ids of the sections patched, or () after a rebuild.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/preview.py" line="64" />
        <source>The preview of the page appears here once the policy has sections.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../editor/gui/recovery_dialog.py" line="48" />
        <source>Recover Unsaved Work</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/recovery_dialog.py" line="54" />
        <source>Policy Editor was not closed normally. The changes below were not saved; choose what to do with each document.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/recovery_dialog.py" line="76" />
        <source>Restore</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/recovery_dialog.py" line="79" />
        <source>Discard…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/recovery_dialog.py" line="81" />
        <source>Decide Later</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/recovery_dialog.py" line="83" />
        <source>Keep the unsaved changes; they are offered again at the next start.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/recovery_dialog.py" line="94" />
        <source>Some recovery files cannot be read and were left as they are:
{files}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/recovery_dialog.py" line="109" />
        <source>never saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/recovery_dialog.py" line="115" />
        <location filename="../editor/gui/recovery_dialog.py" line="181" />
        <source>Untitled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/recovery_dialog.py" line="116" />
        <source>(no title)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/recovery_dialog.py" line="117" />
        <source>{title}
{name} — {time}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/recovery_dialog.py" line="133" />
        <source>This document was never saved. Restoring it brings back all of its text.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/recovery_dialog.py" line="135" />
        <source>The saved file “{path}” is missing or cannot be read: all of the text is shown.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/recovery_dialog.py" line="139" />
        <source>Unsaved changes to “{path}”, last recorded {time}:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/recovery_dialog.py" line="144" />
        <source>saved file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/recovery_dialog.py" line="144" />
        <source>unsaved changes (would be restored)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/recovery_dialog.py" line="169" />
        <source>Cannot Restore</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/recovery_dialog.py" line="182" />
        <source>Discard Unsaved Changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/recovery_dialog.py" line="184" />
        <source>Discard the unsaved changes to “{name}”?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/recovery_dialog.py" line="185" />
        <source>They will be deleted for good; this cannot be undone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/recovery_dialog.py" line="186" />
        <source>Discard</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SectionEditor</name>
    <message>
        <location filename="../editor/gui/section_editor.py" line="53" />
        <source>Section title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/section_editor.py" line="54" />
        <source>Write the section in Markdown…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/section_editor.py" line="55" />
        <source>No section selected.
Add one with Section ▸ Add Section.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/section_editor.py" line="101" />
        <source>Typing in the title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/section_editor.py" line="106" />
        <source>Typing</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SectionOperations</name>
    <message>
        <location filename="../editor/gui/section_operations.py" line="34" />
        <source>Move Section Up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/section_operations.py" line="35" />
        <source>Move Section Down</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/section_operations.py" line="36" />
        <source>Indent Section</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/section_operations.py" line="38" />
        <source>Outdent Section</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/section_operations.py" line="81" />
        <source>New section</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/section_operations.py" line="84" />
        <source>Add Section</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/section_operations.py" line="101" />
        <source>Delete Section</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <location filename="../editor/gui/statusbar.py" line="50" />
        <source>French, narrow no-break spaces</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/statusbar.py" line="51" />
        <source>French, no-break spaces</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/statusbar.py" line="53" />
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/statusbar.py" line="61" />
        <source>No section</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/statusbar.py" line="62" />
        <source>—</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/statusbar.py" line="64" />
        <source>(untitled section)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/statusbar.py" line="65" />
        <source>Section: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../editor/gui/statusbar.py" line="66" />
        <source>%n word(s)</source>
        <translation><numerusform>%n word</numerusform><numerusform>%n words</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../editor/gui/statusbar.py" line="68" />
        <source>%1 in this section · %n word(s) in the document</source>
        <translation><numerusform>%1 in this section · %n word in the document</numerusform><numerusform>%1 in this section · %n words in the document</numerusform></translation>
    </message>
    <message>
        <location filename="../editor/gui/statusbar.py" line="72" />
        <source>Typography: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WholeDocumentEditor</name>
    <message>
        <location filename="../editor/gui/whole_document.py" line="95" />
        <source>Whole document: each line like “## Title {#id}” starts a section. Type “## New title {#}” to add a section; edits apply when you pause.</source>
        <extracomment>Pause in typing after which edits are applied to the document.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/whole_document.py" line="161" />
        <source>Not applied yet: {problem}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/whole_document.py" line="171" />
        <source>Edit in Whole Document</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WorkSafety</name>
    <message>
        <location filename="../editor/gui/work_safety.py" line="88" />
        <source>Unsaved changes cannot be recorded for recovery: {reason}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/work_safety.py" line="142" />
        <source>Recovered Changes</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>the page was built with Elementor, which shows its own saved layout: the text was sent, but visitors see it only once the page is edited with Elementor or switched back to the block editor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“{url}” is not a web address (for example https://example.org)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{url}: plain http is refused except for localhost and 127.0.0.1: the application password would cross the network unencrypted; use the site’s https:// address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no WordPress site {url} is set up; add it first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no WordPress site is set up; add one first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>several WordPress sites are set up ({sites}); choose one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no application password for {user} at {url}: there is no system keyring to keep it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the application password is empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{url}: the site refused the user name or application password (401); check them in the user’s profile, Application Passwords</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{url}: the user may not do this on the site (403: {detail})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{url}: the page does not exist on the site any more (404; deleted or moved to the trash)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{url}: the site has no page “{ref}”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{url}: the site answered with a web page instead of REST API data ({detail}); a security plugin, a maintenance page or a wrong address is in the way</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{url}: the REST API is disabled or blocked on this site ({detail}); it is needed to read and write pages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{url}: the site did not answer within {seconds} s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{url}: the secure connection failed ({detail}); the site’s certificate is not trusted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{url}: cannot reach the site ({detail})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{url}: the site redirects to {target}; credentials are never sent to another address: use that address for the site if it is the right one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{url}: the site failed with a server error ({status}); this request changed nothing, try again later</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{url}: the site refused the request ({status}: {detail})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{url}: the site’s answer is not valid JSON ({detail})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cancelled; the step that was running changed nothing on the site</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{path}: this policy does not come from a WordPress site</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{path}: the import of this page was cut off (section “{section}” is incomplete)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the page “{title}” (ID {id}) changed on {site} since it was pulled (modified {theirs} UTC, pulled at {ours} UTC); nothing was sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{path}: this policy comes from {origin}, not from {site}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>embedded image {index} is not an image type WordPress accepts ({mime})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="20" />
        <source>the file is not UTF-8 text ({detail})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="21" />
        <source>the file does not start with a “---” metadata header</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="24" />
        <source>the metadata header is not closed by a “---” line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="27" />
        <source>this header line is not “key: value”: {text}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="28" />
        <source>the header key “{key}” appears twice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="29" />
        <source>bad value for “{key}”: {detail}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="30" />
        <source>a level {level} heading follows a level {previous} heading: a level can only go one deeper</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="33" />
        <source>the section id “{id}” is used twice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="34" />
        <source>the section id “{id}” is not valid (ASCII letters, digits, “-” or “_”, at most 40)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="37" />
        <source>this file was written by a newer Policy Editor (format {version})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="40" />
        <source>there is no section with the id “{id}”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="41" />
        <source>the section id “{id}” is already used</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="42" />
        <source>“{id}” is not a valid section id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="43" />
        <source>a top-level section cannot be outdented</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="44" />
        <source>the first section of a level cannot be indented: there is no section above it to go under</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="47" />
        <source>a level {level} section cannot hold a level {child_level} subsection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="50" />
        <source>heading levels go from 1 to 6; this would make level {level}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="53" />
        <source>a section cannot be moved into itself or into one of its subsections</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="56" />
        <source>position {index} is outside 0..{size}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="57" />
        <source>there is no next section to merge with</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="58" />
        <source>line {line} of the section is not a heading</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="59" />
        <source>the section is already at the edge of its level</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="60" />
        <source>the file does not exist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="61" />
        <source>this is a folder, not a file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="62" />
        <source>the file cannot be read ({detail})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="63" />
        <source>the file cannot be written ({detail})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="64" />
        <source>the file is too large ({size} bytes; the limit is {limit})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="67" />
        <source>this kind of file cannot be opened (known: {known})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="70" />
        <source>unknown output format “{format}” (known: {known})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="73" />
        <source>{detail}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="75" />
        <source>removed {count} &lt;{tag}&gt; element(s): active or embedded content is never imported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="78" />
        <source>removed {count} event handler attribute(s) (onclick, onload, ...)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="81" />
        <source>{count} element(s) nested deeper than {limit} levels were flattened (their text is kept)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="84" />
        <source>heading level {level} follows level {previous}: imported as level {used}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="87" />
        <source>an empty h{level} heading was left out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="88" />
        <source>{count} link(s) with an unsafe target (javascript:, data:, ...) kept as plain text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="91" />
        <source>{count} image(s) with an unsupported source left out (their alt text is kept)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="94" />
        <source>rebuilt a missing &lt;{tag}&gt; from its surviving &lt;/{tag}&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="97" />
        <source>rebuilt a missing link to {url} from its surviving &lt;/a&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="100" />
        <source>removed a &lt;/{tag}&gt; whose opening tag is lost (the text is kept)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="103" />
        <source>{count} line break(s) inside rebuilt paragraphs were read as &lt;br /&gt; (wpautop wrote one before every such newline)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="107" />
        <source>removed {count} stray block-editor comment(s) (&lt;!-- wp:... --&gt;) from the content</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="110" />
        <source>{count} dynamic block(s) &lt;!-- wp:{name} /--&gt; have no text in the page source and were not imported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="114" />
        <location filename="../editor/gui/messages.py" line="168" />
        <source>the file is empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="115" />
        <source>this is a binary file, not a WordPress JSON export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="116" />
        <source>this is not JSON (it should start with '{{' or '['; found {found!r})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="119" />
        <source>the JSON is broken at column {column} ({detail}) and cannot be repaired</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="122" />
        <source>the file is not UTF-8; it was read as Windows-1252</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="123" />
        <source>{count} raw line break(s) inside JSON strings were accepted as text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="126" />
        <source>the file is cut off at line {line} inside {inside}; it was closed there and everything after it is missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="130" />
        <source>repaired {count} shortcode attribute quote(s) that wptexturize had curled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="133" />
        <source>kept {count} [{tag}] shortcode(s) as text (not a known page-builder element)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="136" />
        <source>a [vc_raw_html] block could not be decoded; it is kept as text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="139" />
        <source>[{tag}] is not closed (the content ends first)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="142" />
        <source>the page had {count} WPBakery text blocks; a keep-builder export puts the edited content in one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="146" />
        <source>this JSON is not a WordPress page or post (no 'content' field; found {found})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="149" />
        <source>the JSON is an empty list: the lookup found no page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="150" />
        <source>the JSON holds {count} pages; export one page (or a lookup that finds one)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="153" />
        <source>this is a WordPress error response ({code}: {message}), not a page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="156" />
        <source>the page is password-protected and its content is not in the export (export it with ?context=edit and the password)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="160" />
        <source>the page content is empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="161" />
        <source>the export ends inside this section: its end is missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="162" />
        <source>the content is a plain string, not WordPress's {{rendered}} object; read as HTML</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="165" />
        <source>this is the embed shape, which has no content: only the title and fields were read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="169" />
        <source>this is a binary file, not {kind}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="170" />
        <source>the page declares an unknown character set {charset!r}; read as {used}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="173" />
        <source>the file is not UTF-8 and declares no character set; read as Windows-1252</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="176" />
        <source>{count} byte sequence(s) are not valid {charset} and were replaced by U+FFFD</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="179" />
        <source>the page has no text to import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="180" />
        <source>the file has no text to import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="181" />
        <source>{count} square bracket(s) nested deeper than {limit} levels were read as plain text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="184" />
        <source>this is not a Word .docx document ({detail})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="185" />
        <source>the Word document is damaged and cannot be read ({detail})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="188" />
        <source>the Word document is password-protected: open it in Word, remove the password (File &gt; Info &gt; Protect Document) and save it again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="192" />
        <source>this is an old Word 97-2003 .doc file: open it in Word or LibreOffice and save it as .docx</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="195" />
        <source>the document would expand to an unreasonable size ({detail}); it was not opened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="198" />
        <source>the document has tracked changes ({count}): they were imported as accepted (insertions kept, deletions left out); check the text against Word's final version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="202" />
        <source>the document has {count} comment(s); comments are not imported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="205" />
        <source>the document uses no heading styles: {count} short bold paragraph(s) were taken as section headings; check the outline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="209" />
        <source>the document uses no heading styles and has no bold title lines: it was imported as a single section</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="213" />
        <source>paragraph styles without a meaning here were imported as plain paragraphs: {styles}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="216" />
        <source>the document has no text to import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="217" />
        <source>the document is far larger than a policy ({detail}); it was not read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="238" />
        <source>{path}, line {line}: {reason}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="242" />
        <source>{path}: {reason}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="244" />
        <source>line {line}: {reason}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="251" />
        <source>{where}: {reason}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>templates</name>
    <message>
        <location filename="../editor/gui/templates.py" line="13" />
        <source>Untitled policy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor/gui/templates.py" line="14" />
        <source>Introduction</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>The Page Changed on the Site</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Struck out: only in the version you pulled. Underlined: added on the site since.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Pull Theirs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OpenFromSiteDialog</name>
    <message>
        <source>Open from WordPress Site</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add Site…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Page address, slug or ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;List Pages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Site:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Page:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(no title)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <source>Publish to WordPress Site</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pending review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Site:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Page:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status on the site now:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send as:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A published page is replaced by a draft when sent as a draft.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SiteDialog</name>
    <message>
        <source>Add a WordPress Site</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Users ▸ Profile ▸ Application Passwords</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Site address:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>User name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Application password:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>version hidden by the site</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>may edit pages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>may NOT edit pages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>WordPress %1 — signed in as %2 — %3</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WordPressController</name>
    <message>
        <source>Open from Site</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot open the page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot publish yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a new page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Publish to Site</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pull Theirs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing was published</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Publish</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sent to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No Keyring</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no system keyring: the password is kept until you quit, and asked again next time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Test Connection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>List Pages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot list the pages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” (ID %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Site:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Application Password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Application password of %1 at %2:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Publish %1 on %2? Visitors will see it at once.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Submit %1 on %2 for review?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Incomplete Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This policy comes from a cut-off import: section “%1” is incomplete. Sending it replaces the page with a shorter text. Send it anyway?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The page was sent as %1:
%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Open the Page</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>wp_task</name>
    <message>
        <source>Uploading image %1 of %2…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading from the site…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checking whether the page changed on the site…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sending the page…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connecting to the site…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Working…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>