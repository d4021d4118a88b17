"""Batch analysis: many inputs → one record each, in parallel, in order, resumable.

    inputs.py    where inputs come from (files, folders, path lists, JSON Lines records)
    legacy.py    TCVN3 / VNI detection and conversion (also used by `vnreport.reading`)
    worker.py    one input → one Outcome; the ordered, bounded process pool (time budget, death with the parent)
    forkserver_guard.py  imported by the pool's forkserver only: it dies with the batch process
    forkserver_models.py imported by the pool's forkserver only: the models loaded once, before workers fork
    output.py    JSON Lines sink (locked, whole lines), what a previous run already did (--resume)
    sqlite.py    the SQLite sink and schema; only vnreport's own database is written
    runner.py    the loop: skip done → workers → sinks, progress, Ctrl-C
    stats.py     the corpus view over an output (`vnreport stats`)

Nothing here is imported by `vnreport --help`; `legacy.py` is light enough for `reading.py` to use.
"""
