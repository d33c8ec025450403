import sys

from peercenter.cli import main

sys.exit(main())
