"""The legal tools: the completeness checklist panel, published versions and the comparison view."""
