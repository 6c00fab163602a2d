import sys

from wiretime.cli import main

sys.exit(main())
