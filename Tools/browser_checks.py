"""What the browser checks share: Debian's chromium found on PATH, and a tally of named checks, each printed
as it is made (`ok` or `FAIL` and what was checked)."""
import shutil
import sys


def chromium_path():
    """The path of Debian's chromium, or None after saying on stderr how to install it."""
    path = shutil.which("chromium") or shutil.which("chromium-browser")
    if path is None:
        print("needs Debian's chromium (apt-get install chromium)", file=sys.stderr)
    return path


class Checks:
    """Called with a condition and what it checks: prints the line, keeps what failed in `failures`."""

    def __init__(self):
        self.failures = []

    def __call__(self, condition, what):
        print(("ok   " if condition else "FAIL ") + what)
        if not condition:
            self.failures.append(what)
