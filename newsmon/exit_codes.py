"""Exit codes, following sysexits.h so cron wrappers and monitoring can tell cases apart.

Documented in docs/cron.md; change them only together with that page.
"""
OK = 0  # the run completed (pages that failed are recorded in fetch_log, not fatal)
USAGE = 2  # bad command line (click's own code)
SOFTWARE = 70  # EX_SOFTWARE: an unexpected error stopped the run (recorded in runs.error)
IOERR = 74  # EX_IOERR: the database cannot be opened, written or upgraded
TEMPFAIL = 75  # EX_TEMPFAIL: another run holds the lock; try again later
CONFIG = 78  # EX_CONFIG: sources.yml or watch.yml is missing or invalid, or no model
INTERRUPTED = 130  # Ctrl-C; SIGTERM gives 143 (128 + 15): the run is marked interrupted
