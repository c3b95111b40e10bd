"""`python -m aiproxy.cli`."""

import sys

from aiproxy.cli import main

sys.exit(main())
