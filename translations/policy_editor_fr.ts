<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ActionCollection</name>
    <message>
        <location filename="../editor/gui/window/actions.py" line="81"/>
        <source>&amp;New Empty Policy</source>
        <extracomment>name -&gt; shortcuts (standard keys first, so each platform gets its own conventions). Actions whose keys belong to the outline only (Delete and F2 must still work in text fields).</extracomment>
        <translation>&amp;Nouvelle politique vide</translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="81"/>
        <source>Start a new, empty policy</source>
        <translation>Commencer une nouvelle politique vide</translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="83"/>
        <source>New from &amp;Sample Policy</source>
        <translation>Nouvelle d’après l’&amp;exemple</translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="84"/>
        <source>Start a new policy from the bundled French privacy policy</source>
        <translation>Commencer une nouvelle politique à partir de la politique de confidentialité d’exemple</translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="87"/>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="88"/>
        <source>Open a policy, or import a WordPress, Word, HTML or Markdown file</source>
        <translation>Ouvrir une politique, ou importer un fichier WordPress, Word, HTML ou Markdown</translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="90"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="90"/>
        <source>Save the policy</source>
        <translation>Enregistrer la politique</translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="91"/>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="91"/>
        <source>Save the policy under a new name</source>
        <translation>Enregistrer la politique sous un nouveau nom</translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="92"/>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="92"/>
        <source>Close the policy</source>
        <translation>Fermer la politique</translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="93"/>
        <source>Clear the List</source>
        <translation>Vider la liste</translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="93"/>
        <source>Forget the recently opened files</source>
        <translation>Oublier les fichiers ouverts récemment</translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="94"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="94"/>
        <source>Quit Policy Editor</source>
        <translation>Quitter Policy Editor</translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="95"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="95"/>
        <source>Undo the last change</source>
        <translation>Annuler la dernière modification</translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="96"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="96"/>
        <source>Redo the last undone change</source>
        <translation>Rétablir la dernière modification annulée</translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="97"/>
        <source>&amp;Find…</source>
        <translation>Re&amp;chercher…</translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="97"/>
        <source>Find text in the policy</source>
        <translation>Rechercher du texte dans la politique</translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="98"/>
        <source>Find &amp;Next</source>
        <translation>Occurrence &amp;suivante</translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="98"/>
        <source>Find the next occurrence</source>
        <translation>Aller à l’occurrence suivante</translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="99"/>
        <source>Find &amp;Previous</source>
        <translation>Occurrence &amp;précédente</translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="99"/>
        <source>Find the previous occurrence</source>
        <translation>Aller à l’occurrence précédente</translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="100"/>
        <source>Add &amp;Section</source>
        <translation>Ajouter une &amp;section</translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="100"/>
        <source>Add a section after the selected one</source>
        <translation>Ajouter une section après la section sélectionnée</translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="101"/>
        <source>Add S&amp;ubsection</source>
        <translation>Ajouter une so&amp;us-section</translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="101"/>
        <source>Add a subsection inside the selected section</source>
        <translation>Ajouter une sous-section dans la section sélectionnée</translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="102"/>
        <source>&amp;Rename</source>
        <translation>&amp;Renommer</translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="102"/>
        <source>Rename the selected section</source>
        <translation>Renommer la section sélectionnée</translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="103"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="103"/>
        <source>Delete the selected section and its subsections</source>
        <translation>Supprimer la section sélectionnée et ses sous-sections</translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="104"/>
        <source>Move &amp;Up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="104"/>
        <source>Move the section before the previous one</source>
        <translation>Placer la section avant la précédente</translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="105"/>
        <source>Move Do&amp;wn</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="105"/>
        <source>Move the section after the next one</source>
        <translation>Placer la section après la suivante</translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="106"/>
        <source>&amp;Indent</source>
        <translation>&amp;Abaisser d’un niveau</translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="106"/>
        <source>Make the section a subsection of the one above</source>
        <translation>Faire de la section une sous-section de la section au-dessus</translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="107"/>
        <source>&amp;Outdent</source>
        <translation>&amp;Remonter d’un niveau</translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="107"/>
        <source>Make the section a sibling of its parent</source>
        <translation>Placer la section au niveau de sa section parente</translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="109"/>
        <source>&amp;Whole Document</source>
        <translation>&amp;Document entier</translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="110"/>
        <source>Show all sections in one continuous editor</source>
        <translation>Afficher toutes les sections dans un seul éditeur continu</translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="112"/>
        <source>&amp;Preview</source>
        <translation>&amp;Aperçu</translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="112"/>
        <source>Show or hide the preview of the page</source>
        <translation>Afficher ou masquer l’aperçu de la page</translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="122"/>
        <source>&amp;About Policy Editor</source>
        <translation>À &amp;propos de Policy Editor</translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="122"/>
        <source>Version and licence</source>
        <translation>Version et licence</translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="114"/>
        <source>Legal &amp;Checklist</source>
        <translation>&amp;Liste de contrôle juridique</translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="115"/>
        <source>Show what the policy covers of GDPR and French law (an aid for legal review)</source>
        <translation>Montrer ce que la politique couvre du RGPD et du droit français (une aide à la relecture juridique)</translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="117"/>
        <source>&amp;Publish Version…</source>
        <translation>&amp;Publier une version…</translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="117"/>
        <source>Record the current text as a published version</source>
        <translation>Enregistrer le texte actuel comme version publiée</translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="119"/>
        <source>Published &amp;Versions…</source>
        <translation>&amp;Versions publiées…</translation>
    </message>
    <message>
        <location filename="../editor/gui/window/actions.py" line="120"/>
        <source>List the published versions and compare them</source>
        <translation>Lister les versions publiées et les comparer</translation>
    </message>
</context>
<context>
    <name>BackgroundImport</name>
    <message>
        <location filename="../editor/gui/document/background_import.py" line="54"/>
        <source>Opening %1…</source>
        <translation>Ouverture de %1…</translation>
    </message>
    <message>
        <location filename="../editor/gui/document/background_import.py" line="58"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <location filename="../editor/gui/legal/checklist_panel.py" line="107"/>
        <source>Legal Checklist</source>
        <extracomment>Pause after the last edit before the check runs again. (section id, text to select in it: the evidence sentence, or &quot;&quot; to just show the section)</extracomment>
        <translation>Liste de contrôle juridique</translation>
    </message>
    <message>
        <location filename="../editor/gui/legal/checklist_panel.py" line="108"/>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <location filename="../editor/gui/legal/checklist_panel.py" line="108"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../editor/gui/legal/checklist_panel.py" line="109"/>
        <source>Insert Section</source>
        <translation>Insérer la section</translation>
    </message>
    <message>
        <location filename="../editor/gui/legal/checklist_panel.py" line="110"/>
        <source>Add a heading for the selected missing item where it belongs</source>
        <translation>Ajouter un titre pour l’élément manquant sélectionné, à sa place</translation>
    </message>
    <message>
        <location filename="../editor/gui/legal/checklist_panel.py" line="112"/>
        <source>An aid for review by a lawyer, not legal advice: a complete checklist is not a legal opinion.</source>
        <translation>Une aide à la relecture par un juriste, pas un avis juridique&#xa0;: une liste complète n’est pas une consultation juridique.</translation>
    </message>
    <message>
        <location filename="../editor/gui/legal/checklist_panel.py" line="119"/>
        <source>covered</source>
        <translation>traité</translation>
    </message>
    <message>
        <location filename="../editor/gui/legal/checklist_panel.py" line="120"/>
        <source>partial</source>
        <translation>partiel</translation>
    </message>
    <message>
        <location filename="../editor/gui/legal/checklist_panel.py" line="121"/>
        <source>to check</source>
        <translation>à vérifier</translation>
    </message>
    <message>
        <location filename="../editor/gui/legal/checklist_panel.py" line="122"/>
        <source>missing</source>
        <translation>manquant</translation>
    </message>
    <message>
        <location filename="../editor/gui/legal/checklist_panel.py" line="170"/>
        <source>The checklist cannot be read: %1</source>
        <translation>La liste de contrôle ne peut pas être lue&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../editor/gui/legal/checklist_panel.py" line="190"/>
        <source>Does not seem to apply to this policy.</source>
        <translation>Ne semble pas s’appliquer à cette politique.</translation>
    </message>
    <message>
        <location filename="../editor/gui/legal/checklist_panel.py" line="192"/>
        <source>Recommended.</source>
        <translation>Recommandé.</translation>
    </message>
    <message>
        <location filename="../editor/gui/legal/checklist_panel.py" line="196"/>
        <source>Not found: %1</source>
        <translation>Introuvable&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../editor/gui/legal/checklist_panel.py" line="206"/>
        <source>%1 required item(s) missing.</source>
        <translation>Éléments obligatoires manquants&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../editor/gui/legal/checklist_panel.py" line="208"/>
        <source>No required item is missing.</source>
        <translation>Aucun élément obligatoire ne manque.</translation>
    </message>
    <message>
        <location filename="../editor/gui/legal/checklist_panel.py" line="256"/>
        <source>Insert Section “%1”</source>
        <translation>Insérer la section «&#x202f;%1&#x202f;»</translation>
    </message>
    <message>
        <location filename="../editor/gui/legal/checklist_panel.py" line="184"/>
        <source>not applicable</source>
        <translation>sans objet</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../editor/gui/legal/compare_view.py" line="61"/>
        <source>Compare %1 and %2</source>
        <translation>Comparer %1 et %2</translation>
    </message>
    <message>
        <location filename="../editor/gui/legal/compare_view.py" line="70"/>
        <source>Export Word Redline…</source>
        <translation>Exporter la comparaison Word…</translation>
    </message>
    <message>
        <location filename="../editor/gui/legal/compare_view.py" line="72"/>
        <source>Export HTML…</source>
        <translation>Exporter en HTML…</translation>
    </message>
    <message>
        <location filename="../editor/gui/legal/compare_view.py" line="74"/>
        <source>Copy Change Log</source>
        <translation>Copier l’historique des modifications</translation>
    </message>
    <message>
        <location filename="../editor/gui/legal/compare_view.py" line="100"/>
        <source>Word documents (*.docx)</source>
        <translation>Documents Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../editor/gui/legal/compare_view.py" line="100"/>
        <source>Web pages (*.html)</source>
        <translation>Pages web (*.html)</translation>
    </message>
    <message>
        <location filename="../editor/gui/legal/compare_view.py" line="101"/>
        <source>Export the Comparison</source>
        <translation>Exporter la comparaison</translation>
    </message>
    <message>
        <location filename="../editor/gui/legal/compare_view.py" line="107"/>
        <source>Cannot export the comparison</source>
        <translation>Impossible d’exporter la comparaison</translation>
    </message>
</context>
<context>
    <name>DiffView</name>
    <message>
        <location filename="../editor/gui/safety/diff_view.py" line="61"/>
        <source>The two versions are identical.</source>
        <extracomment>Lines of unchanged context shown around each change.</extracomment>
        <translation>Les deux versions sont identiques.</translation>
    </message>
</context>
<context>
    <name>FileWatcher</name>
    <message>
        <location filename="../editor/gui/safety/file_watcher.py" line="190"/>
        <source>Cannot Reload</source>
        <extracomment>Events closer together than this are one change (sync tools write in several steps), in ms.</extracomment>
        <translation>Rechargement impossible</translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/file_watcher.py" line="192"/>
        <location filename="../editor/gui/safety/file_watcher.py" line="231"/>
        <source>Reload from Disk</source>
        <translation>Recharger depuis le disque</translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/file_watcher.py" line="206"/>
        <source>(the file on disk cannot be read: {reason})</source>
        <translation>(le fichier sur le disque ne peut pas être lu&#xa0;: {reason})</translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/file_watcher.py" line="210"/>
        <source>Changes on Disk</source>
        <translation>Modifications sur le disque</translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/file_watcher.py" line="213"/>
        <source>open in Policy Editor (mine)</source>
        <translation>ouvert dans Policy Editor (ma version)</translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/file_watcher.py" line="214"/>
        <source>on disk: {path}</source>
        <translation>sur le disque&#xa0;: {path}</translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/file_watcher.py" line="223"/>
        <location filename="../editor/gui/safety/file_watcher.py" line="263"/>
        <source>File Changed on Disk</source>
        <translation>Fichier modifié sur le disque</translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/file_watcher.py" line="225"/>
        <source>“{name}” was changed by another program.</source>
        <translation>«&#xa0;{name}&#xa0;» a été modifié par un autre programme.</translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/file_watcher.py" line="227"/>
        <source>You also have changes that are not saved. Which version do you want to keep?</source>
        <translation>Vous avez aussi des modifications non enregistrées. Quelle version voulez-vous garder&#x202f;?</translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/file_watcher.py" line="229"/>
        <source>Load the version on disk, or keep the one open here?</source>
        <translation>Charger la version du disque, ou garder celle ouverte ici&#x202f;?</translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/file_watcher.py" line="233"/>
        <source>Keep Mine</source>
        <translation>Garder la mienne</translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/file_watcher.py" line="235"/>
        <source>Compare…</source>
        <translation>Comparer…</translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/file_watcher.py" line="248"/>
        <source>File Deleted</source>
        <translation>Fichier supprimé</translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/file_watcher.py" line="250"/>
        <source>“{name}” was deleted or moved by another program.</source>
        <translation>«&#xa0;{name}&#xa0;» a été supprimé ou déplacé par un autre programme.</translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/file_watcher.py" line="252"/>
        <source>Your text stays open here and is marked as not saved. Save it to write the file again.</source>
        <translation>Votre texte reste ouvert ici et est marqué comme non enregistré. Enregistrez-le pour écrire de nouveau le fichier.</translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/file_watcher.py" line="265"/>
        <source>“{name}” was changed by another program since you opened it. Replace it with your version? (The version on disk is kept as a backup, “{backup}”.)</source>
        <translation>«&#xa0;{name}&#xa0;» a été modifié par un autre programme depuis que vous l’avez ouvert. Le remplacer par votre version&#x202f;? (La version du disque est gardée en copie de secours, «&#xa0;{backup}&#xa0;».)</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../editor/gui/panels/find_bar.py" line="41"/>
        <source>Find:</source>
        <translation>Rechercher&#xa0;:</translation>
    </message>
    <message>
        <location filename="../editor/gui/panels/find_bar.py" line="42"/>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <location filename="../editor/gui/panels/find_bar.py" line="43"/>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location filename="../editor/gui/panels/find_bar.py" line="44"/>
        <source>Close the find bar</source>
        <translation>Fermer la barre de recherche</translation>
    </message>
    <message>
        <location filename="../editor/gui/panels/find_bar.py" line="55"/>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
</context>
<context>
    <name>JournalWarning</name>
    <message>
        <location filename="../editor/gui/safety/journal_warning.py" line="25"/>
        <source>⚠ Recovery copy not updated: save your work</source>
        <translation>⚠ Copie de récupération non mise à jour : enregistrez votre travail</translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/journal_warning.py" line="28"/>
        <source>Your unsaved changes cannot be recorded for recovery after a crash ({reason}). Free space in the state folder or save the policy; this warning goes away once recording works again.</source>
        <translation>Vos modifications non enregistrées ne peuvent pas être conservées pour une récupération après un plantage ({reason}). Libérez de la place dans le dossier d’état ou enregistrez la politique ; cet avertissement disparaît dès que la conservation fonctionne de nouveau.</translation>
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
    <name>LockWarning</name>
    <message>
        <location filename="../editor/gui/safety/lock_warning.py" line="77"/>
        <source>It is already open in another window of Policy Editor.</source>
        <translation>Il est déjà ouvert dans une autre fenêtre de Policy Editor.</translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/lock_warning.py" line="78"/>
        <source>It is already open in Policy Editor on “{host}” (process {pid}, since {since}).</source>
        <translation>Il est déjà ouvert dans Policy Editor sur «&#xa0;{host}&#xa0;» (processus {pid}, depuis {since}).</translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/lock_warning.py" line="84"/>
        <source>Document Already Open</source>
        <translation>Document déjà ouvert</translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/lock_warning.py" line="86"/>
        <source>“{name}” is open somewhere else.</source>
        <translation>«&#xa0;{name}&#xa0;» est ouvert ailleurs.</translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/lock_warning.py" line="90"/>
        <source>If you edit it in two places, the last one saved replaces the other&apos;s changes.</source>
        <translation>Si vous le modifiez à deux endroits, le dernier enregistrement remplace les modifications de l’autre.</translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/lock_warning.py" line="92"/>
        <source>Open Anyway</source>
        <translation>Ouvrir quand même</translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/lock_warning.py" line="94"/>
        <source>Close It Here</source>
        <translation>Le fermer ici</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../editor/gui/mainwindow.py" line="184"/>
        <location filename="../editor/gui/mainwindow.py" line="389"/>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <location filename="../editor/gui/mainwindow.py" line="185"/>
        <source>%1[*] — Policy Editor</source>
        <translation>%1[*] — Policy Editor</translation>
    </message>
    <message>
        <location filename="../editor/gui/mainwindow.py" line="284"/>
        <source>Cannot open the sample policy</source>
        <translation>Impossible d’ouvrir la politique d’exemple</translation>
    </message>
    <message>
        <location filename="../editor/gui/mainwindow.py" line="292"/>
        <source>Open a Policy</source>
        <translation>Ouvrir une politique</translation>
    </message>
    <message>
        <location filename="../editor/gui/mainwindow.py" line="302"/>
        <source>Policies and importable files (%1)</source>
        <translation>Politiques et fichiers importables (%1)</translation>
    </message>
    <message>
        <location filename="../editor/gui/mainwindow.py" line="303"/>
        <location filename="../editor/gui/mainwindow.py" line="405"/>
        <source>Policy Editor files (*.policy.md)</source>
        <translation>Fichiers Policy Editor (*.policy.md)</translation>
    </message>
    <message>
        <location filename="../editor/gui/mainwindow.py" line="304"/>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../editor/gui/mainwindow.py" line="318"/>
        <source>Cannot open the file</source>
        <translation>Impossible d’ouvrir le fichier</translation>
    </message>
    <message>
        <location filename="../editor/gui/mainwindow.py" line="329"/>
        <source>Opened %1 with notes:</source>
        <translation>%1 ouvert, avec des remarques&#xa0;:</translation>
    </message>
    <message>
        <location filename="../editor/gui/mainwindow.py" line="335"/>
        <location filename="../editor/gui/mainwindow.py" line="343"/>
        <source>Cannot save yet</source>
        <translation>Enregistrement impossible pour l’instant</translation>
    </message>
    <message>
        <location filename="../editor/gui/mainwindow.py" line="361"/>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <location filename="../editor/gui/mainwindow.py" line="390"/>
        <source>Unsaved Changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../editor/gui/mainwindow.py" line="391"/>
        <source>Save the changes to “%1” before closing it?</source>
        <translation>Enregistrer les modifications de «&#xa0;%1&#xa0;» avant de le fermer&#x202f;?</translation>
    </message>
    <message>
        <location filename="../editor/gui/mainwindow.py" line="392"/>
        <source>Your changes will be lost if you don&apos;t save them.</source>
        <translation>Vos modifications seront perdues si vous ne les enregistrez pas.</translation>
    </message>
    <message>
        <location filename="../editor/gui/mainwindow.py" line="403"/>
        <source>Save the Policy As</source>
        <translation>Enregistrer la politique sous</translation>
    </message>
    <message>
        <location filename="../editor/gui/mainwindow.py" line="412"/>
        <source>Edits Not Applied</source>
        <translation>Modifications non appliquées</translation>
    </message>
    <message>
        <location filename="../editor/gui/mainwindow.py" line="414"/>
        <source>The whole document cannot be applied:
%1

Discard the edits made since the last pause?</source>
        <translation>Le document entier ne peut pas être appliqué&#xa0;:
%1

Abandonner les modifications faites depuis la dernière pause&#x202f;?</translation>
    </message>
    <message>
        <location filename="../editor/gui/mainwindow.py" line="429"/>
        <source>About Policy Editor</source>
        <translation>À propos de Policy Editor</translation>
    </message>
    <message>
        <location filename="../editor/gui/mainwindow.py" line="431"/>
        <source>Policy Editor %1

Edit a website&apos;s legal policies as a tree of sections, with a live preview.</source>
        <translation>Policy Editor %1

Rédigez les pages juridiques d’un site comme un arbre de sections, avec un aperçu en direct.</translation>
    </message>
</context>
<context>
    <name>MarkdownHighlighter</name>
    <message>
        <location filename="../editor/gui/text/highlighter.py" line="125"/>
        <source>No-break space (U+00A0)</source>
        <extracomment>A block state is ``fence * _CONTEXTS + context``: the open fence (0: none, its length for backticks, _TILDES + its length for tildes) and the list context of :func:`item_step`.</extracomment>
        <translation>Espace insécable (U+00A0)</translation>
    </message>
    <message>
        <location filename="../editor/gui/text/highlighter.py" line="127"/>
        <source>Narrow no-break space (U+202F)</source>
        <translation>Espace fine insécable (U+202F)</translation>
    </message>
</context>
<context>
    <name>MenuBuilder</name>
    <message>
        <location filename="../editor/gui/window/menus.py" line="94"/>
        <source>&amp;File</source>
        <extracomment>Menu layout: (menu object name, action names; None = separator; &quot;recent&quot; = the recent-files submenu). The outline&apos;s context menu.</extracomment>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../editor/gui/window/menus.py" line="95"/>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location filename="../editor/gui/window/menus.py" line="96"/>
        <source>&amp;Section</source>
        <translation>&amp;Section</translation>
    </message>
    <message>
        <location filename="../editor/gui/window/menus.py" line="97"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../editor/gui/window/menus.py" line="98"/>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <location filename="../editor/gui/window/menus.py" line="102"/>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <location filename="../editor/gui/window/menus.py" line="103"/>
        <source>Main Toolbar</source>
        <translation>Barre d’outils principale</translation>
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
    <name>OutlineModel</name>
    <message>
        <location filename="../editor/gui/outline/model.py" line="139"/>
        <source>(untitled section)</source>
        <translation>(section sans titre)</translation>
    </message>
    <message numerus="yes">
        <location filename="../editor/gui/outline/model.py" line="152"/>
        <source>%n word(s) in this section</source>
        <translation>
            <numerusform>%n mot dans cette section</numerusform>
            <numerusform>%n mots dans cette section</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../editor/gui/outline/model.py" line="154"/>
        <source>%n word(s) with its subsections</source>
        <translation>
            <numerusform>%n mot avec ses sous-sections</numerusform>
            <numerusform>%n mots avec ses sous-sections</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../editor/gui/outline/model.py" line="176"/>
        <source>Rename Section</source>
        <translation>Renommer la section</translation>
    </message>
    <message>
        <location filename="../editor/gui/outline/model.py" line="230"/>
        <source>Move Section</source>
        <translation>Déplacer la section</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../editor/gui/preview/pane.py" line="63"/>
        <source>Preview</source>
        <extracomment>Link schemes opened in the system browser (or mail program) when clicked. A structure change moving up to this many sections (or an eighth of them) is applied in place. Pixels left above a section&apos;s heading when the preview scrolls to it. An http(s) or mailto link was clicked and handed to the system (the URL). The preview now shows the latest policy: the ids of the sections patched, or () after a rebuild.</extracomment>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location filename="../editor/gui/preview/pane.py" line="64"/>
        <source>The preview of the page appears here once the policy has sections.</source>
        <translation>L’aperçu de la page apparaît ici dès que la politique a des sections.</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <location filename="../editor/gui/legal/versions_dialog.py" line="57"/>
        <source>Publish Version</source>
        <translation>Publier une version</translation>
    </message>
    <message>
        <location filename="../editor/gui/legal/versions_dialog.py" line="61"/>
        <source>What changed and why (kept with the version)</source>
        <translation>Ce qui a changé et pourquoi (gardé avec la version)</translation>
    </message>
    <message>
        <location filename="../editor/gui/legal/versions_dialog.py" line="63"/>
        <source>Version:</source>
        <translation>Version&#xa0;:</translation>
    </message>
    <message>
        <location filename="../editor/gui/legal/versions_dialog.py" line="64"/>
        <source>Published by:</source>
        <translation>Publiée par&#xa0;:</translation>
    </message>
    <message>
        <location filename="../editor/gui/legal/versions_dialog.py" line="65"/>
        <source>Note:</source>
        <translation>Note&#xa0;:</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../editor/gui/safety/recovery_dialog.py" line="48"/>
        <source>Recover Unsaved Work</source>
        <translation>Récupérer le travail non enregistré</translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/recovery_dialog.py" line="54"/>
        <source>Policy Editor was not closed normally. The changes below were not saved; choose what to do with each document.</source>
        <translation>Policy Editor n’a pas été fermé normalement. Les modifications ci-dessous n’ont pas été enregistrées&#x202f;; choisissez quoi faire de chaque document.</translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/recovery_dialog.py" line="76"/>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/recovery_dialog.py" line="79"/>
        <source>Discard…</source>
        <translation>Abandonner…</translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/recovery_dialog.py" line="81"/>
        <source>Decide Later</source>
        <translation>Décider plus tard</translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/recovery_dialog.py" line="83"/>
        <source>Keep the unsaved changes; they are offered again at the next start.</source>
        <translation>Garder les modifications non enregistrées&#x202f;; elles seront proposées de nouveau au prochain démarrage.</translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/recovery_dialog.py" line="94"/>
        <source>Some recovery files cannot be read and were left as they are:
{files}</source>
        <translation>Certains fichiers de récupération ne peuvent pas être lus et ont été laissés tels quels&#xa0;:
{files}</translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/recovery_dialog.py" line="109"/>
        <source>never saved</source>
        <translation>jamais enregistré</translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/recovery_dialog.py" line="115"/>
        <location filename="../editor/gui/safety/recovery_dialog.py" line="181"/>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/recovery_dialog.py" line="116"/>
        <source>(no title)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/recovery_dialog.py" line="117"/>
        <source>{title}
{name} — {time}</source>
        <translation>{title}
{name} — {time}</translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/recovery_dialog.py" line="133"/>
        <source>This document was never saved. Restoring it brings back all of its text.</source>
        <translation>Ce document n’a jamais été enregistré. Le restaurer rétablit tout son texte.</translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/recovery_dialog.py" line="135"/>
        <source>The saved file “{path}” is missing or cannot be read: all of the text is shown.</source>
        <translation>Le fichier enregistré «&#xa0;{path}&#xa0;» est absent ou illisible&#xa0;: tout le texte est affiché.</translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/recovery_dialog.py" line="139"/>
        <source>Unsaved changes to “{path}”, last recorded {time}:</source>
        <translation>Modifications non enregistrées de «&#xa0;{path}&#xa0;», enregistrées pour récupération le {time}&#xa0;:</translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/recovery_dialog.py" line="144"/>
        <source>saved file</source>
        <translation>fichier enregistré</translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/recovery_dialog.py" line="144"/>
        <source>unsaved changes (would be restored)</source>
        <translation>modifications non enregistrées (seraient restaurées)</translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/recovery_dialog.py" line="169"/>
        <source>Cannot Restore</source>
        <translation>Restauration impossible</translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/recovery_dialog.py" line="182"/>
        <source>Discard Unsaved Changes</source>
        <translation>Abandonner les modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/recovery_dialog.py" line="184"/>
        <source>Discard the unsaved changes to “{name}”?</source>
        <translation>Abandonner les modifications non enregistrées de «&#xa0;{name}&#xa0;»&#x202f;?</translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/recovery_dialog.py" line="185"/>
        <source>They will be deleted for good; this cannot be undone.</source>
        <translation>Elles seront supprimées définitivement&#x202f;; c’est irréversible.</translation>
    </message>
    <message>
        <location filename="../editor/gui/safety/recovery_dialog.py" line="186"/>
        <source>Discard</source>
        <translation>Abandonner</translation>
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
        <location filename="../editor/gui/text/section_editor.py" line="106"/>
        <source>Typing</source>
        <translation>Saisie</translation>
    </message>
</context>
<context>
    <name>SectionOperations</name>
    <message>
        <location filename="../editor/gui/outline/operations.py" line="34"/>
        <source>Move Section Up</source>
        <translation>Monter la section</translation>
    </message>
    <message>
        <location filename="../editor/gui/outline/operations.py" line="35"/>
        <source>Move Section Down</source>
        <translation>Descendre la section</translation>
    </message>
    <message>
        <location filename="../editor/gui/outline/operations.py" line="36"/>
        <source>Indent Section</source>
        <translation>Abaisser la section d’un niveau</translation>
    </message>
    <message>
        <location filename="../editor/gui/outline/operations.py" line="38"/>
        <source>Outdent Section</source>
        <translation>Remonter la section d’un niveau</translation>
    </message>
    <message>
        <location filename="../editor/gui/outline/operations.py" line="81"/>
        <source>New section</source>
        <translation>Nouvelle section</translation>
    </message>
    <message>
        <location filename="../editor/gui/outline/operations.py" line="84"/>
        <source>Add Section</source>
        <translation>Ajouter une section</translation>
    </message>
    <message>
        <location filename="../editor/gui/outline/operations.py" line="101"/>
        <source>Delete Section</source>
        <translation>Supprimer la section</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <location filename="../editor/gui/window/statusbar.py" line="50"/>
        <source>French, narrow no-break spaces</source>
        <translation>français, espaces fines insécables</translation>
    </message>
    <message>
        <location filename="../editor/gui/window/statusbar.py" line="51"/>
        <source>French, no-break spaces</source>
        <translation>français, espaces insécables</translation>
    </message>
    <message>
        <location filename="../editor/gui/window/statusbar.py" line="53"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location filename="../editor/gui/window/statusbar.py" line="61"/>
        <source>No section</source>
        <translation>Aucune section</translation>
    </message>
    <message>
        <location filename="../editor/gui/window/statusbar.py" line="62"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../editor/gui/window/statusbar.py" line="64"/>
        <source>(untitled section)</source>
        <translation>(section sans titre)</translation>
    </message>
    <message>
        <location filename="../editor/gui/window/statusbar.py" line="65"/>
        <source>Section: %1</source>
        <translation>Section&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../editor/gui/window/statusbar.py" line="66"/>
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n mot</numerusform>
            <numerusform>%n mots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../editor/gui/window/statusbar.py" line="68"/>
        <source>%1 in this section · %n word(s) in the document</source>
        <translation>
            <numerusform>%1 dans la section · %n mot dans le document</numerusform>
            <numerusform>%1 dans la section · %n mots dans le document</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../editor/gui/window/statusbar.py" line="72"/>
        <source>Typography: %1</source>
        <translation>Typographie&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>VersionsDialog</name>
    <message>
        <location filename="../editor/gui/legal/versions_dialog.py" line="86"/>
        <source>Published Versions</source>
        <translation>Versions publiées</translation>
    </message>
    <message>
        <location filename="../editor/gui/legal/versions_dialog.py" line="89"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../editor/gui/legal/versions_dialog.py" line="89"/>
        <source>Published</source>
        <translation>Publiée le</translation>
    </message>
    <message>
        <location filename="../editor/gui/legal/versions_dialog.py" line="89"/>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <location filename="../editor/gui/legal/versions_dialog.py" line="89"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../editor/gui/legal/versions_dialog.py" line="94"/>
        <source>Publish Version…</source>
        <translation>Publier une version…</translation>
    </message>
    <message>
        <location filename="../editor/gui/legal/versions_dialog.py" line="96"/>
        <source>Compare with Current Text</source>
        <translation>Comparer avec le texte actuel</translation>
    </message>
    <message>
        <location filename="../editor/gui/legal/versions_dialog.py" line="98"/>
        <source>Compare the Two Selected</source>
        <translation>Comparer les deux sélectionnées</translation>
    </message>
    <message>
        <location filename="../editor/gui/legal/versions_dialog.py" line="120"/>
        <source>Cannot read the versions</source>
        <translation>Impossible de lire les versions</translation>
    </message>
    <message>
        <location filename="../editor/gui/legal/versions_dialog.py" line="155"/>
        <source>Publish Version %1</source>
        <translation>Publier la version %1</translation>
    </message>
    <message>
        <location filename="../editor/gui/legal/versions_dialog.py" line="158"/>
        <source>Cannot publish the version</source>
        <translation>Impossible de publier la version</translation>
    </message>
    <message>
        <location filename="../editor/gui/legal/versions_dialog.py" line="187"/>
        <source>Cannot open the version</source>
        <translation>Impossible d’ouvrir la version</translation>
    </message>
    <message>
        <location filename="../editor/gui/legal/versions_dialog.py" line="190"/>
        <source>current text</source>
        <translation>texte actuel</translation>
    </message>
    <message>
        <location filename="../editor/gui/legal/versions_dialog.py" line="191"/>
        <source>Comparing the versions…</source>
        <translation>Comparaison des versions…</translation>
    </message>
    <message>
        <location filename="../editor/gui/legal/versions_dialog.py" line="191"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>WholeDocumentEditor</name>
    <message>
        <location filename="../editor/gui/text/whole_document.py" line="75"/>
        <source>Whole document: each line like “## Title {#id}” starts a section. Type “## New title {#}” to add a section; edits apply when you pause.</source>
        <extracomment>Pause in typing after which edits are applied to the document.</extracomment>
        <translation>Document entier&#xa0;: chaque ligne comme «&#xa0;## Titre {#id}&#xa0;» commence une section. Tapez «&#xa0;## Nouveau titre {#}&#xa0;» pour ajouter une section&#x202f;; les modifications s’appliquent dès que vous faites une pause.</translation>
    </message>
    <message>
        <location filename="../editor/gui/text/whole_document.py" line="141"/>
        <source>Not applied yet: {problem}</source>
        <translation>Pas encore appliqué&#xa0;: {problem}</translation>
    </message>
    <message>
        <location filename="../editor/gui/text/whole_document.py" line="151"/>
        <source>Edit in Whole Document</source>
        <translation>Modification dans le document entier</translation>
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
        <location filename="../editor/catalogue.py" line="201"/>
        <source>{count} square bracket(s) nested too deeply were read as plain text</source>
        <translation>{count} crochet(s) imbriqué(s) trop profondément ont été lu(s) comme du texte</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="235"/>
        <source>the document has tracked changes ({count}: {insertions} insertion(s), {deletions} deletion(s), {moves} move(s)): they were imported as accepted (insertions kept, deletions left out); check the text against Word&apos;s final version</source>
        <translation>le document contient des modifications suivies ({count}&#xa0;: {insertions} insertion(s), {deletions} suppression(s), {moves} déplacement(s))&#xa0;: elles ont été importées comme acceptées (insertions gardées, suppressions retirées)&#x202f;; vérifiez le texte par rapport à la version finale de Word</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="249"/>
        <source>{count} heading(s) found from short bold lines (not in a heading style); check the outline</source>
        <translation>{count} titre(s) trouvé(s) d’après des lignes courtes en gras (sans style de titre)&#x202f;; vérifiez le plan</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="295"/>
        <source>the file was not saved as UTF-8; it was read as Windows-1252: check the accented letters</source>
        <translation>le fichier n’a pas été enregistré en UTF-8&#x202f;; il a été lu en Windows-1252&#xa0;: vérifiez les lettres accentuées</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="301"/>
        <source>the export was damaged by {count} line break(s) in the wrong place; it was repaired, the text is complete</source>
        <translation>l’export était abîmé par {count} saut(s) de ligne mal placé(s)&#x202f;; il a été réparé, le texte est complet</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="308"/>
        <source>the file is incomplete: it stops at line {line}, and whatever came after is missing. Get a complete export before publishing.</source>
        <translation>le fichier est incomplet&#xa0;: il s’arrête à la ligne {line} et tout ce qui suivait manque. Obtenez un export complet avant de publier.</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="316"/>
        <source>the page was cut off after “{title}”: the text after it is missing. Get a complete export before publishing.</source>
        <translation>la page a été coupée après «&#xa0;{title}&#xa0;»&#xa0;: le texte qui suit manque. Obtenez un export complet avant de publier.</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="324"/>
        <source>a heading, paragraph or list damaged in the export was repaired: check that it reads as intended</source>
        <translation>un titre, un paragraphe ou une liste abîmé dans l’export a été réparé&#xa0;: vérifiez qu’il se lit comme prévu</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="331"/>
        <source>a link to {url} damaged in the export was repaired: check that it covers the right words</source>
        <translation>un lien vers {url} abîmé dans l’export a été réparé&#xa0;: vérifiez qu’il porte sur les bons mots</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="337"/>
        <source>damaged formatting was removed; the text is kept</source>
        <translation>une mise en forme abîmée a été retirée&#x202f;; le texte est conservé</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="341"/>
        <source>{count} line break(s) in repaired paragraphs were kept as line breaks</source>
        <translation>{count} saut(s) de ligne dans des paragraphes réparés ont été gardés comme sauts de ligne</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="346"/>
        <source>{count} leftover WordPress editor marker(s) were removed; the text is kept</source>
        <translation>{count} marque(s) résiduelle(s) de l’éditeur WordPress ont été retirées&#x202f;; le texte est conservé</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="350"/>
        <source>{count} block(s) “{name}” are filled in by WordPress when the page is shown: their text is not in the export and was not imported</source>
        <translation>{count} bloc(s) «&#xa0;{name}&#xa0;» sont remplis par WordPress à l’affichage de la page&#xa0;: leur texte n’est pas dans l’export et n’a pas été importé</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="358"/>
        <source>{count} page-builder setting(s) damaged by curly quotes were repaired</source>
        <translation>{count} réglage(s) du constructeur de page abîmé(s) par des guillemets courbes ont été réparés</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="362"/>
        <source>{count} WordPress code(s) “[{tag}]” were kept as they are, in square brackets: check whether the page still needs them</source>
        <translation>{count} code(s) WordPress «&#xa0;[{tag}]&#xa0;» ont été gardés tels quels, entre crochets&#xa0;: vérifiez si la page en a encore besoin</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="370"/>
        <source>a block of raw HTML in the page builder could not be read; it is kept as text</source>
        <translation>un bloc de HTML brut du constructeur de page n’a pas pu être lu&#x202f;; il est conservé comme texte</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="374"/>
        <source>the page-builder code “[{tag}]” is not closed: the page may be damaged</source>
        <translation>le code du constructeur de page «&#xa0;[{tag}]&#xa0;» n’est pas fermé&#xa0;: la page est peut-être abîmée</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="378"/>
        <source>the page had {count} page-builder text blocks; publishing back into the page builder puts the edited text in one block</source>
        <translation>la page avait {count} blocs de texte du constructeur de page&#x202f;; une publication dans le constructeur met le texte modifié dans un seul bloc</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="386"/>
        <source>the page text was not where WordPress usually puts it; it was read anyway</source>
        <translation>le texte de la page n’était pas là où WordPress le met d’habitude&#x202f;; il a quand même été lu</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="390"/>
        <source>this export holds the page&apos;s title and settings but not its text: export the page again with its content</source>
        <translation>cet export contient le titre et les réglages de la page, mais pas son texte&#xa0;: exportez de nouveau la page avec son contenu</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="521"/>
        <source>{count} page-builder setting(s) damaged by WordPress&apos;s typography were repaired</source>
        <translation>{count} réglage(s) du constructeur de pages abîmé(s) par la typographie de WordPress ont été réparé(s)</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="528"/>
        <source>the page has no headings: {count} short bold paragraph(s) were taken as section headings; check the outline</source>
        <translation>la page n’a pas de titres&#xa0;: {count} paragraphe(s) court(s) en gras ont été pris comme titres de section&#x202f;; vérifiez le plan</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="535"/>
        <source>{count} underlined, struck-through, highlighted, subscript or superscript passage(s) were kept as plain text; check their meaning</source>
        <translation>{count} passage(s) souligné(s), barré(s), surligné(s), en indice ou en exposant ont été gardé(s) en texte simple&#x202f;; vérifiez leur sens</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="542"/>
        <source>the checklist is not valid: {detail}</source>
        <translation>la liste de contrôle n’est pas valable&#xa0;: {detail}</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="548"/>
        <source>“{label}” cannot be a version label (use letters, digits, “.”, “-” or “_”)</source>
        <translation>«&#x202f;{label}&#x202f;» ne peut pas servir de nom de version (utilisez des lettres, des chiffres, «&#x202f;.&#x202f;», «&#x202f;-&#x202f;» ou «&#x202f;_&#x202f;»)</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="554"/>
        <source>version “{label}” is already published; a published version never changes</source>
        <translation>la version «&#x202f;{label}&#x202f;» est déjà publiée&#x202f;; une version publiée ne change jamais</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="560"/>
        <source>there is no published version “{label}” (published: {known})</source>
        <translation>il n’y a pas de version publiée «&#x202f;{label}&#x202f;» (publiées&#xa0;: {known})</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="566"/>
        <source>the snapshot of version “{label}” was changed after it was published ({file})</source>
        <translation>l’instantané de la version «&#x202f;{label}&#x202f;» a été modifié après sa publication ({file})</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="572"/>
        <source>the index of published versions cannot be read ({detail})</source>
        <translation>l’index des versions publiées ne peut pas être lu ({detail})</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="578"/>
        <source>the snapshot cannot be written ({detail})</source>
        <translation>l’instantané ne peut pas être écrit ({detail})</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="584"/>
        <source>only a .policy.md file can be published (convert it first)</source>
        <translation>seul un fichier .policy.md peut être publié (convertissez-le d’abord)</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="590"/>
        <source>the file has no byte-order mark; read as {charset} from its byte pattern</source>
        <translation>le fichier n’a pas de marque d’ordre des octets&#x202f;; il a été lu en {charset} d’après la forme de ses octets</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="596"/>
        <source>the content is {found}, not text or WordPress&apos;s {{rendered}} object: no text was read from it (it is kept for export)</source>
        <translation>le contenu est {found}, ni du texte ni l’objet {{rendered}} de WordPress&#xa0;: aucun texte n’en a été lu (il est gardé pour l’export)</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="603"/>
        <source>this is {kind}, not a file: only ordinary files can be opened</source>
        <translation>c’est {kind}, pas un fichier&#xa0;: seuls les fichiers ordinaires peuvent être ouverts</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="609"/>
        <source>the path is a symbolic link that loops (it points back to itself)</source>
        <translation>le chemin est un lien symbolique qui boucle (il renvoie à lui-même)</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="615"/>
        <source>the file is nested too deeply to be read</source>
        <translation>le fichier est imbriqué trop profondément pour être lu</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="621"/>
        <source>{count} line(s) nested deeper than {limit} list levels were moved up to level {limit}</source>
        <translation>{count} ligne(s) imbriquée(s) sur plus de {limit} niveaux de liste ont été remontée(s) au niveau {limit}</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="627"/>
        <source>{count} line(s) quoted deeper than {limit} levels were kept at {limit} levels</source>
        <translation>{count} ligne(s) citée(s) sur plus de {limit} niveaux ont été gardée(s) à {limit} niveaux</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="633"/>
        <source>{count} emphasis marker(s) past the first {limit} of a paragraph were read as text</source>
        <translation>{count} marque(s) de mise en valeur au-delà des {limit} premières d’un paragraphe ont été lue(s) comme du texte</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="639"/>
        <source>{count} square bracket(s) nested too deeply or never closed were read as text</source>
        <translation>{count} crochet(s) imbriqué(s) trop profondément ou jamais fermé(s) ont été lu(s) comme du texte</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="645"/>
        <source>{count} link or image opening(s) never closed were read as text</source>
        <translation>{count} ouverture(s) de lien ou d’image jamais fermée(s) ont été lue(s) comme du texte</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="651"/>
        <source>{count} paragraph(s) longer than {limit} characters are kept as typed, without Markdown formatting</source>
        <translation>{count} paragraphe(s) de plus de {limit} caractères sont gardé(s) tels que saisis, sans mise en forme Markdown</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="657"/>
        <source>{count} lone surrogate character(s) (invalid Unicode) were replaced by U+FFFD</source>
        <translation>{count} caractère(s) de substitution isolé(s) (Unicode non valable) ont été remplacé(s) par U+FFFD</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="663"/>
        <source>{count} NUL character(s) were replaced by U+FFFD</source>
        <translation>{count} caractère(s) NUL ont été remplacé(s) par U+FFFD</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="669"/>
        <source>a number in the file has {digits} digits; more than {limit} cannot be a real value</source>
        <translation>un nombre du fichier a {digits} chiffres&#x202f;; plus de {limit} ne peut pas être une vraie valeur</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="675"/>
        <source>cannot be saved because of an internal error ({detail})</source>
        <translation>ne peut pas être enregistré à cause d’une erreur interne ({detail})</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="133"/>
        <location filename="../editor/catalogue.py" line="267"/>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="268"/>
        <source>this is a binary file, not a WordPress JSON export</source>
        <translation>c’est un fichier binaire, pas un export JSON WordPress</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="270"/>
        <source>this is not JSON (it should start with &apos;{{&apos; or &apos;[&apos;; found {found!r})</source>
        <translation>ce n’est pas du JSON (il devrait commencer par «&#xa0;{{&#xa0;» ou «&#xa0;[&#xa0;»&#x202f;; trouvé {found!r})</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="273"/>
        <source>the JSON is broken at column {column} ({detail}) and cannot be repaired</source>
        <translation>le JSON est cassé à la colonne {column} ({detail}) et ne peut pas être réparé</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="276"/>
        <source>this JSON is not a WordPress page or post (no &apos;content&apos; field; found {found})</source>
        <translation>ce JSON n’est pas une page ou un article WordPress (pas de champ «&#xa0;content&#xa0;»&#x202f;; trouvé {found})</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="278"/>
        <source>the JSON is an empty list: the lookup found no page</source>
        <translation>le JSON est une liste vide&#xa0;: la recherche n’a trouvé aucune page</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="280"/>
        <source>the JSON holds {count} pages; export one page (or a lookup that finds one)</source>
        <translation>le JSON contient {count} pages&#x202f;; exportez une seule page (ou une recherche qui n’en trouve qu’une)</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="283"/>
        <source>this is a WordPress error response ({code}: {message}), not a page</source>
        <translation>c’est une réponse d’erreur de WordPress ({code}&#xa0;: {message}), pas une page</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="286"/>
        <source>the page is password-protected and its content is not in the export (export it with ?context=edit and the password)</source>
        <translation>la page est protégée par mot de passe et son contenu n’est pas dans l’export (exportez-la avec ?context=edit et le mot de passe)</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="292"/>
        <source>the page content is empty</source>
        <translation>le contenu de la page est vide</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="134"/>
        <source>this is a binary file, not {kind}</source>
        <translation>c’est un fichier binaire, pas {kind}</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="156"/>
        <source>the page has no text to import</source>
        <translation>la page n’a aucun texte à importer</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="195"/>
        <source>the file has no text to import</source>
        <translation>le fichier n’a aucun texte à importer</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="205"/>
        <source>this is not a Word .docx document ({detail})</source>
        <translation>ce n’est pas un document Word .docx ({detail})</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="206"/>
        <source>the Word document is damaged and cannot be read ({detail})</source>
        <translation>le document Word est endommagé et ne peut pas être lu ({detail})</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="208"/>
        <source>the Word document is password-protected: open it in Word, remove the password (File &gt; Info &gt; Protect Document) and save it again</source>
        <translation>le document Word est protégé par mot de passe&#xa0;: ouvrez-le dans Word, retirez le mot de passe (Fichier &gt; Informations &gt; Protéger le document) et enregistrez-le de nouveau</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="215"/>
        <source>this is an old Word 97-2003 .doc file: open it in Word or LibreOffice and save it as .docx</source>
        <translation>c’est un ancien fichier Word 97-2003 .doc&#xa0;: ouvrez-le dans Word ou LibreOffice et enregistrez-le en .docx</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="220"/>
        <source>the document would expand to an unreasonable size ({detail}); it was not opened</source>
        <translation>le document prendrait une taille déraisonnable une fois décompressé ({detail})&#x202f;; il n’a pas été ouvert</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="243"/>
        <source>the document has {count} comment(s); comments are not imported</source>
        <translation>le document contient {count} commentaire(s)&#x202f;; les commentaires ne sont pas importés</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="255"/>
        <source>the document uses no heading styles and has no bold title lines: it was imported as a single section</source>
        <translation>le document n’utilise aucun style de titre et n’a pas de lignes de titre en gras&#xa0;: il a été importé en une seule section</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="261"/>
        <source>paragraph styles without a meaning here were imported as plain paragraphs: {styles}</source>
        <translation>des styles de paragraphe sans signification ici ont été importés comme paragraphes simples&#xa0;: {styles}</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="229"/>
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
        <location filename="../editor/catalogue.py" line="136"/>
        <source>the page names a character set this program does not know; it was read as {used}: check the accented letters</source>
        <translation>la page indique un jeu de caractères que ce programme ne connaît pas&#x202f;; elle a été lue en {used}&#xa0;: vérifiez les lettres accentuées</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="144"/>
        <source>the file does not say how its letters are encoded; it was read as Windows-1252: check the accented letters</source>
        <translation>le fichier n’indique pas comment ses lettres sont codées&#x202f;; il a été lu en Windows-1252&#xa0;: vérifiez les lettres accentuées</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="152"/>
        <source>{count} character(s) could not be read and show as “�”: correct them by hand</source>
        <translation>{count} caractère(s) illisible(s) s’affichent «&#xa0;�&#xa0;»&#xa0;: corrigez-les à la main</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="158"/>
        <source>{count} active element(s) such as scripts, forms or embedded frames were left out: they are never imported</source>
        <translation>{count} élément(s) actif(s) (scripts, formulaires, cadres intégrés) ont été laissés de côté&#xa0;: ils ne sont jamais importés</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="166"/>
        <source>{count} hidden script(s) attached to the text were removed; the text is kept</source>
        <translation>{count} script(s) caché(s) attaché(s) au texte ont été retirés&#x202f;; le texte est conservé</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="170"/>
        <source>{count} part(s) of the page were nested too deeply; their text is kept without that layout</source>
        <translation>{count} partie(s) de la page étaient trop imbriquées&#x202f;; leur texte est conservé sans cette mise en page</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="176"/>
        <source>a heading skipped a level; it was placed one level below the heading before it: check the outline</source>
        <translation>un titre sautait un niveau&#x202f;; il a été placé un niveau sous le titre précédent&#xa0;: vérifiez le plan</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="183"/>
        <source>an empty heading was left out</source>
        <translation>un titre vide a été laissé de côté</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="186"/>
        <source>{count} link(s) that would run a program were kept as plain text</source>
        <translation>{count} lien(s) qui lanceraient un programme ont été gardés en texte simple</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="190"/>
        <source>{count} image(s) could not be kept; their descriptions are kept instead</source>
        <translation>{count} image(s) n’ont pas pu être gardées&#x202f;; leurs descriptions sont gardées à la place</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="223"/>
        <source>the document is far larger than a policy ({detail}); it was not read</source>
        <translation>le document est bien plus gros qu’une politique ({detail})&#x202f;; il n’a pas été lu</translation>
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="35"/>
        <source>{path}, line {line}: {reason}</source>
        <translation>{path}, ligne {line}&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="39"/>
        <source>{path}: {reason}</source>
        <translation>{path}&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="41"/>
        <source>line {line}: {reason}</source>
        <translation>ligne {line}&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="49"/>
        <source>Near “{near}”: {reason}</source>
        <translation>Près de «&#xa0;{near}&#xa0;»&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="503"/>
        <source>heading level {level} follows level {previous}: imported as level {used}</source>
        <translation>un titre de niveau {level} suit le niveau {previous}&#xa0;: importé au niveau {used}</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="397"/>
        <source>{count} heading(s) found from paragraph outline levels (text pasted from a web page or Google Docs); check the outline</source>
        <translation>{count} titre(s) trouvé(s) d’après les niveaux hiérarchiques des paragraphes (texte collé d’une page web ou de Google Docs)&#x202f;; vérifiez le plan</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="404"/>
        <source>{count} heading(s) found from numbered list items; check the outline</source>
        <translation>{count} titre(s) trouvé(s) d’après des éléments de liste numérotée&#x202f;; vérifiez le plan</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="410"/>
        <source>{count} heading(s) found from numbered lines (Article 3, 1.2, III., Chapitre...); check the outline</source>
        <translation>{count} titre(s) trouvé(s) d’après des lignes numérotées (Article 3, 1.2, III., Chapitre…)&#x202f;; vérifiez le plan</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="416"/>
        <source>{count} heading(s) found from lines in a larger font; check the outline</source>
        <translation>{count} titre(s) trouvé(s) d’après des lignes en plus grands caractères&#x202f;; vérifiez le plan</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="422"/>
        <source>{count} heading(s) found from underlined lines; check the outline</source>
        <translation>{count} titre(s) trouvé(s) d’après des lignes soulignées&#x202f;; vérifiez le plan</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="428"/>
        <source>{count} heading(s) found from lines in capitals; check the outline</source>
        <translation>{count} titre(s) trouvé(s) d’après des lignes en capitales&#x202f;; vérifiez le plan</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="434"/>
        <source>heading levels were guessed from {count} kinds of heading repeated through the document (numbering depth, font size, style of the line)</source>
        <translation>les niveaux de titre ont été déduits de {count} sortes de titres répétées dans le document (profondeur de numérotation, taille des caractères, style de la ligne)</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="441"/>
        <source>{count} emphasised line(s) ending with a colon were kept as text (lead-ins), not headings</source>
        <translation>{count} ligne(s) mise(s) en valeur et terminée(s) par deux-points ont été gardée(s) comme texte (introductions), pas comme titres</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="447"/>
        <source>the first line was taken as the policy title: {title}</source>
        <translation>la première ligne a été prise comme titre de la politique&#xa0;: {title}</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="453"/>
        <source>the line under the title was read into the document properties: {line}</source>
        <translation>la ligne sous le titre a été reprise dans les propriétés du document&#xa0;: {line}</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="459"/>
        <source>the line under the title looks like a date or version but could not be read; it was kept as text: {line}</source>
        <translation>la ligne sous le titre ressemble à une date ou à une version mais n’a pas pu être lue&#x202f;; elle a été gardée comme texte&#xa0;: {line}</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="465"/>
        <source>{count} preformatted paragraph(s) were kept as code blocks, line by line</source>
        <translation>{count} paragraphe(s) préformaté(s) ont été gardé(s) comme blocs de code, ligne par ligne</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="471"/>
        <source>{count} picture(s) left out ({size} larger than {limit} MB, {total} beyond {total_limit} MB of pictures in all, {format} in a format web pages and Word do not both show (EMF, WMF, SVG, TIFF...), {unreadable} unreadable); their alternative text is kept</source>
        <translation>{count} image(s) laissée(s) de côté ({size} de plus de {limit}&#xa0;Mo, {total} au-delà de {total_limit}&#xa0;Mo d’images en tout, {format} dans un format que les pages web et Word n’affichent pas tous deux (EMF, WMF, SVG, TIFF…), {unreadable} illisible(s))&#x202f;; leur texte de remplacement est gardé</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="479"/>
        <source>the document declares the language {declared} but its text is in {used}; it was imported as {used}</source>
        <translation>le document déclare la langue {declared} mais son texte est en {used}&#x202f;; il a été importé en {used}</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="485"/>
        <source>{count} paragraph(s) with HTML tags were converted to Markdown (tags are shown as text otherwise)</source>
        <translation>{count} paragraphe(s) contenant des balises HTML converti(s) en Markdown (sinon les balises s’affichent comme du texte)</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="491"/>
        <source>{count} reference link(s) defined in another section were written inline (each section stands alone)</source>
        <translation>{count} lien(s) par référence défini(s) dans une autre section écrit(s) en entier (chaque section est autonome)</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="497"/>
        <source>the markup in heading {title!r} was removed: titles are plain text</source>
        <translation>la mise en forme du titre {title!r} a été retirée : les titres sont du texte simple</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="509"/>
        <source>an empty level-{level} heading was left out</source>
        <translation>un titre vide de niveau {level} a été ignoré</translation>
    </message>
    <message>
        <location filename="../editor/catalogue.py" line="515"/>
        <source>the front matter gives the title and language; its other keys were left out ({keys})</source>
        <translation>l’en-tête YAML donne le titre et la langue ; ses autres clés ont été ignorées ({keys})</translation>
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
</TS>
