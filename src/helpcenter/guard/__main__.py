import sys

from helpcenter.guard.cli import main

sys.exit(main())
