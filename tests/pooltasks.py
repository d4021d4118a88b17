"""Tasks a worker of the batch pool runs in tests: they misbehave in ways a real analysis can."""

from __future__ import annotations

import gc
import os
import struct
import time
from multiprocessing.queues import SimpleQueue
from pathlib import Path

from vnreport.batch.inputs import Input


def stall_mid_result(chunk: list[Input], chunk_id: int) -> list[object]:
    """Send the first bytes of a result and stop, as a worker ended mid-send leaves the pipe.

    The worker's only SimpleQueue is the executor's result queue; the header announces 1 MiB and
    seven bytes follow, so the reader in the parent waits in `recv()` for the rest.
    """
    results = next(o for o in gc.get_objects() if isinstance(o, SimpleQueue))
    results._writer._send(struct.pack("!i", 1 << 20) + b"partial")  # type: ignore[attr-defined]
    Path(os.environ["VNREPORT_TEST_MARKER"]).touch()
    time.sleep(3600)
    return []
