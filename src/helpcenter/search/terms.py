"""Text to index terms: the rules shared by the build and by the browser's ``query.js``.

Both languages go through the same function, so an English word on a Chinese page and a
Chinese word on an English page are found the same way:

* text is NFKC-normalized (full-width ``ＷｉＦｉ`` is ``wifi``) and lower-cased;
* Latin words are lunr's tokens: stop words dropped, Porter-stemmed exactly as lunr.js does
  (``stemmer.py``), so ``transactions`` and ``transaction`` meet at ``transact``;
* runs of Han characters are cut into words by the segmenter; Chinese stop words dropped;
* a known English phrase (a synonym such as "customer service", a page's key phrase) that
  occurs word for word is also one term of its own, its words' keys joined by a space
  (``custom servic``): phrases are searched as words, never as loose parts.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Iterator

from lunr.stop_word_filter import WORDS as EN_STOP_WORDS

from helpcenter.search.data_files import data_lines
from helpcenter.search.segmenter import Segmenter
from helpcenter.search.stemmer import stem

#: Han ideographs (CJK Unified, Extension A, Compatibility); kept in step with query.js.
HAN_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
#: A Latin word: letters and digits, with inner apostrophes ("can't").
LATIN_WORD = re.compile(r"[a-z0-9]+(?:'[a-z0-9]+)*")
#: Either, in text order.
RUN = re.compile(f"{HAN_RUN.pattern}|{LATIN_WORD.pattern}")

#: What may stand between the words of a phrase ("wi-fi", "24/7").
_JOINS = re.compile(r"[\s\-/]*")

#: Function words that say nothing about the topic; shipped in each index for query.js.
ZH_STOP_WORDS = frozenset(data_lines("zh_stop_words.txt"))


def normalize(text: str) -> str:
    """Full-width to half-width, lower case, typographic apostrophes to ASCII."""
    return unicodedata.normalize("NFKC", text).lower().replace("\u2019", "'").replace("\u2018", "'")


@functools.lru_cache(maxsize=1 << 16)  # words repeat: stem each once per process
def latin_term(word: str) -> str | None:
    """The index term of one normalized Latin word, or None for a stop word."""
    if word in EN_STOP_WORDS:
        return None
    return stem(word)


def latin_key(word: str) -> str:
    """A Latin word's place in a phrase term: its stem, or the word itself if a stop word
    ("no answer" stays "no answer", so a phrase keeps its small words)."""
    return latin_term(word) or word


def runs(text: str) -> Iterator[str]:
    """Han runs and Latin words of already normalized text, in order."""
    for match in RUN.finditer(text):
        yield match.group()


def is_han(run: str) -> bool:
    return HAN_RUN.fullmatch(run) is not None


def phrase_term(phrase: str) -> str | None:
    """The one index term of a multi-word English phrase ("customer service" ->
    "custom servic"); None for anything else (one word, or Chinese: a segmenter word)."""
    words = list(runs(normalize(phrase)))
    if len(words) < 2 or not all(LATIN_WORD.fullmatch(w) for w in words):
        return None
    return " ".join(latin_key(w) for w in words)


def index_terms(
    text: str, segmenter: Segmenter, phrases: frozenset[str] = frozenset()
) -> list[str]:
    """Every index term of ``text``, in order, repeats kept (they weigh in the score).

    ``phrases`` are the phrase terms to look for (see ``phrase_term``): each one found, its
    words in a row with nothing but spaces, hyphens or slashes between, is added after them.
    """
    terms: list[str] = []
    keys: list[str] = []  # the Latin words of the phrase being read, as phrase keys
    longest = max((p.count(" ") + 1 for p in phrases), default=0)
    text = normalize(text)
    end = 0
    for match in RUN.finditer(text):
        run = match.group()
        if not _JOINS.fullmatch(text, end, match.start()):
            keys = []  # a phrase does not run across a sentence, a comma or Chinese
        end = match.end()
        if is_han(run):
            keys = []
            terms.extend(w for w in segmenter.words(run) if w not in ZH_STOP_WORDS)
            continue
        if (term := latin_term(run)) is not None:
            terms.append(term)
        if longest:
            keys.append(latin_key(run))
            for size in range(2, min(longest, len(keys)) + 1):
                if (candidate := " ".join(keys[-size:])) in phrases:
                    terms.append(candidate)
    return terms


def latin_words(texts: Iterable[str], min_length: int) -> set[str]:
    """The distinct Latin words (not stop words) of ``texts`` with ``min_length`` or more
    letters: what a misspelled query word is compared with."""
    return {
        run
        for text in texts
        for run in runs(normalize(text))
        if len(run) >= min_length and not is_han(run) and run not in EN_STOP_WORDS
    }
