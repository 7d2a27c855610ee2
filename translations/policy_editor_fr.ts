<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ActionCollection</name>
    <message>
        <location filename="../editor/gui/window/actions.py" line="95"/>
        <source>&amp;New Empty Policy</source>
        <extracomment>name -&gt; shortcuts (standard keys first, so each platform gets its own conventions). Actions whose keys belong to the outline only (Delete and F2 must still work in text fields).</extracomment>
        <translation>&amp;Nouvelle politique vide</translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="95"/>
        <source>Start a new, empty policy</source>
        <translation>Commencer une nouvelle politique vide</translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="97"/>
        <source>New from &amp;Sample Policy</source>
        <translation>Nouvelle d’après l’&amp;exemple</translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="98"/>
        <source>Start a new policy from the bundled French privacy policy</source>
        <translation>Commencer une nouvelle politique à partir de la politique de confidentialité d’exemple</translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="101"/>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="102"/>
        <source>Open a policy, or import a WordPress, Word, HTML or Markdown file</source>
        <translation>Ouvrir une politique, ou importer un fichier WordPress, Word, HTML ou Markdown</translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="104"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="104"/>
        <source>Save the policy</source>
        <translation>Enregistrer la politique</translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="105"/>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="105"/>
        <source>Save the policy under a new name</source>
        <translation>Enregistrer la politique sous un nouveau nom</translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="106"/>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="106"/>
        <source>Close the policy</source>
        <translation>Fermer la politique</translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="107"/>
        <source>Clear the List</source>
        <translation>Vider la liste</translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="107"/>
        <source>Forget the recently opened files</source>
        <translation>Oublier les fichiers ouverts récemment</translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="120"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="120"/>
        <source>Quit Policy Editor</source>
        <translation>Quitter Policy Editor</translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="123"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="123"/>
        <source>Undo the last change</source>
        <translation>Annuler la dernière modification</translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="124"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="124"/>
        <source>Redo the last undone change</source>
        <translation>Rétablir la dernière modification annulée</translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="130"/>
        <source>&amp;Find…</source>
        <translation>Re&amp;chercher…</translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="130"/>
        <source>Find text in the policy</source>
        <translation>Rechercher du texte dans la politique</translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="131"/>
        <source>Find &amp;Next</source>
        <translation>Occurrence &amp;suivante</translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="131"/>
        <source>Find the next occurrence</source>
        <translation>Aller à l’occurrence suivante</translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="132"/>
        <source>Find &amp;Previous</source>
        <translation>Occurrence &amp;précédente</translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="132"/>
        <source>Find the previous occurrence</source>
        <translation>Aller à l’occurrence précédente</translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="133"/>
        <source>Add &amp;Section</source>
        <translation>Ajouter une &amp;section</translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="133"/>
        <source>Add a section after the selected one</source>
        <translation>Ajouter une section après la section sélectionnée</translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="134"/>
        <source>Add S&amp;ubsection</source>
        <translation>Ajouter une so&amp;us-section</translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="134"/>
        <source>Add a subsection inside the selected section</source>
        <translation>Ajouter une sous-section dans la section sélectionnée</translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="135"/>
        <source>&amp;Rename</source>
        <translation>&amp;Renommer</translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="135"/>
        <source>Rename the selected section</source>
        <translation>Renommer la section sélectionnée</translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="136"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="136"/>
        <source>Delete the selected section and its subsections</source>
        <translation>Supprimer la section sélectionnée et ses sous-sections</translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="137"/>
        <source>Move &amp;Up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="137"/>
        <source>Move the section before the previous one</source>
        <translation>Placer la section avant la précédente</translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="138"/>
        <source>Move Do&amp;wn</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="138"/>
        <source>Move the section after the next one</source>
        <translation>Placer la section après la suivante</translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="139"/>
        <source>&amp;Indent</source>
        <translation>&amp;Abaisser d’un niveau</translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="139"/>
        <source>Make the section a subsection of the one above</source>
        <translation>Faire de la section une sous-section de la section au-dessus</translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="140"/>
        <source>&amp;Outdent</source>
        <translation>&amp;Remonter d’un niveau</translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="140"/>
        <source>Make the section a sibling of its parent</source>
        <translation>Placer la section au niveau de sa section parente</translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="142"/>
        <source>&amp;Whole Document</source>
        <translation>&amp;Document entier</translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="143"/>
        <source>Show all sections in one continuous editor</source>
        <translation>Afficher toutes les sections dans un seul éditeur continu</translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="145"/>
        <source>&amp;Preview</source>
        <translation>&amp;Aperçu</translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="145"/>
        <source>Show or hide the preview of the page</source>
        <translation>Afficher ou masquer l’aperçu de la page</translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="156"/>
        <source>&amp;About Policy Editor</source>
        <translation>À &amp;propos de Policy Editor</translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="156"/>
        <source>Version and licence</source>
        <translation>Version et licence</translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="147"/>
        <source>Legal &amp;Checklist</source>
        <translation>&amp;Liste de contrôle juridique</translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="148"/>
        <source>Show what the policy covers of GDPR and French law (an aid for legal review)</source>
        <translation>Montrer ce que la politique couvre du RGPD et du droit français (une aide à la relecture juridique)</translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="150"/>
        <source>&amp;Publish Version…</source>
        <translation>&amp;Publier une version…</translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="150"/>
        <source>Record the current text as a published version</source>
        <translation>Enregistrer le texte actuel comme version publiée</translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="153"/>
        <source>Published &amp;Versions…</source>
        <translation>&amp;Versions publiées…</translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="154"/>
        <source>List the published versions and compare them</source>
        <translation>Lister les versions publiées et les comparer</translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="121"/>
        <source>&amp;Open from Site…</source>
        <translation>&amp;Ouvrir depuis le site…</translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="121"/>
        <source>Open a page of a WordPress site</source>
        <translation>Ouvrir une page d’un site WordPress</translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="122"/>
        <source>&amp;Publish to Site…</source>
        <translation>&amp;Publier sur le site…</translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="122"/>
        <source>Send the policy to its WordPress page</source>
        <translation>Envoyer la politique vers sa page WordPress</translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="108"/>
        <source>&amp;Export…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="108"/>
        <source>Export to Word, HTML, WordPress, Markdown or PDF</source>
        <translation>Exporter en Word, HTML, WordPress, Markdown ou PDF</translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="109"/>
        <source>Export to P&amp;DF…</source>
        <translation>Exporter en P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="109"/>
        <source>Write the printed pages to a PDF file</source>
        <translation>Écrire les pages imprimées dans un fichier PDF</translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="111"/>
        <source>Copy &amp;WordPress Payload</source>
        <translation>Copier la charge &amp;WordPress</translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="112"/>
        <source>Copy the WordPress update payload (JSON) to the clipboard</source>
        <translation>Copier la charge de mise à jour WordPress (JSON) dans le presse-papiers</translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="115"/>
        <source>Copy &amp;HTML Fragment</source>
        <translation>Copier le fragment &amp;HTML</translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="116"/>
        <source>Copy the policy as an HTML fragment to the clipboard</source>
        <translation>Copier la politique en fragment HTML dans le presse-papiers</translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="118"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="118"/>
        <source>Print the policy, with a preview of the pages</source>
        <translation>Imprimer la politique, avec un aperçu des pages</translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="119"/>
        <source>P&amp;roperties…</source>
        <translation>P&amp;ropriétés…</translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="119"/>
        <source>Title, locale, dates and profile of the policy</source>
        <translation>Titre, langue, dates et profil de la politique</translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="125"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Couper</translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="125"/>
        <source>Cut the selected text</source>
        <translation>Couper le texte sélectionné</translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="126"/>
        <source>&amp;Copy</source>
        <translation>Co&amp;pier</translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="126"/>
        <source>Copy the selected text</source>
        <translation>Copier le texte sélectionné</translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="127"/>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="127"/>
        <source>Paste the clipboard&apos;s text</source>
        <translation>Coller le texte du presse-papiers</translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="128"/>
        <source>Select &amp;All</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="128"/>
        <source>Select all the text of the field</source>
        <translation>Sélectionner tout le texte du champ</translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="129"/>
        <source>Pr&amp;eferences…</source>
        <translation>Pré&amp;férences…</translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="129"/>
        <source>Language, theme, fonts and defaults</source>
        <translation>Langue, thème, polices et réglages par défaut</translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="151"/>
        <source>&amp;Translations…</source>
        <translation>&amp;Traductions…</translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="151"/>
        <source>Keep the translations of this policy in sync</source>
        <translation>Tenir les traductions de cette politique à jour</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <location filename="../editor/gui/controller.py" line="72"/>
        <source>Cannot export yet</source>
        <translation>Impossible d’exporter pour l’instant</translation>
    </message>
    <message>
        <location filename="../editor/gui/controller.py" line="79"/>
        <source>Set Last-Updated Date</source>
        <translation>Date de mise à jour</translation>
    </message>
    <message>
        <location filename="../editor/gui/controller.py" line="100"/>
        <source>Incomplete Policy</source>
        <translation>Politique incomplète</translation>
    </message>
    <message>
        <location filename="../editor/gui/controller.py" line="103"/>
        <source>This policy was imported from a cut-off file: the text ends inside “%1”.</source>
        <translation>Cette politique a été importée d’un fichier tronqué&#xa0;: le texte s’arrête dans «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../editor/gui/controller.py" line="105"/>
        <source>Export it anyway? The missing text will be missing from the export too.</source>
        <translation>L’exporter quand même&#xa0;? Le texte manquant manquera aussi dans l’export.</translation>
    </message>
    <message>
        <location filename="../editor/gui/controller.py" line="106"/>
        <source>Export Anyway</source>
        <translation>Exporter quand même</translation>
    </message>
    <message>
        <location filename="../editor/gui/controller.py" line="139"/>
        <source>Export to PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <location filename="../editor/gui/controller.py" line="139"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../editor/gui/controller.py" line="157"/>
        <source>Exporting</source>
        <translation>Export en cours</translation>
    </message>
    <message>
        <location filename="../editor/gui/controller.py" line="158"/>
        <source>Exporting to %1…</source>
        <translation>Export vers %1…</translation>
    </message>
    <message>
        <location filename="../editor/gui/controller.py" line="159"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../editor/gui/controller.py" line="182"/>
        <source>Exported %1</source>
        <translation>%1 exporté</translation>
    </message>
    <message>
        <location filename="../editor/gui/controller.py" line="190"/>
        <source>Export Failed</source>
        <translation>Échec de l’export</translation>
    </message>
    <message>
        <location filename="../editor/gui/controller.py" line="190"/>
        <source>Nothing was written.
%1</source>
        <translation>Rien n’a été écrit.
%1</translation>
    </message>
    <message>
        <location filename="../editor/gui/controller.py" line="193"/>
        <source>Export cancelled; nothing was written.</source>
        <translation>Export annulé&#xa0;; rien n’a été écrit.</translation>
    </message>
    <message>
        <location filename="../editor/gui/controller.py" line="207"/>
        <source>Export Done</source>
        <translation>Export terminé</translation>
    </message>
    <message>
        <location filename="../editor/gui/controller.py" line="209"/>
        <source>The policy was exported to “%1”.</source>
        <translation>La politique a été exportée vers «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../editor/gui/controller.py" line="210"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../editor/gui/controller.py" line="211"/>
        <source>Show in Folder</source>
        <translation>Afficher dans le dossier</translation>
    </message>
    <message>
        <location filename="../editor/gui/controller.py" line="229"/>
        <source>Cannot Copy</source>
        <translation>Copie impossible</translation>
    </message>
    <message>
        <location filename="../editor/gui/controller.py" line="235"/>
        <source>%1 copied to the clipboard</source>
        <translation>%1 copié dans le presse-papiers</translation>
    </message>
    <message>
        <location filename="../editor/gui/controller.py" line="248"/>
        <source>Policy</source>
        <translation>Politique</translation>
    </message>
    <message>
        <location filename="../editor/gui/controller.py" line="254"/>
        <source>Cannot print yet</source>
        <translation>Impossible d’imprimer pour l’instant</translation>
    </message>
    <message>
        <location filename="../editor/gui/controller.py" line="300"/>
        <source>Document Properties</source>
        <translation>Propriétés du document</translation>
    </message>
</context>
<context>
    <name>BackgroundImport</name>
    <message>
        <location filename="../editor/gui/document/background_import.py" line="46"/>
        <source>Opening %1…</source>
        <translation>Ouverture de %1…</translation>
    </message>
    <message>
        <location filename="../editor/gui/document/background_import.py" line="50"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <location filename="../editor/gui/legal/checklist_panel.py" line="108"/>
        <source>Legal Checklist</source>
        <extracomment>Pause after the last edit before the check runs again. (section id, text to select in it: the evidence sentence, or &quot;&quot; to just show the section)</extracomment>
        <translation>Liste de contrôle juridique</translation>
    </message>
    <message>
        <location filename="../editor/gui/legal/checklist_panel.py" line="109"/>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <location filename="../editor/gui/legal/checklist_panel.py" line="109"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../editor/gui/legal/checklist_panel.py" line="110"/>
        <source>Insert Section</source>
        <translation>Insérer la section</translation>
    </message>
    <message>
        <location filename="../editor/gui/legal/checklist_panel.py" line="111"/>
        <source>Add a heading for the selected missing item where it belongs</source>
        <translation>Ajouter un titre pour l’élément manquant sélectionné, à sa place</translation>
    </message>
    <message>
        <location filename="../editor/gui/legal/checklist_panel.py" line="113"/>
        <source>An aid for review by a lawyer, not legal advice: a complete checklist is not a legal opinion.</source>
        <translation>Une aide à la relecture par un juriste, pas un avis juridique&#xa0;: une liste complète n’est pas une consultation juridique.</translation>
    </message>
    <message>
        <location filename="../editor/gui/legal/checklist_panel.py" line="120"/>
        <source>covered</source>
        <translation>traité</translation>
    </message>
    <message>
        <location filename="../editor/gui/legal/checklist_panel.py" line="121"/>
        <source>partial</source>
        <translation>partiel</translation>
    </message>
    <message>
        <location filename="../editor/gui/legal/checklist_panel.py" line="122"/>
        <source>to check</source>
        <translation>à vérifier</translation>
    </message>
    <message>
        <location filename="../editor/gui/legal/checklist_panel.py" line="123"/>
        <source>missing</source>
        <translation>manquant</translation>
    </message>
    <message>
        <location filename="../editor/gui/legal/checklist_panel.py" line="171"/>
        <source>The checklist cannot be read: %1</source>
        <translation>La liste de contrôle ne peut pas être lue&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../editor/gui/legal/checklist_panel.py" line="191"/>
        <source>Does not seem to apply to this policy.</source>
        <translation>Ne semble pas s’appliquer à cette politique.</translation>
    </message>
    <message>
        <location filename="../editor/gui/legal/checklist_panel.py" line="193"/>
        <source>Recommended.</source>
        <translation>Recommandé.</translation>
    </message>
    <message>
        <location filename="../editor/gui/legal/checklist_panel.py" line="197"/>
        <source>Not found: %1</source>
        <translation>Introuvable&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../editor/gui/legal/checklist_panel.py" line="207"/>
        <source>No required item is missing.</source>
        <translation>Aucun élément obligatoire ne manque.</translation>
    </message>
    <message numerus="yes">
        <location filename="../editor/gui/legal/checklist_panel.py" line="207"/>
        <source>%n required item(s) missing.</source>
        <translation>
            <numerusform>%n élément obligatoire manque.</numerusform>
            <numerusform>%n éléments obligatoires manquent.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../editor/gui/legal/checklist_panel.py" line="255"/>
        <source>Insert Section “%1”</source>
        <translation>Insérer la section «&#x202f;%1&#x202f;»</translation>
    </message>
    <message>
        <location filename="../editor/gui/legal/checklist_panel.py" line="185"/>
        <source>not applicable</source>
        <translation>sans objet</translation>
    </message>
</context>
<context>
    <name>ClipboardHandler</name>
    <message>
        <location filename="../editor/gui/text/clipboard.py" line="126"/>
        <source>Cut</source>
        <translation>Couper</translation>
    </message>
    <message>
        <location filename="../editor/gui/text/clipboard.py" line="154"/>
        <location filename="../editor/gui/text/clipboard.py" line="169"/>
        <location filename="../editor/gui/text/clipboard.py" line="187"/>
        <location filename="../editor/gui/text/clipboard.py" line="194"/>
        <source>Paste</source>
        <translation>Coller</translation>
    </message>
    <message numerus="yes">
        <location filename="../editor/gui/text/clipboard.py" line="156"/>
        <source>The pasted text has %n heading(s). Add them as new sections after this one? (No keeps them as bold lines in this section.)</source>
        <translation>
            <numerusform>Le texte collé contient %n titre. L’ajouter comme nouvelle section après celle-ci&#x202f;? (Non le garde en ligne en gras dans cette section.)</numerusform>
            <numerusform>Le texte collé contient %n titres. Les ajouter comme nouvelles sections après celle-ci&#x202f;? (Non les garde en lignes en gras dans cette section.)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../editor/gui/legal/compare_view.py" line="93"/>
        <source>Compare %1 and %2</source>
        <translation>Comparer %1 et %2</translation>
    </message>
    <message>
        <location filename="../editor/gui/legal/compare_view.py" line="94"/>
        <source>Export Word Redline…</source>
        <translation>Exporter la comparaison Word…</translation>
    </message>
    <message>
        <location filename="../editor/gui/legal/compare_view.py" line="95"/>
        <source>Export HTML…</source>
        <translation>Exporter en HTML…</translation>
    </message>
    <message>
        <location filename="../editor/gui/legal/compare_view.py" line="96"/>
        <source>Copy Change Log</source>
        <translation>Copier l’historique des modifications</translation>
    </message>
    <message>
        <location filename="../editor/gui/legal/compare_view.py" line="112"/>
        <source>Word documents (*.docx)</source>
        <translation>Documents Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../editor/gui/legal/compare_view.py" line="112"/>
        <source>Web pages (*.html)</source>
        <translation>Pages web (*.html)</translation>
    </message>
    <message>
        <location filename="../editor/gui/legal/compare_view.py" line="113"/>
        <source>Export the Comparison</source>
        <translation>Exporter la comparaison</translation>
    </message>
    <message>
        <location filename="../editor/gui/legal/compare_view.py" line="119"/>
        <source>Cannot export the comparison</source>
        <translation>Impossible d’exporter la comparaison</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../editor/gui/wordpress/dialogs.py" line="296"/>
        <source>The Page Changed on the Site</source>
        <translation>La page a changé sur le site</translation>
    </message>
    <message>
        <location filename="../editor/gui/wordpress/dialogs.py" line="298"/>
        <source>Struck out: only in the version you pulled. Underlined: added on the site since.</source>
        <translation>Barré&#xa0;: seulement dans la version que vous avez récupérée. Souligné&#xa0;: ajouté sur le site depuis.</translation>
    </message>
    <message>
        <location filename="../editor/gui/wordpress/dialogs.py" line="300"/>
        <source>&amp;Pull Theirs</source>
        <translation>&amp;Prendre la leur</translation>
    </message>
    <message>
        <location filename="../editor/gui/wordpress/dialogs.py" line="301"/>
        <source>&amp;Overwrite</source>
        <translation>&amp;Écraser</translation>
    </message>
</context>
<context>
    <name>DiffView</name>
    <message>
        <location filename="../editor/gui/safety/diff_view.py" line="102"/>
        <source>The two versions are identical.</source>
        <extracomment>Lines of unchanged context shown around each change.</extracomment>
        <translation>Les deux versions sont identiques.</translation>
    </message>
    <message numerus="yes">
        <location filename="../editor/gui/safety/diff_view.py" line="106"/>
        <source>%n unchanged line(s)</source>
        <translation>
            <numerusform>%n ligne inchangée</numerusform>
            <numerusform>%n lignes inchangées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExceptionHook</name>
    <message>
        <location filename="../editor/gui/safety/exception_hook.py" line="77"/>
        <source>Something Went Wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/exception_hook.py" line="83"/>
        <source>Policy Editor met an unexpected problem and could not finish what it was doing.</source>
        <translation>Policy Editor a rencontré un problème inattendu et n’a pas pu terminer ce qu’il faisait.</translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/exception_hook.py" line="88"/>
        <source>Your text is still open and a recovery copy was written: nothing is lost. Save your work now (File ▸ Save As…); if something looks wrong, restart Policy Editor.</source>
        <translation>Votre texte est toujours ouvert et une copie de récupération a été écrite&#xa0;: rien n’est perdu. Enregistrez votre travail maintenant (Fichier ▸ Enregistrer sous…)&#x202f;; si quelque chose semble anormal, redémarrez Policy Editor.</translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/exception_hook.py" line="94"/>
        <source>Your text is still open, but the recovery copy could not be written. Save your work now (File ▸ Save As…); if something looks wrong, restart Policy Editor.</source>
        <translation>Votre texte est toujours ouvert, mais la copie de récupération n’a pas pu être écrite. Enregistrez votre travail maintenant (Fichier ▸ Enregistrer sous…)&#x202f;; si quelque chose semble anormal, redémarrez Policy Editor.</translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/exception_hook.py" line="102"/>
        <source>Details: %1</source>
        <translation>Détails&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../editor/gui/dialogs/export_dialog.py" line="54"/>
        <source>HTML page</source>
        <extracomment>The native format is saved with Save As, not exported.</extracomment>
        <translation>Page HTML</translation>
    </message>
    <message>
        <location filename="../editor/gui/dialogs/export_dialog.py" line="55"/>
        <source>HTML fragment</source>
        <translation>Fragment HTML</translation>
    </message>
    <message>
        <location filename="../editor/gui/dialogs/export_dialog.py" line="56"/>
        <source>Word document (DOCX)</source>
        <translation>Document Word (DOCX)</translation>
    </message>
    <message>
        <location filename="../editor/gui/dialogs/export_dialog.py" line="57"/>
        <source>WordPress page (JSON)</source>
        <translation>Page WordPress (JSON)</translation>
    </message>
    <message>
        <location filename="../editor/gui/dialogs/export_dialog.py" line="58"/>
        <source>WordPress update payload (JSON)</source>
        <translation>Charge de mise à jour WordPress (JSON)</translation>
    </message>
    <message>
        <location filename="../editor/gui/dialogs/export_dialog.py" line="59"/>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <location filename="../editor/gui/dialogs/export_dialog.py" line="60"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../editor/gui/dialogs/export_dialog.py" line="146"/>
        <location filename="../editor/gui/dialogs/export_dialog.py" line="153"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../editor/gui/dialogs/export_dialog.py" line="147"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format&#xa0;:</translation>
    </message>
    <message>
        <location filename="../editor/gui/dialogs/export_dialog.py" line="148"/>
        <source>&amp;Save to:</source>
        <translation>&amp;Enregistrer dans&#xa0;:</translation>
    </message>
    <message>
        <location filename="../editor/gui/dialogs/export_dialog.py" line="151"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location filename="../editor/gui/dialogs/export_dialog.py" line="152"/>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <location filename="../editor/gui/dialogs/export_dialog.py" line="162"/>
        <location filename="../editor/gui/dialogs/export_dialog.py" line="183"/>
        <source>This format has no options.</source>
        <translation>Ce format n’a pas d’options.</translation>
    </message>
    <message>
        <location filename="../editor/gui/dialogs/export_dialog.py" line="206"/>
        <source>Export To</source>
        <translation>Exporter vers</translation>
    </message>
    <message>
        <location filename="../editor/gui/dialogs/export_dialog.py" line="214"/>
        <source>Choose the file to export to.</source>
        <translation>Choisissez le fichier où exporter.</translation>
    </message>
    <message>
        <location filename="../editor/gui/dialogs/export_dialog.py" line="216"/>
        <source>The folder “%1” does not exist.</source>
        <translation>Le dossier «&#xa0;%1&#xa0;» n’existe pas.</translation>
    </message>
</context>
<context>
    <name>FileCommands</name>
    <message>
        <location filename="../editor/gui/files.py" line="47"/>
        <source>Cannot open the sample policy</source>
        <translation>Impossible d’ouvrir la politique d’exemple</translation>
    </message>
    <message>
        <location filename="../editor/gui/files.py" line="55"/>
        <source>Open a Policy</source>
        <translation>Ouvrir une politique</translation>
    </message>
    <message>
        <location filename="../editor/gui/files.py" line="65"/>
        <source>Policies and importable files (%1)</source>
        <translation>Politiques et fichiers importables (%1)</translation>
    </message>
    <message>
        <location filename="../editor/gui/files.py" line="66"/>
        <source>Policy Editor files (*.policy.md)</source>
        <translation>Fichiers Policy Editor (*.policy.md)</translation>
    </message>
    <message>
        <location filename="../editor/gui/files.py" line="67"/>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../editor/gui/files.py" line="80"/>
        <source>Cannot open the file</source>
        <translation>Impossible d’ouvrir le fichier</translation>
    </message>
    <message>
        <location filename="../editor/gui/files.py" line="97"/>
        <source>Opened %1 with notes:</source>
        <translation>%1 ouvert, avec des remarques&#xa0;:</translation>
    </message>
    <message>
        <location filename="../editor/gui/files.py" line="115"/>
        <location filename="../editor/gui/files.py" line="123"/>
        <source>Cannot save yet</source>
        <translation>Enregistrement impossible pour l’instant</translation>
    </message>
    <message>
        <location filename="../editor/gui/files.py" line="142"/>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
</context>
<context>
    <name>FileWatcher</name>
    <message>
        <location filename="../editor/gui/safety/file_watcher.py" line="191"/>
        <source>Cannot Reload</source>
        <extracomment>Events closer together than this are one change (sync tools write in several steps), in ms.</extracomment>
        <translation>Rechargement impossible</translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/file_watcher.py" line="193"/>
        <location filename="../editor/gui/safety/file_watcher.py" line="234"/>
        <source>Reload from Disk</source>
        <translation>Recharger depuis le disque</translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/file_watcher.py" line="213"/>
        <source>Changes on Disk</source>
        <translation>Modifications sur le disque</translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/file_watcher.py" line="216"/>
        <source>open in Policy Editor (mine)</source>
        <translation>ouvert dans Policy Editor (ma version)</translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/file_watcher.py" line="226"/>
        <location filename="../editor/gui/safety/file_watcher.py" line="266"/>
        <source>File Changed on Disk</source>
        <translation>Fichier modifié sur le disque</translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/file_watcher.py" line="209"/>
        <source>(the file on disk cannot be read: %1)</source>
        <translation>(le fichier sur le disque ne peut pas être lu&#xa0;: %1)</translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/file_watcher.py" line="217"/>
        <source>on disk: %1</source>
        <translation>sur le disque&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/file_watcher.py" line="228"/>
        <source>“%1” was changed by another program.</source>
        <translation>«&#xa0;%1&#xa0;» a été modifié par un autre programme.</translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/file_watcher.py" line="230"/>
        <source>You also have changes that are not saved. Which version do you want to keep?</source>
        <translation>Vous avez aussi des modifications non enregistrées. Quelle version voulez-vous garder&#x202f;?</translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/file_watcher.py" line="232"/>
        <source>Load the version on disk, or keep the one open here?</source>
        <translation>Charger la version du disque, ou garder celle ouverte ici&#x202f;?</translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/file_watcher.py" line="236"/>
        <source>Keep Mine</source>
        <translation>Garder la mienne</translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/file_watcher.py" line="238"/>
        <source>Compare…</source>
        <translation>Comparer…</translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/file_watcher.py" line="251"/>
        <source>File Deleted</source>
        <translation>Fichier supprimé</translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/file_watcher.py" line="253"/>
        <source>“%1” was deleted or moved by another program.</source>
        <translation>«&#xa0;%1&#xa0;» a été supprimé ou déplacé par un autre programme.</translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/file_watcher.py" line="269"/>
        <source>“%1” was changed by another program since you opened it. Replace it with your version? (The version on disk is kept as a backup, “%2”.)</source>
        <translation>«&#xa0;%1&#xa0;» a été modifié par un autre programme depuis que vous l’avez ouvert. Le remplacer par votre version&#x202f;? (La version du disque est gardée en copie de secours, «&#xa0;%2&#xa0;».)</translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/file_watcher.py" line="255"/>
        <source>Your text stays open here and is marked as not saved. Save it to write the file again.</source>
        <translation>Votre texte reste ouvert ici et est marqué comme non enregistré. Enregistrez-le pour écrire de nouveau le fichier.</translation>
    </message>
</context>
<context>
    <name>FindReplacePanel</name>
    <message>
        <location filename="../editor/gui/panels/find_replace.py" line="112"/>
        <location filename="../editor/gui/panels/find_replace.py" line="152"/>
        <source>Find and Replace</source>
        <extracomment>Milliseconds after a change of the document before the shown results are listed again.</extracomment>
        <translation>Rechercher et remplacer</translation>
    </message>
    <message>
        <location filename="../editor/gui/panels/find_replace.py" line="112"/>
        <location filename="../editor/gui/panels/find_replace.py" line="152"/>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../editor/gui/panels/find_replace.py" line="113"/>
        <source>Find:</source>
        <translation>Rechercher&#xa0;:</translation>
    </message>
    <message>
        <location filename="../editor/gui/panels/find_replace.py" line="114"/>
        <source>Replace with:</source>
        <translation>Remplacer par&#xa0;:</translation>
    </message>
    <message>
        <location filename="../editor/gui/panels/find_replace.py" line="115"/>
        <source>Match case</source>
        <translation>Respecter la casse</translation>
    </message>
    <message>
        <location filename="../editor/gui/panels/find_replace.py" line="116"/>
        <source>Whole word</source>
        <translation>Mot entier</translation>
    </message>
    <message>
        <location filename="../editor/gui/panels/find_replace.py" line="117"/>
        <source>Regular expression</source>
        <translation>Expression régulière</translation>
    </message>
    <message>
        <location filename="../editor/gui/panels/find_replace.py" line="118"/>
        <source>Any space</source>
        <translation>Toute espace</translation>
    </message>
    <message>
        <location filename="../editor/gui/panels/find_replace.py" line="119"/>
        <source>A space also matches no-break and narrow no-break spaces</source>
        <translation>Une espace trouve aussi les espaces insécables et fines insécables</translation>
    </message>
    <message>
        <location filename="../editor/gui/panels/find_replace.py" line="120"/>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <location filename="../editor/gui/panels/find_replace.py" line="121"/>
        <source>The match before the cursor (Shift+F3)</source>
        <translation>L’occurrence avant le curseur (Maj+F3)</translation>
    </message>
    <message>
        <location filename="../editor/gui/panels/find_replace.py" line="122"/>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location filename="../editor/gui/panels/find_replace.py" line="123"/>
        <source>The match after the cursor (F3)</source>
        <translation>L’occurrence après le curseur (F3)</translation>
    </message>
    <message>
        <location filename="../editor/gui/panels/find_replace.py" line="124"/>
        <source>Find All</source>
        <translation>Tout rechercher</translation>
    </message>
    <message>
        <location filename="../editor/gui/panels/find_replace.py" line="125"/>
        <location filename="../editor/gui/panels/find_replace.py" line="246"/>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <location filename="../editor/gui/panels/find_replace.py" line="126"/>
        <location filename="../editor/gui/panels/find_replace.py" line="266"/>
        <source>Replace All</source>
        <translation>Tout remplacer</translation>
    </message>
    <message>
        <location filename="../editor/gui/panels/find_replace.py" line="198"/>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <location filename="../editor/gui/panels/find_replace.py" line="202"/>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message numerus="yes">
        <location filename="../editor/gui/panels/find_replace.py" line="206"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n résultat</numerusform>
            <numerusform>%n résultats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../editor/gui/panels/find_replace.py" line="251"/>
        <location filename="../editor/gui/panels/find_replace.py" line="268"/>
        <source>%n replacement(s) made</source>
        <translation>
            <numerusform>%n remplacement effectué</numerusform>
            <numerusform>%n remplacements effectués</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../editor/gui/panels/find_replace.py" line="281"/>
        <source>Match %1 of %2</source>
        <translation>Occurrence %1 sur %2</translation>
    </message>
    <message>
        <location filename="../editor/gui/panels/find_replace.py" line="296"/>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <location filename="../editor/gui/panels/findings_panel.py" line="67"/>
        <source>Typography</source>
        <extracomment>Milliseconds of quiet before the document is checked again. Characters of text shown before each finding.</extracomment>
        <translation>Typographie</translation>
    </message>
    <message>
        <location filename="../editor/gui/panels/findings_panel.py" line="68"/>
        <source>Fix All in the Document</source>
        <translation>Tout corriger dans le document</translation>
    </message>
    <message>
        <location filename="../editor/gui/panels/findings_panel.py" line="101"/>
        <source>To fix ({count})</source>
        <translation>À corriger ({count})</translation>
    </message>
    <message>
        <location filename="../editor/gui/panels/findings_panel.py" line="101"/>
        <source>For review ({count})</source>
        <translation>À relire ({count})</translation>
    </message>
    <message>
        <location filename="../editor/gui/panels/findings_panel.py" line="108"/>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <location filename="../editor/gui/panels/findings_panel.py" line="118"/>
        <source>No findings.</source>
        <translation>Rien à signaler.</translation>
    </message>
    <message>
        <location filename="../editor/gui/panels/findings_panel.py" line="135"/>
        <source>title: …%1 — %2</source>
        <translation>titre&#xa0;: …%1 — %2</translation>
    </message>
    <message>
        <location filename="../editor/gui/panels/findings_panel.py" line="135"/>
        <source>title: %1</source>
        <translation>titre&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>FormatKeys</name>
    <message>
        <location filename="../editor/gui/text/format_keys.py" line="70"/>
        <source>New List Item</source>
        <translation>Nouvel élément de liste</translation>
    </message>
    <message>
        <location filename="../editor/gui/text/format_keys.py" line="79"/>
        <source>Next Cell</source>
        <translation>Cellule suivante</translation>
    </message>
    <message>
        <location filename="../editor/gui/text/format_keys.py" line="85"/>
        <source>Previous Cell</source>
        <translation>Cellule précédente</translation>
    </message>
</context>
<context>
    <name>FormatTarget</name>
    <message>
        <location filename="../editor/gui/text/format_target.py" line="66"/>
        <source>Outdent</source>
        <translation>Diminuer le retrait</translation>
    </message>
    <message>
        <location filename="../editor/gui/text/format_target.py" line="68"/>
        <source>Indent</source>
        <translation>Augmenter le retrait</translation>
    </message>
</context>
<context>
    <name>FormattingTools</name>
    <message>
        <location filename="../editor/gui/text/format_menu.py" line="90"/>
        <source>F&amp;ormat</source>
        <extracomment>Command name -&gt; freedesktop icon name (the theme&apos;s, else ours: editor.gui.window.icons).</extracomment>
        <translation>F&amp;ormat</translation>
    </message>
    <message>
        <location filename="../editor/gui/text/format_menu.py" line="91"/>
        <source>Formatting</source>
        <translation>Mise en forme</translation>
    </message>
    <message>
        <location filename="../editor/gui/text/format_menu.py" line="94"/>
        <source>&amp;Bold</source>
        <translation>&amp;Gras</translation>
    </message>
    <message>
        <location filename="../editor/gui/text/format_menu.py" line="95"/>
        <source>Make the selection or the word bold, or no longer bold</source>
        <translation>Mettre la sélection ou le mot en gras, ou l’en retirer</translation>
    </message>
    <message>
        <location filename="../editor/gui/text/format_menu.py" line="98"/>
        <source>&amp;Italic</source>
        <translation>&amp;Italique</translation>
    </message>
    <message>
        <location filename="../editor/gui/text/format_menu.py" line="99"/>
        <source>Make the selection or the word italic, or no longer italic</source>
        <translation>Mettre la sélection ou le mot en italique, ou l’en retirer</translation>
    </message>
    <message>
        <location filename="../editor/gui/text/format_menu.py" line="104"/>
        <source>&amp;Code</source>
        <translation>&amp;Code</translation>
    </message>
    <message>
        <location filename="../editor/gui/text/format_menu.py" line="105"/>
        <source>Show the selection as code (a technical name, a command)</source>
        <translation>Afficher la sélection comme du code (un nom technique, une commande)</translation>
    </message>
    <message>
        <location filename="../editor/gui/text/format_menu.py" line="110"/>
        <source>&amp;Link…</source>
        <translation>&amp;Lien…</translation>
    </message>
    <message>
        <location filename="../editor/gui/text/format_menu.py" line="111"/>
        <source>Link the selection to a web page, an e-mail address or a section</source>
        <translation>Lier la sélection à une page web, une adresse e-mail ou une section</translation>
    </message>
    <message>
        <location filename="../editor/gui/text/format_menu.py" line="116"/>
        <source>B&amp;ulleted List</source>
        <translation>Liste à &amp;puces</translation>
    </message>
    <message>
        <location filename="../editor/gui/text/format_menu.py" line="117"/>
        <source>Make the lines a bulleted list, or plain lines</source>
        <translation>Faire des lignes une liste à puces, ou des lignes simples</translation>
    </message>
    <message>
        <location filename="../editor/gui/text/format_menu.py" line="120"/>
        <source>&amp;Numbered List</source>
        <translation>Liste &amp;numérotée</translation>
    </message>
    <message>
        <location filename="../editor/gui/text/format_menu.py" line="121"/>
        <source>Make the lines a numbered list, or plain lines</source>
        <translation>Faire des lignes une liste numérotée, ou des lignes simples</translation>
    </message>
    <message>
        <location filename="../editor/gui/text/format_menu.py" line="124"/>
        <source>Indent List Item</source>
        <translation>Augmenter le retrait de l’élément</translation>
    </message>
    <message>
        <location filename="../editor/gui/text/format_menu.py" line="125"/>
        <source>Nest the list item under the one above (Tab)</source>
        <translation>Placer l’élément de liste sous celui du dessus (Tab)</translation>
    </message>
    <message>
        <location filename="../editor/gui/text/format_menu.py" line="128"/>
        <source>Outdent List Item</source>
        <translation>Diminuer le retrait de l’élément</translation>
    </message>
    <message>
        <location filename="../editor/gui/text/format_menu.py" line="129"/>
        <source>Move the list item one level out (Shift+Tab)</source>
        <translation>Remonter l’élément de liste d’un niveau (Maj+Tab)</translation>
    </message>
    <message>
        <location filename="../editor/gui/text/format_menu.py" line="132"/>
        <source>Insert &amp;Table…</source>
        <translation>Insérer un &amp;tableau…</translation>
    </message>
    <message>
        <location filename="../editor/gui/text/format_menu.py" line="133"/>
        <source>Insert a table</source>
        <translation>Insérer un tableau</translation>
    </message>
    <message>
        <location filename="../editor/gui/text/format_menu.py" line="136"/>
        <source>&amp;Heading</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <location filename="../editor/gui/text/format_menu.py" line="137"/>
        <source>Headings start sections: add a subsection instead</source>
        <translation>Les titres ouvrent des sections&#xa0;: ajoutez plutôt une sous-section</translation>
    </message>
    <message>
        <location filename="../editor/gui/text/format_menu.py" line="140"/>
        <source>Paste as &amp;Plain Text</source>
        <translation>Coller en texte &amp;brut</translation>
    </message>
    <message>
        <location filename="../editor/gui/text/format_menu.py" line="141"/>
        <source>Paste without formatting</source>
        <translation>Coller sans mise en forme</translation>
    </message>
    <message>
        <location filename="../editor/gui/text/format_menu.py" line="144"/>
        <source>&amp;Hide Markup</source>
        <translation>&amp;Masquer le balisage</translation>
    </message>
    <message>
        <location filename="../editor/gui/dialogs/preferences_dialog.py" line="125"/>
        <location filename="../editor/gui/text/format_menu.py" line="145"/>
        <source>Draw Markdown markers faded and small</source>
        <translation>Afficher les marques Markdown en estompé</translation>
    </message>
    <message>
        <location filename="../editor/gui/text/formatting.py" line="65"/>
        <source>Bold</source>
        <translation>Gras</translation>
    </message>
    <message>
        <location filename="../editor/gui/text/formatting.py" line="65"/>
        <source>Italic</source>
        <translation>Italique</translation>
    </message>
    <message>
        <location filename="../editor/gui/text/formatting.py" line="65"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../editor/gui/text/formatting.py" line="72"/>
        <source>Numbered List</source>
        <translation>Liste numérotée</translation>
    </message>
    <message>
        <location filename="../editor/gui/text/formatting.py" line="72"/>
        <source>Bulleted List</source>
        <translation>Liste à puces</translation>
    </message>
    <message>
        <location filename="../editor/gui/text/formatting.py" line="89"/>
        <source>Remove Link</source>
        <translation>Supprimer le lien</translation>
    </message>
    <message>
        <location filename="../editor/gui/text/formatting.py" line="95"/>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <location filename="../editor/gui/text/formatting.py" line="113"/>
        <source>Insert Table</source>
        <translation>Insérer un tableau</translation>
    </message>
    <message>
        <location filename="../editor/gui/text/formatting.py" line="120"/>
        <source>Heading</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../editor/gui/text/formatting.py" line="122"/>
        <source>In a policy, each heading is a section of its own, with its place in the outline and its own link target. To add a heading here, use Section ▸ Add Subsection (Ctrl+Alt+N).</source>
        <translation>Dans une politique, chaque titre est une section à part entière, avec sa place dans le plan et sa propre cible de lien. Pour ajouter un titre ici, utilisez Section ▸ Ajouter une sous-section (Ctrl+Alt+N).</translation>
    </message>
</context>
<context>
    <name>JournalWarning</name>
    <message>
        <location filename="../editor/gui/safety/journal_warning.py" line="27"/>
        <source>⚠ Recovery copy not updated: save your work</source>
        <translation>⚠ Copie de récupération non mise à jour&#xa0;: enregistrez votre travail</translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/journal_warning.py" line="31"/>
        <source>Your unsaved changes cannot be recorded for recovery after a crash (%1). Free space in the state folder or save the policy; this warning goes away once recording works again.</source>
        <translation>Vos modifications non enregistrées ne peuvent pas être conservées pour une récupération après un plantage (%1). Libérez de la place dans le dossier d’état ou enregistrez la politique&#x202f;; cet avertissement disparaît dès que la conservation fonctionne de nouveau.</translation>
    </message>
</context>
<context>
    <name>LegalTools</name>
    <message>
        <location filename="../editor/gui/legal/tools.py" line="70"/>
        <source>Save the Policy First</source>
        <extracomment>Characters of an evidence sentence looked for in the section text (Markdown may differ later on).</extracomment>
        <translation>Enregistrez d’abord la politique</translation>
    </message>
    <message>
        <location filename="../editor/gui/legal/tools.py" line="71"/>
        <source>Published versions are kept next to the policy&apos;s file: save the policy first.</source>
        <translation>Les versions publiées sont gardées à côté du fichier de la politique&#xa0;: enregistrez d’abord la politique.</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <location filename="../editor/gui/text/link_dialog.py" line="83"/>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <location filename="../editor/gui/text/link_dialog.py" line="84"/>
        <source>Web or e-mail address</source>
        <translation>Adresse web ou e-mail</translation>
    </message>
    <message>
        <location filename="../editor/gui/text/link_dialog.py" line="85"/>
        <source>Section of this policy</source>
        <translation>Section de cette politique</translation>
    </message>
    <message>
        <location filename="../editor/gui/text/link_dialog.py" line="88"/>
        <source>Remove Link</source>
        <translation>Supprimer le lien</translation>
    </message>
    <message>
        <location filename="../editor/gui/text/link_dialog.py" line="86"/>
        <source>Text:</source>
        <translation>Texte&#xa0;:</translation>
    </message>
    <message>
        <location filename="../editor/gui/text/link_dialog.py" line="93"/>
        <source>Type the address the link goes to.</source>
        <translation>Saisissez l’adresse vers laquelle mène le lien.</translation>
    </message>
    <message>
        <location filename="../editor/gui/text/link_dialog.py" line="94"/>
        <source>Only web (http, https), e-mail (mailto) and telephone (tel) links are allowed.</source>
        <translation>Seuls les liens web (http, https), e-mail (mailto) et téléphone (tel) sont permis.</translation>
    </message>
    <message>
        <location filename="../editor/gui/text/link_dialog.py" line="96"/>
        <source>This is not a web or e-mail address. Type it in full, e.g. https://www.cnil.fr or contact@example.fr.</source>
        <translation>Ce n’est pas une adresse web ou e-mail. Saisissez-la en entier, par exemple https://www.cnil.fr ou contact@example.fr.</translation>
    </message>
</context>
<context>
    <name>LockWarning</name>
    <message>
        <location filename="../editor/gui/safety/lock_warning.py" line="78"/>
        <source>It is already open in another window of Policy Editor.</source>
        <translation>Il est déjà ouvert dans une autre fenêtre de Policy Editor.</translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/lock_warning.py" line="88"/>
        <source>Document Already Open</source>
        <translation>Document déjà ouvert</translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/lock_warning.py" line="80"/>
        <source>It is already open in Policy Editor on “%1” (process %2, since %3).</source>
        <translation>Il est déjà ouvert dans Policy Editor sur «&#xa0;%1&#xa0;» (processus %2, depuis %3).</translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/lock_warning.py" line="90"/>
        <source>“%1” is open somewhere else.</source>
        <translation>«&#xa0;%1&#xa0;» est ouvert ailleurs.</translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/lock_warning.py" line="94"/>
        <source>If you edit it in two places, the last one saved replaces the other&apos;s changes.</source>
        <translation>Si vous le modifiez à deux endroits, le dernier enregistrement remplace les modifications de l’autre.</translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/lock_warning.py" line="96"/>
        <source>Open Anyway</source>
        <translation>Ouvrir quand même</translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/lock_warning.py" line="98"/>
        <source>Close It Here</source>
        <translation>Le fermer ici</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../editor/gui/mainwindow.py" line="256"/>
        <location filename="../editor/gui/mainwindow.py" line="345"/>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <location filename="../editor/gui/mainwindow.py" line="257"/>
        <source>%1[*] — Policy Editor</source>
        <translation>%1[*] — Policy Editor</translation>
    </message>
    <message>
        <location filename="../editor/gui/mainwindow.py" line="361"/>
        <source>Policy Editor files (*.policy.md)</source>
        <translation>Fichiers Policy Editor (*.policy.md)</translation>
    </message>
    <message>
        <location filename="../editor/gui/mainwindow.py" line="346"/>
        <source>Unsaved Changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../editor/gui/mainwindow.py" line="347"/>
        <source>Save the changes to “%1” before closing it?</source>
        <translation>Enregistrer les modifications de «&#xa0;%1&#xa0;» avant de le fermer&#x202f;?</translation>
    </message>
    <message>
        <location filename="../editor/gui/mainwindow.py" line="348"/>
        <source>Your changes will be lost if you don&apos;t save them.</source>
        <translation>Vos modifications seront perdues si vous ne les enregistrez pas.</translation>
    </message>
    <message>
        <location filename="../editor/gui/mainwindow.py" line="359"/>
        <source>Save the Policy As</source>
        <translation>Enregistrer la politique sous</translation>
    </message>
    <message>
        <location filename="../editor/gui/mainwindow.py" line="368"/>
        <source>Edits Not Applied</source>
        <translation>Modifications non appliquées</translation>
    </message>
    <message>
        <location filename="../editor/gui/mainwindow.py" line="370"/>
        <source>The whole document cannot be applied:
%1

Discard the edits made since the last pause?</source>
        <translation>Le document entier ne peut pas être appliqué&#xa0;:
%1

Abandonner les modifications faites depuis la dernière pause&#x202f;?</translation>
    </message>
    <message>
        <location filename="../editor/gui/mainwindow.py" line="385"/>
        <source>About Policy Editor</source>
        <translation>À propos de Policy Editor</translation>
    </message>
    <message>
        <location filename="../editor/gui/mainwindow.py" line="387"/>
        <source>Policy Editor %1

Edit a website&apos;s legal policies as a tree of sections, with a live preview.</source>
        <translation>Policy Editor %1

Rédigez les pages juridiques d’un site comme un arbre de sections, avec un aperçu en direct.</translation>
    </message>
</context>
<context>
    <name>MarkdownHighlighter</name>
    <message>
        <location filename="../editor/gui/text/highlighter.py" line="191"/>
        <source>No-break space (U+00A0)</source>
        <extracomment>A block state is ``fence * _CONTEXTS + context``: the open fence (0: none, its length for backticks, _TILDES + its length for tildes) and the list context of :func:`item_step`.</extracomment>
        <translation>Espace insécable (U+00A0)</translation>
    </message>
    <message>
        <location filename="../editor/gui/text/highlighter.py" line="193"/>
        <source>Narrow no-break space (U+202F)</source>
        <translation>Espace fine insécable (U+202F)</translation>
    </message>
</context>
<context>
    <name>MenuBuilder</name>
    <message>
        <location filename="../editor/gui/window/menus.py" line="120"/>
        <source>&amp;File</source>
        <extracomment>Menu layout: (menu object name, action names; None = separator; &quot;recent&quot; = the recent-files submenu, &quot;wordpress&quot; = the File ▸ WordPress submenu of WORDPRESS). The outline&apos;s context menu.</extracomment>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../editor/gui/window/menus.py" line="121"/>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location filename="../editor/gui/window/menus.py" line="122"/>
        <source>&amp;Section</source>
        <translation>&amp;Section</translation>
    </message>
    <message>
        <location filename="../editor/gui/window/menus.py" line="123"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../editor/gui/window/menus.py" line="124"/>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <location filename="../editor/gui/window/menus.py" line="128"/>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <location filename="../editor/gui/window/menus.py" line="130"/>
        <source>Main Toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
    <message>
        <location filename="../editor/gui/window/menus.py" line="129"/>
        <source>&amp;WordPress</source>
        <translation>&amp;WordPress</translation>
    </message>
</context>
<context>
    <name>NoticeBanner</name>
    <message>
        <location filename="../editor/gui/panels/banner.py" line="84"/>
        <source>Hide these notes</source>
        <translation>Masquer ces remarques</translation>
    </message>
    <message numerus="yes">
        <location filename="../editor/gui/panels/banner.py" line="87"/>
        <source>Imported from %1, not saved yet. The import left %n note(s):</source>
        <translation>
            <numerusform>Importé de %1, pas encore enregistré. L’import a laissé %n remarque&#xa0;:</numerusform>
            <numerusform>Importé de %1, pas encore enregistré. L’import a laissé %n remarques&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../editor/gui/panels/banner.py" line="94"/>
        <source>Show Fewer</source>
        <translation>Afficher moins</translation>
    </message>
    <message numerus="yes">
        <location filename="../editor/gui/panels/banner.py" line="96"/>
        <source>Show All %n Notes</source>
        <translation>
            <numerusform>Afficher %n remarque</numerusform>
            <numerusform>Afficher les %n remarques</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../editor/gui/panels/banner.py" line="98"/>
        <source>… and %n more.</source>
        <translation>
            <numerusform>… et %n autre.</numerusform>
            <numerusform>… et %n autres.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OpenFromSiteDialog</name>
    <message>
        <location filename="../editor/gui/wordpress/dialogs.py" line="158"/>
        <source>Open from WordPress Site</source>
        <translation>Ouvrir depuis un site WordPress</translation>
    </message>
    <message>
        <location filename="../editor/gui/wordpress/dialogs.py" line="159"/>
        <source>Add Site…</source>
        <translation>Ajouter un site…</translation>
    </message>
    <message>
        <location filename="../editor/gui/wordpress/dialogs.py" line="160"/>
        <source>Page address, slug or ID</source>
        <translation>Adresse, identifiant (slug) ou numéro de la page</translation>
    </message>
    <message>
        <location filename="../editor/gui/wordpress/dialogs.py" line="161"/>
        <source>&amp;List Pages</source>
        <translation>&amp;Lister les pages</translation>
    </message>
    <message>
        <location filename="../editor/gui/wordpress/dialogs.py" line="162"/>
        <source>Site:</source>
        <translation>Site&#xa0;:</translation>
    </message>
    <message>
        <location filename="../editor/gui/wordpress/dialogs.py" line="163"/>
        <source>Page:</source>
        <translation>Page&#xa0;:</translation>
    </message>
    <message>
        <location filename="../editor/gui/wordpress/dialogs.py" line="170"/>
        <source>%1  —  %2, ID %3, /%4</source>
        <translation>%1  —  %2, ID %3, /%4</translation>
    </message>
    <message>
        <location filename="../editor/gui/wordpress/dialogs.py" line="168"/>
        <source>(no title)</source>
        <translation>(sans titre)</translation>
    </message>
</context>
<context>
    <name>OptionField</name>
    <message>
        <location filename="../editor/gui/dialogs/option_fields.py" line="57"/>
        <source>Document&apos;s own</source>
        <translation>Celui du document</translation>
    </message>
    <message>
        <location filename="../editor/gui/dialogs/option_fields.py" line="63"/>
        <source>YYYY-MM-DD (empty: the document&apos;s date)</source>
        <translation>AAAA-MM-JJ (vide&#xa0;: la date du document)</translation>
    </message>
    <message>
        <location filename="../editor/gui/dialogs/option_fields.py" line="64"/>
        <source>YYYY-MM-DDTHH:MM:SS</source>
        <translation>AAAA-MM-JJTHH:MM:SS</translation>
    </message>
    <message>
        <location filename="../editor/gui/dialogs/option_fields.py" line="65"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location filename="../editor/gui/dialogs/option_fields.py" line="68"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location filename="../editor/gui/dialogs/option_fields.py" line="72"/>
        <source>Choose a File</source>
        <translation>Choisir un fichier</translation>
    </message>
    <message>
        <location filename="../editor/gui/dialogs/option_fields.py" line="100"/>
        <source>Typography</source>
        <translation>Typographie</translation>
    </message>
    <message>
        <location filename="../editor/gui/dialogs/option_fields.py" line="101"/>
        <source>Table of contents</source>
        <translation>Table des matières</translation>
    </message>
    <message>
        <location filename="../editor/gui/dialogs/option_fields.py" line="102"/>
        <source>Page break before each top section</source>
        <translation>Saut de page avant chaque section principale</translation>
    </message>
    <message>
        <location filename="../editor/gui/dialogs/option_fields.py" line="103"/>
        <source>Last-updated date</source>
        <translation>Date de dernière mise à jour</translation>
    </message>
    <message>
        <location filename="../editor/gui/dialogs/option_fields.py" line="104"/>
        <source>Reference DOCX (styles)</source>
        <translation>DOCX de référence (styles)</translation>
    </message>
    <message>
        <location filename="../editor/gui/dialogs/option_fields.py" line="105"/>
        <source>Keep the page builder&apos;s layout</source>
        <translation>Garder la mise en page du constructeur de pages</translation>
    </message>
    <message>
        <location filename="../editor/gui/dialogs/option_fields.py" line="106"/>
        <source>Export time</source>
        <translation>Heure de l’export</translation>
    </message>
    <message>
        <location filename="../editor/gui/dialogs/option_fields.py" line="119"/>
        <source>The French typography applied to the text; by default the document&apos;s own profile.</source>
        <translation>La typographie française appliquée au texte&#x202f;; par défaut, le profil du document.</translation>
    </message>
    <message>
        <location filename="../editor/gui/dialogs/option_fields.py" line="122"/>
        <source>Include the table of contents.</source>
        <translation>Inclure la table des matières.</translation>
    </message>
    <message>
        <location filename="../editor/gui/dialogs/option_fields.py" line="123"/>
        <source>Start each top-level section on a new printed page.</source>
        <translation>Commencer chaque section de premier niveau sur une nouvelle page imprimée.</translation>
    </message>
    <message>
        <location filename="../editor/gui/dialogs/option_fields.py" line="124"/>
        <source>The date shown as the last update; by default the document&apos;s own.</source>
        <translation>La date affichée comme dernière mise à jour&#x202f;; par défaut, celle du document.</translation>
    </message>
    <message>
        <location filename="../editor/gui/dialogs/option_fields.py" line="127"/>
        <source>A Word .docx whose styles, page setup, header and footer are used.</source>
        <translation>Un fichier Word .docx dont les styles, la mise en page, l’en-tête et le pied de page sont repris.</translation>
    </message>
    <message>
        <location filename="../editor/gui/dialogs/option_fields.py" line="130"/>
        <source>Wrap the content again in the WPBakery shortcodes the page was imported with.</source>
        <translation>Remettre le contenu dans les shortcodes WPBakery avec lesquels la page a été importée.</translation>
    </message>
    <message>
        <location filename="../editor/gui/dialogs/option_fields.py" line="133"/>
        <source>The modification time written (UTC); by default now, set it for reproducible output.</source>
        <translation>L’heure de modification écrite (UTC)&#x202f;; par défaut maintenant, à fixer pour un résultat reproductible.</translation>
    </message>
</context>
<context>
    <name>OutlineModel</name>
    <message>
        <location filename="../editor/gui/outline/model.py" line="147"/>
        <source>(untitled section)</source>
        <translation>(section sans titre)</translation>
    </message>
    <message numerus="yes">
        <location filename="../editor/gui/outline/model.py" line="169"/>
        <source>%n word(s) in this section</source>
        <translation>
            <numerusform>%n mot dans cette section</numerusform>
            <numerusform>%n mots dans cette section</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../editor/gui/outline/model.py" line="171"/>
        <source>%n word(s) with its subsections</source>
        <translation>
            <numerusform>%n mot avec ses sous-sections</numerusform>
            <numerusform>%n mots avec ses sous-sections</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../editor/gui/outline/model.py" line="193"/>
        <source>Rename Section</source>
        <translation>Renommer la section</translation>
    </message>
    <message>
        <location filename="../editor/gui/outline/model.py" line="247"/>
        <source>Move Section</source>
        <translation>Déplacer la section</translation>
    </message>
    <message>
        <location filename="../editor/gui/outline/model.py" line="148"/>
        <source>%1 — cut off</source>
        <translation>%1 — tronquée</translation>
    </message>
    <message>
        <location filename="../editor/gui/outline/model.py" line="154"/>
        <source>The imported file ends inside this section: the rest is missing.</source>
        <translation>Le fichier importé s’arrête dans cette section&#xa0;: la suite manque.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../editor/gui/dialogs/preferences_dialog.py" line="123"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location filename="../editor/gui/dialogs/preferences_dialog.py" line="127"/>
        <source>Interface &amp;language:</source>
        <translation>&amp;Langue de l’interface&#xa0;:</translation>
    </message>
    <message>
        <location filename="../editor/gui/dialogs/preferences_dialog.py" line="128"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème&#xa0;:</translation>
    </message>
    <message>
        <location filename="../editor/gui/dialogs/preferences_dialog.py" line="129"/>
        <source>Editor &amp;font:</source>
        <translation>&amp;Police de l’éditeur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../editor/gui/dialogs/preferences_dialog.py" line="130"/>
        <source>Font &amp;size:</source>
        <translation>&amp;Taille de police&#xa0;:</translation>
    </message>
    <message>
        <location filename="../editor/gui/dialogs/preferences_dialog.py" line="131"/>
        <source>Default typography &amp;profile:</source>
        <translation>P&amp;rofil typographique par défaut&#xa0;:</translation>
    </message>
    <message>
        <location filename="../editor/gui/dialogs/preferences_dialog.py" line="132"/>
        <source>&amp;Recovery journal delay:</source>
        <translation>&amp;Délai du journal de récupération&#xa0;:</translation>
    </message>
    <message>
        <location filename="../editor/gui/dialogs/preferences_dialog.py" line="136"/>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <location filename="../editor/gui/dialogs/preferences_dialog.py" line="139"/>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <location filename="../editor/gui/dialogs/preferences_dialog.py" line="139"/>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location filename="../editor/gui/dialogs/preferences_dialog.py" line="139"/>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location filename="../editor/gui/dialogs/preferences_dialog.py" line="143"/>
        <source>Use a font of my choice in the editors</source>
        <translation>Utiliser une police de mon choix dans les éditeurs</translation>
    </message>
    <message>
        <location filename="../editor/gui/dialogs/preferences_dialog.py" line="144"/>
        <source>System size</source>
        <translation>Taille du système</translation>
    </message>
    <message>
        <location filename="../editor/gui/dialogs/preferences_dialog.py" line="145"/>
        <source> ms</source>
        <translation>&#xa0;ms</translation>
    </message>
    <message>
        <location filename="../editor/gui/dialogs/preferences_dialog.py" line="146"/>
        <source>Show no-break spaces</source>
        <translation>Montrer les espaces insécables</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../editor/gui/preview/pane.py" line="115"/>
        <source>Preview</source>
        <extracomment>Link schemes opened in the system browser (or mail program) when clicked. A structure change moving up to this many sections (or an eighth of them) is applied in place. Pixels left above a section&apos;s heading when the preview scrolls to it. An http(s) or mailto link was clicked and handed to the system (the URL). The preview now shows the latest policy: the ids of the sections patched, or () after a rebuild.</extracomment>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location filename="../editor/gui/preview/pane.py" line="116"/>
        <source>The preview of the page appears here once the policy has sections.</source>
        <translation>L’aperçu de la page apparaît ici dès que la politique a des sections.</translation>
    </message>
</context>
<context>
    <name>PropertiesDialog</name>
    <message>
        <location filename="../editor/gui/dialogs/properties_dialog.py" line="110"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <location filename="../editor/gui/dialogs/properties_dialog.py" line="93"/>
        <source>Document Properties</source>
        <translation>Propriétés du document</translation>
    </message>
    <message>
        <location filename="../editor/gui/dialogs/properties_dialog.py" line="95"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <location filename="../editor/gui/dialogs/properties_dialog.py" line="96"/>
        <source>S&amp;lug:</source>
        <translation>S&amp;lug&#xa0;:</translation>
    </message>
    <message>
        <location filename="../editor/gui/dialogs/properties_dialog.py" line="97"/>
        <source>&amp;Locale:</source>
        <translation>&amp;Langue et région&#xa0;:</translation>
    </message>
    <message>
        <location filename="../editor/gui/dialogs/properties_dialog.py" line="98"/>
        <source>St&amp;atus:</source>
        <translation>St&amp;atut&#xa0;:</translation>
    </message>
    <message>
        <location filename="../editor/gui/dialogs/properties_dialog.py" line="99"/>
        <source>&amp;Version label:</source>
        <translation>&amp;Version&#xa0;:</translation>
    </message>
    <message>
        <location filename="../editor/gui/dialogs/properties_dialog.py" line="100"/>
        <source>&amp;Effective date:</source>
        <translation>Date d’&amp;entrée en vigueur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../editor/gui/dialogs/properties_dialog.py" line="101"/>
        <source>Last &amp;updated:</source>
        <translation>Dernière &amp;mise à jour&#xa0;:</translation>
    </message>
    <message>
        <location filename="../editor/gui/dialogs/properties_dialog.py" line="102"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation&#xa0;:</translation>
    </message>
    <message>
        <location filename="../editor/gui/dialogs/properties_dialog.py" line="103"/>
        <source>T&amp;ypography profile:</source>
        <translation>Profil t&amp;ypographique&#xa0;:</translation>
    </message>
    <message>
        <location filename="../editor/gui/dialogs/properties_dialog.py" line="119"/>
        <source>Incomplete: imported from a cut-off file (uncheck once completed)</source>
        <translation>Incomplète&#xa0;: importée d’un fichier tronqué (décochez une fois complétée)</translation>
    </message>
    <message>
        <location filename="../editor/gui/dialogs/properties_dialog.py" line="120"/>
        <source>Set last-updated to today when I export or publish</source>
        <translation>Mettre la date de mise à jour à aujourd’hui quand j’exporte ou publie</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <location filename="../editor/gui/legal/versions_dialog.py" line="73"/>
        <source>Publish Version</source>
        <translation>Publier une version</translation>
    </message>
    <message>
        <location filename="../editor/gui/legal/versions_dialog.py" line="74"/>
        <source>What changed and why (kept with the version)</source>
        <translation>Ce qui a changé et pourquoi (gardé avec la version)</translation>
    </message>
    <message>
        <location filename="../editor/gui/legal/versions_dialog.py" line="76"/>
        <source>Version:</source>
        <translation>Version&#xa0;:</translation>
    </message>
    <message>
        <location filename="../editor/gui/legal/versions_dialog.py" line="76"/>
        <source>Published by:</source>
        <translation>Publiée par&#xa0;:</translation>
    </message>
    <message>
        <location filename="../editor/gui/legal/versions_dialog.py" line="76"/>
        <source>Note:</source>
        <translation>Note&#xa0;:</translation>
    </message>
    <message>
        <location filename="../editor/gui/wordpress/dialogs.py" line="242"/>
        <source>Publish to WordPress Site</source>
        <translation>Publier sur un site WordPress</translation>
    </message>
    <message>
        <location filename="../editor/gui/wordpress/dialogs.py" line="247"/>
        <source>Site:</source>
        <translation>Site&#xa0;:</translation>
    </message>
    <message>
        <location filename="../editor/gui/wordpress/dialogs.py" line="248"/>
        <source>Page:</source>
        <translation>Page&#xa0;:</translation>
    </message>
    <message>
        <location filename="../editor/gui/wordpress/dialogs.py" line="249"/>
        <source>Status on the site now:</source>
        <translation>État actuel sur le site&#xa0;:</translation>
    </message>
    <message>
        <location filename="../editor/gui/wordpress/dialogs.py" line="250"/>
        <source>Send as:</source>
        <translation>Envoyer comme&#xa0;:</translation>
    </message>
    <message>
        <location filename="../editor/gui/wordpress/dialogs.py" line="254"/>
        <source>A published page is replaced by a draft when sent as a draft.</source>
        <translation>Une page publiée redevient un brouillon si elle est envoyée comme brouillon.</translation>
    </message>
    <message>
        <location filename="../editor/gui/wordpress/dialogs.py" line="255"/>
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../editor/gui/safety/recovery_dialog.py" line="110"/>
        <source>Recover Unsaved Work</source>
        <translation>Récupérer le travail non enregistré</translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/recovery_dialog.py" line="113"/>
        <source>Policy Editor was not closed normally. The changes below were not saved; choose what to do with each document.</source>
        <translation>Policy Editor n’a pas été fermé normalement. Les modifications ci-dessous n’ont pas été enregistrées&#x202f;; choisissez quoi faire de chaque document.</translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/recovery_dialog.py" line="117"/>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/recovery_dialog.py" line="118"/>
        <source>Discard…</source>
        <translation>Abandonner…</translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/recovery_dialog.py" line="119"/>
        <source>Decide Later</source>
        <translation>Décider plus tard</translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/recovery_dialog.py" line="120"/>
        <source>Keep the unsaved changes; they are offered again at the next start.</source>
        <translation>Garder les modifications non enregistrées&#x202f;; elles seront proposées de nouveau au prochain démarrage.</translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/recovery_dialog.py" line="90"/>
        <source>Some recovery files cannot be read and were left as they are:
%1</source>
        <translation>Certains fichiers de récupération ne peuvent pas être lus et ont été laissés tels quels&#xa0;:
%1</translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/recovery_dialog.py" line="130"/>
        <source>%1
%2 — %3</source>
        <translation>%1
%2 — %3</translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/recovery_dialog.py" line="149"/>
        <source>The saved file “%1” is missing or cannot be read: all of the text is shown.</source>
        <translation>Le fichier enregistré «&#xa0;%1&#xa0;» est absent ou illisible&#xa0;: tout le texte est affiché.</translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/recovery_dialog.py" line="152"/>
        <source>Unsaved changes to “%1”, last recorded %2:</source>
        <translation>Modifications non enregistrées de «&#xa0;%1&#xa0;», enregistrées pour récupération le %2&#xa0;:</translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/recovery_dialog.py" line="195"/>
        <source>Discard the unsaved changes to “%1”?</source>
        <translation>Abandonner les modifications non enregistrées de «&#xa0;%1&#xa0;»&#x202f;?</translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/recovery_dialog.py" line="124"/>
        <source>never saved</source>
        <translation>jamais enregistré</translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/recovery_dialog.py" line="128"/>
        <location filename="../editor/gui/safety/recovery_dialog.py" line="192"/>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/recovery_dialog.py" line="129"/>
        <source>(no title)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/recovery_dialog.py" line="146"/>
        <source>This document was never saved. Restoring it brings back all of its text.</source>
        <translation>Ce document n’a jamais été enregistré. Le restaurer rétablit tout son texte.</translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/recovery_dialog.py" line="155"/>
        <source>saved file</source>
        <translation>fichier enregistré</translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/recovery_dialog.py" line="155"/>
        <source>unsaved changes (would be restored)</source>
        <translation>modifications non enregistrées (seraient restaurées)</translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/recovery_dialog.py" line="180"/>
        <source>Cannot Restore</source>
        <translation>Restauration impossible</translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/recovery_dialog.py" line="193"/>
        <source>Discard Unsaved Changes</source>
        <translation>Abandonner les modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/recovery_dialog.py" line="196"/>
        <source>They will be deleted for good; this cannot be undone.</source>
        <translation>Elles seront supprimées définitivement&#x202f;; c’est irréversible.</translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/recovery_dialog.py" line="197"/>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
</context>
<context>
    <name>SaveErrors</name>
    <message>
        <location filename="../editor/gui/safety/save_errors.py" line="38"/>
        <source>Policy Editor met an internal problem while writing the file. Try Save As with another name; a recovery copy of your text is kept and comes back if the program stops.</source>
        <translation>Policy Editor a rencontré un problème interne en écrivant le fichier. Essayez «&#xa0;Enregistrer sous&#xa0;» avec un autre nom&#x202f;; une copie de récupération de votre texte est gardée et revient si le programme s’arrête.</translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/save_errors.py" line="44"/>
        <source>The folder or the file is read-only, or you are not allowed to write there. Save the policy in another folder.</source>
        <translation>Le dossier ou le fichier est en lecture seule, ou vous n’avez pas le droit d’y écrire. Enregistrez la politique dans un autre dossier.</translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/save_errors.py" line="50"/>
        <source>The disk is full. Free some space and try again, or save the policy on another drive.</source>
        <translation>Le disque est plein. Libérez de la place et réessayez, ou enregistrez la politique sur un autre disque.</translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/save_errors.py" line="55"/>
        <source>The folder “%1” does not exist any more: it was moved or deleted, or its drive was removed. Reconnect the drive and try again, or save the policy somewhere else.</source>
        <translation>Le dossier «&#xa0;%1&#xa0;» n’existe plus&#xa0;: il a été déplacé ou supprimé, ou son disque a été retiré. Rebranchez le disque et réessayez, ou enregistrez la politique ailleurs.</translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/save_errors.py" line="63"/>
        <source>The drive holding the file is not available (it was removed or disconnected). Reconnect it and try again, or save the policy somewhere else.</source>
        <translation>Le disque qui contient le fichier n’est pas disponible (il a été retiré ou déconnecté). Rebranchez-le et réessayez, ou enregistrez la politique ailleurs.</translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/save_errors.py" line="69"/>
        <source>There is a folder with this name. Choose another name.</source>
        <translation>Un dossier porte ce nom. Choisissez un autre nom.</translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/save_errors.py" line="79"/>
        <source>The Policy Was Not Saved</source>
        <translation>La politique n’a pas été enregistrée</translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/save_errors.py" line="84"/>
        <source>“%1” could not be saved.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas pu être enregistré.</translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/save_errors.py" line="88"/>
        <source>Your text is still open here and nothing is lost. The file on disk was not changed.</source>
        <translation>Votre texte est toujours ouvert ici et rien n’est perdu. Le fichier sur le disque n’a pas été modifié.</translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/save_errors.py" line="93"/>
        <source>Save As…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/save_errors.py" line="95"/>
        <source>Try Again</source>
        <translation>Réessayer</translation>
    </message>
</context>
<context>
    <name>SectionEditor</name>
    <message>
        <location filename="../editor/gui/text/section_editor.py" line="53"/>
        <source>Section title</source>
        <translation>Titre de la section</translation>
    </message>
    <message>
        <location filename="../editor/gui/text/section_editor.py" line="54"/>
        <source>Write the section in Markdown…</source>
        <translation>Rédigez la section en Markdown…</translation>
    </message>
    <message>
        <location filename="../editor/gui/text/section_editor.py" line="55"/>
        <source>No section selected.
Add one with Section ▸ Add Section.</source>
        <translation>Aucune section sélectionnée.
Ajoutez-en une avec Section ▸ Ajouter une section.</translation>
    </message>
    <message>
        <location filename="../editor/gui/text/section_editor.py" line="101"/>
        <source>Typing in the title</source>
        <translation>Saisie dans le titre</translation>
    </message>
    <message>
        <location filename="../editor/gui/text/format_keys.py" line="75"/>
        <location filename="../editor/gui/text/section_editor.py" line="106"/>
        <location filename="../editor/gui/text/section_editor.py" line="122"/>
        <source>Typing</source>
        <translation>Saisie</translation>
    </message>
</context>
<context>
    <name>SectionOperations</name>
    <message>
        <location filename="../editor/gui/outline/operations.py" line="52"/>
        <source>Move Section Up</source>
        <extracomment>New sections still named by their placeholder id -&gt; that placeholder title.</extracomment>
        <translation>Monter la section</translation>
    </message>
    <message>
        <location filename="../editor/gui/outline/operations.py" line="53"/>
        <source>Move Section Down</source>
        <translation>Descendre la section</translation>
    </message>
    <message>
        <location filename="../editor/gui/outline/operations.py" line="54"/>
        <source>Indent Section</source>
        <translation>Abaisser la section d’un niveau</translation>
    </message>
    <message>
        <location filename="../editor/gui/outline/operations.py" line="56"/>
        <source>Outdent Section</source>
        <translation>Remonter la section d’un niveau</translation>
    </message>
    <message>
        <location filename="../editor/gui/outline/operations.py" line="128"/>
        <source>New section</source>
        <translation>Nouvelle section</translation>
    </message>
    <message>
        <location filename="../editor/gui/outline/operations.py" line="131"/>
        <source>Add Section</source>
        <translation>Ajouter une section</translation>
    </message>
    <message>
        <location filename="../editor/gui/outline/operations.py" line="154"/>
        <source>Delete Section</source>
        <translation>Supprimer la section</translation>
    </message>
    <message>
        <location filename="../editor/gui/outline/operations.py" line="165"/>
        <source>%1, %2</source>
        <comment>deleted section, its words</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../editor/gui/outline/operations.py" line="89"/>
        <source>Name Section Id</source>
        <translation>Identifiant de la section</translation>
    </message>
    <message>
        <location filename="../editor/gui/outline/operations.py" line="160"/>
        <source>(untitled section)</source>
        <translation>(section sans titre)</translation>
    </message>
    <message numerus="yes">
        <location filename="../editor/gui/outline/operations.py" line="162"/>
        <source>Deleted “%1” and %n subsection(s)</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;» supprimée avec %n sous-section</numerusform>
            <numerusform>«&#xa0;%1&#xa0;» supprimée avec %n sous-sections</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../editor/gui/outline/operations.py" line="164"/>
        <source>Deleted “%1”</source>
        <translation>«&#xa0;%1&#xa0;» supprimée</translation>
    </message>
    <message numerus="yes">
        <location filename="../editor/gui/outline/operations.py" line="165"/>
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n mot</numerusform>
            <numerusform>%n mots</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SiteDialog</name>
    <message>
        <location filename="../editor/gui/wordpress/dialogs.py" line="78"/>
        <source>Add a WordPress Site</source>
        <translation>Ajouter un site WordPress</translation>
    </message>
    <message>
        <location filename="../editor/gui/wordpress/dialogs.py" line="79"/>
        <source>Users ▸ Profile ▸ Application Passwords</source>
        <translation>Comptes ▸ Profil ▸ Mots de passe d’application</translation>
    </message>
    <message>
        <location filename="../editor/gui/wordpress/dialogs.py" line="80"/>
        <source>&amp;Test Connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <location filename="../editor/gui/wordpress/dialogs.py" line="81"/>
        <source>Site address:</source>
        <translation>Adresse du site&#xa0;:</translation>
    </message>
    <message>
        <location filename="../editor/gui/wordpress/dialogs.py" line="81"/>
        <source>User name:</source>
        <translation>Identifiant&#xa0;:</translation>
    </message>
    <message>
        <location filename="../editor/gui/wordpress/dialogs.py" line="81"/>
        <source>Application password:</source>
        <translation>Mot de passe d’application&#xa0;:</translation>
    </message>
    <message>
        <location filename="../editor/gui/wordpress/dialogs.py" line="92"/>
        <source>version hidden by the site</source>
        <translation>version masquée par le site</translation>
    </message>
    <message>
        <location filename="../editor/gui/wordpress/dialogs.py" line="93"/>
        <source>may edit pages</source>
        <translation>peut modifier les pages</translation>
    </message>
    <message>
        <location filename="../editor/gui/wordpress/dialogs.py" line="93"/>
        <source>may NOT edit pages</source>
        <translation>ne peut PAS modifier les pages</translation>
    </message>
    <message>
        <location filename="../editor/gui/wordpress/dialogs.py" line="95"/>
        <source>WordPress %1 — signed in as %2 — %3</source>
        <translation>WordPress %1 — connecté en tant que %2 — %3</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <location filename="../editor/gui/window/statusbar.py" line="113"/>
        <source>No section</source>
        <extracomment>A document with more characters than this has its words counted after the first paint.</extracomment>
        <translation>Aucune section</translation>
    </message>
    <message>
        <location filename="../editor/gui/window/statusbar.py" line="114"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../editor/gui/window/statusbar.py" line="116"/>
        <source>(untitled section)</source>
        <translation>(section sans titre)</translation>
    </message>
    <message>
        <location filename="../editor/gui/window/statusbar.py" line="117"/>
        <source>Section: %1</source>
        <translation>Section&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../editor/gui/window/statusbar.py" line="118"/>
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n mot</numerusform>
            <numerusform>%n mots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../editor/gui/window/statusbar.py" line="123"/>
        <source>%1 in this section · %n word(s) in the document</source>
        <translation>
            <numerusform>%1 dans la section · %n mot dans le document</numerusform>
            <numerusform>%1 dans la section · %n mots dans le document</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../editor/gui/window/statusbar.py" line="130"/>
        <source>Typography: %1</source>
        <translation>Typographie&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../editor/gui/window/statusbar.py" line="132"/>
        <source>Typography: off (%1 is not French)</source>
        <translation>Typographie&#xa0;: désactivée (%1 n’est pas du français)</translation>
    </message>
</context>
<context>
    <name>TableDialog</name>
    <message>
        <location filename="../editor/gui/text/table_dialog.py" line="36"/>
        <source>Insert Table</source>
        <translation>Insérer un tableau</translation>
    </message>
    <message>
        <location filename="../editor/gui/text/table_dialog.py" line="37"/>
        <source>Columns:</source>
        <translation>Colonnes&#xa0;:</translation>
    </message>
    <message>
        <location filename="../editor/gui/text/table_dialog.py" line="38"/>
        <source>Rows:</source>
        <translation>Lignes&#xa0;:</translation>
    </message>
    <message>
        <location filename="../editor/gui/text/table_dialog.py" line="42"/>
        <source>Column %1</source>
        <translation>Colonne %1</translation>
    </message>
</context>
<context>
    <name>TranslatorWindow</name>
    <message>
        <location filename="../editor/gui/translation/translator_window.py" line="168"/>
        <source>Translations of %1</source>
        <translation>Traductions de %1</translation>
    </message>
    <message>
        <location filename="../editor/gui/translation/translator_window.py" line="169"/>
        <source>locale, e.g. en-GB</source>
        <translation>langue, par ex. en-GB</translation>
    </message>
    <message>
        <location filename="../editor/gui/translation/translator_window.py" line="170"/>
        <location filename="../editor/gui/translation/translator_window.py" line="207"/>
        <source>New Translation</source>
        <translation>Nouvelle traduction</translation>
    </message>
    <message>
        <location filename="../editor/gui/translation/translator_window.py" line="171"/>
        <source>Start a translation as a copy of the source, every section untranslated</source>
        <translation>Commencer une traduction par une copie de la source, chaque section à traduire</translation>
    </message>
    <message>
        <location filename="../editor/gui/translation/translator_window.py" line="172"/>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <location filename="../editor/gui/translation/translator_window.py" line="172"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../editor/gui/translation/translator_window.py" line="173"/>
        <source>Source (%1)</source>
        <translation>Source (%1)</translation>
    </message>
    <message>
        <location filename="../editor/gui/translation/translator_window.py" line="174"/>
        <source>Translation (%1)</source>
        <translation>Traduction (%1)</translation>
    </message>
    <message>
        <location filename="../editor/gui/translation/translator_window.py" line="175"/>
        <source>Changes in the source since the translation</source>
        <translation>Modifications de la source depuis la traduction</translation>
    </message>
    <message>
        <location filename="../editor/gui/translation/translator_window.py" line="176"/>
        <source>Next Outdated Section</source>
        <translation>Section obsolète suivante</translation>
    </message>
    <message>
        <location filename="../editor/gui/translation/translator_window.py" line="177"/>
        <source>Mark as Translated</source>
        <translation>Marquer comme traduite</translation>
    </message>
    <message>
        <location filename="../editor/gui/translation/translator_window.py" line="178"/>
        <source>Record that this section now translates the current source</source>
        <translation>Noter que cette section traduit désormais la source actuelle</translation>
    </message>
    <message>
        <location filename="../editor/gui/translation/translator_window.py" line="179"/>
        <location filename="../editor/gui/translation/translator_window.py" line="354"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../editor/gui/translation/translator_window.py" line="185"/>
        <source>translated</source>
        <translation>traduite</translation>
    </message>
    <message>
        <location filename="../editor/gui/translation/translator_window.py" line="186"/>
        <source>outdated</source>
        <translation>obsolète</translation>
    </message>
    <message>
        <location filename="../editor/gui/translation/translator_window.py" line="187"/>
        <source>missing</source>
        <translation>manquante</translation>
    </message>
    <message>
        <location filename="../editor/gui/translation/translator_window.py" line="188"/>
        <source>extra</source>
        <translation>en trop</translation>
    </message>
    <message>
        <location filename="../editor/gui/translation/translator_window.py" line="207"/>
        <source>Give a locale that has no file yet, such as en-GB.</source>
        <translation>Indiquez une langue qui n’a pas encore de fichier, comme en-GB.</translation>
    </message>
    <message>
        <location filename="../editor/gui/translation/translator_window.py" line="223"/>
        <source>No translation yet: start one with a locale.</source>
        <translation>Pas encore de traduction&#xa0;: commencez-en une en indiquant une langue.</translation>
    </message>
    <message numerus="yes">
        <location filename="../editor/gui/translation/translator_window.py" line="232"/>
        <source>%n translated</source>
        <translation>
            <numerusform>%n traduite</numerusform>
            <numerusform>%n traduites</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../editor/gui/translation/translator_window.py" line="233"/>
        <source>%n outdated</source>
        <translation>
            <numerusform>%n obsolète</numerusform>
            <numerusform>%n obsolètes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../editor/gui/translation/translator_window.py" line="234"/>
        <source>%n missing</source>
        <translation>
            <numerusform>%n manquante</numerusform>
            <numerusform>%n manquantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../editor/gui/translation/translator_window.py" line="235"/>
        <source>%n extra</source>
        <translation>
            <numerusform>%n en trop</numerusform>
            <numerusform>%n en trop</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../editor/gui/translation/translator_window.py" line="309"/>
        <source>The source has not changed since this section was translated.</source>
        <translation>La source n’a pas changé depuis la traduction de cette section.</translation>
    </message>
    <message>
        <location filename="../editor/gui/translation/translator_window.py" line="311"/>
        <source>This section has not been translated yet.</source>
        <translation>Cette section n’est pas encore traduite.</translation>
    </message>
    <message>
        <location filename="../editor/gui/translation/translator_window.py" line="313"/>
        <source>This section is no longer in the source.</source>
        <translation>Cette section n’est plus dans la source.</translation>
    </message>
    <message>
        <location filename="../editor/gui/translation/translator_window.py" line="320"/>
        <source>The source changed, but the text it was translated from is not known here (it is kept when a section is marked as translated or exported to XLIFF).</source>
        <translation>La source a changé, mais le texte d’après lequel cette section a été traduite n’est pas connu ici (il est gardé quand une section est marquée comme traduite ou exportée en XLIFF).</translation>
    </message>
    <message>
        <location filename="../editor/gui/translation/translator_window.py" line="365"/>
        <source>Unsaved Translation</source>
        <translation>Traduction non enregistrée</translation>
    </message>
    <message>
        <location filename="../editor/gui/translation/translator_window.py" line="366"/>
        <source>Save the changes to the %1 translation?</source>
        <translation>Enregistrer les modifications de la traduction %1&#x202f;?</translation>
    </message>
    <message>
        <location filename="../editor/gui/translation/translator_window.py" line="385"/>
        <location filename="../editor/gui/translation/translator_window.py" line="396"/>
        <source>Translations</source>
        <translation>Traductions</translation>
    </message>
    <message>
        <location filename="../editor/gui/translation/translator_window.py" line="386"/>
        <source>Translations sit beside the policy&apos;s file, named NAME.LOCALE.policy.md (politique.fr-FR.policy.md): save the policy under such a name first.</source>
        <translation>Les traductions sont à côté du fichier de la politique, nommées NOM.LANGUE.policy.md (politique.fr-FR.policy.md)&#xa0;: enregistrez d’abord la politique sous un tel nom.</translation>
    </message>
</context>
<context>
    <name>VersionsDialog</name>
    <message>
        <location filename="../editor/gui/legal/versions_dialog.py" line="127"/>
        <source>Published Versions</source>
        <translation>Versions publiées</translation>
    </message>
    <message>
        <location filename="../editor/gui/legal/versions_dialog.py" line="128"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../editor/gui/legal/versions_dialog.py" line="128"/>
        <source>Published</source>
        <translation>Publiée le</translation>
    </message>
    <message>
        <location filename="../editor/gui/legal/versions_dialog.py" line="128"/>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <location filename="../editor/gui/legal/versions_dialog.py" line="128"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../editor/gui/legal/versions_dialog.py" line="129"/>
        <source>Publish Version…</source>
        <translation>Publier une version…</translation>
    </message>
    <message>
        <location filename="../editor/gui/legal/versions_dialog.py" line="130"/>
        <source>Compare with Current Text</source>
        <translation>Comparer avec le texte actuel</translation>
    </message>
    <message>
        <location filename="../editor/gui/legal/versions_dialog.py" line="131"/>
        <source>Compare the Two Selected</source>
        <translation>Comparer les deux sélectionnées</translation>
    </message>
    <message>
        <location filename="../editor/gui/legal/versions_dialog.py" line="140"/>
        <source>Cannot read the versions</source>
        <translation>Impossible de lire les versions</translation>
    </message>
    <message>
        <location filename="../editor/gui/legal/versions_dialog.py" line="175"/>
        <source>Publish Version %1</source>
        <translation>Publier la version %1</translation>
    </message>
    <message>
        <location filename="../editor/gui/legal/versions_dialog.py" line="178"/>
        <source>Cannot publish the version</source>
        <translation>Impossible de publier la version</translation>
    </message>
    <message>
        <location filename="../editor/gui/legal/versions_dialog.py" line="207"/>
        <source>Cannot open the version</source>
        <translation>Impossible d’ouvrir la version</translation>
    </message>
    <message>
        <location filename="../editor/gui/legal/versions_dialog.py" line="210"/>
        <source>current text</source>
        <translation>texte actuel</translation>
    </message>
    <message>
        <location filename="../editor/gui/legal/versions_dialog.py" line="211"/>
        <source>Comparing the versions…</source>
        <translation>Comparaison des versions…</translation>
    </message>
    <message>
        <location filename="../editor/gui/legal/versions_dialog.py" line="211"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>WholeDocumentEditor</name>
    <message>
        <location filename="../editor/gui/text/whole_document.py" line="76"/>
        <source>Whole document: each line like “## Title {#id}” starts a section. Type “## New title {#}” to add a section; edits apply when you pause.</source>
        <extracomment>Pause in typing after which edits are applied to the document.</extracomment>
        <translation>Document entier&#xa0;: chaque ligne comme «&#xa0;## Titre {#id}&#xa0;» commence une section. Tapez «&#xa0;## Nouveau titre {#}&#xa0;» pour ajouter une section&#x202f;; les modifications s’appliquent dès que vous faites une pause.</translation>
    </message>
    <message>
        <location filename="../editor/gui/text/whole_document.py" line="143"/>
        <source>Not applied yet: %1</source>
        <translation>Pas encore appliqué&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../editor/gui/text/whole_document.py" line="153"/>
        <source>Edit in Whole Document</source>
        <translation>Modification dans le document entier</translation>
    </message>
</context>
<context>
    <name>WordPressController</name>
    <message>
        <location filename="../editor/gui/wordpress/controller.py" line="84"/>
        <source>Open from Site</source>
        <translation>Ouvrir depuis le site</translation>
    </message>
    <message>
        <location filename="../editor/gui/wordpress/controller.py" line="87"/>
        <source>Cannot open the page</source>
        <translation>Impossible d’ouvrir la page</translation>
    </message>
    <message>
        <location filename="../editor/gui/wordpress/controller.py" line="98"/>
        <source>Cannot publish yet</source>
        <translation>Publication impossible pour l’instant</translation>
    </message>
    <message>
        <location filename="../editor/gui/wordpress/controller.py" line="106"/>
        <source>a new page</source>
        <translation>une nouvelle page</translation>
    </message>
    <message>
        <location filename="../editor/gui/wordpress/controller.py" line="126"/>
        <location filename="../editor/gui/wordpress/controller.py" line="242"/>
        <location filename="../editor/gui/wordpress/controller.py" line="265"/>
        <source>Publish to Site</source>
        <translation>Publier sur le site</translation>
    </message>
    <message>
        <location filename="../editor/gui/wordpress/controller.py" line="141"/>
        <source>Pull Theirs</source>
        <translation>Prendre la version du site</translation>
    </message>
    <message>
        <location filename="../editor/gui/wordpress/controller.py" line="145"/>
        <source>Nothing was published</source>
        <translation>Rien n’a été publié</translation>
    </message>
    <message>
        <location filename="../editor/gui/wordpress/controller.py" line="148"/>
        <source>Publish</source>
        <translation>Publier</translation>
    </message>
    <message>
        <location filename="../editor/gui/wordpress/controller.py" line="149"/>
        <source>Sent to %1</source>
        <translation>Envoyée vers %1</translation>
    </message>
    <message>
        <location filename="../editor/gui/wordpress/controller.py" line="163"/>
        <source>No Keyring</source>
        <translation>Pas de trousseau</translation>
    </message>
    <message>
        <location filename="../editor/gui/wordpress/controller.py" line="164"/>
        <source>There is no system keyring: the password is kept until you quit, and asked again next time.</source>
        <translation>Il n’y a pas de trousseau système&#xa0;: le mot de passe est gardé jusqu’à ce que vous quittiez, puis redemandé la prochaine fois.</translation>
    </message>
    <message>
        <location filename="../editor/gui/wordpress/controller.py" line="182"/>
        <source>Test Connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <location filename="../editor/gui/wordpress/controller.py" line="206"/>
        <source>List Pages</source>
        <translation>Lister les pages</translation>
    </message>
    <message>
        <location filename="../editor/gui/wordpress/controller.py" line="209"/>
        <source>Cannot list the pages</source>
        <translation>Impossible de lister les pages</translation>
    </message>
    <message>
        <location filename="../editor/gui/wordpress/controller.py" line="224"/>
        <source>“%1” (ID %2)</source>
        <translation>«&#x202f;%1&#x202f;» (no %2)</translation>
    </message>
    <message>
        <location filename="../editor/gui/wordpress/controller.py" line="242"/>
        <source>Site:</source>
        <translation>Site&#xa0;:</translation>
    </message>
    <message>
        <location filename="../editor/gui/wordpress/controller.py" line="248"/>
        <source>Application Password</source>
        <translation>Mot de passe d’application</translation>
    </message>
    <message>
        <location filename="../editor/gui/wordpress/controller.py" line="249"/>
        <source>Application password of %1 at %2:</source>
        <translation>Mot de passe d’application de %1 sur %2&#xa0;:</translation>
    </message>
    <message>
        <location filename="../editor/gui/wordpress/controller.py" line="260"/>
        <source>Publish %1 on %2? Visitors will see it at once.</source>
        <translation>Publier %1 sur %2&#x202f;? Les visiteurs la verront aussitôt.</translation>
    </message>
    <message>
        <location filename="../editor/gui/wordpress/controller.py" line="262"/>
        <source>Submit %1 on %2 for review?</source>
        <translation>Soumettre %1 sur %2 à relecture&#x202f;?</translation>
    </message>
    <message>
        <location filename="../editor/gui/wordpress/controller.py" line="273"/>
        <source>Incomplete Import</source>
        <translation>Import incomplet</translation>
    </message>
    <message>
        <location filename="../editor/gui/wordpress/controller.py" line="275"/>
        <source>This policy comes from a cut-off import: section “%1” is incomplete. Sending it replaces the page with a shorter text. Send it anyway?</source>
        <translation>Cette politique vient d’un import coupé&#xa0;: la section «&#x202f;%1&#x202f;» est incomplète. L’envoyer remplace la page par un texte plus court. L’envoyer quand même&#x202f;?</translation>
    </message>
    <message>
        <location filename="../editor/gui/wordpress/controller.py" line="289"/>
        <source>Sent</source>
        <translation>Envoyée</translation>
    </message>
    <message>
        <location filename="../editor/gui/wordpress/controller.py" line="291"/>
        <source>The page was sent as %1:
%2</source>
        <translation>La page a été envoyée comme %1&#xa0;:
%2</translation>
    </message>
    <message>
        <location filename="../editor/gui/wordpress/controller.py" line="294"/>
        <source>&amp;Open the Page</source>
        <translation>&amp;Ouvrir la page</translation>
    </message>
</context>
<context>
    <name>WorkSafety</name>
    <message>
        <location filename="../editor/gui/safety/work_safety.py" line="173"/>
        <source>Recovered Changes</source>
        <translation>Modifications récupérées</translation>
    </message>
</context>
<context>
    <name>WritingAids</name>
    <message>
        <location filename="../editor/gui/text/writing_aids.py" line="100"/>
        <location filename="../editor/gui/text/writing_aids.py" line="101"/>
        <source>Fix Typography Here</source>
        <extracomment>Milliseconds after the last keystroke before the section is checked again.</extracomment>
        <translation>Corriger la typographie ici</translation>
    </message>
    <message>
        <location filename="../editor/gui/text/writing_aids.py" line="155"/>
        <location filename="../editor/gui/text/writing_aids.py" line="221"/>
        <source>Unknown word: %1</source>
        <translation>Mot inconnu&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../editor/gui/text/writing_aids.py" line="197"/>
        <source>For review: %1</source>
        <translation>À relire&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../editor/gui/text/writing_aids.py" line="271"/>
        <location filename="../editor/gui/text/writing_aids.py" line="274"/>
        <source>Fix typography</source>
        <translation>Corriger la typographie</translation>
    </message>
    <message>
        <location filename="../editor/gui/text/writing_aids.py" line="293"/>
        <source>Fix typography in the section</source>
        <translation>Corriger la typographie de la section</translation>
    </message>
    <message>
        <location filename="../editor/gui/text/writing_aids.py" line="302"/>
        <source>Fix typography in the document</source>
        <translation>Corriger la typographie du document</translation>
    </message>
    <message>
        <location filename="../editor/gui/text/writing_aids.py" line="309"/>
        <location filename="../editor/gui/text/writing_aids.py" line="312"/>
        <source>Correct spelling</source>
        <translation>Corriger l’orthographe</translation>
    </message>
    <message>
        <location filename="../editor/gui/text/writing_aids.py" line="352"/>
        <source>Typography as you type</source>
        <translation>Typographie à la frappe</translation>
    </message>
    <message>
        <location filename="../editor/gui/text/writing_aids.py" line="368"/>
        <source>Add “%1” to Dictionary</source>
        <translation>Ajouter «&#x202f;%1&#x202f;» au dictionnaire</translation>
    </message>
    <message>
        <location filename="../editor/gui/text/writing_aids.py" line="370"/>
        <source>Ignore “%1”</source>
        <translation>Ignorer «&#x202f;%1&#x202f;»</translation>
    </message>
    <message>
        <location filename="../editor/gui/text/writing_aids.py" line="375"/>
        <source>Fix: %1</source>
        <translation>Corriger&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../editor/gui/text/writing_aids.py" line="379"/>
        <source>Fix All Typography in the Section</source>
        <translation>Corriger toute la typographie de la section</translation>
    </message>
    <message>
        <location filename="../editor/gui/text/writing_aids.py" line="382"/>
        <source>Fix All Typography in the Document</source>
        <translation>Corriger toute la typographie du document</translation>
    </message>
</context>
<context>
    <name>WritingTools</name>
    <message>
        <location filename="../editor/gui/text/writing_tools.py" line="87"/>
        <source>Find and &amp;Replace…</source>
        <translation>Rechercher et &amp;remplacer…</translation>
    </message>
    <message>
        <location filename="../editor/gui/text/writing_tools.py" line="88"/>
        <source>Fix Typography as I &amp;Type</source>
        <translation>Corriger la typographie à la &amp;frappe</translation>
    </message>
    <message>
        <location filename="../editor/gui/text/writing_tools.py" line="89"/>
        <source>Check &amp;Spelling</source>
        <translation>Vérifier l’&amp;orthographe</translation>
    </message>
    <message>
        <location filename="../editor/gui/text/writing_tools.py" line="130"/>
        <source>Not found: “%1”</source>
        <translation>Introuvable&#xa0;: «&#x202f;%1&#x202f;»</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../editor/catalogue.py" line="33"/>
        <location filename="../editor/catalogue.py" line="129"/>
        <source>the file is not UTF-8 text ({detail})</source>
        <extracomment>The translation context of every catalogue text.</extracomment>
        <translation>le fichier n’est pas du texte UTF-8 ({detail})</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="34"/>
        <source>the file does not start with a “---” metadata header</source>
        <translation>le fichier ne commence pas par un en-tête de métadonnées «&#xa0;---&#xa0;»</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="35"/>
        <source>the metadata header is not closed by a “---” line</source>
        <translation>l’en-tête de métadonnées n’est pas fermé par une ligne «&#xa0;---&#xa0;»</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="36"/>
        <source>this header line is not “key: value”: {text}</source>
        <translation>cette ligne d’en-tête n’est pas de la forme «&#xa0;clé: valeur&#xa0;»&#xa0;: {text}</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="37"/>
        <source>the header key “{key}” appears twice</source>
        <translation>la clé d’en-tête «&#xa0;{key}&#xa0;» apparaît deux fois</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="38"/>
        <source>bad value for “{key}”: {detail}</source>
        <translation>valeur incorrecte pour «&#xa0;{key}&#xa0;»&#xa0;: {detail}</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="40"/>
        <source>a level {level} heading follows a level {previous} heading: a level can only go one deeper</source>
        <translation>un titre de niveau {level} suit un titre de niveau {previous}&#xa0;: on ne peut descendre que d’un niveau à la fois</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="44"/>
        <source>the section id “{id}” is used twice</source>
        <translation>l’identifiant de section «&#xa0;{id}&#xa0;» est utilisé deux fois</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="46"/>
        <source>the section id “{id}” is not valid (ASCII letters, digits, “-” or “_”, at most 40)</source>
        <translation>l’identifiant de section «&#xa0;{id}&#xa0;» n’est pas valide (lettres ASCII, chiffres, «&#xa0;-&#xa0;» ou «&#xa0;_&#xa0;», 40 au plus)</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="51"/>
        <source>this file was written by a newer Policy Editor (format {version})</source>
        <translation>ce fichier a été écrit par une version plus récente de Policy Editor (format {version})</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="54"/>
        <source>there is no section with the id “{id}”</source>
        <translation>aucune section n’a l’identifiant «&#xa0;{id}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="55"/>
        <source>the section id “{id}” is already used</source>
        <translation>l’identifiant de section «&#xa0;{id}&#xa0;» est déjà utilisé</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="56"/>
        <source>“{id}” is not a valid section id</source>
        <translation>«&#xa0;{id}&#xa0;» n’est pas un identifiant de section valide</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="57"/>
        <source>a top-level section cannot be outdented</source>
        <translation>une section de premier niveau ne peut pas remonter d’un niveau</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="59"/>
        <source>the first section of a level cannot be indented: there is no section above it to go under</source>
        <translation>la première section d’un niveau ne peut pas être abaissée&#xa0;: aucune section au-dessus ne peut l’accueillir</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="64"/>
        <source>a level {level} section cannot hold a level {child_level} subsection</source>
        <translation>une section de niveau {level} ne peut pas contenir de sous-section de niveau {child_level}</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="67"/>
        <source>heading levels go from 1 to 6; this would make level {level}</source>
        <translation>les niveaux de titre vont de 1 à 6&#x202f;; on obtiendrait le niveau {level}</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="70"/>
        <source>a section cannot be moved into itself or into one of its subsections</source>
        <translation>une section ne peut pas être déplacée dans elle-même ni dans une de ses sous-sections</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="72"/>
        <source>position {index} is outside 0..{size}</source>
        <translation>la position {index} est hors de 0..{size}</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="73"/>
        <source>there is no next section to merge with</source>
        <translation>il n’y a pas de section suivante avec laquelle fusionner</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="74"/>
        <source>line {line} of the section is not a heading</source>
        <translation>la ligne {line} de la section n’est pas un titre</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="75"/>
        <source>the section is already at the edge of its level</source>
        <translation>la section est déjà au bord de son niveau</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="77"/>
        <source>the file does not exist</source>
        <translation>le fichier n’existe pas</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="78"/>
        <source>this is a folder, not a file</source>
        <translation>c’est un dossier, pas un fichier</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="79"/>
        <source>the file cannot be read ({detail})</source>
        <translation>le fichier ne peut pas être lu ({detail})</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="80"/>
        <source>the file cannot be written ({detail})</source>
        <translation>le fichier ne peut pas être écrit ({detail})</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="82"/>
        <source>the file is too large ({size} bytes; the limit is {limit})</source>
        <translation>le fichier est trop volumineux ({size} octets&#x202f;; la limite est {limit})</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="85"/>
        <source>cannot be written: the folder or file is read-only or you lack permission ({detail})</source>
        <translation>écriture impossible&#xa0;: le dossier ou le fichier est en lecture seule, ou vous n’avez pas l’autorisation ({detail})</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="89"/>
        <source>cannot be written: the disk is full ({detail})</source>
        <translation>écriture impossible&#xa0;: le disque est plein ({detail})</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="91"/>
        <source>cannot be written: the folder “{folder}” does not exist (was it moved, or the drive removed?)</source>
        <translation>écriture impossible&#xa0;: le dossier «&#xa0;{folder}&#xa0;» n’existe pas (a-t-il été déplacé, ou le disque retiré&#x202f;?)</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="96"/>
        <source>cannot be written: the drive is not available ({detail})</source>
        <translation>écriture impossible&#xa0;: le disque n’est pas disponible ({detail})</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="98"/>
        <source>this kind of file cannot be opened (known: {known})</source>
        <translation>ce type de fichier ne peut pas être ouvert (connus&#xa0;: {known})</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="99"/>
        <source>unknown output format “{format}” (known: {known})</source>
        <translation>format de sortie inconnu «&#xa0;{format}&#xa0;» (connus&#xa0;: {known})</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="100"/>
        <source>{detail}</source>
        <translation>{detail}</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="204"/>
        <source>{count} square bracket(s) nested too deeply were read as plain text</source>
        <translation>{count} crochet(s) imbriqué(s) trop profondément ont été lu(s) comme du texte</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="238"/>
        <source>the document has tracked changes ({count}: {insertions} insertion(s), {deletions} deletion(s), {moves} move(s)): they were imported as accepted (insertions kept, deletions left out); check the text against Word&apos;s final version</source>
        <translation>le document contient des modifications suivies ({count}&#xa0;: {insertions} insertion(s), {deletions} suppression(s), {moves} déplacement(s))&#xa0;: elles ont été importées comme acceptées (insertions gardées, suppressions retirées)&#x202f;; vérifiez le texte par rapport à la version finale de Word</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="252"/>
        <source>{count} heading(s) found from short bold lines (not in a heading style); check the outline</source>
        <translation>{count} titre(s) trouvé(s) d’après des lignes courtes en gras (sans style de titre)&#x202f;; vérifiez le plan</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="298"/>
        <source>the file was not saved as UTF-8; it was read as Windows-1252: check the accented letters</source>
        <translation>le fichier n’a pas été enregistré en UTF-8&#x202f;; il a été lu en Windows-1252&#xa0;: vérifiez les lettres accentuées</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="304"/>
        <source>the export was damaged by {count} line break(s) in the wrong place; it was repaired, the text is complete</source>
        <translation>l’export était abîmé par {count} saut(s) de ligne mal placé(s)&#x202f;; il a été réparé, le texte est complet</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="311"/>
        <source>the file is incomplete: it stops at line {line}, and whatever came after is missing. Get a complete export before publishing.</source>
        <translation>le fichier est incomplet&#xa0;: il s’arrête à la ligne {line} et tout ce qui suivait manque. Obtenez un export complet avant de publier.</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="319"/>
        <source>the page was cut off after “{title}”: the text after it is missing. Get a complete export before publishing.</source>
        <translation>la page a été coupée après «&#xa0;{title}&#xa0;»&#xa0;: le texte qui suit manque. Obtenez un export complet avant de publier.</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="327"/>
        <source>a heading, paragraph or list damaged in the export was repaired: check that it reads as intended</source>
        <translation>un titre, un paragraphe ou une liste abîmé dans l’export a été réparé&#xa0;: vérifiez qu’il se lit comme prévu</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="334"/>
        <source>a link to {url} damaged in the export was repaired: check that it covers the right words</source>
        <translation>un lien vers {url} abîmé dans l’export a été réparé&#xa0;: vérifiez qu’il porte sur les bons mots</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="340"/>
        <source>damaged formatting was removed; the text is kept</source>
        <translation>une mise en forme abîmée a été retirée&#x202f;; le texte est conservé</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="344"/>
        <source>{count} line break(s) in repaired paragraphs were kept as line breaks</source>
        <translation>{count} saut(s) de ligne dans des paragraphes réparés ont été gardés comme sauts de ligne</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="349"/>
        <source>{count} leftover WordPress editor marker(s) were removed; the text is kept</source>
        <translation>{count} marque(s) résiduelle(s) de l’éditeur WordPress ont été retirées&#x202f;; le texte est conservé</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="353"/>
        <source>{count} block(s) “{name}” are filled in by WordPress when the page is shown: their text is not in the export and was not imported</source>
        <translation>{count} bloc(s) «&#xa0;{name}&#xa0;» sont remplis par WordPress à l’affichage de la page&#xa0;: leur texte n’est pas dans l’export et n’a pas été importé</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="361"/>
        <source>{count} page-builder setting(s) damaged by curly quotes were repaired</source>
        <translation>{count} réglage(s) du constructeur de page abîmé(s) par des guillemets courbes ont été réparés</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="365"/>
        <source>{count} WordPress code(s) “[{tag}]” were kept as they are, in square brackets: check whether the page still needs them</source>
        <translation>{count} code(s) WordPress «&#xa0;[{tag}]&#xa0;» ont été gardés tels quels, entre crochets&#xa0;: vérifiez si la page en a encore besoin</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="373"/>
        <source>a block of raw HTML in the page builder could not be read; it is kept as text</source>
        <translation>un bloc de HTML brut du constructeur de page n’a pas pu être lu&#x202f;; il est conservé comme texte</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="377"/>
        <source>the page-builder code “[{tag}]” is not closed: the page may be damaged</source>
        <translation>le code du constructeur de page «&#xa0;[{tag}]&#xa0;» n’est pas fermé&#xa0;: la page est peut-être abîmée</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="381"/>
        <source>the page had {count} page-builder text blocks; publishing back into the page builder puts the edited text in one block</source>
        <translation>la page avait {count} blocs de texte du constructeur de page&#x202f;; une publication dans le constructeur met le texte modifié dans un seul bloc</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="389"/>
        <source>the page text was not where WordPress usually puts it; it was read anyway</source>
        <translation>le texte de la page n’était pas là où WordPress le met d’habitude&#x202f;; il a quand même été lu</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="393"/>
        <source>this export holds the page&apos;s title and settings but not its text: export the page again with its content</source>
        <translation>cet export contient le titre et les réglages de la page, mais pas son texte&#xa0;: exportez de nouveau la page avec son contenu</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="524"/>
        <source>{count} page-builder setting(s) damaged by WordPress&apos;s typography were repaired</source>
        <translation>{count} réglage(s) du constructeur de pages abîmé(s) par la typographie de WordPress ont été réparé(s)</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="531"/>
        <source>the page has no headings: {count} short bold paragraph(s) were taken as section headings; check the outline</source>
        <translation>la page n’a pas de titres&#xa0;: {count} paragraphe(s) court(s) en gras ont été pris comme titres de section&#x202f;; vérifiez le plan</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="538"/>
        <source>{count} underlined, struck-through, highlighted, subscript or superscript passage(s) were kept as plain text; check their meaning</source>
        <translation>{count} passage(s) souligné(s), barré(s), surligné(s), en indice ou en exposant ont été gardé(s) en texte simple&#x202f;; vérifiez leur sens</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="545"/>
        <source>the checklist is not valid: {detail}</source>
        <translation>la liste de contrôle n’est pas valable&#xa0;: {detail}</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="551"/>
        <source>“{label}” cannot be a version label (use letters, digits, “.”, “-” or “_”)</source>
        <translation>«&#x202f;{label}&#x202f;» ne peut pas servir de nom de version (utilisez des lettres, des chiffres, «&#x202f;.&#x202f;», «&#x202f;-&#x202f;» ou «&#x202f;_&#x202f;»)</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="557"/>
        <source>version “{label}” is already published; a published version never changes</source>
        <translation>la version «&#x202f;{label}&#x202f;» est déjà publiée&#x202f;; une version publiée ne change jamais</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="563"/>
        <source>there is no published version “{label}” (published: {known})</source>
        <translation>il n’y a pas de version publiée «&#x202f;{label}&#x202f;» (publiées&#xa0;: {known})</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="569"/>
        <source>the snapshot of version “{label}” was changed after it was published ({file})</source>
        <translation>l’instantané de la version «&#x202f;{label}&#x202f;» a été modifié après sa publication ({file})</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="575"/>
        <source>the index of published versions cannot be read ({detail})</source>
        <translation>l’index des versions publiées ne peut pas être lu ({detail})</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="581"/>
        <source>the snapshot cannot be written ({detail})</source>
        <translation>l’instantané ne peut pas être écrit ({detail})</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="587"/>
        <source>only a .policy.md file can be published (convert it first)</source>
        <translation>seul un fichier .policy.md peut être publié (convertissez-le d’abord)</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="593"/>
        <source>the file has no byte-order mark; read as {charset} from its byte pattern</source>
        <translation>le fichier n’a pas de marque d’ordre des octets&#x202f;; il a été lu en {charset} d’après la forme de ses octets</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="599"/>
        <source>the content is {found}, not text or WordPress&apos;s {{rendered}} object: no text was read from it (it is kept for export)</source>
        <translation>le contenu est {found}, ni du texte ni l’objet {{rendered}} de WordPress&#xa0;: aucun texte n’en a été lu (il est gardé pour l’export)</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="606"/>
        <source>this is {kind}, not a file: only ordinary files can be opened</source>
        <translation>c’est {kind}, pas un fichier&#xa0;: seuls les fichiers ordinaires peuvent être ouverts</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="612"/>
        <source>the path is a symbolic link that loops (it points back to itself)</source>
        <translation>le chemin est un lien symbolique qui boucle (il renvoie à lui-même)</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="618"/>
        <source>the file is nested too deeply to be read</source>
        <translation>le fichier est imbriqué trop profondément pour être lu</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="624"/>
        <source>{count} line(s) nested deeper than {limit} list levels were moved up to level {limit}</source>
        <translation>{count} ligne(s) imbriquée(s) sur plus de {limit} niveaux de liste ont été remontée(s) au niveau {limit}</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="630"/>
        <source>{count} line(s) quoted deeper than {limit} levels were kept at {limit} levels</source>
        <translation>{count} ligne(s) citée(s) sur plus de {limit} niveaux ont été gardée(s) à {limit} niveaux</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="636"/>
        <source>{count} emphasis marker(s) past the first {limit} of a paragraph were read as text</source>
        <translation>{count} marque(s) de mise en valeur au-delà des {limit} premières d’un paragraphe ont été lue(s) comme du texte</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="642"/>
        <source>{count} square bracket(s) nested too deeply or never closed were read as text</source>
        <translation>{count} crochet(s) imbriqué(s) trop profondément ou jamais fermé(s) ont été lu(s) comme du texte</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="648"/>
        <source>{count} link or image opening(s) never closed were read as text</source>
        <translation>{count} ouverture(s) de lien ou d’image jamais fermée(s) ont été lue(s) comme du texte</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="654"/>
        <source>{count} paragraph(s) longer than {limit} characters are kept as typed, without Markdown formatting</source>
        <translation>{count} paragraphe(s) de plus de {limit} caractères sont gardé(s) tels que saisis, sans mise en forme Markdown</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="660"/>
        <source>{count} lone surrogate character(s) (invalid Unicode) were replaced by U+FFFD</source>
        <translation>{count} caractère(s) de substitution isolé(s) (Unicode non valable) ont été remplacé(s) par U+FFFD</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="666"/>
        <source>{count} NUL character(s) were replaced by U+FFFD</source>
        <translation>{count} caractère(s) NUL ont été remplacé(s) par U+FFFD</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="672"/>
        <source>a number in the file has {digits} digits; more than {limit} cannot be a real value</source>
        <translation>un nombre du fichier a {digits} chiffres&#x202f;; plus de {limit} ne peut pas être une vraie valeur</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="678"/>
        <source>cannot be saved because of an internal error ({detail})</source>
        <translation>ne peut pas être enregistré à cause d’une erreur interne ({detail})</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="136"/>
        <location filename="../editor/catalogue.py" line="270"/>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="271"/>
        <source>this is a binary file, not a WordPress JSON export</source>
        <translation>c’est un fichier binaire, pas un export JSON WordPress</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="273"/>
        <source>this is not JSON (it should start with &apos;{{&apos; or &apos;[&apos;; found {found!r})</source>
        <translation>ce n’est pas du JSON (il devrait commencer par «&#xa0;{{&#xa0;» ou «&#xa0;[&#xa0;»&#x202f;; trouvé {found!r})</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="276"/>
        <source>the JSON is broken at column {column} ({detail}) and cannot be repaired</source>
        <translation>le JSON est cassé à la colonne {column} ({detail}) et ne peut pas être réparé</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="279"/>
        <source>this JSON is not a WordPress page or post (no &apos;content&apos; field; found {found})</source>
        <translation>ce JSON n’est pas une page ou un article WordPress (pas de champ «&#xa0;content&#xa0;»&#x202f;; trouvé {found})</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="281"/>
        <source>the JSON is an empty list: the lookup found no page</source>
        <translation>le JSON est une liste vide&#xa0;: la recherche n’a trouvé aucune page</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="283"/>
        <source>the JSON holds {count} pages; export one page (or a lookup that finds one)</source>
        <translation>le JSON contient {count} pages&#x202f;; exportez une seule page (ou une recherche qui n’en trouve qu’une)</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="286"/>
        <source>this is a WordPress error response ({code}: {message}), not a page</source>
        <translation>c’est une réponse d’erreur de WordPress ({code}&#xa0;: {message}), pas une page</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="289"/>
        <source>the page is password-protected and its content is not in the export (export it with ?context=edit and the password)</source>
        <translation>la page est protégée par mot de passe et son contenu n’est pas dans l’export (exportez-la avec ?context=edit et le mot de passe)</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="295"/>
        <source>the page content is empty</source>
        <translation>le contenu de la page est vide</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="137"/>
        <source>this is a binary file, not {kind}</source>
        <translation>c’est un fichier binaire, pas {kind}</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="159"/>
        <source>the page has no text to import</source>
        <translation>la page n’a aucun texte à importer</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="198"/>
        <source>the file has no text to import</source>
        <translation>le fichier n’a aucun texte à importer</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="208"/>
        <source>this is not a Word .docx document ({detail})</source>
        <translation>ce n’est pas un document Word .docx ({detail})</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="209"/>
        <source>the Word document is damaged and cannot be read ({detail})</source>
        <translation>le document Word est endommagé et ne peut pas être lu ({detail})</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="211"/>
        <source>the Word document is password-protected: open it in Word, remove the password (File &gt; Info &gt; Protect Document) and save it again</source>
        <translation>le document Word est protégé par mot de passe&#xa0;: ouvrez-le dans Word, retirez le mot de passe (Fichier &gt; Informations &gt; Protéger le document) et enregistrez-le de nouveau</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="218"/>
        <source>this is an old Word 97-2003 .doc file: open it in Word or LibreOffice and save it as .docx</source>
        <translation>c’est un ancien fichier Word 97-2003 .doc&#xa0;: ouvrez-le dans Word ou LibreOffice et enregistrez-le en .docx</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="223"/>
        <source>the document would expand to an unreasonable size ({detail}); it was not opened</source>
        <translation>le document prendrait une taille déraisonnable une fois décompressé ({detail})&#x202f;; il n’a pas été ouvert</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="246"/>
        <source>the document has {count} comment(s); comments are not imported</source>
        <translation>le document contient {count} commentaire(s)&#x202f;; les commentaires ne sont pas importés</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="258"/>
        <source>the document uses no heading styles and has no bold title lines: it was imported as a single section</source>
        <translation>le document n’utilise aucun style de titre et n’a pas de lignes de titre en gras&#xa0;: il a été importé en une seule section</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="264"/>
        <source>paragraph styles without a meaning here were imported as plain paragraphs: {styles}</source>
        <translation>des styles de paragraphe sans signification ici ont été importés comme paragraphes simples&#xa0;: {styles}</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="232"/>
        <source>the document has no text to import</source>
        <translation>le document n’a aucun texte à importer</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="102"/>
        <source>the document has {count} sections; more than {limit} cannot be a policy</source>
        <translation>le document a {count} sections&#x202f;; au-delà de {limit}, ce ne peut pas être une politique</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="104"/>
        <source>the recovery file cannot be read ({detail})</source>
        <translation>le fichier de récupération ne peut pas être lu ({detail})</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="105"/>
        <source>this is not a recovery file of this version ({detail})</source>
        <translation>ce n’est pas un fichier de récupération de cette version ({detail})</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="108"/>
        <source>{format} has no option “{option}” (its options: {accepted})</source>
        <translation>{format} n’a pas d’option «&#xa0;{option}&#xa0;» (ses options&#xa0;: {accepted})</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="111"/>
        <source>the option “{option}” cannot be “{value}” (accepted: {accepted})</source>
        <translation>l’option «&#xa0;{option}&#xa0;» ne peut pas valoir «&#xa0;{value}&#xa0;» (valeurs acceptées&#xa0;: {accepted})</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="113"/>
        <source>an option is written NAME=VALUE, not “{text}”</source>
        <translation>une option s’écrit NOM=VALEUR, pas «&#xa0;{text}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="114"/>
        <source>the Word template cannot be read ({detail})</source>
        <translation>le modèle Word ne peut pas être lu ({detail})</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="116"/>
        <source>the Word template is not a Word .docx file ({detail})</source>
        <translation>le modèle Word n’est pas un fichier Word .docx ({detail})</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="119"/>
        <source>--keep-builder needs a policy imported from a WPBakery page; this one has no builder layout to keep</source>
        <translation>--keep-builder demande une politique importée d’une page WPBakery&#x202f;; celle-ci n’a pas de mise en page de constructeur à garder</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="126"/>
        <source>unknown typography profile “{profile}” (known: {known})</source>
        <translation>profil typographique inconnu «&#xa0;{profile}&#xa0;» (connus&#xa0;: {known})</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="128"/>
        <source>unknown text format “{format}” (known: {known})</source>
        <translation>format de texte inconnu «&#xa0;{format}&#xa0;» (connus&#xa0;: {known})</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="130"/>
        <source>--check and --diff cannot be used together</source>
        <translation>--check et --diff ne peuvent pas être utilisés ensemble</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="131"/>
        <source>standard input cannot be read ({detail})</source>
        <translation>l’entrée standard ne peut pas être lue ({detail})</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="139"/>
        <source>the page names a character set this program does not know; it was read as {used}: check the accented letters</source>
        <translation>la page indique un jeu de caractères que ce programme ne connaît pas&#x202f;; elle a été lue en {used}&#xa0;: vérifiez les lettres accentuées</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="147"/>
        <source>the file does not say how its letters are encoded; it was read as Windows-1252: check the accented letters</source>
        <translation>le fichier n’indique pas comment ses lettres sont codées&#x202f;; il a été lu en Windows-1252&#xa0;: vérifiez les lettres accentuées</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="155"/>
        <source>{count} character(s) could not be read and show as “�”: correct them by hand</source>
        <translation>{count} caractère(s) illisible(s) s’affichent «&#xa0;�&#xa0;»&#xa0;: corrigez-les à la main</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="161"/>
        <source>{count} active element(s) such as scripts, forms or embedded frames were left out: they are never imported</source>
        <translation>{count} élément(s) actif(s) (scripts, formulaires, cadres intégrés) ont été laissés de côté&#xa0;: ils ne sont jamais importés</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="169"/>
        <source>{count} hidden script(s) attached to the text were removed; the text is kept</source>
        <translation>{count} script(s) caché(s) attaché(s) au texte ont été retirés&#x202f;; le texte est conservé</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="173"/>
        <source>{count} part(s) of the page were nested too deeply; their text is kept without that layout</source>
        <translation>{count} partie(s) de la page étaient trop imbriquées&#x202f;; leur texte est conservé sans cette mise en page</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="179"/>
        <source>a heading skipped a level; it was placed one level below the heading before it: check the outline</source>
        <translation>un titre sautait un niveau&#x202f;; il a été placé un niveau sous le titre précédent&#xa0;: vérifiez le plan</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="186"/>
        <source>an empty heading was left out</source>
        <translation>un titre vide a été laissé de côté</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="189"/>
        <source>{count} link(s) that would run a program were kept as plain text</source>
        <translation>{count} lien(s) qui lanceraient un programme ont été gardés en texte simple</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="193"/>
        <source>{count} image(s) could not be kept; their descriptions are kept instead</source>
        <translation>{count} image(s) n’ont pas pu être gardées&#x202f;; leurs descriptions sont gardées à la place</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="226"/>
        <source>the document is far larger than a policy ({detail}); it was not read</source>
        <translation>le document est bien plus gros qu’une politique ({detail})&#x202f;; il n’a pas été lu</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="506"/>
        <source>heading level {level} follows level {previous}: imported as level {used}</source>
        <translation>un titre de niveau {level} suit le niveau {previous}&#xa0;: importé au niveau {used}</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="400"/>
        <source>{count} heading(s) found from paragraph outline levels (text pasted from a web page or Google Docs); check the outline</source>
        <translation>{count} titre(s) trouvé(s) d’après les niveaux hiérarchiques des paragraphes (texte collé d’une page web ou de Google Docs)&#x202f;; vérifiez le plan</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="407"/>
        <source>{count} heading(s) found from numbered list items; check the outline</source>
        <translation>{count} titre(s) trouvé(s) d’après des éléments de liste numérotée&#x202f;; vérifiez le plan</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="413"/>
        <source>{count} heading(s) found from numbered lines (Article 3, 1.2, III., Chapitre...); check the outline</source>
        <translation>{count} titre(s) trouvé(s) d’après des lignes numérotées (Article 3, 1.2, III., Chapitre…)&#x202f;; vérifiez le plan</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="419"/>
        <source>{count} heading(s) found from lines in a larger font; check the outline</source>
        <translation>{count} titre(s) trouvé(s) d’après des lignes en plus grands caractères&#x202f;; vérifiez le plan</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="425"/>
        <source>{count} heading(s) found from underlined lines; check the outline</source>
        <translation>{count} titre(s) trouvé(s) d’après des lignes soulignées&#x202f;; vérifiez le plan</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="431"/>
        <source>{count} heading(s) found from lines in capitals; check the outline</source>
        <translation>{count} titre(s) trouvé(s) d’après des lignes en capitales&#x202f;; vérifiez le plan</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="437"/>
        <source>heading levels were guessed from {count} kinds of heading repeated through the document (numbering depth, font size, style of the line)</source>
        <translation>les niveaux de titre ont été déduits de {count} sortes de titres répétées dans le document (profondeur de numérotation, taille des caractères, style de la ligne)</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="444"/>
        <source>{count} emphasised line(s) ending with a colon were kept as text (lead-ins), not headings</source>
        <translation>{count} ligne(s) mise(s) en valeur et terminée(s) par deux-points ont été gardée(s) comme texte (introductions), pas comme titres</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="450"/>
        <source>the first line was taken as the policy title: {title}</source>
        <translation>la première ligne a été prise comme titre de la politique&#xa0;: {title}</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="456"/>
        <source>the line under the title was read into the document properties: {line}</source>
        <translation>la ligne sous le titre a été reprise dans les propriétés du document&#xa0;: {line}</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="462"/>
        <source>the line under the title looks like a date or version but could not be read; it was kept as text: {line}</source>
        <translation>la ligne sous le titre ressemble à une date ou à une version mais n’a pas pu être lue&#x202f;; elle a été gardée comme texte&#xa0;: {line}</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="468"/>
        <source>{count} preformatted paragraph(s) were kept as code blocks, line by line</source>
        <translation>{count} paragraphe(s) préformaté(s) ont été gardé(s) comme blocs de code, ligne par ligne</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="474"/>
        <source>{count} picture(s) left out ({size} larger than {limit} MB, {total} beyond {total_limit} MB of pictures in all, {format} in a format web pages and Word do not both show (EMF, WMF, SVG, TIFF...), {unreadable} unreadable); their alternative text is kept</source>
        <translation>{count} image(s) laissée(s) de côté ({size} de plus de {limit}&#xa0;Mo, {total} au-delà de {total_limit}&#xa0;Mo d’images en tout, {format} dans un format que les pages web et Word n’affichent pas tous deux (EMF, WMF, SVG, TIFF…), {unreadable} illisible(s))&#x202f;; leur texte de remplacement est gardé</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="482"/>
        <source>the document declares the language {declared} but its text is in {used}; it was imported as {used}</source>
        <translation>le document déclare la langue {declared} mais son texte est en {used}&#x202f;; il a été importé en {used}</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="488"/>
        <source>{count} paragraph(s) with HTML tags were converted to Markdown (tags are shown as text otherwise)</source>
        <translation>{count} paragraphe(s) contenant des balises HTML converti(s) en Markdown (sinon les balises s’affichent comme du texte)</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="494"/>
        <source>{count} reference link(s) defined in another section were written inline (each section stands alone)</source>
        <translation>{count} lien(s) par référence défini(s) dans une autre section écrit(s) en entier (chaque section est autonome)</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="500"/>
        <source>the markup in heading {title!r} was removed: titles are plain text</source>
        <translation>la mise en forme du titre {title!r} a été retirée&#xa0;: les titres sont du texte simple</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="512"/>
        <source>an empty level-{level} heading was left out</source>
        <translation>un titre vide de niveau {level} a été ignoré</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="518"/>
        <source>the front matter gives the title and language; its other keys were left out ({keys})</source>
        <translation>l’en-tête YAML donne le titre et la langue&#x202f;; ses autres clés ont été ignorées ({keys})</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="133"/>
        <source>invalid regular expression “{pattern}”: {reason}</source>
        <translation>expression régulière incorrecte «&#x202f;{pattern}&#x202f;»&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="134"/>
        <source>the text changed since the search: search again</source>
        <translation>le texte a changé depuis la recherche&#xa0;: relancez-la</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="814"/>
        <source>this policy was not pulled from a WordPress site; name the site (--site on the command line) to create a new page</source>
        <translation>cette politique n’a pas été récupérée d’un site WordPress&#x202f;; nommez le site (--site en ligne de commande) pour créer une nouvelle page</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="821"/>
        <source>the import of this page was cut off (section “{section}” is incomplete): pushing would replace the page with a shortened text; confirm first (--allow-incomplete on the command line)</source>
        <translation>l’import de cette page a été coupé (la section «&#x202f;{section}&#x202f;» est incomplète)&#xa0;: l’envoyer remplacerait la page par un texte raccourci&#x202f;; confirmez d’abord (--allow-incomplete en ligne de commande)</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="835"/>
        <source>this policy comes from {origin}, not from {site}</source>
        <translation>cette politique vient de {origin}, pas de {site}</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="841"/>
        <source>the page was built with Elementor, which shows its own saved layout: the text was sent, but visitors see it only once the page is edited with Elementor or switched back to the block editor</source>
        <translation>la page a été construite avec Elementor, qui affiche sa propre mise en page enregistrée&#xa0;: le texte a été envoyé, mais les visiteurs ne le verront qu’une fois la page modifiée avec Elementor ou repassée à l’éditeur de blocs</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="684"/>
        <source>“{url}” is not a web address (for example https://example.org)</source>
        <translation>«&#x202f;{url}&#x202f;» n’est pas une adresse web (par exemple https://exemple.fr)</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="690"/>
        <source>{url}: plain http is refused except for localhost and 127.0.0.1: the application password would cross the network unencrypted; use the site’s https:// address</source>
        <translation>{url}&#xa0;: le http simple est refusé, sauf pour localhost et 127.0.0.1&#xa0;: le mot de passe d’application passerait en clair sur le réseau&#x202f;; utilisez l’adresse https:// du site</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="697"/>
        <source>no WordPress site {url} is set up; add it first</source>
        <translation>aucun site WordPress {url} n’est configuré&#x202f;; ajoutez-le d’abord</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="703"/>
        <source>no WordPress site is set up; add one first</source>
        <translation>aucun site WordPress n’est configuré&#x202f;; ajoutez-en un d’abord</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="709"/>
        <source>several WordPress sites are set up ({sites}); choose one</source>
        <translation>plusieurs sites WordPress sont configurés ({sites})&#x202f;; choisissez-en un</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="715"/>
        <source>no application password for {user} at {url}: there is no system keyring to keep it</source>
        <translation>pas de mot de passe d’application pour {user} sur {url}&#xa0;: il n’y a pas de trousseau système pour le garder</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="721"/>
        <source>the application password is empty</source>
        <translation>le mot de passe d’application est vide</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="727"/>
        <source>{url}: the site refused the user name or application password (401); check them in the user’s profile, Application Passwords</source>
        <translation>{url}&#xa0;: le site refuse l’identifiant ou le mot de passe d’application (401)&#x202f;; vérifiez-les dans le profil de l’utilisateur, Mots de passe d’application</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="734"/>
        <source>{url}: the user may not do this on the site (403: {detail})</source>
        <translation>{url}&#xa0;: l’utilisateur n’a pas le droit de faire cela sur le site (403&#xa0;: {detail})</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="740"/>
        <source>{url}: the page does not exist on the site any more (404; deleted or moved to the trash)</source>
        <translation>{url}&#xa0;: la page n’existe plus sur le site (404&#x202f;; supprimée ou mise à la corbeille)</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="746"/>
        <source>{url}: the site has no page “{ref}”</source>
        <translation>{url}&#xa0;: le site n’a pas de page «&#x202f;{ref}&#x202f;»</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="752"/>
        <source>{url}: the site answered with a web page instead of REST API data ({detail}); a security plugin, a maintenance page or a wrong address is in the way</source>
        <translation>{url}&#xa0;: le site a répondu par une page web au lieu des données de l’API REST ({detail})&#x202f;; une extension de sécurité, une page de maintenance ou une mauvaise adresse est en cause</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="759"/>
        <source>{url}: the REST API is disabled or blocked on this site ({detail}); it is needed to read and write pages</source>
        <translation>{url}&#xa0;: l’API REST est désactivée ou bloquée sur ce site ({detail})&#x202f;; elle est nécessaire pour lire et écrire les pages</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="765"/>
        <source>{url}: the site did not answer within {seconds} s</source>
        <translation>{url}&#xa0;: le site n’a pas répondu en {seconds} s</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="771"/>
        <source>{url}: the secure connection failed ({detail}); the site’s certificate is not trusted</source>
        <translation>{url}&#xa0;: la connexion sécurisée a échoué ({detail})&#x202f;; le certificat du site n’est pas reconnu</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="777"/>
        <source>{url}: cannot reach the site ({detail})</source>
        <translation>{url}&#xa0;: impossible de joindre le site ({detail})</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="783"/>
        <source>{url}: the site redirects to {target}; credentials are never sent to another address: use that address for the site if it is the right one</source>
        <translation>{url}&#xa0;: le site redirige vers {target}&#x202f;; les identifiants ne sont jamais envoyés à une autre adresse&#xa0;: utilisez celle-ci pour le site si c’est la bonne</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="790"/>
        <source>{url}: the site failed with a server error ({status}); this request changed nothing, try again later</source>
        <translation>{url}&#xa0;: erreur du serveur du site ({status})&#x202f;; cette requête n’a rien changé, réessayez plus tard</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="796"/>
        <source>{url}: the site refused the request ({status}: {detail})</source>
        <translation>{url}&#xa0;: le site a refusé la requête ({status}&#xa0;: {detail})</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="802"/>
        <source>{url}: the site’s answer is not valid JSON ({detail})</source>
        <translation>{url}&#xa0;: la réponse du site n’est pas du JSON valide ({detail})</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="808"/>
        <source>cancelled; the step that was running changed nothing on the site</source>
        <translation>annulé&#x202f;; l’étape en cours n’a rien changé sur le site</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="828"/>
        <source>the page “{title}” (ID {id}) changed on {site} since it was pulled (modified {theirs} UTC, pulled at {ours} UTC); nothing was sent</source>
        <translation>la page «&#x202f;{title}&#x202f;» (no {id}) a changé sur {site} depuis sa récupération (modifiée le {theirs} UTC, récupérée le {ours} UTC)&#x202f;; rien n’a été envoyé</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="848"/>
        <source>embedded image {index} is not an image type WordPress accepts ({mime})</source>
        <translation>l’image intégrée no {index} n’est pas un type d’image accepté par WordPress ({mime})</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="855"/>
        <source>the slug “{value}” may hold only lower-case letters, digits and hyphens</source>
        <translation>le slug «&#xa0;{value}&#xa0;» ne peut contenir que des minuscules, des chiffres et des tirets</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="857"/>
        <source>“{value}” is not a real date (YYYY-MM-DD)</source>
        <translation>«&#xa0;{value}&#xa0;» n’est pas une date réelle (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="859"/>
        <source>“{value}” is not a known locale (a language among {known}, e.g. fr-FR)</source>
        <translation>«&#xa0;{value}&#xa0;» n’est pas une langue connue (une langue parmi {known}, p.&#xa0;ex. fr-FR)</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="861"/>
        <source>“{value}” is not a typography profile ({known})</source>
        <translation>«&#xa0;{value}&#xa0;» n’est pas un profil typographique ({known})</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="863"/>
        <source>the file name has no locale: expected NAME.LOCALE.policy.md</source>
        <translation>le nom du fichier ne dit pas sa langue&#xa0;: NOM.LANGUE.policy.md attendu</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="864"/>
        <source>there is no translation of this policy beside it</source>
        <translation>aucune traduction de cette politique n’est à côté d’elle</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="865"/>
        <source>this translation exists already</source>
        <translation>cette traduction existe déjà</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="866"/>
        <source>not an XLIFF 1.2 file ({detail})</source>
        <translation>ce n’est pas un fichier XLIFF&#xa0;1.2 ({detail})</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="867"/>
        <source>the source policy {source} cannot be found</source>
        <translation>la politique source {source} est introuvable</translation>
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="36"/>
        <source>%1, line %2: %3</source>
        <translation>%1, ligne %2&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="38"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="40"/>
        <source>line %1: %2</source>
        <translation>ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="48"/>
        <source>Near “%1”: %2</source>
        <translation>Près de «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <location filename="../editor/gui/printing/pages.py" line="50"/>
        <source>Page %1 / %2</source>
        <extracomment>Page margins in millimetres; the header and footer sit inside the top and bottom margins.</extracomment>
        <translation>Page %1 / %2</translation>
    </message>
</context>
<context>
    <name>profiles</name>
    <message>
        <location filename="../editor/gui/profiles.py" line="11"/>
        <source>French, narrow no-break spaces</source>
        <translation>Français, espaces fines insécables</translation>
    </message>
    <message>
        <location filename="../editor/gui/profiles.py" line="12"/>
        <source>French, no-break spaces</source>
        <translation>Français, espaces insécables</translation>
    </message>
    <message>
        <location filename="../editor/gui/profiles.py" line="13"/>
        <location filename="../editor/gui/profiles.py" line="15"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
</context>
<context>
    <name>statuses</name>
    <message>
        <location filename="../editor/gui/statuses.py" line="12"/>
        <location filename="../editor/gui/statuses.py" line="24"/>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location filename="../editor/gui/statuses.py" line="13"/>
        <source>In review</source>
        <translation>En relecture</translation>
    </message>
    <message>
        <location filename="../editor/gui/statuses.py" line="14"/>
        <location filename="../editor/gui/statuses.py" line="23"/>
        <source>Published</source>
        <translation>Publiée</translation>
    </message>
    <message>
        <location filename="../editor/gui/statuses.py" line="15"/>
        <source>Archived</source>
        <translation>Archivée</translation>
    </message>
    <message>
        <location filename="../editor/gui/statuses.py" line="25"/>
        <source>Pending review</source>
        <translation>En attente de relecture</translation>
    </message>
    <message>
        <location filename="../editor/gui/statuses.py" line="26"/>
        <source>Private</source>
        <translation>Privée</translation>
    </message>
    <message>
        <location filename="../editor/gui/statuses.py" line="27"/>
        <source>Scheduled</source>
        <translation>Planifiée</translation>
    </message>
    <message>
        <location filename="../editor/gui/statuses.py" line="28"/>
        <source>In the trash</source>
        <translation>Dans la corbeille</translation>
    </message>
</context>
<context>
    <name>templates</name>
    <message>
        <location filename="../editor/gui/document/templates.py" line="13"/>
        <source>Untitled policy</source>
        <translation>Politique sans titre</translation>
    </message>
    <message>
        <location filename="../editor/gui/document/templates.py" line="14"/>
        <source>Introduction</source>
        <translation>Introduction</translation>
    </message>
</context>
<context>
    <name>wp_task</name>
    <message>
        <location filename="../editor/gui/wordpress/task.py" line="39"/>
        <source>Uploading image %1 of %2…</source>
        <translation>Envoi de l’image %1 sur %2…</translation>
    </message>
    <message>
        <location filename="../editor/gui/wordpress/task.py" line="42"/>
        <source>Reading from the site…</source>
        <translation>Lecture depuis le site…</translation>
    </message>
    <message>
        <location filename="../editor/gui/wordpress/task.py" line="43"/>
        <source>Checking whether the page changed on the site…</source>
        <translation>Vérification&#xa0;: la page a-t-elle changé sur le site&#x202f;?…</translation>
    </message>
    <message>
        <location filename="../editor/gui/wordpress/task.py" line="44"/>
        <source>Sending the page…</source>
        <translation>Envoi de la page…</translation>
    </message>
    <message>
        <location filename="../editor/gui/wordpress/task.py" line="45"/>
        <source>Connecting to the site…</source>
        <translation>Connexion au site…</translation>
    </message>
    <message>
        <location filename="../editor/gui/wordpress/task.py" line="47"/>
        <source>Working…</source>
        <translation>En cours…</translation>
    </message>
    <message>
        <location filename="../editor/gui/wordpress/task.py" line="52"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
</TS>
