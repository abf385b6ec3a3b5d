"""The extractive engine's ranked sentences (``copydesk.engines.extractive``): each sentence's
score and its unit-length TF-IDF row, and the cosine similarities among the best candidates that
the MMR pass reads, their product run on one BLAS thread."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from threadpoolctl import ThreadpoolController


@dataclass
class Ranked:
    scores: list[float]
    #: unit-length TF-IDF rows, one per sentence, as a sparse matrix in triplets
    rows: np.ndarray
    cols: np.ndarray
    values: np.ndarray
    #: the best CANDIDATES sentences and their pairwise similarities, made on first use
    order: list[int] | None = None
    sims: np.ndarray | None = None
    sim_rows: list[list[float]] | None = None  # ``sims`` as lists, for the MMR loop


def similarities(ranked: Ranked, rows: list[int]) -> np.ndarray:
    """Cosine similarities among ``rows`` (their vectors are unit length).

    The product is tiny (30 rows) and runs on one BLAS thread: a multi-threaded BLAS
    wakes its workers for it, and they then spin, taking the CPU from the rest of the
    pipeline (on two busy cores, more than the product itself). One thread gives the
    same figures: the threads split the rows, not the sums.
    """
    # (the limit set and put back by hand: ``ThreadpoolController.limit`` reads every library's
    # full state first, several times the product's own cost)
    libs = _blas_libraries()
    before = [lib.num_threads for lib in libs]
    for lib in libs:
        lib.set_num_threads(1)
    try:
        return _product(ranked, rows)
    finally:
        for lib, threads in zip(libs, before, strict=True):
            lib.set_num_threads(threads)


def _blas_libraries() -> list:
    """The BLAS libraries among the process's thread pools."""
    return _blas_of(len(sys.modules))


@lru_cache(maxsize=4)
def _blas_of(modules: int) -> list:
    """``_blas_libraries``, looked up again only when ``modules`` (how many modules are
    loaded) changed: the look-up scans the loaded libraries, and a module imported since
    (scipy, say) may have brought a BLAS of its own."""
    return [lib for lib in ThreadpoolController().lib_controllers if lib.user_api == "blas"]


def _product(ranked: Ranked, rows: list[int]) -> np.ndarray:
    where = np.full(len(ranked.scores), -1, dtype=np.int64)
    where[np.asarray(rows, dtype=np.int64)] = np.arange(len(rows))
    at = where[ranked.rows]
    mask = at >= 0
    cols = ranked.cols[mask]
    width = int(ranked.cols.max()) + 1 if len(ranked.cols) else 1
    if width > 20_000:  # a huge input: keep only the columns these rows use
        cols = np.unique(cols, return_inverse=True)[1]
        width = int(cols.max()) + 1 if len(cols) else 1
    dense = np.zeros((len(rows), width))
    dense[at[mask], cols] = ranked.values[mask]
    return dense @ dense.T
