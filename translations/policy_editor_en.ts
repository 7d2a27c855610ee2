<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ActionCollection</name>
    <message>
        <location filename="../editor/gui/window/actions.py" line="95"/>
        <source>&amp;New Empty Policy</source>
        <extracomment>name -&gt; shortcuts (standard keys first, so each platform gets its own conventions). Actions whose keys belong to the outline only (Delete and F2 must still work in text fields).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="95"/>
        <source>Start a new, empty policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="97"/>
        <source>New from &amp;Sample Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="98"/>
        <source>Start a new policy from the bundled French privacy policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="101"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="102"/>
        <source>Open a policy, or import a WordPress, Word, HTML or Markdown file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="104"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="104"/>
        <source>Save the policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="105"/>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="105"/>
        <source>Save the policy under a new name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="106"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="106"/>
        <source>Close the policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="107"/>
        <source>Clear the List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="107"/>
        <source>Forget the recently opened files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="120"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="120"/>
        <source>Quit Policy Editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="123"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="123"/>
        <source>Undo the last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="124"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="124"/>
        <source>Redo the last undone change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="130"/>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="130"/>
        <source>Find text in the policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="131"/>
        <source>Find &amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="131"/>
        <source>Find the next occurrence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="132"/>
        <source>Find &amp;Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="132"/>
        <source>Find the previous occurrence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="133"/>
        <source>Add &amp;Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="133"/>
        <source>Add a section after the selected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="134"/>
        <source>Add S&amp;ubsection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="134"/>
        <source>Add a subsection inside the selected section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="135"/>
        <source>&amp;Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="135"/>
        <source>Rename the selected section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="136"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="136"/>
        <source>Delete the selected section and its subsections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="137"/>
        <source>Move &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="137"/>
        <source>Move the section before the previous one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="138"/>
        <source>Move Do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="138"/>
        <source>Move the section after the next one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="139"/>
        <source>&amp;Indent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="139"/>
        <source>Make the section a subsection of the one above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="140"/>
        <source>&amp;Outdent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="140"/>
        <source>Make the section a sibling of its parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="142"/>
        <source>&amp;Whole Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="143"/>
        <source>Show all sections in one continuous editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="145"/>
        <source>&amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="145"/>
        <source>Show or hide the preview of the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="156"/>
        <source>&amp;About Policy Editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="156"/>
        <source>Version and licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="147"/>
        <source>Legal &amp;Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="148"/>
        <source>Show what the policy covers of GDPR and French law (an aid for legal review)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="150"/>
        <source>&amp;Publish Version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="150"/>
        <source>Record the current text as a published version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="153"/>
        <source>Published &amp;Versions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="154"/>
        <source>List the published versions and compare them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="121"/>
        <source>&amp;Open from Site…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="121"/>
        <source>Open a page of a WordPress site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="122"/>
        <source>&amp;Publish to Site…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="122"/>
        <source>Send the policy to its WordPress page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="108"/>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="108"/>
        <source>Export to Word, HTML, WordPress, Markdown or PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="109"/>
        <source>Export to P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="109"/>
        <source>Write the printed pages to a PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="111"/>
        <source>Copy &amp;WordPress Payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="112"/>
        <source>Copy the WordPress update payload (JSON) to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="115"/>
        <source>Copy &amp;HTML Fragment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="116"/>
        <source>Copy the policy as an HTML fragment to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="118"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="118"/>
        <source>Print the policy, with a preview of the pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="119"/>
        <source>P&amp;roperties…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="119"/>
        <source>Title, locale, dates and profile of the policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="125"/>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="125"/>
        <source>Cut the selected text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="126"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="126"/>
        <source>Copy the selected text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="127"/>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="127"/>
        <source>Paste the clipboard&apos;s text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="128"/>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="128"/>
        <source>Select all the text of the field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="129"/>
        <source>Pr&amp;eferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="129"/>
        <source>Language, theme, fonts and defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="151"/>
        <source>&amp;Translations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="151"/>
        <source>Keep the translations of this policy in sync</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <location filename="../editor/gui/controller.py" line="72"/>
        <source>Cannot export yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/controller.py" line="79"/>
        <source>Set Last-Updated Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/controller.py" line="100"/>
        <source>Incomplete Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/controller.py" line="103"/>
        <source>This policy was imported from a cut-off file: the text ends inside “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/controller.py" line="105"/>
        <source>Export it anyway? The missing text will be missing from the export too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/controller.py" line="106"/>
        <source>Export Anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/controller.py" line="139"/>
        <source>Export to PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/controller.py" line="139"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/controller.py" line="157"/>
        <source>Exporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/controller.py" line="158"/>
        <source>Exporting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/controller.py" line="159"/>
        <source>Cancel</source>
        <translation type="unfinished">Cancel</translation>
    </message>
    <message>
        <location filename="../editor/gui/controller.py" line="182"/>
        <source>Exported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/controller.py" line="190"/>
        <source>Export Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/controller.py" line="190"/>
        <source>Nothing was written.
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/controller.py" line="193"/>
        <source>Export cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/controller.py" line="207"/>
        <source>Export Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/controller.py" line="209"/>
        <source>The policy was exported to “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/controller.py" line="210"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/controller.py" line="211"/>
        <source>Show in Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/controller.py" line="229"/>
        <source>Cannot Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/controller.py" line="235"/>
        <source>%1 copied to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/controller.py" line="248"/>
        <source>Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/controller.py" line="254"/>
        <source>Cannot print yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/controller.py" line="300"/>
        <source>Document Properties</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackgroundImport</name>
    <message>
        <location filename="../editor/gui/document/background_import.py" line="46"/>
        <source>Opening %1…</source>
        <translation>Opening %1…</translation>
    </message>
    <message>
        <location filename="../editor/gui/document/background_import.py" line="50"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <location filename="../editor/gui/legal/checklist_panel.py" line="108"/>
        <source>Legal Checklist</source>
        <extracomment>Pause after the last edit before the check runs again. (section id, text to select in it: the evidence sentence, or &quot;&quot; to just show the section)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/legal/checklist_panel.py" line="109"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/legal/checklist_panel.py" line="109"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/legal/checklist_panel.py" line="110"/>
        <source>Insert Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/legal/checklist_panel.py" line="111"/>
        <source>Add a heading for the selected missing item where it belongs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/legal/checklist_panel.py" line="113"/>
        <source>An aid for review by a lawyer, not legal advice: a complete checklist is not a legal opinion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/legal/checklist_panel.py" line="120"/>
        <source>covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/legal/checklist_panel.py" line="121"/>
        <source>partial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/legal/checklist_panel.py" line="122"/>
        <source>to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/legal/checklist_panel.py" line="123"/>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/legal/checklist_panel.py" line="171"/>
        <source>The checklist cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/legal/checklist_panel.py" line="191"/>
        <source>Does not seem to apply to this policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/legal/checklist_panel.py" line="193"/>
        <source>Recommended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/legal/checklist_panel.py" line="197"/>
        <source>Not found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/legal/checklist_panel.py" line="207"/>
        <source>No required item is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../editor/gui/legal/checklist_panel.py" line="207"/>
        <source>%n required item(s) missing.</source>
        <translation>
            <numerusform>%n required item missing.</numerusform>
            <numerusform>%n required items missing.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../editor/gui/legal/checklist_panel.py" line="255"/>
        <source>Insert Section “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/legal/checklist_panel.py" line="185"/>
        <source>not applicable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClipboardHandler</name>
    <message>
        <location filename="../editor/gui/text/clipboard.py" line="126"/>
        <source>Cut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/text/clipboard.py" line="154"/>
        <location filename="../editor/gui/text/clipboard.py" line="169"/>
        <location filename="../editor/gui/text/clipboard.py" line="187"/>
        <location filename="../editor/gui/text/clipboard.py" line="194"/>
        <source>Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../editor/gui/text/clipboard.py" line="156"/>
        <source>The pasted text has %n heading(s). Add them as new sections after this one? (No keeps them as bold lines in this section.)</source>
        <translation>
            <numerusform>The pasted text has %n heading. Add it as a new section after this one? (No keeps it as a bold line in this section.)</numerusform>
            <numerusform>The pasted text has %n headings. Add them as new sections after this one? (No keeps them as bold lines in this section.)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../editor/gui/legal/compare_view.py" line="93"/>
        <source>Compare %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/legal/compare_view.py" line="94"/>
        <source>Export Word Redline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/legal/compare_view.py" line="95"/>
        <source>Export HTML…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/legal/compare_view.py" line="96"/>
        <source>Copy Change Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/legal/compare_view.py" line="112"/>
        <source>Word documents (*.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/legal/compare_view.py" line="112"/>
        <source>Web pages (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/legal/compare_view.py" line="113"/>
        <source>Export the Comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/legal/compare_view.py" line="119"/>
        <source>Cannot export the comparison</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../editor/gui/wordpress/dialogs.py" line="296"/>
        <source>The Page Changed on the Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/wordpress/dialogs.py" line="298"/>
        <source>Struck out: only in the version you pulled. Underlined: added on the site since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/wordpress/dialogs.py" line="300"/>
        <source>&amp;Pull Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/wordpress/dialogs.py" line="301"/>
        <source>&amp;Overwrite</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiffView</name>
    <message>
        <location filename="../editor/gui/safety/diff_view.py" line="102"/>
        <source>The two versions are identical.</source>
        <extracomment>Lines of unchanged context shown around each change.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../editor/gui/safety/diff_view.py" line="106"/>
        <source>%n unchanged line(s)</source>
        <translation>
            <numerusform>%n unchanged line</numerusform>
            <numerusform>%n unchanged lines</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExceptionHook</name>
    <message>
        <location filename="../editor/gui/safety/exception_hook.py" line="77"/>
        <source>Something Went Wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/exception_hook.py" line="83"/>
        <source>Policy Editor met an unexpected problem and could not finish what it was doing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/exception_hook.py" line="88"/>
        <source>Your text is still open and a recovery copy was written: nothing is lost. Save your work now (File ▸ Save As…); if something looks wrong, restart Policy Editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/exception_hook.py" line="94"/>
        <source>Your text is still open, but the recovery copy could not be written. Save your work now (File ▸ Save As…); if something looks wrong, restart Policy Editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/exception_hook.py" line="102"/>
        <source>Details: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../editor/gui/dialogs/export_dialog.py" line="54"/>
        <source>HTML page</source>
        <extracomment>The native format is saved with Save As, not exported.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/dialogs/export_dialog.py" line="55"/>
        <source>HTML fragment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/dialogs/export_dialog.py" line="56"/>
        <source>Word document (DOCX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/dialogs/export_dialog.py" line="57"/>
        <source>WordPress page (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/dialogs/export_dialog.py" line="58"/>
        <source>WordPress update payload (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/dialogs/export_dialog.py" line="59"/>
        <source>Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/dialogs/export_dialog.py" line="60"/>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/dialogs/export_dialog.py" line="146"/>
        <location filename="../editor/gui/dialogs/export_dialog.py" line="153"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/dialogs/export_dialog.py" line="147"/>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/dialogs/export_dialog.py" line="148"/>
        <source>&amp;Save to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/dialogs/export_dialog.py" line="151"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/dialogs/export_dialog.py" line="152"/>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/dialogs/export_dialog.py" line="162"/>
        <location filename="../editor/gui/dialogs/export_dialog.py" line="183"/>
        <source>This format has no options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/dialogs/export_dialog.py" line="206"/>
        <source>Export To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/dialogs/export_dialog.py" line="214"/>
        <source>Choose the file to export to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/dialogs/export_dialog.py" line="216"/>
        <source>The folder “%1” does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileCommands</name>
    <message>
        <location filename="../editor/gui/files.py" line="47"/>
        <source>Cannot open the sample policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/files.py" line="55"/>
        <source>Open a Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/files.py" line="65"/>
        <source>Policies and importable files (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/files.py" line="66"/>
        <source>Policy Editor files (*.policy.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/files.py" line="67"/>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/files.py" line="80"/>
        <source>Cannot open the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/files.py" line="97"/>
        <source>Opened %1 with notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/files.py" line="115"/>
        <location filename="../editor/gui/files.py" line="123"/>
        <source>Cannot save yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/files.py" line="142"/>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileWatcher</name>
    <message>
        <location filename="../editor/gui/safety/file_watcher.py" line="191"/>
        <source>Cannot Reload</source>
        <extracomment>Events closer together than this are one change (sync tools write in several steps), in ms.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/file_watcher.py" line="193"/>
        <location filename="../editor/gui/safety/file_watcher.py" line="234"/>
        <source>Reload from Disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/file_watcher.py" line="213"/>
        <source>Changes on Disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/file_watcher.py" line="216"/>
        <source>open in Policy Editor (mine)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/file_watcher.py" line="226"/>
        <location filename="../editor/gui/safety/file_watcher.py" line="266"/>
        <source>File Changed on Disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/file_watcher.py" line="209"/>
        <source>(the file on disk cannot be read: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/file_watcher.py" line="217"/>
        <source>on disk: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/file_watcher.py" line="228"/>
        <source>“%1” was changed by another program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/file_watcher.py" line="230"/>
        <source>You also have changes that are not saved. Which version do you want to keep?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/file_watcher.py" line="232"/>
        <source>Load the version on disk, or keep the one open here?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/file_watcher.py" line="236"/>
        <source>Keep Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/file_watcher.py" line="238"/>
        <source>Compare…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/file_watcher.py" line="251"/>
        <source>File Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/file_watcher.py" line="253"/>
        <source>“%1” was deleted or moved by another program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/file_watcher.py" line="269"/>
        <source>“%1” was changed by another program since you opened it. Replace it with your version? (The version on disk is kept as a backup, “%2”.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/file_watcher.py" line="255"/>
        <source>Your text stays open here and is marked as not saved. Save it to write the file again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindReplacePanel</name>
    <message>
        <location filename="../editor/gui/panels/find_replace.py" line="112"/>
        <location filename="../editor/gui/panels/find_replace.py" line="152"/>
        <source>Find and Replace</source>
        <extracomment>Milliseconds after a change of the document before the shown results are listed again.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/panels/find_replace.py" line="112"/>
        <location filename="../editor/gui/panels/find_replace.py" line="152"/>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/panels/find_replace.py" line="113"/>
        <source>Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/panels/find_replace.py" line="114"/>
        <source>Replace with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/panels/find_replace.py" line="115"/>
        <source>Match case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/panels/find_replace.py" line="116"/>
        <source>Whole word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/panels/find_replace.py" line="117"/>
        <source>Regular expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/panels/find_replace.py" line="118"/>
        <source>Any space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/panels/find_replace.py" line="119"/>
        <source>A space also matches no-break and narrow no-break spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/panels/find_replace.py" line="120"/>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/panels/find_replace.py" line="121"/>
        <source>The match before the cursor (Shift+F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/panels/find_replace.py" line="122"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/panels/find_replace.py" line="123"/>
        <source>The match after the cursor (F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/panels/find_replace.py" line="124"/>
        <source>Find All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/panels/find_replace.py" line="125"/>
        <location filename="../editor/gui/panels/find_replace.py" line="246"/>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/panels/find_replace.py" line="126"/>
        <location filename="../editor/gui/panels/find_replace.py" line="266"/>
        <source>Replace All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/panels/find_replace.py" line="198"/>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/panels/find_replace.py" line="202"/>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../editor/gui/panels/find_replace.py" line="206"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../editor/gui/panels/find_replace.py" line="251"/>
        <location filename="../editor/gui/panels/find_replace.py" line="268"/>
        <source>%n replacement(s) made</source>
        <translation>
            <numerusform>%n replacement made</numerusform>
            <numerusform>%n replacements made</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../editor/gui/panels/find_replace.py" line="281"/>
        <source>Match %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/panels/find_replace.py" line="296"/>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <location filename="../editor/gui/panels/findings_panel.py" line="67"/>
        <source>Typography</source>
        <extracomment>Milliseconds of quiet before the document is checked again. Characters of text shown before each finding.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/panels/findings_panel.py" line="68"/>
        <source>Fix All in the Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/panels/findings_panel.py" line="101"/>
        <source>To fix ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/panels/findings_panel.py" line="101"/>
        <source>For review ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/panels/findings_panel.py" line="108"/>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/panels/findings_panel.py" line="118"/>
        <source>No findings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/panels/findings_panel.py" line="135"/>
        <source>title: …%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/panels/findings_panel.py" line="135"/>
        <source>title: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormatKeys</name>
    <message>
        <location filename="../editor/gui/text/format_keys.py" line="70"/>
        <source>New List Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/text/format_keys.py" line="79"/>
        <source>Next Cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/text/format_keys.py" line="85"/>
        <source>Previous Cell</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormatTarget</name>
    <message>
        <location filename="../editor/gui/text/format_target.py" line="66"/>
        <source>Outdent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/text/format_target.py" line="68"/>
        <source>Indent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormattingTools</name>
    <message>
        <location filename="../editor/gui/text/format_menu.py" line="90"/>
        <source>F&amp;ormat</source>
        <extracomment>Command name -&gt; freedesktop icon name (the theme&apos;s, else ours: editor.gui.window.icons).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/text/format_menu.py" line="91"/>
        <source>Formatting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/text/format_menu.py" line="94"/>
        <source>&amp;Bold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/text/format_menu.py" line="95"/>
        <source>Make the selection or the word bold, or no longer bold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/text/format_menu.py" line="98"/>
        <source>&amp;Italic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/text/format_menu.py" line="99"/>
        <source>Make the selection or the word italic, or no longer italic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/text/format_menu.py" line="104"/>
        <source>&amp;Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/text/format_menu.py" line="105"/>
        <source>Show the selection as code (a technical name, a command)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/text/format_menu.py" line="110"/>
        <source>&amp;Link…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/text/format_menu.py" line="111"/>
        <source>Link the selection to a web page, an e-mail address or a section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/text/format_menu.py" line="116"/>
        <source>B&amp;ulleted List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/text/format_menu.py" line="117"/>
        <source>Make the lines a bulleted list, or plain lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/text/format_menu.py" line="120"/>
        <source>&amp;Numbered List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/text/format_menu.py" line="121"/>
        <source>Make the lines a numbered list, or plain lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/text/format_menu.py" line="124"/>
        <source>Indent List Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/text/format_menu.py" line="125"/>
        <source>Nest the list item under the one above (Tab)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/text/format_menu.py" line="128"/>
        <source>Outdent List Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/text/format_menu.py" line="129"/>
        <source>Move the list item one level out (Shift+Tab)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/text/format_menu.py" line="132"/>
        <source>Insert &amp;Table…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/text/format_menu.py" line="133"/>
        <source>Insert a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/text/format_menu.py" line="136"/>
        <source>&amp;Heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/text/format_menu.py" line="137"/>
        <source>Headings start sections: add a subsection instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/text/format_menu.py" line="140"/>
        <source>Paste as &amp;Plain Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/text/format_menu.py" line="141"/>
        <source>Paste without formatting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/text/format_menu.py" line="144"/>
        <source>&amp;Hide Markup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/dialogs/preferences_dialog.py" line="125"/>
        <location filename="../editor/gui/text/format_menu.py" line="145"/>
        <source>Draw Markdown markers faded and small</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/text/formatting.py" line="65"/>
        <source>Bold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/text/formatting.py" line="65"/>
        <source>Italic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/text/formatting.py" line="65"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/text/formatting.py" line="72"/>
        <source>Numbered List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/text/formatting.py" line="72"/>
        <source>Bulleted List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/text/formatting.py" line="89"/>
        <source>Remove Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/text/formatting.py" line="95"/>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/text/formatting.py" line="113"/>
        <source>Insert Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/text/formatting.py" line="120"/>
        <source>Heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/text/formatting.py" line="122"/>
        <source>In a policy, each heading is a section of its own, with its place in the outline and its own link target. To add a heading here, use Section ▸ Add Subsection (Ctrl+Alt+N).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalWarning</name>
    <message>
        <location filename="../editor/gui/safety/journal_warning.py" line="27"/>
        <source>⚠ Recovery copy not updated: save your work</source>
        <translation>⚠ Recovery copy not updated: save your work</translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/journal_warning.py" line="31"/>
        <source>Your unsaved changes cannot be recorded for recovery after a crash (%1). Free space in the state folder or save the policy; this warning goes away once recording works again.</source>
        <translation type="unfinished"></translation>
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
    <name>LinkDialog</name>
    <message>
        <location filename="../editor/gui/text/link_dialog.py" line="83"/>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/text/link_dialog.py" line="84"/>
        <source>Web or e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/text/link_dialog.py" line="85"/>
        <source>Section of this policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/text/link_dialog.py" line="88"/>
        <source>Remove Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/text/link_dialog.py" line="86"/>
        <source>Text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/text/link_dialog.py" line="93"/>
        <source>Type the address the link goes to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/text/link_dialog.py" line="94"/>
        <source>Only web (http, https), e-mail (mailto) and telephone (tel) links are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/text/link_dialog.py" line="96"/>
        <source>This is not a web or e-mail address. Type it in full, e.g. https://www.cnil.fr or contact@example.fr.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockWarning</name>
    <message>
        <location filename="../editor/gui/safety/lock_warning.py" line="78"/>
        <source>It is already open in another window of Policy Editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/lock_warning.py" line="88"/>
        <source>Document Already Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/lock_warning.py" line="80"/>
        <source>It is already open in Policy Editor on “%1” (process %2, since %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/lock_warning.py" line="90"/>
        <source>“%1” is open somewhere else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/lock_warning.py" line="94"/>
        <source>If you edit it in two places, the last one saved replaces the other&apos;s changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/lock_warning.py" line="96"/>
        <source>Open Anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/lock_warning.py" line="98"/>
        <source>Close It Here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../editor/gui/mainwindow.py" line="256"/>
        <location filename="../editor/gui/mainwindow.py" line="345"/>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/mainwindow.py" line="257"/>
        <source>%1[*] — Policy Editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/mainwindow.py" line="361"/>
        <source>Policy Editor files (*.policy.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/mainwindow.py" line="346"/>
        <source>Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/mainwindow.py" line="347"/>
        <source>Save the changes to “%1” before closing it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/mainwindow.py" line="348"/>
        <source>Your changes will be lost if you don&apos;t save them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/mainwindow.py" line="359"/>
        <source>Save the Policy As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/mainwindow.py" line="368"/>
        <source>Edits Not Applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/mainwindow.py" line="370"/>
        <source>The whole document cannot be applied:
%1

Discard the edits made since the last pause?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/mainwindow.py" line="385"/>
        <source>About Policy Editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/mainwindow.py" line="387"/>
        <source>Policy Editor %1

Edit a website&apos;s legal policies as a tree of sections, with a live preview.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MarkdownHighlighter</name>
    <message>
        <location filename="../editor/gui/text/highlighter.py" line="191"/>
        <source>No-break space (U+00A0)</source>
        <extracomment>A block state is ``fence * _CONTEXTS + context``: the open fence (0: none, its length for backticks, _TILDES + its length for tildes) and the list context of :func:`item_step`.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/text/highlighter.py" line="193"/>
        <source>Narrow no-break space (U+202F)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MenuBuilder</name>
    <message>
        <location filename="../editor/gui/window/menus.py" line="120"/>
        <source>&amp;File</source>
        <extracomment>Menu layout: (menu object name, action names; None = separator; &quot;recent&quot; = the recent-files submenu, &quot;wordpress&quot; = the File ▸ WordPress submenu of WORDPRESS). The outline&apos;s context menu.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/window/menus.py" line="121"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/window/menus.py" line="122"/>
        <source>&amp;Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/window/menus.py" line="123"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/window/menus.py" line="124"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/window/menus.py" line="128"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/window/menus.py" line="130"/>
        <source>Main Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/window/menus.py" line="129"/>
        <source>&amp;WordPress</source>
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
    <name>OpenFromSiteDialog</name>
    <message>
        <location filename="../editor/gui/wordpress/dialogs.py" line="158"/>
        <source>Open from WordPress Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/wordpress/dialogs.py" line="159"/>
        <source>Add Site…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/wordpress/dialogs.py" line="160"/>
        <source>Page address, slug or ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/wordpress/dialogs.py" line="161"/>
        <source>&amp;List Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/wordpress/dialogs.py" line="162"/>
        <source>Site:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/wordpress/dialogs.py" line="163"/>
        <source>Page:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/wordpress/dialogs.py" line="170"/>
        <source>%1  —  %2, ID %3, /%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/wordpress/dialogs.py" line="168"/>
        <source>(no title)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OptionField</name>
    <message>
        <location filename="../editor/gui/dialogs/option_fields.py" line="57"/>
        <source>Document&apos;s own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/dialogs/option_fields.py" line="63"/>
        <source>YYYY-MM-DD (empty: the document&apos;s date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/dialogs/option_fields.py" line="64"/>
        <source>YYYY-MM-DDTHH:MM:SS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/dialogs/option_fields.py" line="65"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/dialogs/option_fields.py" line="68"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/dialogs/option_fields.py" line="72"/>
        <source>Choose a File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/dialogs/option_fields.py" line="100"/>
        <source>Typography</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/dialogs/option_fields.py" line="101"/>
        <source>Table of contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/dialogs/option_fields.py" line="102"/>
        <source>Page break before each top section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/dialogs/option_fields.py" line="103"/>
        <source>Last-updated date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/dialogs/option_fields.py" line="104"/>
        <source>Reference DOCX (styles)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/dialogs/option_fields.py" line="105"/>
        <source>Keep the page builder&apos;s layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/dialogs/option_fields.py" line="106"/>
        <source>Export time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/dialogs/option_fields.py" line="119"/>
        <source>The French typography applied to the text; by default the document&apos;s own profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/dialogs/option_fields.py" line="122"/>
        <source>Include the table of contents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/dialogs/option_fields.py" line="123"/>
        <source>Start each top-level section on a new printed page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/dialogs/option_fields.py" line="124"/>
        <source>The date shown as the last update; by default the document&apos;s own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/dialogs/option_fields.py" line="127"/>
        <source>A Word .docx whose styles, page setup, header and footer are used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/dialogs/option_fields.py" line="130"/>
        <source>Wrap the content again in the WPBakery shortcodes the page was imported with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/dialogs/option_fields.py" line="133"/>
        <source>The modification time written (UTC); by default now, set it for reproducible output.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutlineModel</name>
    <message>
        <location filename="../editor/gui/outline/model.py" line="147"/>
        <source>(untitled section)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../editor/gui/outline/model.py" line="169"/>
        <source>%n word(s) in this section</source>
        <translation>
            <numerusform>%n word in this section</numerusform>
            <numerusform>%n words in this section</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../editor/gui/outline/model.py" line="171"/>
        <source>%n word(s) with its subsections</source>
        <translation>
            <numerusform>%n word with its subsections</numerusform>
            <numerusform>%n words with its subsections</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../editor/gui/outline/model.py" line="193"/>
        <source>Rename Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/outline/model.py" line="247"/>
        <source>Move Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/outline/model.py" line="148"/>
        <source>%1 — cut off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/outline/model.py" line="154"/>
        <source>The imported file ends inside this section: the rest is missing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../editor/gui/dialogs/preferences_dialog.py" line="123"/>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/dialogs/preferences_dialog.py" line="127"/>
        <source>Interface &amp;language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/dialogs/preferences_dialog.py" line="128"/>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/dialogs/preferences_dialog.py" line="129"/>
        <source>Editor &amp;font:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/dialogs/preferences_dialog.py" line="130"/>
        <source>Font &amp;size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/dialogs/preferences_dialog.py" line="131"/>
        <source>Default typography &amp;profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/dialogs/preferences_dialog.py" line="132"/>
        <source>&amp;Recovery journal delay:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/dialogs/preferences_dialog.py" line="136"/>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/dialogs/preferences_dialog.py" line="139"/>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/dialogs/preferences_dialog.py" line="139"/>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/dialogs/preferences_dialog.py" line="139"/>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/dialogs/preferences_dialog.py" line="143"/>
        <source>Use a font of my choice in the editors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/dialogs/preferences_dialog.py" line="144"/>
        <source>System size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/dialogs/preferences_dialog.py" line="145"/>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/dialogs/preferences_dialog.py" line="146"/>
        <source>Show no-break spaces</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../editor/gui/preview/pane.py" line="115"/>
        <source>Preview</source>
        <extracomment>Link schemes opened in the system browser (or mail program) when clicked. A structure change moving up to this many sections (or an eighth of them) is applied in place. Pixels left above a section&apos;s heading when the preview scrolls to it. An http(s) or mailto link was clicked and handed to the system (the URL). The preview now shows the latest policy: the ids of the sections patched, or () after a rebuild.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/preview/pane.py" line="116"/>
        <source>The preview of the page appears here once the policy has sections.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PropertiesDialog</name>
    <message>
        <location filename="../editor/gui/dialogs/properties_dialog.py" line="110"/>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/dialogs/properties_dialog.py" line="93"/>
        <source>Document Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/dialogs/properties_dialog.py" line="95"/>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/dialogs/properties_dialog.py" line="96"/>
        <source>S&amp;lug:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/dialogs/properties_dialog.py" line="97"/>
        <source>&amp;Locale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/dialogs/properties_dialog.py" line="98"/>
        <source>St&amp;atus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/dialogs/properties_dialog.py" line="99"/>
        <source>&amp;Version label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/dialogs/properties_dialog.py" line="100"/>
        <source>&amp;Effective date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/dialogs/properties_dialog.py" line="101"/>
        <source>Last &amp;updated:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/dialogs/properties_dialog.py" line="102"/>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/dialogs/properties_dialog.py" line="103"/>
        <source>T&amp;ypography profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/dialogs/properties_dialog.py" line="119"/>
        <source>Incomplete: imported from a cut-off file (uncheck once completed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/dialogs/properties_dialog.py" line="120"/>
        <source>Set last-updated to today when I export or publish</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <location filename="../editor/gui/legal/versions_dialog.py" line="73"/>
        <source>Publish Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/legal/versions_dialog.py" line="74"/>
        <source>What changed and why (kept with the version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/legal/versions_dialog.py" line="76"/>
        <source>Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/legal/versions_dialog.py" line="76"/>
        <source>Published by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/legal/versions_dialog.py" line="76"/>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/wordpress/dialogs.py" line="242"/>
        <source>Publish to WordPress Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/wordpress/dialogs.py" line="247"/>
        <source>Site:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/wordpress/dialogs.py" line="248"/>
        <source>Page:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/wordpress/dialogs.py" line="249"/>
        <source>Status on the site now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/wordpress/dialogs.py" line="250"/>
        <source>Send as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/wordpress/dialogs.py" line="254"/>
        <source>A published page is replaced by a draft when sent as a draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/wordpress/dialogs.py" line="255"/>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../editor/gui/safety/recovery_dialog.py" line="110"/>
        <source>Recover Unsaved Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/recovery_dialog.py" line="113"/>
        <source>Policy Editor was not closed normally. The changes below were not saved; choose what to do with each document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/recovery_dialog.py" line="117"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/recovery_dialog.py" line="118"/>
        <source>Discard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/recovery_dialog.py" line="119"/>
        <source>Decide Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/recovery_dialog.py" line="120"/>
        <source>Keep the unsaved changes; they are offered again at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/recovery_dialog.py" line="90"/>
        <source>Some recovery files cannot be read and were left as they are:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/recovery_dialog.py" line="130"/>
        <source>%1
%2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/recovery_dialog.py" line="149"/>
        <source>The saved file “%1” is missing or cannot be read: all of the text is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/recovery_dialog.py" line="152"/>
        <source>Unsaved changes to “%1”, last recorded %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/recovery_dialog.py" line="195"/>
        <source>Discard the unsaved changes to “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/recovery_dialog.py" line="124"/>
        <source>never saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/recovery_dialog.py" line="128"/>
        <location filename="../editor/gui/safety/recovery_dialog.py" line="192"/>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/recovery_dialog.py" line="129"/>
        <source>(no title)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/recovery_dialog.py" line="146"/>
        <source>This document was never saved. Restoring it brings back all of its text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/recovery_dialog.py" line="155"/>
        <source>saved file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/recovery_dialog.py" line="155"/>
        <source>unsaved changes (would be restored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/recovery_dialog.py" line="180"/>
        <source>Cannot Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/recovery_dialog.py" line="193"/>
        <source>Discard Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/recovery_dialog.py" line="196"/>
        <source>They will be deleted for good; this cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/recovery_dialog.py" line="197"/>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaveErrors</name>
    <message>
        <location filename="../editor/gui/safety/save_errors.py" line="38"/>
        <source>Policy Editor met an internal problem while writing the file. Try Save As with another name; a recovery copy of your text is kept and comes back if the program stops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/save_errors.py" line="44"/>
        <source>The folder or the file is read-only, or you are not allowed to write there. Save the policy in another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/save_errors.py" line="50"/>
        <source>The disk is full. Free some space and try again, or save the policy on another drive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/save_errors.py" line="55"/>
        <source>The folder “%1” does not exist any more: it was moved or deleted, or its drive was removed. Reconnect the drive and try again, or save the policy somewhere else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/save_errors.py" line="63"/>
        <source>The drive holding the file is not available (it was removed or disconnected). Reconnect it and try again, or save the policy somewhere else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/save_errors.py" line="69"/>
        <source>There is a folder with this name. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/save_errors.py" line="79"/>
        <source>The Policy Was Not Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/save_errors.py" line="84"/>
        <source>“%1” could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/save_errors.py" line="88"/>
        <source>Your text is still open here and nothing is lost. The file on disk was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/save_errors.py" line="93"/>
        <source>Save As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/save_errors.py" line="95"/>
        <source>Try Again</source>
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
        <location filename="../editor/gui/text/format_keys.py" line="75"/>
        <location filename="../editor/gui/text/section_editor.py" line="106"/>
        <location filename="../editor/gui/text/section_editor.py" line="122"/>
        <source>Typing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SectionOperations</name>
    <message>
        <location filename="../editor/gui/outline/operations.py" line="52"/>
        <source>Move Section Up</source>
        <extracomment>New sections still named by their placeholder id -&gt; that placeholder title.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/outline/operations.py" line="53"/>
        <source>Move Section Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/outline/operations.py" line="54"/>
        <source>Indent Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/outline/operations.py" line="56"/>
        <source>Outdent Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/outline/operations.py" line="128"/>
        <source>New section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/outline/operations.py" line="131"/>
        <source>Add Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/outline/operations.py" line="154"/>
        <source>Delete Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/outline/operations.py" line="165"/>
        <source>%1, %2</source>
        <comment>deleted section, its words</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/outline/operations.py" line="89"/>
        <source>Name Section Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/outline/operations.py" line="160"/>
        <source>(untitled section)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../editor/gui/outline/operations.py" line="162"/>
        <source>Deleted “%1” and %n subsection(s)</source>
        <translation>
            <numerusform>Deleted “%1” and %n subsection</numerusform>
            <numerusform>Deleted “%1” and %n subsections</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../editor/gui/outline/operations.py" line="164"/>
        <source>Deleted “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../editor/gui/outline/operations.py" line="165"/>
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n word</numerusform>
            <numerusform>%n words</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SiteDialog</name>
    <message>
        <location filename="../editor/gui/wordpress/dialogs.py" line="78"/>
        <source>Add a WordPress Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/wordpress/dialogs.py" line="79"/>
        <source>Users ▸ Profile ▸ Application Passwords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/wordpress/dialogs.py" line="80"/>
        <source>&amp;Test Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/wordpress/dialogs.py" line="81"/>
        <source>Site address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/wordpress/dialogs.py" line="81"/>
        <source>User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/wordpress/dialogs.py" line="81"/>
        <source>Application password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/wordpress/dialogs.py" line="92"/>
        <source>version hidden by the site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/wordpress/dialogs.py" line="93"/>
        <source>may edit pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/wordpress/dialogs.py" line="93"/>
        <source>may NOT edit pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/wordpress/dialogs.py" line="95"/>
        <source>WordPress %1 — signed in as %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <location filename="../editor/gui/window/statusbar.py" line="113"/>
        <source>No section</source>
        <extracomment>A document with more characters than this has its words counted after the first paint.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/window/statusbar.py" line="114"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/window/statusbar.py" line="116"/>
        <source>(untitled section)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/window/statusbar.py" line="117"/>
        <source>Section: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../editor/gui/window/statusbar.py" line="118"/>
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n word</numerusform>
            <numerusform>%n words</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../editor/gui/window/statusbar.py" line="123"/>
        <source>%1 in this section · %n word(s) in the document</source>
        <translation>
            <numerusform>%1 in this section · %n word in the document</numerusform>
            <numerusform>%1 in this section · %n words in the document</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../editor/gui/window/statusbar.py" line="130"/>
        <source>Typography: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/window/statusbar.py" line="132"/>
        <source>Typography: off (%1 is not French)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableDialog</name>
    <message>
        <location filename="../editor/gui/text/table_dialog.py" line="36"/>
        <source>Insert Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/text/table_dialog.py" line="37"/>
        <source>Columns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/text/table_dialog.py" line="38"/>
        <source>Rows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/text/table_dialog.py" line="42"/>
        <source>Column %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TranslatorWindow</name>
    <message>
        <location filename="../editor/gui/translation/translator_window.py" line="168"/>
        <source>Translations of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/translation/translator_window.py" line="169"/>
        <source>locale, e.g. en-GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/translation/translator_window.py" line="170"/>
        <location filename="../editor/gui/translation/translator_window.py" line="207"/>
        <source>New Translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/translation/translator_window.py" line="171"/>
        <source>Start a translation as a copy of the source, every section untranslated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/translation/translator_window.py" line="172"/>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/translation/translator_window.py" line="172"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/translation/translator_window.py" line="173"/>
        <source>Source (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/translation/translator_window.py" line="174"/>
        <source>Translation (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/translation/translator_window.py" line="175"/>
        <source>Changes in the source since the translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/translation/translator_window.py" line="176"/>
        <source>Next Outdated Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/translation/translator_window.py" line="177"/>
        <source>Mark as Translated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/translation/translator_window.py" line="178"/>
        <source>Record that this section now translates the current source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/translation/translator_window.py" line="179"/>
        <location filename="../editor/gui/translation/translator_window.py" line="354"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/translation/translator_window.py" line="185"/>
        <source>translated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/translation/translator_window.py" line="186"/>
        <source>outdated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/translation/translator_window.py" line="187"/>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/translation/translator_window.py" line="188"/>
        <source>extra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/translation/translator_window.py" line="207"/>
        <source>Give a locale that has no file yet, such as en-GB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/translation/translator_window.py" line="223"/>
        <source>No translation yet: start one with a locale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../editor/gui/translation/translator_window.py" line="232"/>
        <source>%n translated</source>
        <translation>
            <numerusform>%n translated</numerusform>
            <numerusform>%n translated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../editor/gui/translation/translator_window.py" line="233"/>
        <source>%n outdated</source>
        <translation>
            <numerusform>%n outdated</numerusform>
            <numerusform>%n outdated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../editor/gui/translation/translator_window.py" line="234"/>
        <source>%n missing</source>
        <translation>
            <numerusform>%n missing</numerusform>
            <numerusform>%n missing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../editor/gui/translation/translator_window.py" line="235"/>
        <source>%n extra</source>
        <translation>
            <numerusform>%n extra</numerusform>
            <numerusform>%n extra</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../editor/gui/translation/translator_window.py" line="309"/>
        <source>The source has not changed since this section was translated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/translation/translator_window.py" line="311"/>
        <source>This section has not been translated yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/translation/translator_window.py" line="313"/>
        <source>This section is no longer in the source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/translation/translator_window.py" line="320"/>
        <source>The source changed, but the text it was translated from is not known here (it is kept when a section is marked as translated or exported to XLIFF).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/translation/translator_window.py" line="365"/>
        <source>Unsaved Translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/translation/translator_window.py" line="366"/>
        <source>Save the changes to the %1 translation?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/translation/translator_window.py" line="385"/>
        <location filename="../editor/gui/translation/translator_window.py" line="396"/>
        <source>Translations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/translation/translator_window.py" line="386"/>
        <source>Translations sit beside the policy&apos;s file, named NAME.LOCALE.policy.md (politique.fr-FR.policy.md): save the policy under such a name first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VersionsDialog</name>
    <message>
        <location filename="../editor/gui/legal/versions_dialog.py" line="127"/>
        <source>Published Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/legal/versions_dialog.py" line="128"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/legal/versions_dialog.py" line="128"/>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/legal/versions_dialog.py" line="128"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/legal/versions_dialog.py" line="128"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/legal/versions_dialog.py" line="129"/>
        <source>Publish Version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/legal/versions_dialog.py" line="130"/>
        <source>Compare with Current Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/legal/versions_dialog.py" line="131"/>
        <source>Compare the Two Selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/legal/versions_dialog.py" line="140"/>
        <source>Cannot read the versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/legal/versions_dialog.py" line="175"/>
        <source>Publish Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/legal/versions_dialog.py" line="178"/>
        <source>Cannot publish the version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/legal/versions_dialog.py" line="207"/>
        <source>Cannot open the version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/legal/versions_dialog.py" line="210"/>
        <source>current text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/legal/versions_dialog.py" line="211"/>
        <source>Comparing the versions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/legal/versions_dialog.py" line="211"/>
        <source>Cancel</source>
        <translation type="unfinished">Cancel</translation>
    </message>
</context>
<context>
    <name>WholeDocumentEditor</name>
    <message>
        <location filename="../editor/gui/text/whole_document.py" line="76"/>
        <source>Whole document: each line like “## Title {#id}” starts a section. Type “## New title {#}” to add a section; edits apply when you pause.</source>
        <extracomment>Pause in typing after which edits are applied to the document.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/text/whole_document.py" line="143"/>
        <source>Not applied yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/text/whole_document.py" line="153"/>
        <source>Edit in Whole Document</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WordPressController</name>
    <message>
        <location filename="../editor/gui/wordpress/controller.py" line="84"/>
        <source>Open from Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/wordpress/controller.py" line="87"/>
        <source>Cannot open the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/wordpress/controller.py" line="98"/>
        <source>Cannot publish yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/wordpress/controller.py" line="106"/>
        <source>a new page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/wordpress/controller.py" line="126"/>
        <location filename="../editor/gui/wordpress/controller.py" line="242"/>
        <location filename="../editor/gui/wordpress/controller.py" line="265"/>
        <source>Publish to Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/wordpress/controller.py" line="141"/>
        <source>Pull Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/wordpress/controller.py" line="145"/>
        <source>Nothing was published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/wordpress/controller.py" line="148"/>
        <source>Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/wordpress/controller.py" line="149"/>
        <source>Sent to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/wordpress/controller.py" line="163"/>
        <source>No Keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/wordpress/controller.py" line="164"/>
        <source>There is no system keyring: the password is kept until you quit, and asked again next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/wordpress/controller.py" line="182"/>
        <source>Test Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/wordpress/controller.py" line="206"/>
        <source>List Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/wordpress/controller.py" line="209"/>
        <source>Cannot list the pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/wordpress/controller.py" line="224"/>
        <source>“%1” (ID %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/wordpress/controller.py" line="242"/>
        <source>Site:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/wordpress/controller.py" line="248"/>
        <source>Application Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/wordpress/controller.py" line="249"/>
        <source>Application password of %1 at %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/wordpress/controller.py" line="260"/>
        <source>Publish %1 on %2? Visitors will see it at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/wordpress/controller.py" line="262"/>
        <source>Submit %1 on %2 for review?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/wordpress/controller.py" line="273"/>
        <source>Incomplete Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/wordpress/controller.py" line="275"/>
        <source>This policy comes from a cut-off import: section “%1” is incomplete. Sending it replaces the page with a shorter text. Send it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/wordpress/controller.py" line="289"/>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/wordpress/controller.py" line="291"/>
        <source>The page was sent as %1:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/wordpress/controller.py" line="294"/>
        <source>&amp;Open the Page</source>
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
    <name>WritingAids</name>
    <message>
        <location filename="../editor/gui/text/writing_aids.py" line="100"/>
        <location filename="../editor/gui/text/writing_aids.py" line="101"/>
        <source>Fix Typography Here</source>
        <extracomment>Milliseconds after the last keystroke before the section is checked again.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/text/writing_aids.py" line="155"/>
        <location filename="../editor/gui/text/writing_aids.py" line="221"/>
        <source>Unknown word: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/text/writing_aids.py" line="197"/>
        <source>For review: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/text/writing_aids.py" line="271"/>
        <location filename="../editor/gui/text/writing_aids.py" line="274"/>
        <source>Fix typography</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/text/writing_aids.py" line="293"/>
        <source>Fix typography in the section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/text/writing_aids.py" line="302"/>
        <source>Fix typography in the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/text/writing_aids.py" line="309"/>
        <location filename="../editor/gui/text/writing_aids.py" line="312"/>
        <source>Correct spelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/text/writing_aids.py" line="352"/>
        <source>Typography as you type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/text/writing_aids.py" line="368"/>
        <source>Add “%1” to Dictionary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/text/writing_aids.py" line="370"/>
        <source>Ignore “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/text/writing_aids.py" line="375"/>
        <source>Fix: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/text/writing_aids.py" line="379"/>
        <source>Fix All Typography in the Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/text/writing_aids.py" line="382"/>
        <source>Fix All Typography in the Document</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WritingTools</name>
    <message>
        <location filename="../editor/gui/text/writing_tools.py" line="87"/>
        <source>Find and &amp;Replace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/text/writing_tools.py" line="88"/>
        <source>Fix Typography as I &amp;Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/text/writing_tools.py" line="89"/>
        <source>Check &amp;Spelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/text/writing_tools.py" line="130"/>
        <source>Not found: “%1”</source>
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
        <location filename="../editor/catalogue.py" line="204"/>
        <source>{count} square bracket(s) nested too deeply were read as plain text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="238"/>
        <source>the document has tracked changes ({count}: {insertions} insertion(s), {deletions} deletion(s), {moves} move(s)): they were imported as accepted (insertions kept, deletions left out); check the text against Word&apos;s final version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="252"/>
        <source>{count} heading(s) found from short bold lines (not in a heading style); check the outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="298"/>
        <source>the file was not saved as UTF-8; it was read as Windows-1252: check the accented letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="304"/>
        <source>the export was damaged by {count} line break(s) in the wrong place; it was repaired, the text is complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="311"/>
        <source>the file is incomplete: it stops at line {line}, and whatever came after is missing. Get a complete export before publishing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="319"/>
        <source>the page was cut off after “{title}”: the text after it is missing. Get a complete export before publishing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="327"/>
        <source>a heading, paragraph or list damaged in the export was repaired: check that it reads as intended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="334"/>
        <source>a link to {url} damaged in the export was repaired: check that it covers the right words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="340"/>
        <source>damaged formatting was removed; the text is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="344"/>
        <source>{count} line break(s) in repaired paragraphs were kept as line breaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="349"/>
        <source>{count} leftover WordPress editor marker(s) were removed; the text is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="353"/>
        <source>{count} block(s) “{name}” are filled in by WordPress when the page is shown: their text is not in the export and was not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="361"/>
        <source>{count} page-builder setting(s) damaged by curly quotes were repaired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="365"/>
        <source>{count} WordPress code(s) “[{tag}]” were kept as they are, in square brackets: check whether the page still needs them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="373"/>
        <source>a block of raw HTML in the page builder could not be read; it is kept as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="377"/>
        <source>the page-builder code “[{tag}]” is not closed: the page may be damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="381"/>
        <source>the page had {count} page-builder text blocks; publishing back into the page builder puts the edited text in one block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="389"/>
        <source>the page text was not where WordPress usually puts it; it was read anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="393"/>
        <source>this export holds the page&apos;s title and settings but not its text: export the page again with its content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="524"/>
        <source>{count} page-builder setting(s) damaged by WordPress&apos;s typography were repaired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="531"/>
        <source>the page has no headings: {count} short bold paragraph(s) were taken as section headings; check the outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="538"/>
        <source>{count} underlined, struck-through, highlighted, subscript or superscript passage(s) were kept as plain text; check their meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="545"/>
        <source>the checklist is not valid: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="551"/>
        <source>“{label}” cannot be a version label (use letters, digits, “.”, “-” or “_”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="557"/>
        <source>version “{label}” is already published; a published version never changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="563"/>
        <source>there is no published version “{label}” (published: {known})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="569"/>
        <source>the snapshot of version “{label}” was changed after it was published ({file})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="575"/>
        <source>the index of published versions cannot be read ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="581"/>
        <source>the snapshot cannot be written ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="587"/>
        <source>only a .policy.md file can be published (convert it first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="593"/>
        <source>the file has no byte-order mark; read as {charset} from its byte pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="599"/>
        <source>the content is {found}, not text or WordPress&apos;s {{rendered}} object: no text was read from it (it is kept for export)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="606"/>
        <source>this is {kind}, not a file: only ordinary files can be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="612"/>
        <source>the path is a symbolic link that loops (it points back to itself)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="618"/>
        <source>the file is nested too deeply to be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="624"/>
        <source>{count} line(s) nested deeper than {limit} list levels were moved up to level {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="630"/>
        <source>{count} line(s) quoted deeper than {limit} levels were kept at {limit} levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="636"/>
        <source>{count} emphasis marker(s) past the first {limit} of a paragraph were read as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="642"/>
        <source>{count} square bracket(s) nested too deeply or never closed were read as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="648"/>
        <source>{count} link or image opening(s) never closed were read as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="654"/>
        <source>{count} paragraph(s) longer than {limit} characters are kept as typed, without Markdown formatting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="660"/>
        <source>{count} lone surrogate character(s) (invalid Unicode) were replaced by U+FFFD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="666"/>
        <source>{count} NUL character(s) were replaced by U+FFFD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="672"/>
        <source>a number in the file has {digits} digits; more than {limit} cannot be a real value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="678"/>
        <source>cannot be saved because of an internal error ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="136"/>
        <location filename="../editor/catalogue.py" line="270"/>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="271"/>
        <source>this is a binary file, not a WordPress JSON export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="273"/>
        <source>this is not JSON (it should start with &apos;{{&apos; or &apos;[&apos;; found {found!r})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="276"/>
        <source>the JSON is broken at column {column} ({detail}) and cannot be repaired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="279"/>
        <source>this JSON is not a WordPress page or post (no &apos;content&apos; field; found {found})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="281"/>
        <source>the JSON is an empty list: the lookup found no page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="283"/>
        <source>the JSON holds {count} pages; export one page (or a lookup that finds one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="286"/>
        <source>this is a WordPress error response ({code}: {message}), not a page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="289"/>
        <source>the page is password-protected and its content is not in the export (export it with ?context=edit and the password)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="295"/>
        <source>the page content is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="137"/>
        <source>this is a binary file, not {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="159"/>
        <source>the page has no text to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="198"/>
        <source>the file has no text to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="208"/>
        <source>this is not a Word .docx document ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="209"/>
        <source>the Word document is damaged and cannot be read ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="211"/>
        <source>the Word document is password-protected: open it in Word, remove the password (File &gt; Info &gt; Protect Document) and save it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="218"/>
        <source>this is an old Word 97-2003 .doc file: open it in Word or LibreOffice and save it as .docx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="223"/>
        <source>the document would expand to an unreasonable size ({detail}); it was not opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="246"/>
        <source>the document has {count} comment(s); comments are not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="258"/>
        <source>the document uses no heading styles and has no bold title lines: it was imported as a single section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="264"/>
        <source>paragraph styles without a meaning here were imported as plain paragraphs: {styles}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="232"/>
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
        <location filename="../editor/catalogue.py" line="139"/>
        <source>the page names a character set this program does not know; it was read as {used}: check the accented letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="147"/>
        <source>the file does not say how its letters are encoded; it was read as Windows-1252: check the accented letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="155"/>
        <source>{count} character(s) could not be read and show as “�”: correct them by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="161"/>
        <source>{count} active element(s) such as scripts, forms or embedded frames were left out: they are never imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="169"/>
        <source>{count} hidden script(s) attached to the text were removed; the text is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="173"/>
        <source>{count} part(s) of the page were nested too deeply; their text is kept without that layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="179"/>
        <source>a heading skipped a level; it was placed one level below the heading before it: check the outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="186"/>
        <source>an empty heading was left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="189"/>
        <source>{count} link(s) that would run a program were kept as plain text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="193"/>
        <source>{count} image(s) could not be kept; their descriptions are kept instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="226"/>
        <source>the document is far larger than a policy ({detail}); it was not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="506"/>
        <source>heading level {level} follows level {previous}: imported as level {used}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="400"/>
        <source>{count} heading(s) found from paragraph outline levels (text pasted from a web page or Google Docs); check the outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="407"/>
        <source>{count} heading(s) found from numbered list items; check the outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="413"/>
        <source>{count} heading(s) found from numbered lines (Article 3, 1.2, III., Chapitre...); check the outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="419"/>
        <source>{count} heading(s) found from lines in a larger font; check the outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="425"/>
        <source>{count} heading(s) found from underlined lines; check the outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="431"/>
        <source>{count} heading(s) found from lines in capitals; check the outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="437"/>
        <source>heading levels were guessed from {count} kinds of heading repeated through the document (numbering depth, font size, style of the line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="444"/>
        <source>{count} emphasised line(s) ending with a colon were kept as text (lead-ins), not headings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="450"/>
        <source>the first line was taken as the policy title: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="456"/>
        <source>the line under the title was read into the document properties: {line}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="462"/>
        <source>the line under the title looks like a date or version but could not be read; it was kept as text: {line}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="468"/>
        <source>{count} preformatted paragraph(s) were kept as code blocks, line by line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="474"/>
        <source>{count} picture(s) left out ({size} larger than {limit} MB, {total} beyond {total_limit} MB of pictures in all, {format} in a format web pages and Word do not both show (EMF, WMF, SVG, TIFF...), {unreadable} unreadable); their alternative text is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="482"/>
        <source>the document declares the language {declared} but its text is in {used}; it was imported as {used}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="488"/>
        <source>{count} paragraph(s) with HTML tags were converted to Markdown (tags are shown as text otherwise)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="494"/>
        <source>{count} reference link(s) defined in another section were written inline (each section stands alone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="500"/>
        <source>the markup in heading {title!r} was removed: titles are plain text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="512"/>
        <source>an empty level-{level} heading was left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="518"/>
        <source>the front matter gives the title and language; its other keys were left out ({keys})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="133"/>
        <source>invalid regular expression “{pattern}”: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="134"/>
        <source>the text changed since the search: search again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="814"/>
        <source>this policy was not pulled from a WordPress site; name the site (--site on the command line) to create a new page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="821"/>
        <source>the import of this page was cut off (section “{section}” is incomplete): pushing would replace the page with a shortened text; confirm first (--allow-incomplete on the command line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="835"/>
        <source>this policy comes from {origin}, not from {site}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="841"/>
        <source>the page was built with Elementor, which shows its own saved layout: the text was sent, but visitors see it only once the page is edited with Elementor or switched back to the block editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="684"/>
        <source>“{url}” is not a web address (for example https://example.org)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="690"/>
        <source>{url}: plain http is refused except for localhost and 127.0.0.1: the application password would cross the network unencrypted; use the site’s https:// address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="697"/>
        <source>no WordPress site {url} is set up; add it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="703"/>
        <source>no WordPress site is set up; add one first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="709"/>
        <source>several WordPress sites are set up ({sites}); choose one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="715"/>
        <source>no application password for {user} at {url}: there is no system keyring to keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="721"/>
        <source>the application password is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="727"/>
        <source>{url}: the site refused the user name or application password (401); check them in the user’s profile, Application Passwords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="734"/>
        <source>{url}: the user may not do this on the site (403: {detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="740"/>
        <source>{url}: the page does not exist on the site any more (404; deleted or moved to the trash)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="746"/>
        <source>{url}: the site has no page “{ref}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="752"/>
        <source>{url}: the site answered with a web page instead of REST API data ({detail}); a security plugin, a maintenance page or a wrong address is in the way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="759"/>
        <source>{url}: the REST API is disabled or blocked on this site ({detail}); it is needed to read and write pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="765"/>
        <source>{url}: the site did not answer within {seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="771"/>
        <source>{url}: the secure connection failed ({detail}); the site’s certificate is not trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="777"/>
        <source>{url}: cannot reach the site ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="783"/>
        <source>{url}: the site redirects to {target}; credentials are never sent to another address: use that address for the site if it is the right one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="790"/>
        <source>{url}: the site failed with a server error ({status}); this request changed nothing, try again later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="796"/>
        <source>{url}: the site refused the request ({status}: {detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="802"/>
        <source>{url}: the site’s answer is not valid JSON ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="808"/>
        <source>cancelled; the step that was running changed nothing on the site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="828"/>
        <source>the page “{title}” (ID {id}) changed on {site} since it was pulled (modified {theirs} UTC, pulled at {ours} UTC); nothing was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="848"/>
        <source>embedded image {index} is not an image type WordPress accepts ({mime})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="855"/>
        <source>the slug “{value}” may hold only lower-case letters, digits and hyphens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="857"/>
        <source>“{value}” is not a real date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="859"/>
        <source>“{value}” is not a known locale (a language among {known}, e.g. fr-FR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="861"/>
        <source>“{value}” is not a typography profile ({known})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="863"/>
        <source>the file name has no locale: expected NAME.LOCALE.policy.md</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="864"/>
        <source>there is no translation of this policy beside it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="865"/>
        <source>this translation exists already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="866"/>
        <source>not an XLIFF 1.2 file ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="867"/>
        <source>the source policy {source} cannot be found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="36"/>
        <source>%1, line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="38"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="40"/>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="48"/>
        <source>Near “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <location filename="../editor/gui/printing/pages.py" line="50"/>
        <source>Page %1 / %2</source>
        <extracomment>Page margins in millimetres; the header and footer sit inside the top and bottom margins.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>profiles</name>
    <message>
        <location filename="../editor/gui/profiles.py" line="11"/>
        <source>French, narrow no-break spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/profiles.py" line="12"/>
        <source>French, no-break spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/profiles.py" line="13"/>
        <location filename="../editor/gui/profiles.py" line="15"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>statuses</name>
    <message>
        <location filename="../editor/gui/statuses.py" line="12"/>
        <location filename="../editor/gui/statuses.py" line="24"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/statuses.py" line="13"/>
        <source>In review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/statuses.py" line="14"/>
        <location filename="../editor/gui/statuses.py" line="23"/>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/statuses.py" line="15"/>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/statuses.py" line="25"/>
        <source>Pending review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/statuses.py" line="26"/>
        <source>Private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/statuses.py" line="27"/>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/statuses.py" line="28"/>
        <source>In the trash</source>
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
<context>
    <name>wp_task</name>
    <message>
        <location filename="../editor/gui/wordpress/task.py" line="39"/>
        <source>Uploading image %1 of %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/wordpress/task.py" line="42"/>
        <source>Reading from the site…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/wordpress/task.py" line="43"/>
        <source>Checking whether the page changed on the site…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/wordpress/task.py" line="44"/>
        <source>Sending the page…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/wordpress/task.py" line="45"/>
        <source>Connecting to the site…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/wordpress/task.py" line="47"/>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../editor/gui/wordpress/task.py" line="52"/>
        <source>Cancel</source>
        <translation type="unfinished">Cancel</translation>
    </message>
</context>
</TS>
