"""Imported by the worker pool's forkserver (its preload list, after the guard), and by nothing else.

It loads the models there once — every lexicon, matcher and gazetteer the pipeline builds on first use —
so each worker forked from the server starts with them in memory (shared copy-on-write) and is ready at
once, instead of every worker, and every worker of a restarted pool, loading its own (issue #15).
"""

from __future__ import annotations

import contextlib
import gc

from vnreport.batch.worker import warm_up

# On a failure a worker loads the models itself, and reports why it cannot in one line.
with contextlib.suppress(Exception):
    warm_up()
# The loaded objects move to a generation the collector never scans: a worker's collections then do
# not touch (and so copy) the pages they live on.
gc.freeze()
