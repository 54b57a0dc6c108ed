import signal
import sys

from strikes.cli import main

if hasattr(signal, "SIGPIPE"):  # "python -m strikes extract ... | head": stop quietly when the reader has enough
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)
sys.exit(main())
