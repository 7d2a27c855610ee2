<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
<context>
    <name>ActionCollection</name>
    <message>
        <source>&amp;Open from Site…</source>
        <translation>&amp;Ouvrir depuis le site…</translation>
    </message>
    <message>
        <source>Open a page of a WordPress site</source>
        <translation>Ouvrir une page d’un site WordPress</translation>
    </message>
    <message>
        <source>&amp;Publish to Site…</source>
        <translation>&amp;Publier sur le site…</translation>
    </message>
    <message>
        <source>Send the policy to its WordPress page</source>
        <translation>Envoyer la politique vers sa page WordPress</translation>
    </message>
    <message>
        <location filename="../editor/gui/actions.py" line="78" />
        <source>&amp;New Empty Policy</source>
        <extracomment>name -&gt; shortcuts (standard keys first, so each platform gets its own conventions). Actions whose keys belong to the outline only (Delete and F2 must still work in text fields).</extracomment>
        <translation>&amp;Nouvelle politique vide</translation>
    </message>
    <message>
        <location filename="../editor/gui/actions.py" line="78" />
        <source>Start a new, empty policy</source>
        <translation>Commencer une nouvelle politique vide</translation>
    </message>
    <message>
        <location filename="../editor/gui/actions.py" line="80" />
        <source>New from &amp;Sample Policy</source>
        <translation>Nouvelle d’après l’&amp;exemple</translation>
    </message>
    <message>
        <location filename="../editor/gui/actions.py" line="81" />
        <source>Start a new policy from the bundled French privacy policy</source>
        <translation>Commencer une nouvelle politique à partir de la politique de confidentialité d’exemple</translation>
    </message>
    <message>
        <location filename="../editor/gui/actions.py" line="84" />
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <location filename="../editor/gui/actions.py" line="85" />
        <source>Open a policy, or import a WordPress, Word, HTML or Markdown file</source>
        <translation>Ouvrir une politique, ou importer un fichier WordPress, Word, HTML ou Markdown</translation>
    </message>
    <message>
        <location filename="../editor/gui/actions.py" line="87" />
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../editor/gui/actions.py" line="87" />
        <source>Save the policy</source>
        <translation>Enregistrer la politique</translation>
    </message>
    <message>
        <location filename="../editor/gui/actions.py" line="88" />
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <location filename="../editor/gui/actions.py" line="88" />
        <source>Save the policy under a new name</source>
        <translation>Enregistrer la politique sous un nouveau nom</translation>
    </message>
    <message>
        <location filename="../editor/gui/actions.py" line="89" />
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location filename="../editor/gui/actions.py" line="89" />
        <source>Close the policy</source>
        <translation>Fermer la politique</translation>
    </message>
    <message>
        <location filename="../editor/gui/actions.py" line="90" />
        <source>Clear the List</source>
        <translation>Vider la liste</translation>
    </message>
    <message>
        <location filename="../editor/gui/actions.py" line="90" />
        <source>Forget the recently opened files</source>
        <translation>Oublier les fichiers ouverts récemment</translation>
    </message>
    <message>
        <location filename="../editor/gui/actions.py" line="91" />
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../editor/gui/actions.py" line="91" />
        <source>Quit Policy Editor</source>
        <translation>Quitter Policy Editor</translation>
    </message>
    <message>
        <location filename="../editor/gui/actions.py" line="92" />
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../editor/gui/actions.py" line="92" />
        <source>Undo the last change</source>
        <translation>Annuler la dernière modification</translation>
    </message>
    <message>
        <location filename="../editor/gui/actions.py" line="93" />
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../editor/gui/actions.py" line="93" />
        <source>Redo the last undone change</source>
        <translation>Rétablir la dernière modification annulée</translation>
    </message>
    <message>
        <location filename="../editor/gui/actions.py" line="94" />
        <source>&amp;Find…</source>
        <translation>Re&amp;chercher…</translation>
    </message>
    <message>
        <location filename="../editor/gui/actions.py" line="94" />
        <source>Find text in the policy</source>
        <translation>Rechercher du texte dans la politique</translation>
    </message>
    <message>
        <location filename="../editor/gui/actions.py" line="95" />
        <source>Find &amp;Next</source>
        <translation>Occurrence &amp;suivante</translation>
    </message>
    <message>
        <location filename="../editor/gui/actions.py" line="95" />
        <source>Find the next occurrence</source>
        <translation>Aller à l’occurrence suivante</translation>
    </message>
    <message>
        <location filename="../editor/gui/actions.py" line="96" />
        <source>Find &amp;Previous</source>
        <translation>Occurrence &amp;précédente</translation>
    </message>
    <message>
        <location filename="../editor/gui/actions.py" line="96" />
        <source>Find the previous occurrence</source>
        <translation>Aller à l’occurrence précédente</translation>
    </message>
    <message>
        <location filename="../editor/gui/actions.py" line="97" />
        <source>Add &amp;Section</source>
        <translation>Ajouter une &amp;section</translation>
    </message>
    <message>
        <location filename="../editor/gui/actions.py" line="97" />
        <source>Add a section after the selected one</source>
        <translation>Ajouter une section après la section sélectionnée</translation>
    </message>
    <message>
        <location filename="../editor/gui/actions.py" line="98" />
        <source>Add S&amp;ubsection</source>
        <translation>Ajouter une so&amp;us-section</translation>
    </message>
    <message>
        <location filename="../editor/gui/actions.py" line="98" />
        <source>Add a subsection inside the selected section</source>
        <translation>Ajouter une sous-section dans la section sélectionnée</translation>
    </message>
    <message>
        <location filename="../editor/gui/actions.py" line="99" />
        <source>&amp;Rename</source>
        <translation>&amp;Renommer</translation>
    </message>
    <message>
        <location filename="../editor/gui/actions.py" line="99" />
        <source>Rename the selected section</source>
        <translation>Renommer la section sélectionnée</translation>
    </message>
    <message>
        <location filename="../editor/gui/actions.py" line="100" />
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../editor/gui/actions.py" line="100" />
        <source>Delete the selected section and its subsections</source>
        <translation>Supprimer la section sélectionnée et ses sous-sections</translation>
    </message>
    <message>
        <location filename="../editor/gui/actions.py" line="101" />
        <source>Move &amp;Up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <location filename="../editor/gui/actions.py" line="101" />
        <source>Move the section before the previous one</source>
        <translation>Placer la section avant la précédente</translation>
    </message>
    <message>
        <location filename="../editor/gui/actions.py" line="102" />
        <source>Move Do&amp;wn</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <location filename="../editor/gui/actions.py" line="102" />
        <source>Move the section after the next one</source>
        <translation>Placer la section après la suivante</translation>
    </message>
    <message>
        <location filename="../editor/gui/actions.py" line="103" />
        <source>&amp;Indent</source>
        <translation>&amp;Abaisser d’un niveau</translation>
    </message>
    <message>
        <location filename="../editor/gui/actions.py" line="103" />
        <source>Make the section a subsection of the one above</source>
        <translation>Faire de la section une sous-section de la section au-dessus</translation>
    </message>
    <message>
        <location filename="../editor/gui/actions.py" line="104" />
        <source>&amp;Outdent</source>
        <translation>&amp;Remonter d’un niveau</translation>
    </message>
    <message>
        <location filename="../editor/gui/actions.py" line="104" />
        <source>Make the section a sibling of its parent</source>
        <translation>Placer la section au niveau de sa section parente</translation>
    </message>
    <message>
        <location filename="../editor/gui/actions.py" line="106" />
        <source>&amp;Whole Document</source>
        <translation>&amp;Document entier</translation>
    </message>
    <message>
        <location filename="../editor/gui/actions.py" line="107" />
        <source>Show all sections in one continuous editor</source>
        <translation>Afficher toutes les sections dans un seul éditeur continu</translation>
    </message>
    <message>
        <location filename="../editor/gui/actions.py" line="109" />
        <source>&amp;Preview</source>
        <translation>&amp;Aperçu</translation>
    </message>
    <message>
        <location filename="../editor/gui/actions.py" line="109" />
        <source>Show or hide the preview of the page</source>
        <translation>Afficher ou masquer l’aperçu de la page</translation>
    </message>
    <message>
        <location filename="../editor/gui/actions.py" line="110" />
        <source>&amp;About Policy Editor</source>
        <translation>À &amp;propos de Policy Editor</translation>
    </message>
    <message>
        <location filename="../editor/gui/actions.py" line="110" />
        <source>Version and licence</source>
        <translation>Version et licence</translation>
    </message>
</context>
<context>
    <name>DiffView</name>
    <message>
        <location filename="../editor/gui/diff_view.py" line="61" />
        <source>The two versions are identical.</source>
        <extracomment>Lines of unchanged context shown around each change.</extracomment>
        <translation>Les deux versions sont identiques.</translation>
    </message>
</context>
<context>
    <name>FileWatcher</name>
    <message>
        <location filename="../editor/gui/file_watcher.py" line="186" />
        <source>Cannot Reload</source>
        <extracomment>Events closer together than this are one change (sync tools write in several steps), in ms.</extracomment>
        <translation>Rechargement impossible</translation>
    </message>
    <message>
        <location filename="../editor/gui/file_watcher.py" line="188" />
        <location filename="../editor/gui/file_watcher.py" line="226" />
        <source>Reload from Disk</source>
        <translation>Recharger depuis le disque</translation>
    </message>
    <message>
        <location filename="../editor/gui/file_watcher.py" line="201" />
        <source>(the file on disk cannot be read: {reason})</source>
        <translation>(le fichier sur le disque ne peut pas être lu : {reason})</translation>
    </message>
    <message>
        <location filename="../editor/gui/file_watcher.py" line="205" />
        <source>Changes on Disk</source>
        <translation>Modifications sur le disque</translation>
    </message>
    <message>
        <location filename="../editor/gui/file_watcher.py" line="208" />
        <source>open in Policy Editor (mine)</source>
        <translation>ouvert dans Policy Editor (ma version)</translation>
    </message>
    <message>
        <location filename="../editor/gui/file_watcher.py" line="209" />
        <source>on disk: {path}</source>
        <translation>sur le disque : {path}</translation>
    </message>
    <message>
        <location filename="../editor/gui/file_watcher.py" line="218" />
        <location filename="../editor/gui/file_watcher.py" line="258" />
        <source>File Changed on Disk</source>
        <translation>Fichier modifié sur le disque</translation>
    </message>
    <message>
        <location filename="../editor/gui/file_watcher.py" line="220" />
        <source>“{name}” was changed by another program.</source>
        <translation>« {name} » a été modifié par un autre programme.</translation>
    </message>
    <message>
        <location filename="../editor/gui/file_watcher.py" line="222" />
        <source>You also have changes that are not saved. Which version do you want to keep?</source>
        <translation>Vous avez aussi des modifications non enregistrées. Quelle version voulez-vous garder ?</translation>
    </message>
    <message>
        <location filename="../editor/gui/file_watcher.py" line="224" />
        <source>Load the version on disk, or keep the one open here?</source>
        <translation>Charger la version du disque, ou garder celle ouverte ici ?</translation>
    </message>
    <message>
        <location filename="../editor/gui/file_watcher.py" line="228" />
        <source>Keep Mine</source>
        <translation>Garder la mienne</translation>
    </message>
    <message>
        <location filename="../editor/gui/file_watcher.py" line="230" />
        <source>Compare…</source>
        <translation>Comparer…</translation>
    </message>
    <message>
        <location filename="../editor/gui/file_watcher.py" line="243" />
        <source>File Deleted</source>
        <translation>Fichier supprimé</translation>
    </message>
    <message>
        <location filename="../editor/gui/file_watcher.py" line="245" />
        <source>“{name}” was deleted or moved by another program.</source>
        <translation>« {name} » a été supprimé ou déplacé par un autre programme.</translation>
    </message>
    <message>
        <location filename="../editor/gui/file_watcher.py" line="247" />
        <source>Your text stays open here and is marked as not saved. Save it to write the file again.</source>
        <translation>Votre texte reste ouvert ici et est marqué comme non enregistré. Enregistrez-le pour écrire de nouveau le fichier.</translation>
    </message>
    <message>
        <location filename="../editor/gui/file_watcher.py" line="260" />
        <source>“{name}” was changed by another program since you opened it. Replace it with your version? (The version on disk is kept as a backup, “{backup}”.)</source>
        <translation>« {name} » a été modifié par un autre programme depuis que vous l’avez ouvert. Le remplacer par votre version ? (La version du disque est gardée en copie de secours, « {backup} ».)</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../editor/gui/find_bar.py" line="41" />
        <source>Find:</source>
        <translation>Rechercher :</translation>
    </message>
    <message>
        <location filename="../editor/gui/find_bar.py" line="42" />
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <location filename="../editor/gui/find_bar.py" line="43" />
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location filename="../editor/gui/find_bar.py" line="44" />
        <source>Close the find bar</source>
        <translation>Fermer la barre de recherche</translation>
    </message>
    <message>
        <location filename="../editor/gui/find_bar.py" line="55" />
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
</context>
<context>
    <name>LockWarning</name>
    <message>
        <location filename="../editor/gui/lock_warning.py" line="77" />
        <source>It is already open in another window of Policy Editor.</source>
        <translation>Il est déjà ouvert dans une autre fenêtre de Policy Editor.</translation>
    </message>
    <message>
        <location filename="../editor/gui/lock_warning.py" line="78" />
        <source>It is already open in Policy Editor on “{host}” (process {pid}, since {since}).</source>
        <translation>Il est déjà ouvert dans Policy Editor sur « {host} » (processus {pid}, depuis {since}).</translation>
    </message>
    <message>
        <location filename="../editor/gui/lock_warning.py" line="84" />
        <source>Document Already Open</source>
        <translation>Document déjà ouvert</translation>
    </message>
    <message>
        <location filename="../editor/gui/lock_warning.py" line="86" />
        <source>“{name}” is open somewhere else.</source>
        <translation>« {name} » est ouvert ailleurs.</translation>
    </message>
    <message>
        <location filename="../editor/gui/lock_warning.py" line="90" />
        <source>If you edit it in two places, the last one saved replaces the other's changes.</source>
        <translation>Si vous le modifiez à deux endroits, le dernier enregistrement remplace les modifications de l’autre.</translation>
    </message>
    <message>
        <location filename="../editor/gui/lock_warning.py" line="92" />
        <source>Open Anyway</source>
        <translation>Ouvrir quand même</translation>
    </message>
    <message>
        <location filename="../editor/gui/lock_warning.py" line="94" />
        <source>Close It Here</source>
        <translation>Le fermer ici</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../editor/gui/mainwindow.py" line="181" />
        <location filename="../editor/gui/mainwindow.py" line="384" />
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <location filename="../editor/gui/mainwindow.py" line="182" />
        <source>%1[*] — Policy Editor</source>
        <translation>%1[*] — Policy Editor</translation>
    </message>
    <message>
        <location filename="../editor/gui/mainwindow.py" line="281" />
        <source>Cannot open the sample policy</source>
        <translation>Impossible d’ouvrir la politique d’exemple</translation>
    </message>
    <message>
        <location filename="../editor/gui/mainwindow.py" line="289" />
        <source>Open a Policy</source>
        <translation>Ouvrir une politique</translation>
    </message>
    <message>
        <location filename="../editor/gui/mainwindow.py" line="299" />
        <source>Policies and importable files (%1)</source>
        <translation>Politiques et fichiers importables (%1)</translation>
    </message>
    <message>
        <location filename="../editor/gui/mainwindow.py" line="300" />
        <location filename="../editor/gui/mainwindow.py" line="400" />
        <source>Policy Editor files (*.policy.md)</source>
        <translation>Fichiers Policy Editor (*.policy.md)</translation>
    </message>
    <message>
        <location filename="../editor/gui/mainwindow.py" line="301" />
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../editor/gui/mainwindow.py" line="315" />
        <source>Cannot open the file</source>
        <translation>Impossible d’ouvrir le fichier</translation>
    </message>
    <message>
        <location filename="../editor/gui/mainwindow.py" line="326" />
        <source>Opened %1 with notes:</source>
        <translation>%1 ouvert, avec des remarques :</translation>
    </message>
    <message>
        <location filename="../editor/gui/mainwindow.py" line="332" />
        <location filename="../editor/gui/mainwindow.py" line="340" />
        <source>Cannot save yet</source>
        <translation>Enregistrement impossible pour l’instant</translation>
    </message>
    <message>
        <location filename="../editor/gui/mainwindow.py" line="356" />
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <location filename="../editor/gui/mainwindow.py" line="385" />
        <source>Unsaved Changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../editor/gui/mainwindow.py" line="386" />
        <source>Save the changes to “%1” before closing it?</source>
        <translation>Enregistrer les modifications de « %1 » avant de le fermer ?</translation>
    </message>
    <message>
        <location filename="../editor/gui/mainwindow.py" line="387" />
        <source>Your changes will be lost if you don't save them.</source>
        <translation>Vos modifications seront perdues si vous ne les enregistrez pas.</translation>
    </message>
    <message>
        <location filename="../editor/gui/mainwindow.py" line="398" />
        <source>Save the Policy As</source>
        <translation>Enregistrer la politique sous</translation>
    </message>
    <message>
        <location filename="../editor/gui/mainwindow.py" line="407" />
        <source>Edits Not Applied</source>
        <translation>Modifications non appliquées</translation>
    </message>
    <message>
        <location filename="../editor/gui/mainwindow.py" line="409" />
        <source>The whole document cannot be applied:
%1

Discard the edits made since the last pause?</source>
        <translation>Le document entier ne peut pas être appliqué :
%1

Abandonner les modifications faites depuis la dernière pause ?</translation>
    </message>
    <message>
        <location filename="../editor/gui/mainwindow.py" line="424" />
        <source>About Policy Editor</source>
        <translation>À propos de Policy Editor</translation>
    </message>
    <message>
        <location filename="../editor/gui/mainwindow.py" line="426" />
        <source>Policy Editor %1

Edit a website's legal policies as a tree of sections, with a live preview.</source>
        <translation>Policy Editor %1

Rédigez les pages juridiques d’un site comme un arbre de sections, avec un aperçu en direct.</translation>
    </message>
</context>
<context>
    <name>MarkdownHighlighter</name>
    <message>
        <location filename="../editor/gui/highlighter.py" line="106" />
        <source>No-break space (U+00A0)</source>
        <translation>Espace insécable (U+00A0)</translation>
    </message>
    <message>
        <location filename="../editor/gui/highlighter.py" line="108" />
        <source>Narrow no-break space (U+202F)</source>
        <translation>Espace fine insécable (U+202F)</translation>
    </message>
</context>
<context>
    <name>MenuBuilder</name>
    <message>
        <source>&amp;WordPress</source>
        <translation>&amp;WordPress</translation>
    </message>
    <message>
        <location filename="../editor/gui/menus.py" line="93" />
        <source>&amp;File</source>
        <extracomment>Menu layout: (menu object name, action names; None = separator; "recent" = the recent-files submenu). The outline's context menu.</extracomment>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../editor/gui/menus.py" line="94" />
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location filename="../editor/gui/menus.py" line="95" />
        <source>&amp;Section</source>
        <translation>&amp;Section</translation>
    </message>
    <message>
        <location filename="../editor/gui/menus.py" line="96" />
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../editor/gui/menus.py" line="97" />
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <location filename="../editor/gui/menus.py" line="101" />
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <location filename="../editor/gui/menus.py" line="102" />
        <source>Main Toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
</context>
<context>
    <name>NoticeBanner</name>
    <message>
        <location filename="../editor/gui/banner.py" line="75" />
        <source>Hide these notes</source>
        <translation>Masquer ces remarques</translation>
    </message>
    <message numerus="yes">
        <location filename="../editor/gui/banner.py" line="78" />
        <source>Imported from %1, not saved yet. The import left %n note(s):</source>
        <translation><numerusform>Importé de %1, pas encore enregistré. L’import a laissé %n remarque :</numerusform><numerusform>Importé de %1, pas encore enregistré. L’import a laissé %n remarques :</numerusform></translation>
    </message>
    <message>
        <location filename="../editor/gui/banner.py" line="85" />
        <source>Show Fewer</source>
        <translation>Afficher moins</translation>
    </message>
    <message numerus="yes">
        <location filename="../editor/gui/banner.py" line="87" />
        <source>Show All %n Notes</source>
        <translation><numerusform>Afficher %n remarque</numerusform><numerusform>Afficher les %n remarques</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../editor/gui/banner.py" line="89" />
        <source>… and %n more.</source>
        <translation><numerusform>… et %n autre.</numerusform><numerusform>… et %n autres.</numerusform></translation>
    </message>
</context>
<context>
    <name>OutlineModel</name>
    <message>
        <location filename="../editor/gui/outline_model.py" line="139" />
        <source>(untitled section)</source>
        <translation>(section sans titre)</translation>
    </message>
    <message numerus="yes">
        <location filename="../editor/gui/outline_model.py" line="152" />
        <source>%n word(s) in this section</source>
        <translation><numerusform>%n mot dans cette section</numerusform><numerusform>%n mots dans cette section</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../editor/gui/outline_model.py" line="154" />
        <source>%n word(s) with its subsections</source>
        <translation><numerusform>%n mot avec ses sous-sections</numerusform><numerusform>%n mots avec ses sous-sections</numerusform></translation>
    </message>
    <message>
        <location filename="../editor/gui/outline_model.py" line="176" />
        <source>Rename Section</source>
        <translation>Renommer la section</translation>
    </message>
    <message>
        <location filename="../editor/gui/outline_model.py" line="230" />
        <source>Move Section</source>
        <translation>Déplacer la section</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../editor/gui/preview.py" line="63" />
        <source>Preview</source>
        <extracomment>Link schemes opened in the system browser (or mail program) when clicked. A structure change moving up to this many sections (or an eighth of them) is applied in place. Pixels left above a section's heading when the preview scrolls to it. An http(s) or mailto link was clicked and handed to the system (the URL). The preview now shows the latest policy: the ids of the sections patched, or () after a rebuild.</extracomment>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location filename="../editor/gui/preview.py" line="64" />
        <source>The preview of the page appears here once the policy has sections.</source>
        <translation>L’aperçu de la page apparaît ici dès que la politique a des sections.</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../editor/gui/recovery_dialog.py" line="48" />
        <source>Recover Unsaved Work</source>
        <translation>Récupérer le travail non enregistré</translation>
    </message>
    <message>
        <location filename="../editor/gui/recovery_dialog.py" line="54" />
        <source>Policy Editor was not closed normally. The changes below were not saved; choose what to do with each document.</source>
        <translation>Policy Editor n’a pas été fermé normalement. Les modifications ci-dessous n’ont pas été enregistrées ; choisissez quoi faire de chaque document.</translation>
    </message>
    <message>
        <location filename="../editor/gui/recovery_dialog.py" line="76" />
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location filename="../editor/gui/recovery_dialog.py" line="79" />
        <source>Discard…</source>
        <translation>Abandonner…</translation>
    </message>
    <message>
        <location filename="../editor/gui/recovery_dialog.py" line="81" />
        <source>Decide Later</source>
        <translation>Décider plus tard</translation>
    </message>
    <message>
        <location filename="../editor/gui/recovery_dialog.py" line="83" />
        <source>Keep the unsaved changes; they are offered again at the next start.</source>
        <translation>Garder les modifications non enregistrées ; elles seront proposées de nouveau au prochain démarrage.</translation>
    </message>
    <message>
        <location filename="../editor/gui/recovery_dialog.py" line="94" />
        <source>Some recovery files cannot be read and were left as they are:
{files}</source>
        <translation>Certains fichiers de récupération ne peuvent pas être lus et ont été laissés tels quels :
{files}</translation>
    </message>
    <message>
        <location filename="../editor/gui/recovery_dialog.py" line="109" />
        <source>never saved</source>
        <translation>jamais enregistré</translation>
    </message>
    <message>
        <location filename="../editor/gui/recovery_dialog.py" line="115" />
        <location filename="../editor/gui/recovery_dialog.py" line="181" />
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <location filename="../editor/gui/recovery_dialog.py" line="116" />
        <source>(no title)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <location filename="../editor/gui/recovery_dialog.py" line="117" />
        <source>{title}
{name} — {time}</source>
        <translation>{title}
{name} — {time}</translation>
    </message>
    <message>
        <location filename="../editor/gui/recovery_dialog.py" line="133" />
        <source>This document was never saved. Restoring it brings back all of its text.</source>
        <translation>Ce document n’a jamais été enregistré. Le restaurer rétablit tout son texte.</translation>
    </message>
    <message>
        <location filename="../editor/gui/recovery_dialog.py" line="135" />
        <source>The saved file “{path}” is missing or cannot be read: all of the text is shown.</source>
        <translation>Le fichier enregistré « {path} » est absent ou illisible : tout le texte est affiché.</translation>
    </message>
    <message>
        <location filename="../editor/gui/recovery_dialog.py" line="139" />
        <source>Unsaved changes to “{path}”, last recorded {time}:</source>
        <translation>Modifications non enregistrées de « {path} », enregistrées pour récupération le {time} :</translation>
    </message>
    <message>
        <location filename="../editor/gui/recovery_dialog.py" line="144" />
        <source>saved file</source>
        <translation>fichier enregistré</translation>
    </message>
    <message>
        <location filename="../editor/gui/recovery_dialog.py" line="144" />
        <source>unsaved changes (would be restored)</source>
        <translation>modifications non enregistrées (seraient restaurées)</translation>
    </message>
    <message>
        <location filename="../editor/gui/recovery_dialog.py" line="169" />
        <source>Cannot Restore</source>
        <translation>Restauration impossible</translation>
    </message>
    <message>
        <location filename="../editor/gui/recovery_dialog.py" line="182" />
        <source>Discard Unsaved Changes</source>
        <translation>Abandonner les modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../editor/gui/recovery_dialog.py" line="184" />
        <source>Discard the unsaved changes to “{name}”?</source>
        <translation>Abandonner les modifications non enregistrées de « {name} » ?</translation>
    </message>
    <message>
        <location filename="../editor/gui/recovery_dialog.py" line="185" />
        <source>They will be deleted for good; this cannot be undone.</source>
        <translation>Elles seront supprimées définitivement ; c’est irréversible.</translation>
    </message>
    <message>
        <location filename="../editor/gui/recovery_dialog.py" line="186" />
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
</context>
<context>
    <name>SectionEditor</name>
    <message>
        <location filename="../editor/gui/section_editor.py" line="53" />
        <source>Section title</source>
        <translation>Titre de la section</translation>
    </message>
    <message>
        <location filename="../editor/gui/section_editor.py" line="54" />
        <source>Write the section in Markdown…</source>
        <translation>Rédigez la section en Markdown…</translation>
    </message>
    <message>
        <location filename="../editor/gui/section_editor.py" line="55" />
        <source>No section selected.
Add one with Section ▸ Add Section.</source>
        <translation>Aucune section sélectionnée.
Ajoutez-en une avec Section ▸ Ajouter une section.</translation>
    </message>
    <message>
        <location filename="../editor/gui/section_editor.py" line="101" />
        <source>Typing in the title</source>
        <translation>Saisie dans le titre</translation>
    </message>
    <message>
        <location filename="../editor/gui/section_editor.py" line="106" />
        <source>Typing</source>
        <translation>Saisie</translation>
    </message>
</context>
<context>
    <name>SectionOperations</name>
    <message>
        <location filename="../editor/gui/section_operations.py" line="34" />
        <source>Move Section Up</source>
        <translation>Monter la section</translation>
    </message>
    <message>
        <location filename="../editor/gui/section_operations.py" line="35" />
        <source>Move Section Down</source>
        <translation>Descendre la section</translation>
    </message>
    <message>
        <location filename="../editor/gui/section_operations.py" line="36" />
        <source>Indent Section</source>
        <translation>Abaisser la section d’un niveau</translation>
    </message>
    <message>
        <location filename="../editor/gui/section_operations.py" line="38" />
        <source>Outdent Section</source>
        <translation>Remonter la section d’un niveau</translation>
    </message>
    <message>
        <location filename="../editor/gui/section_operations.py" line="81" />
        <source>New section</source>
        <translation>Nouvelle section</translation>
    </message>
    <message>
        <location filename="../editor/gui/section_operations.py" line="84" />
        <source>Add Section</source>
        <translation>Ajouter une section</translation>
    </message>
    <message>
        <location filename="../editor/gui/section_operations.py" line="101" />
        <source>Delete Section</source>
        <translation>Supprimer la section</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <location filename="../editor/gui/statusbar.py" line="50" />
        <source>French, narrow no-break spaces</source>
        <translation>français, espaces fines insécables</translation>
    </message>
    <message>
        <location filename="../editor/gui/statusbar.py" line="51" />
        <source>French, no-break spaces</source>
        <translation>français, espaces insécables</translation>
    </message>
    <message>
        <location filename="../editor/gui/statusbar.py" line="53" />
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location filename="../editor/gui/statusbar.py" line="61" />
        <source>No section</source>
        <translation>Aucune section</translation>
    </message>
    <message>
        <location filename="../editor/gui/statusbar.py" line="62" />
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../editor/gui/statusbar.py" line="64" />
        <source>(untitled section)</source>
        <translation>(section sans titre)</translation>
    </message>
    <message>
        <location filename="../editor/gui/statusbar.py" line="65" />
        <source>Section: %1</source>
        <translation>Section : %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../editor/gui/statusbar.py" line="66" />
        <source>%n word(s)</source>
        <translation><numerusform>%n mot</numerusform><numerusform>%n mots</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../editor/gui/statusbar.py" line="68" />
        <source>%1 in this section · %n word(s) in the document</source>
        <translation><numerusform>%1 dans la section · %n mot dans le document</numerusform><numerusform>%1 dans la section · %n mots dans le document</numerusform></translation>
    </message>
    <message>
        <location filename="../editor/gui/statusbar.py" line="72" />
        <source>Typography: %1</source>
        <translation>Typographie : %1</translation>
    </message>
</context>
<context>
    <name>WholeDocumentEditor</name>
    <message>
        <location filename="../editor/gui/whole_document.py" line="95" />
        <source>Whole document: each line like “## Title {#id}” starts a section. Type “## New title {#}” to add a section; edits apply when you pause.</source>
        <extracomment>Pause in typing after which edits are applied to the document.</extracomment>
        <translation>Document entier : chaque ligne comme « ## Titre {#id} » commence une section. Tapez « ## Nouveau titre {#} » pour ajouter une section ; les modifications s’appliquent dès que vous faites une pause.</translation>
    </message>
    <message>
        <location filename="../editor/gui/whole_document.py" line="161" />
        <source>Not applied yet: {problem}</source>
        <translation>Pas encore appliqué : {problem}</translation>
    </message>
    <message>
        <location filename="../editor/gui/whole_document.py" line="171" />
        <source>Edit in Whole Document</source>
        <translation>Modification dans le document entier</translation>
    </message>
</context>
<context>
    <name>WorkSafety</name>
    <message>
        <location filename="../editor/gui/work_safety.py" line="88" />
        <source>Unsaved changes cannot be recorded for recovery: {reason}</source>
        <translation>Les modifications non enregistrées ne peuvent pas être conservées pour récupération : {reason}</translation>
    </message>
    <message>
        <location filename="../editor/gui/work_safety.py" line="142" />
        <source>Recovered Changes</source>
        <translation>Modifications récupérées</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>the page was built with Elementor, which shows its own saved layout: the text was sent, but visitors see it only once the page is edited with Elementor or switched back to the block editor</source>
        <translation>la page a été construite avec Elementor, qui affiche sa propre mise en page enregistrée : le texte a été envoyé, mais les visiteurs ne le verront qu’une fois la page modifiée avec Elementor ou repassée à l’éditeur de blocs</translation>
    </message>
    <message>
        <source>“{url}” is not a web address (for example https://example.org)</source>
        <translation>« {url} » n’est pas une adresse web (par exemple https://exemple.fr)</translation>
    </message>
    <message>
        <source>{url}: plain http is refused except for localhost and 127.0.0.1: the application password would cross the network unencrypted; use the site’s https:// address</source>
        <translation>{url} : le http simple est refusé, sauf pour localhost et 127.0.0.1 : le mot de passe d’application passerait en clair sur le réseau ; utilisez l’adresse https:// du site</translation>
    </message>
    <message>
        <source>no WordPress site {url} is set up; add it first</source>
        <translation>aucun site WordPress {url} n’est configuré ; ajoutez-le d’abord</translation>
    </message>
    <message>
        <source>no WordPress site is set up; add one first</source>
        <translation>aucun site WordPress n’est configuré ; ajoutez-en un d’abord</translation>
    </message>
    <message>
        <source>several WordPress sites are set up ({sites}); choose one</source>
        <translation>plusieurs sites WordPress sont configurés ({sites}) ; choisissez-en un</translation>
    </message>
    <message>
        <source>no application password for {user} at {url}: there is no system keyring to keep it</source>
        <translation>pas de mot de passe d’application pour {user} sur {url} : il n’y a pas de trousseau système pour le garder</translation>
    </message>
    <message>
        <source>the application password is empty</source>
        <translation>le mot de passe d’application est vide</translation>
    </message>
    <message>
        <source>{url}: the site refused the user name or application password (401); check them in the user’s profile, Application Passwords</source>
        <translation>{url} : le site refuse l’identifiant ou le mot de passe d’application (401) ; vérifiez-les dans le profil de l’utilisateur, Mots de passe d’application</translation>
    </message>
    <message>
        <source>{url}: the user may not do this on the site (403: {detail})</source>
        <translation>{url} : l’utilisateur n’a pas le droit de faire cela sur le site (403 : {detail})</translation>
    </message>
    <message>
        <source>{url}: the page does not exist on the site any more (404; deleted or moved to the trash)</source>
        <translation>{url} : la page n’existe plus sur le site (404 ; supprimée ou mise à la corbeille)</translation>
    </message>
    <message>
        <source>{url}: the site has no page “{ref}”</source>
        <translation>{url} : le site n’a pas de page « {ref} »</translation>
    </message>
    <message>
        <source>{url}: the site answered with a web page instead of REST API data ({detail}); a security plugin, a maintenance page or a wrong address is in the way</source>
        <translation>{url} : le site a répondu par une page web au lieu des données de l’API REST ({detail}) ; une extension de sécurité, une page de maintenance ou une mauvaise adresse est en cause</translation>
    </message>
    <message>
        <source>{url}: the REST API is disabled or blocked on this site ({detail}); it is needed to read and write pages</source>
        <translation>{url} : l’API REST est désactivée ou bloquée sur ce site ({detail}) ; elle est nécessaire pour lire et écrire les pages</translation>
    </message>
    <message>
        <source>{url}: the site did not answer within {seconds} s</source>
        <translation>{url} : le site n’a pas répondu en {seconds} s</translation>
    </message>
    <message>
        <source>{url}: the secure connection failed ({detail}); the site’s certificate is not trusted</source>
        <translation>{url} : la connexion sécurisée a échoué ({detail}) ; le certificat du site n’est pas reconnu</translation>
    </message>
    <message>
        <source>{url}: cannot reach the site ({detail})</source>
        <translation>{url} : impossible de joindre le site ({detail})</translation>
    </message>
    <message>
        <source>{url}: the site redirects to {target}; credentials are never sent to another address: use that address for the site if it is the right one</source>
        <translation>{url} : le site redirige vers {target} ; les identifiants ne sont jamais envoyés à une autre adresse : utilisez celle-ci pour le site si c’est la bonne</translation>
    </message>
    <message>
        <source>{url}: the site failed with a server error ({status}); this request changed nothing, try again later</source>
        <translation>{url} : erreur du serveur du site ({status}) ; cette requête n’a rien changé, réessayez plus tard</translation>
    </message>
    <message>
        <source>{url}: the site refused the request ({status}: {detail})</source>
        <translation>{url} : le site a refusé la requête ({status} : {detail})</translation>
    </message>
    <message>
        <source>{url}: the site’s answer is not valid JSON ({detail})</source>
        <translation>{url} : la réponse du site n’est pas du JSON valide ({detail})</translation>
    </message>
    <message>
        <source>cancelled; the step that was running changed nothing on the site</source>
        <translation>annulé ; l’étape en cours n’a rien changé sur le site</translation>
    </message>
    <message>
        <source>{path}: this policy does not come from a WordPress site</source>
        <translation>{path} : cette politique ne vient pas d’un site WordPress</translation>
    </message>
    <message>
        <source>{path}: the import of this page was cut off (section “{section}” is incomplete)</source>
        <translation>{path} : l’import de cette page a été coupé (la section « {section} » est incomplète)</translation>
    </message>
    <message>
        <source>the page “{title}” (ID {id}) changed on {site} since it was pulled (modified {theirs} UTC, pulled at {ours} UTC); nothing was sent</source>
        <translation>la page « {title} » (no {id}) a changé sur {site} depuis sa récupération (modifiée le {theirs} UTC, récupérée le {ours} UTC) ; rien n’a été envoyé</translation>
    </message>
    <message>
        <source>{path}: this policy comes from {origin}, not from {site}</source>
        <translation>{path} : cette politique vient de {origin}, pas de {site}</translation>
    </message>
    <message>
        <source>embedded image {index} is not an image type WordPress accepts ({mime})</source>
        <translation>l’image intégrée no {index} n’est pas un type d’image accepté par WordPress ({mime})</translation>
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="20" />
        <source>the file is not UTF-8 text ({detail})</source>
        <translation>le fichier n’est pas du texte UTF-8 ({detail})</translation>
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="21" />
        <source>the file does not start with a “---” metadata header</source>
        <translation>le fichier ne commence pas par un en-tête de métadonnées « --- »</translation>
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="24" />
        <source>the metadata header is not closed by a “---” line</source>
        <translation>l’en-tête de métadonnées n’est pas fermé par une ligne « --- »</translation>
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="27" />
        <source>this header line is not “key: value”: {text}</source>
        <translation>cette ligne d’en-tête n’est pas de la forme « clé: valeur » : {text}</translation>
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="28" />
        <source>the header key “{key}” appears twice</source>
        <translation>la clé d’en-tête « {key} » apparaît deux fois</translation>
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="29" />
        <source>bad value for “{key}”: {detail}</source>
        <translation>valeur incorrecte pour « {key} » : {detail}</translation>
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="30" />
        <source>a level {level} heading follows a level {previous} heading: a level can only go one deeper</source>
        <translation>un titre de niveau {level} suit un titre de niveau {previous} : on ne peut descendre que d’un niveau à la fois</translation>
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="33" />
        <source>the section id “{id}” is used twice</source>
        <translation>l’identifiant de section « {id} » est utilisé deux fois</translation>
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="34" />
        <source>the section id “{id}” is not valid (ASCII letters, digits, “-” or “_”, at most 40)</source>
        <translation>l’identifiant de section « {id} » n’est pas valide (lettres ASCII, chiffres, « - » ou « _ », 40 au plus)</translation>
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="37" />
        <source>this file was written by a newer Policy Editor (format {version})</source>
        <translation>ce fichier a été écrit par une version plus récente de Policy Editor (format {version})</translation>
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="40" />
        <source>there is no section with the id “{id}”</source>
        <translation>aucune section n’a l’identifiant « {id} »</translation>
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="41" />
        <source>the section id “{id}” is already used</source>
        <translation>l’identifiant de section « {id} » est déjà utilisé</translation>
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="42" />
        <source>“{id}” is not a valid section id</source>
        <translation>« {id} » n’est pas un identifiant de section valide</translation>
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="43" />
        <source>a top-level section cannot be outdented</source>
        <translation>une section de premier niveau ne peut pas remonter d’un niveau</translation>
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="44" />
        <source>the first section of a level cannot be indented: there is no section above it to go under</source>
        <translation>la première section d’un niveau ne peut pas être abaissée : aucune section au-dessus ne peut l’accueillir</translation>
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="47" />
        <source>a level {level} section cannot hold a level {child_level} subsection</source>
        <translation>une section de niveau {level} ne peut pas contenir de sous-section de niveau {child_level}</translation>
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="50" />
        <source>heading levels go from 1 to 6; this would make level {level}</source>
        <translation>les niveaux de titre vont de 1 à 6 ; on obtiendrait le niveau {level}</translation>
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="53" />
        <source>a section cannot be moved into itself or into one of its subsections</source>
        <translation>une section ne peut pas être déplacée dans elle-même ni dans une de ses sous-sections</translation>
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="56" />
        <source>position {index} is outside 0..{size}</source>
        <translation>la position {index} est hors de 0..{size}</translation>
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="57" />
        <source>there is no next section to merge with</source>
        <translation>il n’y a pas de section suivante avec laquelle fusionner</translation>
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="58" />
        <source>line {line} of the section is not a heading</source>
        <translation>la ligne {line} de la section n’est pas un titre</translation>
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="59" />
        <source>the section is already at the edge of its level</source>
        <translation>la section est déjà au bord de son niveau</translation>
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="60" />
        <source>the file does not exist</source>
        <translation>le fichier n’existe pas</translation>
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="61" />
        <source>this is a folder, not a file</source>
        <translation>c’est un dossier, pas un fichier</translation>
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="62" />
        <source>the file cannot be read ({detail})</source>
        <translation>le fichier ne peut pas être lu ({detail})</translation>
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="63" />
        <source>the file cannot be written ({detail})</source>
        <translation>le fichier ne peut pas être écrit ({detail})</translation>
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="64" />
        <source>the file is too large ({size} bytes; the limit is {limit})</source>
        <translation>le fichier est trop volumineux ({size} octets ; la limite est {limit})</translation>
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="67" />
        <source>this kind of file cannot be opened (known: {known})</source>
        <translation>ce type de fichier ne peut pas être ouvert (connus : {known})</translation>
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="70" />
        <source>unknown output format “{format}” (known: {known})</source>
        <translation>format de sortie inconnu « {format} » (connus : {known})</translation>
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="73" />
        <source>{detail}</source>
        <translation>{detail}</translation>
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="75" />
        <source>removed {count} &lt;{tag}&gt; element(s): active or embedded content is never imported</source>
        <translation>{count} élément(s) &lt;{tag}&gt; supprimé(s) : le contenu actif ou intégré n’est jamais importé</translation>
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="78" />
        <source>removed {count} event handler attribute(s) (onclick, onload, ...)</source>
        <translation>{count} attribut(s) de gestion d’événements supprimé(s) (onclick, onload…)</translation>
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="81" />
        <source>{count} element(s) nested deeper than {limit} levels were flattened (their text is kept)</source>
        <translation>{count} élément(s) imbriqué(s) sur plus de {limit} niveaux ont été aplatis (leur texte est conservé)</translation>
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="84" />
        <source>heading level {level} follows level {previous}: imported as level {used}</source>
        <translation>un titre de niveau {level} suit le niveau {previous} : importé au niveau {used}</translation>
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="87" />
        <source>an empty h{level} heading was left out</source>
        <translation>un titre h{level} vide a été ignoré</translation>
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="88" />
        <source>{count} link(s) with an unsafe target (javascript:, data:, ...) kept as plain text</source>
        <translation>{count} lien(s) à la cible dangereuse (javascript:, data:…) conservé(s) en texte simple</translation>
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="91" />
        <source>{count} image(s) with an unsupported source left out (their alt text is kept)</source>
        <translation>{count} image(s) à la source non prise en charge ignorée(s) (leur texte alternatif est conservé)</translation>
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="94" />
        <source>rebuilt a missing &lt;{tag}&gt; from its surviving &lt;/{tag}&gt;</source>
        <translation>balise &lt;{tag}&gt; manquante reconstruite à partir de la balise &lt;/{tag}&gt; restante</translation>
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="97" />
        <source>rebuilt a missing link to {url} from its surviving &lt;/a&gt;</source>
        <translation>lien manquant vers {url} reconstruit à partir de la balise &lt;/a&gt; restante</translation>
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="100" />
        <source>removed a &lt;/{tag}&gt; whose opening tag is lost (the text is kept)</source>
        <translation>balise &lt;/{tag}&gt; sans balise ouvrante supprimée (le texte est conservé)</translation>
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="103" />
        <source>{count} line break(s) inside rebuilt paragraphs were read as &lt;br /&gt; (wpautop wrote one before every such newline)</source>
        <translation>{count} saut(s) de ligne dans des paragraphes reconstruits lu(s) comme &lt;br /&gt; (wpautop en écrit un avant chacun)</translation>
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="107" />
        <source>removed {count} stray block-editor comment(s) (&lt;!-- wp:... --&gt;) from the content</source>
        <translation>{count} commentaire(s) isolé(s) de l’éditeur de blocs (&lt;!-- wp:… --&gt;) supprimé(s) du contenu</translation>
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="110" />
        <source>{count} dynamic block(s) &lt;!-- wp:{name} /--&gt; have no text in the page source and were not imported</source>
        <translation>{count} bloc(s) dynamique(s) &lt;!-- wp:{name} /--&gt; sans texte dans la source de la page, non importé(s)</translation>
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="114" />
        <location filename="../editor/gui/messages.py" line="168" />
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="115" />
        <source>this is a binary file, not a WordPress JSON export</source>
        <translation>c’est un fichier binaire, pas un export JSON WordPress</translation>
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="116" />
        <source>this is not JSON (it should start with '{{' or '['; found {found!r})</source>
        <translation>ce n’est pas du JSON (il devrait commencer par « {{ » ou « [ » ; trouvé {found!r})</translation>
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="119" />
        <source>the JSON is broken at column {column} ({detail}) and cannot be repaired</source>
        <translation>le JSON est cassé à la colonne {column} ({detail}) et ne peut pas être réparé</translation>
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="122" />
        <source>the file is not UTF-8; it was read as Windows-1252</source>
        <translation>le fichier n’est pas en UTF-8 ; il a été lu en Windows-1252</translation>
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="123" />
        <source>{count} raw line break(s) inside JSON strings were accepted as text</source>
        <translation>{count} saut(s) de ligne bruts dans des chaînes JSON accepté(s) comme texte</translation>
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="126" />
        <source>the file is cut off at line {line} inside {inside}; it was closed there and everything after it is missing</source>
        <translation>le fichier est coupé à la ligne {line} dans {inside} ; il a été refermé là et tout ce qui suit manque</translation>
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="130" />
        <source>repaired {count} shortcode attribute quote(s) that wptexturize had curled</source>
        <translation>{count} guillemet(s) d’attribut de shortcode transformé(s) par wptexturize réparé(s)</translation>
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="133" />
        <source>kept {count} [{tag}] shortcode(s) as text (not a known page-builder element)</source>
        <translation>{count} shortcode(s) [{tag}] conservé(s) comme texte (élément de constructeur de page inconnu)</translation>
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="136" />
        <source>a [vc_raw_html] block could not be decoded; it is kept as text</source>
        <translation>un bloc [vc_raw_html] n’a pas pu être décodé ; il est conservé comme texte</translation>
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="139" />
        <source>[{tag}] is not closed (the content ends first)</source>
        <translation>[{tag}] n’est pas fermé (le contenu se termine avant)</translation>
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="142" />
        <source>the page had {count} WPBakery text blocks; a keep-builder export puts the edited content in one</source>
        <translation>la page avait {count} blocs de texte WPBakery ; un export qui garde le constructeur met le contenu modifié dans un seul</translation>
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="146" />
        <source>this JSON is not a WordPress page or post (no 'content' field; found {found})</source>
        <translation>ce JSON n’est pas une page ou un article WordPress (pas de champ « content » ; trouvé {found})</translation>
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="149" />
        <source>the JSON is an empty list: the lookup found no page</source>
        <translation>le JSON est une liste vide : la recherche n’a trouvé aucune page</translation>
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="150" />
        <source>the JSON holds {count} pages; export one page (or a lookup that finds one)</source>
        <translation>le JSON contient {count} pages ; exportez une seule page (ou une recherche qui n’en trouve qu’une)</translation>
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="153" />
        <source>this is a WordPress error response ({code}: {message}), not a page</source>
        <translation>c’est une réponse d’erreur de WordPress ({code} : {message}), pas une page</translation>
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="156" />
        <source>the page is password-protected and its content is not in the export (export it with ?context=edit and the password)</source>
        <translation>la page est protégée par mot de passe et son contenu n’est pas dans l’export (exportez-la avec ?context=edit et le mot de passe)</translation>
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="160" />
        <source>the page content is empty</source>
        <translation>le contenu de la page est vide</translation>
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="161" />
        <source>the export ends inside this section: its end is missing</source>
        <translation>l’export se termine dans cette section : sa fin manque</translation>
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="162" />
        <source>the content is a plain string, not WordPress's {{rendered}} object; read as HTML</source>
        <translation>le contenu est une simple chaîne, pas l’objet {{rendered}} de WordPress ; lu comme du HTML</translation>
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="165" />
        <source>this is the embed shape, which has no content: only the title and fields were read</source>
        <translation>c’est la forme « embed », sans contenu : seuls le titre et les champs ont été lus</translation>
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="169" />
        <source>this is a binary file, not {kind}</source>
        <translation>c’est un fichier binaire, pas {kind}</translation>
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="170" />
        <source>the page declares an unknown character set {charset!r}; read as {used}</source>
        <translation>la page déclare un jeu de caractères inconnu {charset!r} ; lue en {used}</translation>
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="173" />
        <source>the file is not UTF-8 and declares no character set; read as Windows-1252</source>
        <translation>le fichier n’est pas en UTF-8 et ne déclare aucun jeu de caractères ; lu en Windows-1252</translation>
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="176" />
        <source>{count} byte sequence(s) are not valid {charset} and were replaced by U+FFFD</source>
        <translation>{count} séquence(s) d’octets invalide(s) en {charset} remplacée(s) par U+FFFD</translation>
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="179" />
        <source>the page has no text to import</source>
        <translation>la page n’a aucun texte à importer</translation>
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="180" />
        <source>the file has no text to import</source>
        <translation>le fichier n’a aucun texte à importer</translation>
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="181" />
        <source>{count} square bracket(s) nested deeper than {limit} levels were read as plain text</source>
        <translation>{count} crochet(s) imbriqué(s) sur plus de {limit} niveaux lu(s) comme texte simple</translation>
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="184" />
        <source>this is not a Word .docx document ({detail})</source>
        <translation>ce n’est pas un document Word .docx ({detail})</translation>
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="185" />
        <source>the Word document is damaged and cannot be read ({detail})</source>
        <translation>le document Word est endommagé et ne peut pas être lu ({detail})</translation>
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="188" />
        <source>the Word document is password-protected: open it in Word, remove the password (File &gt; Info &gt; Protect Document) and save it again</source>
        <translation>le document Word est protégé par mot de passe : ouvrez-le dans Word, retirez le mot de passe (Fichier &gt; Informations &gt; Protéger le document) et enregistrez-le de nouveau</translation>
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="192" />
        <source>this is an old Word 97-2003 .doc file: open it in Word or LibreOffice and save it as .docx</source>
        <translation>c’est un ancien fichier Word 97-2003 .doc : ouvrez-le dans Word ou LibreOffice et enregistrez-le en .docx</translation>
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="195" />
        <source>the document would expand to an unreasonable size ({detail}); it was not opened</source>
        <translation>le document prendrait une taille déraisonnable une fois décompressé ({detail}) ; il n’a pas été ouvert</translation>
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="198" />
        <source>the document has tracked changes ({count}): they were imported as accepted (insertions kept, deletions left out); check the text against Word's final version</source>
        <translation>le document contient des modifications suivies ({count}) : elles ont été importées comme acceptées (ajouts gardés, suppressions retirées) ; vérifiez le texte avec la version finale dans Word</translation>
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="202" />
        <source>the document has {count} comment(s); comments are not imported</source>
        <translation>le document contient {count} commentaire(s) ; les commentaires ne sont pas importés</translation>
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="205" />
        <source>the document uses no heading styles: {count} short bold paragraph(s) were taken as section headings; check the outline</source>
        <translation>le document n’utilise aucun style de titre : {count} paragraphe(s) court(s) en gras pris comme titres de section ; vérifiez le plan</translation>
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="209" />
        <source>the document uses no heading styles and has no bold title lines: it was imported as a single section</source>
        <translation>le document n’utilise aucun style de titre et n’a pas de lignes de titre en gras : il a été importé en une seule section</translation>
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="213" />
        <source>paragraph styles without a meaning here were imported as plain paragraphs: {styles}</source>
        <translation>des styles de paragraphe sans signification ici ont été importés comme paragraphes simples : {styles}</translation>
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="216" />
        <source>the document has no text to import</source>
        <translation>le document n’a aucun texte à importer</translation>
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="217" />
        <source>the document is far larger than a policy ({detail}); it was not read</source>
        <translation>le document est bien plus gros qu’une politique ({detail}) ; il n’a pas été lu</translation>
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="238" />
        <source>{path}, line {line}: {reason}</source>
        <translation>{path}, ligne {line} : {reason}</translation>
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="242" />
        <source>{path}: {reason}</source>
        <translation>{path} : {reason}</translation>
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="244" />
        <source>line {line}: {reason}</source>
        <translation>ligne {line} : {reason}</translation>
    </message>
    <message>
        <location filename="../editor/gui/messages.py" line="251" />
        <source>{where}: {reason}</source>
        <translation>{where} : {reason}</translation>
    </message>
</context>
<context>
    <name>templates</name>
    <message>
        <location filename="../editor/gui/templates.py" line="13" />
        <source>Untitled policy</source>
        <translation>Politique sans titre</translation>
    </message>
    <message>
        <location filename="../editor/gui/templates.py" line="14" />
        <source>Introduction</source>
        <translation>Introduction</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>The Page Changed on the Site</source>
        <translation>La page a changé sur le site</translation>
    </message>
    <message>
        <source>Struck out: only in the version you pulled. Underlined: added on the site since.</source>
        <translation>Barré : seulement dans la version que vous avez récupérée. Souligné : ajouté sur le site depuis.</translation>
    </message>
    <message>
        <source>&amp;Pull Theirs</source>
        <translation>&amp;Prendre la leur</translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation>&amp;Écraser</translation>
    </message>
</context>
<context>
    <name>OpenFromSiteDialog</name>
    <message>
        <source>Open from WordPress Site</source>
        <translation>Ouvrir depuis un site WordPress</translation>
    </message>
    <message>
        <source>Add Site…</source>
        <translation>Ajouter un site…</translation>
    </message>
    <message>
        <source>Page address, slug or ID</source>
        <translation>Adresse, identifiant (slug) ou numéro de la page</translation>
    </message>
    <message>
        <source>&amp;List Pages</source>
        <translation>&amp;Lister les pages</translation>
    </message>
    <message>
        <source>Site:</source>
        <translation>Site :</translation>
    </message>
    <message>
        <source>Page:</source>
        <translation>Page :</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(sans titre)</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <source>Publish to WordPress Site</source>
        <translation>Publier sur un site WordPress</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Pending review</source>
        <translation>En attente de relecture</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publiée</translation>
    </message>
    <message>
        <source>Site:</source>
        <translation>Site :</translation>
    </message>
    <message>
        <source>Page:</source>
        <translation>Page :</translation>
    </message>
    <message>
        <source>Status on the site now:</source>
        <translation>État actuel sur le site :</translation>
    </message>
    <message>
        <source>Send as:</source>
        <translation>Envoyer comme :</translation>
    </message>
    <message>
        <source>A published page is replaced by a draft when sent as a draft.</source>
        <translation>Une page publiée redevient un brouillon si elle est envoyée comme brouillon.</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
</context>
<context>
    <name>SiteDialog</name>
    <message>
        <source>Add a WordPress Site</source>
        <translation>Ajouter un site WordPress</translation>
    </message>
    <message>
        <source>Users ▸ Profile ▸ Application Passwords</source>
        <translation>Comptes ▸ Profil ▸ Mots de passe d’application</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Site address:</source>
        <translation>Adresse du site :</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Identifiant :</translation>
    </message>
    <message>
        <source>Application password:</source>
        <translation>Mot de passe d’application :</translation>
    </message>
    <message>
        <source>version hidden by the site</source>
        <translation>version masquée par le site</translation>
    </message>
    <message>
        <source>may edit pages</source>
        <translation>peut modifier les pages</translation>
    </message>
    <message>
        <source>may NOT edit pages</source>
        <translation>ne peut PAS modifier les pages</translation>
    </message>
    <message>
        <source>WordPress %1 — signed in as %2 — %3</source>
        <translation>WordPress %1 — connecté en tant que %2 — %3</translation>
    </message>
</context>
<context>
    <name>WordPressController</name>
    <message>
        <source>Open from Site</source>
        <translation>Ouvrir depuis le site</translation>
    </message>
    <message>
        <source>Cannot open the page</source>
        <translation>Impossible d’ouvrir la page</translation>
    </message>
    <message>
        <source>Cannot publish yet</source>
        <translation>Publication impossible pour l’instant</translation>
    </message>
    <message>
        <source>a new page</source>
        <translation>une nouvelle page</translation>
    </message>
    <message>
        <source>Publish to Site</source>
        <translation>Publier sur le site</translation>
    </message>
    <message>
        <source>Pull Theirs</source>
        <translation>Prendre la version du site</translation>
    </message>
    <message>
        <source>Nothing was published</source>
        <translation>Rien n’a été publié</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publier</translation>
    </message>
    <message>
        <source>Sent to %1</source>
        <translation>Envoyée vers %1</translation>
    </message>
    <message>
        <source>No Keyring</source>
        <translation>Pas de trousseau</translation>
    </message>
    <message>
        <source>There is no system keyring: the password is kept until you quit, and asked again next time.</source>
        <translation>Il n’y a pas de trousseau système : le mot de passe est gardé jusqu’à ce que vous quittiez, puis redemandé la prochaine fois.</translation>
    </message>
    <message>
        <source>Test Connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>List Pages</source>
        <translation>Lister les pages</translation>
    </message>
    <message>
        <source>Cannot list the pages</source>
        <translation>Impossible de lister les pages</translation>
    </message>
    <message>
        <source>“%1” (ID %2)</source>
        <translation>« %1 » (no %2)</translation>
    </message>
    <message>
        <source>Site:</source>
        <translation>Site :</translation>
    </message>
    <message>
        <source>Application Password</source>
        <translation>Mot de passe d’application</translation>
    </message>
    <message>
        <source>Application password of %1 at %2:</source>
        <translation>Mot de passe d’application de %1 sur %2 :</translation>
    </message>
    <message>
        <source>Publish %1 on %2? Visitors will see it at once.</source>
        <translation>Publier %1 sur %2 ? Les visiteurs la verront aussitôt.</translation>
    </message>
    <message>
        <source>Submit %1 on %2 for review?</source>
        <translation>Soumettre %1 sur %2 à relecture ?</translation>
    </message>
    <message>
        <source>Incomplete Import</source>
        <translation>Import incomplet</translation>
    </message>
    <message>
        <source>This policy comes from a cut-off import: section “%1” is incomplete. Sending it replaces the page with a shorter text. Send it anyway?</source>
        <translation>Cette politique vient d’un import coupé : la section « %1 » est incomplète. L’envoyer remplace la page par un texte plus court. L’envoyer quand même ?</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyée</translation>
    </message>
    <message>
        <source>The page was sent as %1:
%2</source>
        <translation>La page a été envoyée comme %1 :
%2</translation>
    </message>
    <message>
        <source>&amp;Open the Page</source>
        <translation>&amp;Ouvrir la page</translation>
    </message>
</context>
<context>
    <name>wp_task</name>
    <message>
        <source>Uploading image %1 of %2…</source>
        <translation>Envoi de l’image %1 sur %2…</translation>
    </message>
    <message>
        <source>Reading from the site…</source>
        <translation>Lecture depuis le site…</translation>
    </message>
    <message>
        <source>Checking whether the page changed on the site…</source>
        <translation>Vérification : la page a-t-elle changé sur le site ?…</translation>
    </message>
    <message>
        <source>Sending the page…</source>
        <translation>Envoi de la page…</translation>
    </message>
    <message>
        <source>Connecting to the site…</source>
        <translation>Connexion au site…</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>En cours…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
</TS>