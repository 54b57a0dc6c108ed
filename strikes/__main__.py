import sys

from strikes.cli import main

sys.exit(main())
