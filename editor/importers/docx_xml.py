"""The one place where the DOCX importer parses a package part as XML, and WordprocessingML names.

Every extra part the importer reads (``word/document.xml``, ``styles.xml``, ``numbering.xml``,
the document properties) goes through :func:`parse_part`: lxml with entities unresolved, no
network, no DTD and no huge trees. The package layer (:mod:`editor.importers.docx_package`) has
already refused parts that declare a DTD and zip bombs; an unreadable part reads as ``None``.
"""

from __future__ import annotations

from lxml import etree

from editor.importers.docx_package import Package

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_TRUE = frozenset({"", "1", "true", "on"})


def w(name: str) -> str:
    """Clark name of a WordprocessingML element or attribute: ``w("p")`` -> ``{ns}p``."""
    return f"{{{W}}}{name}"


def _parser() -> etree.XMLParser:
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)


def parse_xml(data: bytes) -> etree._Element | None:
    """``data`` parsed safely, or None when it is not well-formed XML."""
    try:
        return etree.fromstring(data, _parser())
    except (etree.XMLSyntaxError, ValueError):
        return None


def parse_part(package: Package, name: str) -> etree._Element | None:
    """The part ``name`` of the package parsed safely, or None when it is absent or unreadable."""
    data = package.get(name)
    return parse_xml(data) if data else None


def val(element: etree._Element | None, default: str | None = None) -> str | None:
    """The ``w:val`` attribute of ``element`` (``default`` when the element or attribute is missing)."""
    if element is None:
        return default
    return element.get(w("val"), default)


def toggle(element: etree._Element | None) -> bool | None:
    """A WordprocessingML on/off property: None when absent, else whether it is switched on."""
    if element is None:
        return None
    return (element.get(w("val")) or "").lower() in _TRUE


def int_val(element: etree._Element | None) -> int | None:
    value = val(element)
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None
