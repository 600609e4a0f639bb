"""Building the search indexes beside the build, on a core MkDocs does not use.

MkDocs renders pages on one core. Segmenting Chinese (jieba's dictionary alone takes about
half a second to load) and weighting every term is work no page waits for, so the build's
worker process (``helpcenter.background``) does it: it loads jieba when the build starts, each
language's index is handed over as soon as that language's pages are rendered
(mkdocs-static-i18n then renders the next language meanwhile), and the build collects the
indexes at its end. On a machine with one core the same functions run in the build process;
the indexes are the same either way.
"""

from __future__ import annotations

from concurrent.futures import Future
from concurrent.futures.process import BrokenProcessPool

from helpcenter import background
from helpcenter.search.index_build import IndexFiles, PageSource, build_index
from helpcenter.search.segment_cache import SegmentCache
from helpcenter.search.segmenter import SegmenterError, load_segmenter

#: Set to "0" to build the indexes in the build process, "1" to use a worker even on one core.
ENVIRONMENT = "HELPCENTER_SEARCH_WORKER"


class IndexBuilder:
    """Each language's index, built in a worker process (or here, on one core)."""

    def __init__(self, *, worker: bool | None = None) -> None:
        if worker is None:
            worker = background.use_worker(ENVIRONMENT)
        self._pool = background.worker() if worker else None
        if self._pool is not None:
            self._pool.submit(_warm)  # jieba loads while the first pages render, if needed
        self._jobs: dict[str, Future[IndexFiles] | IndexFiles] = {}

    def submit(
        self,
        lang: str,
        pages: list[PageSource],
        synonyms: list[list[str]],
        typos: list[tuple[str, str]],
    ) -> None:
        """Start ``lang``'s index (its pages are all rendered)."""
        if self._pool is None:
            self._jobs[lang] = build_index(lang, pages, load_segmenter(), synonyms, typos)
        else:
            self._jobs[lang] = self._pool.submit(_build, lang, pages, synonyms, typos)

    def results(self) -> dict[str, IndexFiles]:
        """Every submitted language's index (waiting for the worker); re-raises its errors."""
        done: dict[str, IndexFiles] = {}
        try:
            for lang, job in self._jobs.items():
                done[lang] = job if isinstance(job, IndexFiles) else job.result()
        except BrokenProcessPool as error:
            raise SegmenterError(f"the search index worker stopped ({error})") from error
        finally:
            self.close()
        return done

    def close(self) -> None:
        """Forget this build's indexes (the worker stays, for the next build)."""
        for job in self._jobs.values():
            if not isinstance(job, IndexFiles):
                job.cancel()
        self._jobs = {}


def _warm() -> None:
    segmenter = load_segmenter()
    if not SegmentCache.exists(segmenter.identity):  # else most texts are likely known
        segmenter.load()


def _build(
    lang: str, pages: list[PageSource], synonyms: list[list[str]], typos: list[tuple[str, str]]
) -> IndexFiles:
    return build_index(lang, pages, load_segmenter(), synonyms, typos)
