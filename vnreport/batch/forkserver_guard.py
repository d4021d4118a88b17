"""Imported first by the worker pool's forkserver (its preload list), and by nothing else.

The forkserver is the batch process's child, and the workers are the forkserver's: it asks the kernel
to kill it when the batch process dies, as each worker does for the forkserver, so `kill -9` of a
batch leaves no process behind (issue #11). Importing this anywhere else would tie that process's
life to its parent's: do not.
"""

from __future__ import annotations

from vnreport.batch.worker import die_with_parent

die_with_parent()
