"""Text to index terms: the rules shared by the build and by the browser's ``query.js``.

Both languages go through the same function, so an English word on a Chinese page and a
Chinese word on an English page are found the same way:

* text is NFKC-normalized (full-width ``ＷｉＦｉ`` is ``wifi``) and lower-cased;
* Latin words are lunr's tokens: stop words dropped, Porter-stemmed (lunr's own stemmer, the
  same algorithm as lunr.js, so ``transactions`` and ``transaction`` meet at ``transact``);
* runs of Han characters are cut into words by the segmenter; Chinese stop words dropped.

The index is built with an empty lunr pipeline: terms arrive finished, so no lunr.js
pipeline function (its trimmer would delete every Han character) ever touches them.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from lunr.stemmer import stemmer
from lunr.stop_word_filter import WORDS as EN_STOP_WORDS
from lunr.token import Token

from helpcenter.search.data_files import data_lines
from helpcenter.search.segmenter import Segmenter

#: Han ideographs (CJK Unified, Extension A, Compatibility); kept in step with query.js.
HAN_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
#: A Latin word: letters and digits, with inner apostrophes ("can't").
LATIN_WORD = re.compile(r"[a-z0-9]+(?:'[a-z0-9]+)*")
#: Either, in text order.
RUN = re.compile(f"{HAN_RUN.pattern}|{LATIN_WORD.pattern}")

#: Function words that say nothing about the topic; shipped in each index for query.js.
ZH_STOP_WORDS = frozenset(data_lines("zh_stop_words.txt"))


def normalize(text: str) -> str:
    """Full-width to half-width, lower case, typographic apostrophes to ASCII."""
    return unicodedata.normalize("NFKC", text).lower().replace("\u2019", "'").replace("\u2018", "'")


def latin_term(word: str) -> str | None:
    """The index term of one normalized Latin word, or None for a stop word."""
    if word in EN_STOP_WORDS:
        return None
    return str(stemmer(Token(word)))


def runs(text: str) -> Iterator[str]:
    """Han runs and Latin words of already normalized text, in order."""
    for match in RUN.finditer(text):
        yield match.group()


def is_han(run: str) -> bool:
    return HAN_RUN.fullmatch(run) is not None


def index_terms(text: str, segmenter: Segmenter) -> list[str]:
    """Every index term of ``text``, in order, repeats kept (they weigh in the score)."""
    terms: list[str] = []
    for run in runs(normalize(text)):
        if is_han(run):
            terms.extend(w for w in segmenter.words(run) if w not in ZH_STOP_WORDS)
        elif (term := latin_term(run)) is not None:
            terms.append(term)
    return terms
