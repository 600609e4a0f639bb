"""A page's key phrases: the words readers search with, declared in its front matter.

    ---
    title: 忘记钱包密码
    description: ...
    key_phrases: [忘记密码, 密码忘了, 重置密码]
    ---

Reviewed by support, like the synonym lists. They are a field of the page's own search
section that weighs as much as its title, so a page that declares a phrase outranks pages that
only mention its words in passing. Each phrase is one search word: a Chinese phrase is a word
of the segmenter, a multi-word English phrase is also one term (``terms.phrase_term``).
A bad value is a problem of the build at ``path:line``.
"""

from __future__ import annotations

import yaml

from helpcenter.markdown_source import front_matter, front_matter_node
from helpcenter.problems import Problem
from helpcenter.search.terms import EN_STOP_WORDS, HAN_RUN, is_han, normalize, runs

FIELD = "key_phrases"
MAX_PHRASES = 12
MAX_LENGTH = 40
_CHECK = "search"
_FIX_LIST = f"write {FIELD}: [phrase, phrase, ...] with 1 to {MAX_PHRASES} short phrases"


def read_key_phrases(text: str, path: str) -> tuple[list[str], list[Problem]]:
    """The key phrases of a page's Markdown ``text`` and the problems with them."""
    matter = front_matter(text)
    if not matter.present:
        return [], []
    try:
        root = front_matter_node(matter.text)
    except yaml.YAMLError:
        return [], []  # the content rules report front matter that is not YAML
    if not isinstance(root, yaml.MappingNode):
        return [], []
    for key, value in root.value:
        if isinstance(key, yaml.ScalarNode) and key.value == FIELD:
            return _phrases(value, path)
    return [], []


def _phrases(node: yaml.Node, path: str) -> tuple[list[str], list[Problem]]:
    def problem(at: yaml.Node, message: str, fix: str = _FIX_LIST) -> Problem:
        # +2: the front matter starts after the opening --- line; marks count from 0
        return Problem(path, at.start_mark.line + 2, f"{FIELD}: {message}", fix, _CHECK)

    if not isinstance(node, yaml.SequenceNode) or not node.value:
        return [], [problem(node, "expected a list of phrases")]
    if len(node.value) > MAX_PHRASES:
        return [], [problem(node, f"{len(node.value)} phrases, at most {MAX_PHRASES}")]
    phrases: list[str] = []
    problems: list[Problem] = []
    seen: set[str] = set()
    for item in node.value:
        if not isinstance(item, yaml.ScalarNode) or item.tag != "tag:yaml.org,2002:str":
            problems.append(problem(item, "each phrase is plain text"))
            continue
        phrase = " ".join(item.value.split())
        found = _phrase_problem(phrase)
        if found:
            problems.append(problem(item, f"{phrase!r} {found[0]}", found[1]))
        elif normalize(phrase) in seen:
            problems.append(problem(item, f"{phrase!r} is listed twice", "list it once"))
        else:
            seen.add(normalize(phrase))
            phrases.append(phrase)
    return phrases, problems


def _phrase_problem(phrase: str) -> tuple[str, str] | None:
    """What is wrong with one phrase (message, fix), or None."""
    words = list(runs(normalize(phrase)))
    if not phrase or len(phrase) > MAX_LENGTH:
        return (
            f"must be 1 to {MAX_LENGTH} characters",
            "write the few words a reader types, not a sentence",
        )
    if any(c in phrase for c in "<>&`[]{}"):
        return "contains markup", "write plain words: no <tags>, &entities;, links or code"
    if not words or all(w in EN_STOP_WORDS for w in words):
        return "has no searchable word", "use words a reader types (not only 'the', 'is', ...)"
    han = [w for w in words if is_han(w)]
    if han and (len(han) != len(words) or len(han) > 1 or HAN_RUN.sub("", phrase).strip()):
        return (
            "mixes Chinese with other words or punctuation",
            "list the Chinese phrase and the English word as two phrases",
        )
    return None
