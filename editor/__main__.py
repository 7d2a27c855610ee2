"""Run ``python -m editor`` exactly like the ``policy-editor`` command."""

import sys

from editor.cli import main

sys.exit(main())
