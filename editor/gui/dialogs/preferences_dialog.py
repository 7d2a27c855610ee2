"""Edit ▸ Preferences: interface language, theme, editor font, default profile, invisible spaces,
recovery interval. OK and Apply store them and apply them at once (see editor.gui.preferences)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFontComboBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from editor.gui.preferences import LANGUAGES, RECOVERY_RANGE, Preferences
from editor.gui.profiles import profile_title
from editor.gui.theme import THEMES
from editor.model.policy import PROFILES


class PreferencesDialog(QDialog):
    """A form over :class:`Preferences`; ``applied`` carries them on OK and Apply."""

    applied = Signal(object)  # Preferences

    def __init__(self, preferences: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferences_dialog")
        self.language = QComboBox(self)
        self.language.setObjectName("preference_language")
        for code in LANGUAGES:
            self.language.addItem("", code)
        self.theme = QComboBox(self)
        self.theme.setObjectName("preference_theme")
        for code in THEMES:
            self.theme.addItem("", code)
        self.font_family = QFontComboBox(self)
        self.use_font = QCheckBox(self)
        self.font_size = QSpinBox(self)
        self.font_size.setRange(0, 48)
        self.profile = QComboBox(self)
        for code in PROFILES:
            self.profile.addItem("", code)
        self.show_spaces = QCheckBox(self)
        self.recovery = QSpinBox(self)
        self.recovery.setRange(*RECOVERY_RANGE)
        self.recovery.setSingleStep(250)
        form = QFormLayout()
        self.labels = [QLabel(self) for _ in range(6)]
        for label, widget in zip(
            self.labels,
            (self.language, self.theme, self.font_family, self.font_size, self.profile, self.recovery),
            strict=True,
        ):
            label.setBuddy(widget)
            form.addRow(label, widget)
        form.insertRow(2, self.use_font)
        form.addRow(self.show_spaces)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Apply
            | QDialogButtonBox.StandardButton.Cancel,
            parent=self,
        )
        self.buttons.accepted.connect(self._ok)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Apply).clicked.connect(self.apply)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.set_preferences(preferences)
        self.use_font.toggled.connect(self.font_family.setEnabled)
        self.retranslate_ui()

    def set_preferences(self, p: Preferences) -> None:
        self.language.setCurrentIndex(max(self.language.findData(p.language), 0))
        self.theme.setCurrentIndex(max(self.theme.findData(p.theme), 0))
        self.use_font.setChecked(bool(p.editor_font))
        self.font_family.setEnabled(bool(p.editor_font))
        if p.editor_font:
            self.font_family.setCurrentFont(QFont(p.editor_font))
        self.font_size.setValue(p.editor_font_size)
        self.profile.setCurrentIndex(max(self.profile.findData(p.default_profile), 0))
        self.show_spaces.setChecked(p.show_spaces)
        self.recovery.setValue(p.recovery_interval_ms)

    def preferences(self) -> Preferences:
        return Preferences(
            language=str(self.language.currentData()),
            theme=str(self.theme.currentData()),
            editor_font=self.font_family.currentFont().family() if self.use_font.isChecked() else "",
            editor_font_size=self.font_size.value(),
            default_profile=str(self.profile.currentData()),
            show_spaces=self.show_spaces.isChecked(),
            recovery_interval_ms=self.recovery.value(),
        )

    def apply(self) -> None:
        self.applied.emit(self.preferences())

    def _ok(self) -> None:
        self.apply()
        self.accept()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Preferences"))
        texts = (
            self.tr("Interface &language:"),
            self.tr("&Theme:"),
            self.tr("Editor &font:"),
            self.tr("Font &size:"),
            self.tr("Default typography &profile:"),
            self.tr("&Recovery journal delay:"),
        )
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.language.setItemText(0, self.tr("System"))
        for index in range(1, self.language.count()):  # each language in its own words: English, Français
            self.language.setItemText(index, autonym(str(self.language.itemData(index))))
        for index, name in enumerate((self.tr("Follow the system"), self.tr("Light"), self.tr("Dark"))):
            self.theme.setItemText(index, name)
        for index in range(self.profile.count()):
            self.profile.setItemText(index, profile_title(str(self.profile.itemData(index))))
        self.use_font.setText(self.tr("Use a font of my choice in the editors"))
        self.font_size.setSpecialValueText(self.tr("System size"))
        self.recovery.setSuffix(self.tr(" ms"))
        self.show_spaces.setText(self.tr("Show no-break spaces"))


def autonym(language: str) -> str:
    """A language's name in that language ("Français"); Qt's for the languages not named here."""
    known = {"en": "English", "fr": "Français"}
    native = QLocale(language).nativeLanguageName()
    return known.get(language, native[:1].upper() + native[1:])
