"""Find user-visible GUI texts that bypass tr(), with the ast module (tests/gui/test_tr_audit.py).

What counts as a hit, in ``editor/gui``:

- a string literal with words in it given to a call that shows text (``setText``, ``setWindowTitle``,
  ``QLabel(...)``, ``QMessageBox.warning(...)``, ...), also inside an f-string, a concatenation or a list;
- a ``tr()``/``translate()`` whose text is not one literal (an f-string, a concatenation, ``.format``
  inside), or that holds ``%s``/``%d``, or ``(s)`` without ``%n``, or ``%n`` without a count;
- ``.format()`` or ``%`` applied to a translated text (use ``%1``, ``%2`` and ``%n``);
- a translated text glued to another text or to punctuation (``tr("Name") + ":"``);
- a plural chosen by hand (``tr("1 word") if n == 1 else ...``);
- a call to a wrapper lupdate cannot see (``_tr("...")``);
- a core error's English ``.message()`` shown to the user (outside logs and technical details).
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

#: Methods that put their text arguments on screen.
SINK_METHODS = frozenset(
    {
        "setText",
        "setWindowTitle",
        "setToolTip",
        "setStatusTip",
        "setWhatsThis",
        "setPlaceholderText",
        "setTitle",
        "setSubTitle",
        "addItem",
        "addItems",
        "insertItem",
        "insertItems",
        "setItemText",
        "setLabelText",
        "setHeaderLabels",
        "setHorizontalHeaderLabels",
        "setVerticalHeaderLabels",
        "setTabText",
        "addTab",
        "insertTab",
        "setTabToolTip",
        "showMessage",
        "setInformativeText",
        "setDetailedText",
        "addButton",
        "addAction",
        "addMenu",
        "addRow",
        "insertRow",
        "setSuffix",
        "setPrefix",
        "setSpecialValueText",
        "setCancelButtonText",
        "setButtonText",
        "setAccessibleName",
        "setAccessibleDescription",
        "setWindowIconText",
        "setMarkdown",
        "setHtml",
        "setFormat",
        "setNameFilter",
        "setNameFilters",
        "setOption",
        "warning",
        "information",
        "critical",
        "question",
        "about",
        "getText",
        "getItem",
        "getInt",
        "getDouble",
        "getMultiLineText",
        "getOpenFileName",
        "getOpenFileNames",
        "getSaveFileName",
        "getExistingDirectory",
    }
)
#: Classes whose constructor shows its text arguments.
SINK_CLASSES = frozenset(
    {
        "QLabel",
        "QPushButton",
        "QCheckBox",
        "QRadioButton",
        "QGroupBox",
        "QAction",
        "QMenu",
        "QToolButton",
        "QMessageBox",
        "QDockWidget",
        "QToolBar",
        "QProgressDialog",
        "QCommandLinkButton",
        "QTreeWidgetItem",
        "QListWidgetItem",
        "QTableWidgetItem",
        "QStandardItem",
        "QWizardPage",
        "QErrorMessage",
    }
)
TRANSLATE_CALLS = frozenset({"tr", "translate"})
NOOP_MARKERS = frozenset({"QT_TRANSLATE_NOOP", "QT_TR_NOOP", "QT_TRANSLATE_N_NOOP", "QT_TR_N_NOOP"})
#: Names that look like a translation wrapper: lupdate only sees tr() and translate().
WRAPPER = re.compile(r"^_+(?:tr|t|translate)$|^(?:tr|translate)_\w+$")
#: Not prose: file patterns, Qt style sheets, HTML tags, placeholders, URLs.
_NOT_PROSE = re.compile(
    r"\*\.[\w.]+|https?://[^\s,]+|mailto:\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|%\d|%n|\{\w*\}|</?\w+[^<>]*>|&\w+;|#[0-9a-fA-F]{3,8}\b|\b\d+(?:px|pt|em)\b"
)
_WORD = re.compile(r"[^\W\d_]{2,}")


@dataclass(frozen=True)
class Hit:
    path: str
    line: int
    what: str
    text: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.what}: {self.text!r}"


def is_prose(text: str) -> bool:
    """True when ``text`` has words a user reads (not a pattern, a tag, a colour or a placeholder alone)."""
    return bool(_WORD.search(_NOT_PROSE.sub(" ", text)))


def call_name(node: ast.Call) -> str:
    func = node.func
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return ""


def is_translate(node: ast.AST) -> bool:
    """tr(...), or translate("Context", ...) (not QPainter.translate(x, y))."""
    if not isinstance(node, ast.Call) or call_name(node) not in TRANSLATE_CALLS:
        return False
    if call_name(node) == "tr":
        return True
    first = node.args[0] if node.args else None
    return isinstance(first, ast.Constant) and isinstance(first.value, str)


def translated_text(node: ast.Call) -> ast.AST | None:
    """The text argument of tr("text", ...) / translate("Context", "text", ...)."""
    index = 1 if call_name(node) == "translate" else 0
    return node.args[index] if len(node.args) > index else None


def _constant_prose(node: ast.AST) -> str | None:
    """The visible literal text in an expression that is not translated, if any."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value if is_prose(node.value) else None
    if isinstance(node, ast.JoinedStr):
        literal = "".join(v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str))
        if is_prose(literal):
            return literal
        for value in node.values:
            if isinstance(value, ast.FormattedValue):
                found = _constant_prose(value.value)
                if found:
                    return found
        return None
    if isinstance(node, ast.BinOp):
        return _constant_prose(node.left) or _constant_prose(node.right)
    if isinstance(node, ast.IfExp):
        return _constant_prose(node.body) or _constant_prose(node.orelse)
    if isinstance(node, ast.BoolOp):
        return next((found for value in node.values if (found := _constant_prose(value))), None)
    if isinstance(node, (ast.List, ast.Tuple, ast.Set)):
        return next((found for item in node.elts if (found := _constant_prose(item))), None)
    if isinstance(node, ast.Call):
        name = call_name(node)
        if name in ("format", "join", "replace", "strip", "upper", "lower", "capitalize", "title") and isinstance(
            node.func, ast.Attribute
        ):
            return _constant_prose(node.func.value)
    return None


def _is_punctuation(node: ast.AST) -> bool:
    """A literal that is not blank: glued to a translation it makes a sentence translators cannot reorder."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return bool(re.sub(r"</?\w+[^<>]*>", "", node.value).strip())
    return False


def _is_log_call(node: ast.Call) -> bool:
    func = node.func
    return isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) and func.value.id in ("log", "logger")


def _compares_with_one(node: ast.AST) -> bool:
    return isinstance(node, ast.Compare) and any(
        isinstance(side, ast.Constant) and side.value == 1 for side in [node.left, *node.comparators]
    )


class _Auditor(ast.NodeVisitor):
    def __init__(self, path: str) -> None:
        self.path = path
        self.hits: list[Hit] = []
        self._inside_sum: set[int] = set()
        self._technical: set[int] = set()  # inside a log call or a dialog's technical details

    def hit(self, node: ast.AST, what: str, text: str) -> None:
        self.hits.append(Hit(self.path, getattr(node, "lineno", 0), what, text))

    def visit_Call(self, node: ast.Call) -> None:
        name = call_name(node)
        if _is_log_call(node) or name == "setDetailedText":
            self._technical.update(id(child) for child in ast.walk(node))
        if name == "message" and not node.args and id(node) not in self._technical:
            self.hit(node, "core text in English shown in the GUI (use messages.error_text / notice_text)", "message()")
        if is_translate(node):
            self._check_translate(node)
        elif WRAPPER.match(name):
            self.hit(node, f"{name}() is invisible to lupdate; call self.tr() or QCoreApplication.translate()", name)
        elif name in SINK_METHODS or name in SINK_CLASSES:
            for argument in [*node.args, *(keyword.value for keyword in node.keywords)]:
                found = _constant_prose(argument)
                if found:
                    self.hit(argument, f"{name}() given a text without tr()", found)
        if (
            name == "format"
            and isinstance(node.func, ast.Attribute)
            and is_translate(node.func.value)
            and self._literal_source(node.func.value)
        ):
            self.hit(node, "str.format on a translation (use %1, %2 and .replace / i18n.arg)", "format")
        self.generic_visit(node)

    def _literal_source(self, node: ast.AST) -> bool:
        text = translated_text(node) if isinstance(node, ast.Call) else None
        return isinstance(text, ast.Constant)

    def _check_translate(self, node: ast.Call) -> None:
        text = translated_text(node)
        if text is None:
            return
        if isinstance(text, (ast.JoinedStr, ast.BinOp)) or (
            isinstance(text, ast.Call) and call_name(text) in ("format", "join")
        ):
            self.hit(node, "tr() of a text built at run time (lupdate cannot see it)", ast.unparse(text))
            return
        if not (isinstance(text, ast.Constant) and isinstance(text.value, str)):
            return  # a catalogue entry marked with QT_TRANSLATE_NOOP
        source = text.value
        count_index = 3 if call_name(node) == "translate" else 2
        has_count = len(node.args) > count_index or any(k.arg == "n" for k in node.keywords)
        if re.search(r"%[sdifr(]", source):
            self.hit(node, "printf-style placeholder in tr() (use %1, %2, %n)", source)
        if "(s)" in source and "%n" not in source:
            self.hit(node, "plural written by hand (use %n with a count)", source)
        if "%n" in source and not has_count:
            self.hit(node, "%n without a count argument", source)

    def visit_BinOp(self, node: ast.BinOp) -> None:
        if isinstance(node.op, ast.Mod) and is_translate(node.left):
            self.hit(node, "% applied to a translation (use %1, %2 and .replace / i18n.arg)", "%")
        elif isinstance(node.op, ast.Add) and id(node) not in self._inside_sum:
            operands = self._sum_operands(node)
            if any(is_translate(o) for o in operands) and any(_is_punctuation(o) for o in operands):
                self.hit(node, "sentence glued from pieces (make it one tr() text with %1)", ast.unparse(node))
        self.generic_visit(node)

    def _sum_operands(self, node: ast.AST) -> list[ast.AST]:
        """The operands of a chain of ``+`` (a + b + c), marking the inner sums as seen."""
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
            self._inside_sum.add(id(node))
            return self._sum_operands(node.left) + self._sum_operands(node.right)
        return [node]

    def visit_JoinedStr(self, node: ast.JoinedStr) -> None:
        calls = [
            inner
            for value in node.values
            if isinstance(value, ast.FormattedValue)
            for inner in ast.walk(value.value)
            if is_translate(inner)
        ]
        literal = "".join(v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str))
        if calls and literal.strip():
            self.hit(node, "translation inside an f-string with other text (make it one tr() text)", literal)
        self.generic_visit(node)

    def visit_IfExp(self, node: ast.IfExp) -> None:
        branches = (node.body, node.orelse)
        if _compares_with_one(node.test) and all(
            is_translate(branch) or _constant_prose(branch) for branch in branches
        ):
            self.hit(node, "plural chosen by hand (use one tr() with %n and a count)", ast.unparse(node))
        self.generic_visit(node)


def audit_source(source: str, path: str = "<string>") -> list[Hit]:
    auditor = _Auditor(path)
    auditor.visit(ast.parse(source))
    return auditor.hits


def audit_tree(root: Path, base: Path | None = None) -> Iterator[Hit]:
    for path in sorted(root.rglob("*.py")):
        shown = str(path.relative_to(base)) if base else str(path)
        yield from audit_source(path.read_text(encoding="utf-8"), shown)


def translated_literals(root: Path) -> Iterator[tuple[str, int, str]]:
    """Every literal text given to tr()/translate() (for the check that lupdate saw each of them)."""
    for path in sorted(root.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if is_translate(node):
                text = translated_text(node)  # type: ignore[arg-type]
                if isinstance(text, ast.Constant) and isinstance(text.value, str):
                    yield str(path), node.lineno, text.value
