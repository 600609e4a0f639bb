"""A script's text as a page can show it: the content of every string and template literal
(what ``textContent``, ``alert`` or ``href`` could put before a reader), escapes decoded
(``"\\u0032\\x30\\62"`` is "202"), comments and regular expressions skipped.

A small tokenizer, not a parser: a ``/`` starts a regular expression where an operand is
expected (after an operator, punctuator or keyword such as ``return``), else it divides, the
rule every JavaScript minifier and highlighter relies on.
"""

from __future__ import annotations

import re

from helpcenter.publish.shown import Shown


class ScriptError(ValueError):
    """The script cannot be read (an unterminated string, template, comment or expression)."""

    def __init__(self, message: str, line: int) -> None:
        super().__init__(message)
        self.line = line


# Where something other than plain code may start; everything between is skipped in C.
_NEXT = re.compile(r"[\"'`/]")
_NEXT_IN_TEMPLATE = re.compile(r"[\"'`/{}]")
# After these words an operand follows, so a "/" opens a regular expression.
_OPERAND_BEFORE = frozenset(
    "return typeof instanceof in of new delete void throw case do else yield await".split()  # noqa: SIM905
)
# Between two string pieces that the script adds together ("202" + "555").
_JOINED = re.compile(r"\s*\+\s*")
_WORD_BEFORE = re.compile(r"[A-Za-z_$][\w$]*\Z")
# A "/" after one of these (or at the start) opens a regular expression; after anything else
# (a name, a number, ")" or "]") it divides.
_PUNCTUATION_BEFORE = frozenset("(,=:[!&|?{};+-*%<>~^")
_ESCAPE = re.compile(
    r"\\(?:u\{([0-9A-Fa-f]{1,6})\}|u([0-9A-Fa-f]{4})|x([0-9A-Fa-f]{2})|([0-7]{1,3})"
    r"|(\r\n|[\n\r\u2028\u2029])|(.))",
    re.S,
)
_SIMPLE = {"n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f", "v": "\v"}


def js_text(js: str) -> Shown:
    """Every string and template-literal piece of ``js``, decoded, each with its line."""
    shown = Shown()
    pos = 0
    last = -1  # where the last string piece ended
    braces: list[int] = []  # per ${…} we are inside: "{" opened in it and not yet closed

    def joiner(at: int) -> str:
        """Pieces joined by "+" (or of one template) are one text on the page; others apart."""
        return " " if last >= 0 and _JOINED.fullmatch(js, last, at) else "\n"

    while True:
        found = (_NEXT_IN_TEMPLATE if braces else _NEXT).search(js, pos)
        if found is None:
            break
        at, char = found.start(), found.group()
        line = js.count("\n", 0, at) + 1
        if char in "\"'":
            end = _string_end(js, at, char)
            if end == -1:
                raise ScriptError("a string is never closed", line)
            shown.add(unescape(js[at + 1 : end]), line, joiner=joiner(at))
            pos = last = end + 1
        elif char == "`" or (char == "}" and braces[-1] == 0):
            if char == "}":  # the "}" that ends a ${…}: the template goes on
                braces.pop()
            end, opens = _template_end(js, at + 1)
            if end == -1:
                raise ScriptError("a template literal is never closed", line)
            shown.add(unescape(js[at + 1 : end]), line, joiner=" " if char == "}" else joiner(at))
            if opens:
                braces.append(0)
                pos = end + 2
            else:
                pos = end + 1
            last = pos
        elif char in "{}":
            braces[-1] += 1 if char == "{" else -1
            pos = at + 1
        elif js.startswith("//", at):
            newline = js.find("\n", at)
            pos = len(js) if newline == -1 else newline
        elif js.startswith("/*", at):
            end = js.find("*/", at + 2)
            if end == -1:
                raise ScriptError("a comment is never closed", line)
            pos = end + 2
        elif _regex_here(js, at):
            end = _regex_end(js, at)
            if end == -1:
                raise ScriptError("a regular expression is never closed", line)
            pos = end
        else:
            pos = at + 1  # division
    if braces:
        raise ScriptError("a template literal's ${…} is never closed", js.count("\n") + 1)
    return shown


def _regex_here(js: str, at: int) -> bool:
    """Whether the "/" at ``at`` opens a regular expression: an operand is expected there."""
    before = js[max(0, at - 64) : at].rstrip()
    if not before:
        return True
    last = before[-1]
    if last in _PUNCTUATION_BEFORE:
        return True
    word = _WORD_BEFORE.search(before)
    return word is not None and word.group() in _OPERAND_BEFORE


def unescape(text: str) -> str:
    """JavaScript string escapes decoded."""
    if "\\" not in text:
        return text
    decoded = _ESCAPE.sub(_decode, text)
    # "\ud83d\ude00" is one character to a browser: join escaped surrogate pairs.
    return decoded.encode("utf-16", "surrogatepass").decode("utf-16", "replace")


def _decode(match: re.Match[str]) -> str:
    braced, four, two, octal, line_break, other = match.groups()
    code = braced or four or two
    if code:
        value = int(code, 16)
        return chr(value) if value <= 0x10FFFF else "\ufffd"
    if octal:
        return chr(int(octal, 8))
    if line_break:
        return ""
    return _SIMPLE.get(other, other)


def _string_end(js: str, start: int, quote: str) -> int:
    pos = start + 1
    while pos < len(js):
        char = js[pos]
        if char == "\\":
            pos += 2
            continue
        if char == quote:
            return pos
        if char in "\n\r":
            return -1
        pos += 1
    return -1


def _template_end(js: str, pos: int) -> tuple[int, bool]:
    """Where the template piece starting at ``pos`` ends: at "`" (False) or "${" (True)."""
    while pos < len(js):
        char = js[pos]
        if char == "\\":
            pos += 2
            continue
        if char == "`":
            return pos, False
        if char == "$" and js.startswith("{", pos + 1):
            return pos, True
        pos += 1
    return -1, False


def _regex_end(js: str, start: int) -> int:
    """Offset after the regular expression literal (flags included) that starts at ``start``."""
    pos, in_class = start + 1, False
    while pos < len(js):
        char = js[pos]
        if char == "\\":
            pos += 2
            continue
        if char in "\n\r":
            return -1
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "/":
            pos += 1
            while pos < len(js) and (js[pos].isalnum() or js[pos] in "_$"):
                pos += 1
            return pos
        pos += 1
    return -1
