"""Entry point of the frozen bundle."""

import sys

from peercenter.cli import main

sys.exit(main())
