"""Printing and PDF: the policy laid out on pages as the preview shows it, with header and page numbers."""
