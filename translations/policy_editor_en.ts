<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ActionCollection</name>
    <message>
        <location filename="../editor/gui/window/actions.py" line="81"/>
        <source>&amp;New Empty Policy</source>
        <extracomment>name -&gt; shortcuts (standard keys first, so each platform gets its own conventions). Actions whose keys belong to the outline only (Delete and F2 must still work in text fields).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="81"/>
        <source>Start a new, empty policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="83"/>
        <source>New from &amp;Sample Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="84"/>
        <source>Start a new policy from the bundled French privacy policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="87"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="88"/>
        <source>Open a policy, or import a WordPress, Word, HTML or Markdown file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="90"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="90"/>
        <source>Save the policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="91"/>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="91"/>
        <source>Save the policy under a new name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="92"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="92"/>
        <source>Close the policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="93"/>
        <source>Clear the List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="93"/>
        <source>Forget the recently opened files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="94"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="94"/>
        <source>Quit Policy Editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="95"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="95"/>
        <source>Undo the last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="96"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="96"/>
        <source>Redo the last undone change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="97"/>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="97"/>
        <source>Find text in the policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="98"/>
        <source>Find &amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="98"/>
        <source>Find the next occurrence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="99"/>
        <source>Find &amp;Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="99"/>
        <source>Find the previous occurrence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="100"/>
        <source>Add &amp;Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="100"/>
        <source>Add a section after the selected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="101"/>
        <source>Add S&amp;ubsection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="101"/>
        <source>Add a subsection inside the selected section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="102"/>
        <source>&amp;Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="102"/>
        <source>Rename the selected section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="103"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="103"/>
        <source>Delete the selected section and its subsections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="104"/>
        <source>Move &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="104"/>
        <source>Move the section before the previous one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="105"/>
        <source>Move Do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="105"/>
        <source>Move the section after the next one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="106"/>
        <source>&amp;Indent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="106"/>
        <source>Make the section a subsection of the one above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="107"/>
        <source>&amp;Outdent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="107"/>
        <source>Make the section a sibling of its parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="109"/>
        <source>&amp;Whole Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="110"/>
        <source>Show all sections in one continuous editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="112"/>
        <source>&amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="112"/>
        <source>Show or hide the preview of the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="122"/>
        <source>&amp;About Policy Editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="122"/>
        <source>Version and licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="114"/>
        <source>Legal &amp;Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="115"/>
        <source>Show what the policy covers of GDPR and French law (an aid for legal review)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="117"/>
        <source>&amp;Publish Version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="117"/>
        <source>Record the current text as a published version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="119"/>
        <source>Published &amp;Versions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="120"/>
        <source>List the published versions and compare them</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackgroundImport</name>
    <message>
        <location filename="../editor/gui/document/background_import.py" line="54"/>
        <source>Opening %1…</source>
        <translation>Opening %1…</translation>
    </message>
    <message>
        <location filename="../editor/gui/document/background_import.py" line="58"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <location filename="../editor/gui/legal/checklist_panel.py" line="107"/>
        <source>Legal Checklist</source>
        <extracomment>Pause after the last edit before the check runs again. (section id, text to select in it: the evidence sentence, or &quot;&quot; to just show the section)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/legal/checklist_panel.py" line="108"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/legal/checklist_panel.py" line="108"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/legal/checklist_panel.py" line="109"/>
        <source>Insert Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/legal/checklist_panel.py" line="110"/>
        <source>Add a heading for the selected missing item where it belongs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/legal/checklist_panel.py" line="112"/>
        <source>An aid for review by a lawyer, not legal advice: a complete checklist is not a legal opinion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/legal/checklist_panel.py" line="119"/>
        <source>covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/legal/checklist_panel.py" line="120"/>
        <source>partial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/legal/checklist_panel.py" line="121"/>
        <source>to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/legal/checklist_panel.py" line="122"/>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/legal/checklist_panel.py" line="170"/>
        <source>The checklist cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/legal/checklist_panel.py" line="190"/>
        <source>Does not seem to apply to this policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/legal/checklist_panel.py" line="192"/>
        <source>Recommended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/legal/checklist_panel.py" line="196"/>
        <source>Not found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/legal/checklist_panel.py" line="206"/>
        <source>%1 required item(s) missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/legal/checklist_panel.py" line="208"/>
        <source>No required item is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/legal/checklist_panel.py" line="256"/>
        <source>Insert Section “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/legal/checklist_panel.py" line="184"/>
        <source>not applicable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../editor/gui/legal/compare_view.py" line="61"/>
        <source>Compare %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/legal/compare_view.py" line="70"/>
        <source>Export Word Redline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/legal/compare_view.py" line="72"/>
        <source>Export HTML…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/legal/compare_view.py" line="74"/>
        <source>Copy Change Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/legal/compare_view.py" line="100"/>
        <source>Word documents (*.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/legal/compare_view.py" line="100"/>
        <source>Web pages (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/legal/compare_view.py" line="101"/>
        <source>Export the Comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/legal/compare_view.py" line="107"/>
        <source>Cannot export the comparison</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiffView</name>
    <message>
        <location filename="../editor/gui/safety/diff_view.py" line="61"/>
        <source>The two versions are identical.</source>
        <extracomment>Lines of unchanged context shown around each change.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileWatcher</name>
    <message>
        <location filename="../editor/gui/safety/file_watcher.py" line="190"/>
        <source>Cannot Reload</source>
        <extracomment>Events closer together than this are one change (sync tools write in several steps), in ms.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/file_watcher.py" line="192"/>
        <location filename="../editor/gui/safety/file_watcher.py" line="231"/>
        <source>Reload from Disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/file_watcher.py" line="206"/>
        <source>(the file on disk cannot be read: {reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/file_watcher.py" line="210"/>
        <source>Changes on Disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/file_watcher.py" line="213"/>
        <source>open in Policy Editor (mine)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/file_watcher.py" line="214"/>
        <source>on disk: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/file_watcher.py" line="223"/>
        <location filename="../editor/gui/safety/file_watcher.py" line="263"/>
        <source>File Changed on Disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/file_watcher.py" line="225"/>
        <source>“{name}” was changed by another program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/file_watcher.py" line="227"/>
        <source>You also have changes that are not saved. Which version do you want to keep?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/file_watcher.py" line="229"/>
        <source>Load the version on disk, or keep the one open here?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/file_watcher.py" line="233"/>
        <source>Keep Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/file_watcher.py" line="235"/>
        <source>Compare…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/file_watcher.py" line="248"/>
        <source>File Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/file_watcher.py" line="250"/>
        <source>“{name}” was deleted or moved by another program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/file_watcher.py" line="252"/>
        <source>Your text stays open here and is marked as not saved. Save it to write the file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/file_watcher.py" line="265"/>
        <source>“{name}” was changed by another program since you opened it. Replace it with your version? (The version on disk is kept as a backup, “{backup}”.)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../editor/gui/panels/find_bar.py" line="41"/>
        <source>Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/panels/find_bar.py" line="42"/>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/panels/find_bar.py" line="43"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/panels/find_bar.py" line="44"/>
        <source>Close the find bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/panels/find_bar.py" line="55"/>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalWarning</name>
    <message>
        <location filename="../editor/gui/safety/journal_warning.py" line="25"/>
        <source>⚠ Recovery copy not updated: save your work</source>
        <translation>⚠ Recovery copy not updated: save your work</translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/journal_warning.py" line="28"/>
        <source>Your unsaved changes cannot be recorded for recovery after a crash ({reason}). Free space in the state folder or save the policy; this warning goes away once recording works again.</source>
        <translation>Your unsaved changes cannot be recorded for recovery after a crash ({reason}). Free space in the state folder or save the policy; this warning goes away once recording works again.</translation>
    </message>
</context>
<context>
    <name>LegalTools</name>
    <message>
        <location filename="../editor/gui/legal/tools.py" line="70"/>
        <source>Save the Policy First</source>
        <extracomment>Characters of an evidence sentence looked for in the section text (Markdown may differ later on).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/legal/tools.py" line="71"/>
        <source>Published versions are kept next to the policy&apos;s file: save the policy first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockWarning</name>
    <message>
        <location filename="../editor/gui/safety/lock_warning.py" line="77"/>
        <source>It is already open in another window of Policy Editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/lock_warning.py" line="78"/>
        <source>It is already open in Policy Editor on “{host}” (process {pid}, since {since}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/lock_warning.py" line="84"/>
        <source>Document Already Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/lock_warning.py" line="86"/>
        <source>“{name}” is open somewhere else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/lock_warning.py" line="90"/>
        <source>If you edit it in two places, the last one saved replaces the other&apos;s changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/lock_warning.py" line="92"/>
        <source>Open Anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/lock_warning.py" line="94"/>
        <source>Close It Here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../editor/gui/mainwindow.py" line="184"/>
        <location filename="../editor/gui/mainwindow.py" line="389"/>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/mainwindow.py" line="185"/>
        <source>%1[*] — Policy Editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/mainwindow.py" line="284"/>
        <source>Cannot open the sample policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/mainwindow.py" line="292"/>
        <source>Open a Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/mainwindow.py" line="302"/>
        <source>Policies and importable files (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/mainwindow.py" line="303"/>
        <location filename="../editor/gui/mainwindow.py" line="405"/>
        <source>Policy Editor files (*.policy.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/mainwindow.py" line="304"/>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/mainwindow.py" line="318"/>
        <source>Cannot open the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/mainwindow.py" line="329"/>
        <source>Opened %1 with notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/mainwindow.py" line="335"/>
        <location filename="../editor/gui/mainwindow.py" line="343"/>
        <source>Cannot save yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/mainwindow.py" line="361"/>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/mainwindow.py" line="390"/>
        <source>Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/mainwindow.py" line="391"/>
        <source>Save the changes to “%1” before closing it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/mainwindow.py" line="392"/>
        <source>Your changes will be lost if you don&apos;t save them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/mainwindow.py" line="403"/>
        <source>Save the Policy As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/mainwindow.py" line="412"/>
        <source>Edits Not Applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/mainwindow.py" line="414"/>
        <source>The whole document cannot be applied:
%1

Discard the edits made since the last pause?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/mainwindow.py" line="429"/>
        <source>About Policy Editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/mainwindow.py" line="431"/>
        <source>Policy Editor %1

Edit a website&apos;s legal policies as a tree of sections, with a live preview.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MarkdownHighlighter</name>
    <message>
        <location filename="../editor/gui/text/highlighter.py" line="125"/>
        <source>No-break space (U+00A0)</source>
        <extracomment>A block state is ``fence * _CONTEXTS + context``: the open fence (0: none, its length for backticks, _TILDES + its length for tildes) and the list context of :func:`item_step`.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/text/highlighter.py" line="127"/>
        <source>Narrow no-break space (U+202F)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MenuBuilder</name>
    <message>
        <location filename="../editor/gui/window/menus.py" line="94"/>
        <source>&amp;File</source>
        <extracomment>Menu layout: (menu object name, action names; None = separator; &quot;recent&quot; = the recent-files submenu). The outline&apos;s context menu.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/window/menus.py" line="95"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/window/menus.py" line="96"/>
        <source>&amp;Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/window/menus.py" line="97"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/window/menus.py" line="98"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/window/menus.py" line="102"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/window/menus.py" line="103"/>
        <source>Main Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoticeBanner</name>
    <message>
        <location filename="../editor/gui/panels/banner.py" line="84"/>
        <source>Hide these notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../editor/gui/panels/banner.py" line="87"/>
        <source>Imported from %1, not saved yet. The import left %n note(s):</source>
        <translation>
            <numerusform>Imported from %1, not saved yet. The import left %n note:</numerusform>
            <numerusform>Imported from %1, not saved yet. The import left %n notes:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../editor/gui/panels/banner.py" line="94"/>
        <source>Show Fewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../editor/gui/panels/banner.py" line="96"/>
        <source>Show All %n Notes</source>
        <translation>
            <numerusform>Show All %n Notes</numerusform>
            <numerusform>Show All %n Notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../editor/gui/panels/banner.py" line="98"/>
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutlineModel</name>
    <message>
        <location filename="../editor/gui/outline/model.py" line="139"/>
        <source>(untitled section)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../editor/gui/outline/model.py" line="152"/>
        <source>%n word(s) in this section</source>
        <translation>
            <numerusform>%n word in this section</numerusform>
            <numerusform>%n words in this section</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../editor/gui/outline/model.py" line="154"/>
        <source>%n word(s) with its subsections</source>
        <translation>
            <numerusform>%n word with its subsections</numerusform>
            <numerusform>%n words with its subsections</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../editor/gui/outline/model.py" line="176"/>
        <source>Rename Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/outline/model.py" line="230"/>
        <source>Move Section</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../editor/gui/preview/pane.py" line="63"/>
        <source>Preview</source>
        <extracomment>Link schemes opened in the system browser (or mail program) when clicked. A structure change moving up to this many sections (or an eighth of them) is applied in place. Pixels left above a section&apos;s heading when the preview scrolls to it. An http(s) or mailto link was clicked and handed to the system (the URL). The preview now shows the latest policy: the ids of the sections patched, or () after a rebuild.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/preview/pane.py" line="64"/>
        <source>The preview of the page appears here once the policy has sections.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <location filename="../editor/gui/legal/versions_dialog.py" line="57"/>
        <source>Publish Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/legal/versions_dialog.py" line="61"/>
        <source>What changed and why (kept with the version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/legal/versions_dialog.py" line="63"/>
        <source>Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/legal/versions_dialog.py" line="64"/>
        <source>Published by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/legal/versions_dialog.py" line="65"/>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../editor/gui/safety/recovery_dialog.py" line="48"/>
        <source>Recover Unsaved Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/recovery_dialog.py" line="54"/>
        <source>Policy Editor was not closed normally. The changes below were not saved; choose what to do with each document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/recovery_dialog.py" line="76"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/recovery_dialog.py" line="79"/>
        <source>Discard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/recovery_dialog.py" line="81"/>
        <source>Decide Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/recovery_dialog.py" line="83"/>
        <source>Keep the unsaved changes; they are offered again at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/recovery_dialog.py" line="94"/>
        <source>Some recovery files cannot be read and were left as they are:
{files}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/recovery_dialog.py" line="109"/>
        <source>never saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/recovery_dialog.py" line="115"/>
        <location filename="../editor/gui/safety/recovery_dialog.py" line="181"/>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/recovery_dialog.py" line="116"/>
        <source>(no title)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/recovery_dialog.py" line="117"/>
        <source>{title}
{name} — {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/recovery_dialog.py" line="133"/>
        <source>This document was never saved. Restoring it brings back all of its text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/recovery_dialog.py" line="135"/>
        <source>The saved file “{path}” is missing or cannot be read: all of the text is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/recovery_dialog.py" line="139"/>
        <source>Unsaved changes to “{path}”, last recorded {time}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/recovery_dialog.py" line="144"/>
        <source>saved file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/recovery_dialog.py" line="144"/>
        <source>unsaved changes (would be restored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/recovery_dialog.py" line="169"/>
        <source>Cannot Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/recovery_dialog.py" line="182"/>
        <source>Discard Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/recovery_dialog.py" line="184"/>
        <source>Discard the unsaved changes to “{name}”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/recovery_dialog.py" line="185"/>
        <source>They will be deleted for good; this cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/recovery_dialog.py" line="186"/>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SectionEditor</name>
    <message>
        <location filename="../editor/gui/text/section_editor.py" line="53"/>
        <source>Section title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/text/section_editor.py" line="54"/>
        <source>Write the section in Markdown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/text/section_editor.py" line="55"/>
        <source>No section selected.
Add one with Section ▸ Add Section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/text/section_editor.py" line="101"/>
        <source>Typing in the title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/text/section_editor.py" line="106"/>
        <source>Typing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SectionOperations</name>
    <message>
        <location filename="../editor/gui/outline/operations.py" line="34"/>
        <source>Move Section Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/outline/operations.py" line="35"/>
        <source>Move Section Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/outline/operations.py" line="36"/>
        <source>Indent Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/outline/operations.py" line="38"/>
        <source>Outdent Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/outline/operations.py" line="81"/>
        <source>New section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/outline/operations.py" line="84"/>
        <source>Add Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/outline/operations.py" line="101"/>
        <source>Delete Section</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <location filename="../editor/gui/window/statusbar.py" line="50"/>
        <source>French, narrow no-break spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/window/statusbar.py" line="51"/>
        <source>French, no-break spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/window/statusbar.py" line="53"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/window/statusbar.py" line="61"/>
        <source>No section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/window/statusbar.py" line="62"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/window/statusbar.py" line="64"/>
        <source>(untitled section)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/window/statusbar.py" line="65"/>
        <source>Section: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../editor/gui/window/statusbar.py" line="66"/>
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n word</numerusform>
            <numerusform>%n words</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../editor/gui/window/statusbar.py" line="68"/>
        <source>%1 in this section · %n word(s) in the document</source>
        <translation>
            <numerusform>%1 in this section · %n word in the document</numerusform>
            <numerusform>%1 in this section · %n words in the document</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../editor/gui/window/statusbar.py" line="72"/>
        <source>Typography: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VersionsDialog</name>
    <message>
        <location filename="../editor/gui/legal/versions_dialog.py" line="86"/>
        <source>Published Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/legal/versions_dialog.py" line="89"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/legal/versions_dialog.py" line="89"/>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/legal/versions_dialog.py" line="89"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/legal/versions_dialog.py" line="89"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/legal/versions_dialog.py" line="94"/>
        <source>Publish Version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/legal/versions_dialog.py" line="96"/>
        <source>Compare with Current Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/legal/versions_dialog.py" line="98"/>
        <source>Compare the Two Selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/legal/versions_dialog.py" line="120"/>
        <source>Cannot read the versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/legal/versions_dialog.py" line="155"/>
        <source>Publish Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/legal/versions_dialog.py" line="158"/>
        <source>Cannot publish the version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/legal/versions_dialog.py" line="187"/>
        <source>Cannot open the version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/legal/versions_dialog.py" line="190"/>
        <source>current text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/legal/versions_dialog.py" line="191"/>
        <source>Comparing the versions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/legal/versions_dialog.py" line="191"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WholeDocumentEditor</name>
    <message>
        <location filename="../editor/gui/text/whole_document.py" line="75"/>
        <source>Whole document: each line like “## Title {#id}” starts a section. Type “## New title {#}” to add a section; edits apply when you pause.</source>
        <extracomment>Pause in typing after which edits are applied to the document.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/text/whole_document.py" line="141"/>
        <source>Not applied yet: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/text/whole_document.py" line="151"/>
        <source>Edit in Whole Document</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkSafety</name>
    <message>
        <location filename="../editor/gui/safety/work_safety.py" line="173"/>
        <source>Recovered Changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../editor/catalogue.py" line="33"/>
        <location filename="../editor/catalogue.py" line="129"/>
        <source>the file is not UTF-8 text ({detail})</source>
        <extracomment>The translation context of every catalogue text.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="34"/>
        <source>the file does not start with a “---” metadata header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="35"/>
        <source>the metadata header is not closed by a “---” line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="36"/>
        <source>this header line is not “key: value”: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="37"/>
        <source>the header key “{key}” appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="38"/>
        <source>bad value for “{key}”: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="40"/>
        <source>a level {level} heading follows a level {previous} heading: a level can only go one deeper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="44"/>
        <source>the section id “{id}” is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="46"/>
        <source>the section id “{id}” is not valid (ASCII letters, digits, “-” or “_”, at most 40)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="51"/>
        <source>this file was written by a newer Policy Editor (format {version})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="54"/>
        <source>there is no section with the id “{id}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="55"/>
        <source>the section id “{id}” is already used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="56"/>
        <source>“{id}” is not a valid section id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="57"/>
        <source>a top-level section cannot be outdented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="59"/>
        <source>the first section of a level cannot be indented: there is no section above it to go under</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="64"/>
        <source>a level {level} section cannot hold a level {child_level} subsection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="67"/>
        <source>heading levels go from 1 to 6; this would make level {level}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="70"/>
        <source>a section cannot be moved into itself or into one of its subsections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="72"/>
        <source>position {index} is outside 0..{size}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="73"/>
        <source>there is no next section to merge with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="74"/>
        <source>line {line} of the section is not a heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="75"/>
        <source>the section is already at the edge of its level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="77"/>
        <source>the file does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="78"/>
        <source>this is a folder, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="79"/>
        <source>the file cannot be read ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="80"/>
        <source>the file cannot be written ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="82"/>
        <source>the file is too large ({size} bytes; the limit is {limit})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="85"/>
        <source>cannot be written: the folder or file is read-only or you lack permission ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="89"/>
        <source>cannot be written: the disk is full ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="91"/>
        <source>cannot be written: the folder “{folder}” does not exist (was it moved, or the drive removed?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="96"/>
        <source>cannot be written: the drive is not available ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="98"/>
        <source>this kind of file cannot be opened (known: {known})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="99"/>
        <source>unknown output format “{format}” (known: {known})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="100"/>
        <source>{detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="201"/>
        <source>{count} square bracket(s) nested too deeply were read as plain text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="235"/>
        <source>the document has tracked changes ({count}: {insertions} insertion(s), {deletions} deletion(s), {moves} move(s)): they were imported as accepted (insertions kept, deletions left out); check the text against Word&apos;s final version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="249"/>
        <source>{count} heading(s) found from short bold lines (not in a heading style); check the outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="295"/>
        <source>the file was not saved as UTF-8; it was read as Windows-1252: check the accented letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="301"/>
        <source>the export was damaged by {count} line break(s) in the wrong place; it was repaired, the text is complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="308"/>
        <source>the file is incomplete: it stops at line {line}, and whatever came after is missing. Get a complete export before publishing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="316"/>
        <source>the page was cut off after “{title}”: the text after it is missing. Get a complete export before publishing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="324"/>
        <source>a heading, paragraph or list damaged in the export was repaired: check that it reads as intended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="331"/>
        <source>a link to {url} damaged in the export was repaired: check that it covers the right words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="337"/>
        <source>damaged formatting was removed; the text is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="341"/>
        <source>{count} line break(s) in repaired paragraphs were kept as line breaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="346"/>
        <source>{count} leftover WordPress editor marker(s) were removed; the text is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="350"/>
        <source>{count} block(s) “{name}” are filled in by WordPress when the page is shown: their text is not in the export and was not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="358"/>
        <source>{count} page-builder setting(s) damaged by curly quotes were repaired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="362"/>
        <source>{count} WordPress code(s) “[{tag}]” were kept as they are, in square brackets: check whether the page still needs them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="370"/>
        <source>a block of raw HTML in the page builder could not be read; it is kept as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="374"/>
        <source>the page-builder code “[{tag}]” is not closed: the page may be damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="378"/>
        <source>the page had {count} page-builder text blocks; publishing back into the page builder puts the edited text in one block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="386"/>
        <source>the page text was not where WordPress usually puts it; it was read anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="390"/>
        <source>this export holds the page&apos;s title and settings but not its text: export the page again with its content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="521"/>
        <source>{count} page-builder setting(s) damaged by WordPress&apos;s typography were repaired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="528"/>
        <source>the page has no headings: {count} short bold paragraph(s) were taken as section headings; check the outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="535"/>
        <source>{count} underlined, struck-through, highlighted, subscript or superscript passage(s) were kept as plain text; check their meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="542"/>
        <source>the checklist is not valid: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="548"/>
        <source>“{label}” cannot be a version label (use letters, digits, “.”, “-” or “_”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="554"/>
        <source>version “{label}” is already published; a published version never changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="560"/>
        <source>there is no published version “{label}” (published: {known})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="566"/>
        <source>the snapshot of version “{label}” was changed after it was published ({file})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="572"/>
        <source>the index of published versions cannot be read ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="578"/>
        <source>the snapshot cannot be written ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="584"/>
        <source>only a .policy.md file can be published (convert it first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="590"/>
        <source>the file has no byte-order mark; read as {charset} from its byte pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="596"/>
        <source>the content is {found}, not text or WordPress&apos;s {{rendered}} object: no text was read from it (it is kept for export)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="603"/>
        <source>this is {kind}, not a file: only ordinary files can be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="609"/>
        <source>the path is a symbolic link that loops (it points back to itself)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="615"/>
        <source>the file is nested too deeply to be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="621"/>
        <source>{count} line(s) nested deeper than {limit} list levels were moved up to level {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="627"/>
        <source>{count} line(s) quoted deeper than {limit} levels were kept at {limit} levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="633"/>
        <source>{count} emphasis marker(s) past the first {limit} of a paragraph were read as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="639"/>
        <source>{count} square bracket(s) nested too deeply or never closed were read as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="645"/>
        <source>{count} link or image opening(s) never closed were read as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="651"/>
        <source>{count} paragraph(s) longer than {limit} characters are kept as typed, without Markdown formatting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="657"/>
        <source>{count} lone surrogate character(s) (invalid Unicode) were replaced by U+FFFD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="663"/>
        <source>{count} NUL character(s) were replaced by U+FFFD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="669"/>
        <source>a number in the file has {digits} digits; more than {limit} cannot be a real value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="675"/>
        <source>cannot be saved because of an internal error ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="133"/>
        <location filename="../editor/catalogue.py" line="267"/>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="268"/>
        <source>this is a binary file, not a WordPress JSON export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="270"/>
        <source>this is not JSON (it should start with &apos;{{&apos; or &apos;[&apos;; found {found!r})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="273"/>
        <source>the JSON is broken at column {column} ({detail}) and cannot be repaired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="276"/>
        <source>this JSON is not a WordPress page or post (no &apos;content&apos; field; found {found})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="278"/>
        <source>the JSON is an empty list: the lookup found no page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="280"/>
        <source>the JSON holds {count} pages; export one page (or a lookup that finds one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="283"/>
        <source>this is a WordPress error response ({code}: {message}), not a page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="286"/>
        <source>the page is password-protected and its content is not in the export (export it with ?context=edit and the password)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="292"/>
        <source>the page content is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="134"/>
        <source>this is a binary file, not {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="156"/>
        <source>the page has no text to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="195"/>
        <source>the file has no text to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="205"/>
        <source>this is not a Word .docx document ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="206"/>
        <source>the Word document is damaged and cannot be read ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="208"/>
        <source>the Word document is password-protected: open it in Word, remove the password (File &gt; Info &gt; Protect Document) and save it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="215"/>
        <source>this is an old Word 97-2003 .doc file: open it in Word or LibreOffice and save it as .docx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="220"/>
        <source>the document would expand to an unreasonable size ({detail}); it was not opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="243"/>
        <source>the document has {count} comment(s); comments are not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="255"/>
        <source>the document uses no heading styles and has no bold title lines: it was imported as a single section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="261"/>
        <source>paragraph styles without a meaning here were imported as plain paragraphs: {styles}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="229"/>
        <source>the document has no text to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="102"/>
        <source>the document has {count} sections; more than {limit} cannot be a policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="104"/>
        <source>the recovery file cannot be read ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="105"/>
        <source>this is not a recovery file of this version ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="108"/>
        <source>{format} has no option “{option}” (its options: {accepted})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="111"/>
        <source>the option “{option}” cannot be “{value}” (accepted: {accepted})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="113"/>
        <source>an option is written NAME=VALUE, not “{text}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="114"/>
        <source>the Word template cannot be read ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="116"/>
        <source>the Word template is not a Word .docx file ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="119"/>
        <source>--keep-builder needs a policy imported from a WPBakery page; this one has no builder layout to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="126"/>
        <source>unknown typography profile “{profile}” (known: {known})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="128"/>
        <source>unknown text format “{format}” (known: {known})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="130"/>
        <source>--check and --diff cannot be used together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="131"/>
        <source>standard input cannot be read ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="136"/>
        <source>the page names a character set this program does not know; it was read as {used}: check the accented letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="144"/>
        <source>the file does not say how its letters are encoded; it was read as Windows-1252: check the accented letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="152"/>
        <source>{count} character(s) could not be read and show as “�”: correct them by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="158"/>
        <source>{count} active element(s) such as scripts, forms or embedded frames were left out: they are never imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="166"/>
        <source>{count} hidden script(s) attached to the text were removed; the text is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="170"/>
        <source>{count} part(s) of the page were nested too deeply; their text is kept without that layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="176"/>
        <source>a heading skipped a level; it was placed one level below the heading before it: check the outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="183"/>
        <source>an empty heading was left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="186"/>
        <source>{count} link(s) that would run a program were kept as plain text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="190"/>
        <source>{count} image(s) could not be kept; their descriptions are kept instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="223"/>
        <source>the document is far larger than a policy ({detail}); it was not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="35"/>
        <source>{path}, line {line}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="39"/>
        <source>{path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="41"/>
        <source>line {line}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="49"/>
        <source>Near “{near}”: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="503"/>
        <source>heading level {level} follows level {previous}: imported as level {used}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="397"/>
        <source>{count} heading(s) found from paragraph outline levels (text pasted from a web page or Google Docs); check the outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="404"/>
        <source>{count} heading(s) found from numbered list items; check the outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="410"/>
        <source>{count} heading(s) found from numbered lines (Article 3, 1.2, III., Chapitre...); check the outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="416"/>
        <source>{count} heading(s) found from lines in a larger font; check the outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="422"/>
        <source>{count} heading(s) found from underlined lines; check the outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="428"/>
        <source>{count} heading(s) found from lines in capitals; check the outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="434"/>
        <source>heading levels were guessed from {count} kinds of heading repeated through the document (numbering depth, font size, style of the line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="441"/>
        <source>{count} emphasised line(s) ending with a colon were kept as text (lead-ins), not headings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="447"/>
        <source>the first line was taken as the policy title: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="453"/>
        <source>the line under the title was read into the document properties: {line}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="459"/>
        <source>the line under the title looks like a date or version but could not be read; it was kept as text: {line}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="465"/>
        <source>{count} preformatted paragraph(s) were kept as code blocks, line by line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="471"/>
        <source>{count} picture(s) left out ({size} larger than {limit} MB, {total} beyond {total_limit} MB of pictures in all, {format} in a format web pages and Word do not both show (EMF, WMF, SVG, TIFF...), {unreadable} unreadable); their alternative text is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="479"/>
        <source>the document declares the language {declared} but its text is in {used}; it was imported as {used}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="485"/>
        <source>{count} paragraph(s) with HTML tags were converted to Markdown (tags are shown as text otherwise)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="491"/>
        <source>{count} reference link(s) defined in another section were written inline (each section stands alone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="497"/>
        <source>the markup in heading {title!r} was removed: titles are plain text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="509"/>
        <source>an empty level-{level} heading was left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="515"/>
        <source>the front matter gives the title and language; its other keys were left out ({keys})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>templates</name>
    <message>
        <location filename="../editor/gui/document/templates.py" line="13"/>
        <source>Untitled policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/document/templates.py" line="14"/>
        <source>Introduction</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
