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


_TOKEN = re.compile(
    r"""(?P<space>\s+)|(?P<line>//[^\n\r\u2028\u2029]*)|(?P<block>/\*)|(?P<quote>["'])"""
    r"""|(?P<tick>`)|(?P<word>[A-Za-z_$\u0080-\uffff][\w$\u0080-\uffff]*)"""
    r"""|(?P<number>\.?[0-9][\w.]*)|(?P<slash>/)|(?P<close>[)\]])|(?P<brace>\})|(?P<punct>.)""",
    re.S,
)
# After these words an operand follows, so a "/" opens a regular expression.
_OPERAND_BEFORE = frozenset(
    [
        "return",
        "typeof",
        "instanceof",
        "in",
        "of",
        "new",
        "delete",
        "void",
        "throw",
        "case",
        "do",
        "else",
        "yield",
        "await",
    ]
)
_ESCAPE = re.compile(
    r"\\(?:u\{([0-9A-Fa-f]{1,6})\}|u([0-9A-Fa-f]{4})|x([0-9A-Fa-f]{2})|([0-7]{1,3})"
    r"|(\r\n|[\n\r\u2028\u2029])|(.))",
    re.S,
)
_SIMPLE = {"n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f", "v": "\v"}


def js_text(js: str) -> Shown:
    """Every string and template-literal piece of ``js``, decoded, each with its line."""
    shown = Shown()
    pos, operand_next, braces = 0, True, [0]  # braces: per template nesting, open "{" count
    templates: list[int] = []  # template literals whose ${…} we are inside
    while pos < len(js):
        match = _TOKEN.match(js, pos)
        assert match is not None  # "punct" matches any character
        kind, token = match.lastgroup, match.group()
        line = js.count("\n", 0, pos) + 1
        if kind == "space" or kind == "line":
            pos = match.end()
            continue
        if kind == "block":
            end = js.find("*/", pos + 2)
            if end == -1:
                raise ScriptError("a comment is never closed", line)
            pos = end + 2
            continue
        if kind == "quote":
            end = _string_end(js, pos, token)
            if end == -1:
                raise ScriptError("a string is never closed", line)
            shown.add(unescape(js[pos + 1 : end]), line, joiner=" ")
            pos, operand_next = end + 1, False
            continue
        if kind == "tick" or (kind == "brace" and templates and braces[-1] == 0):
            if kind == "brace":  # the "}" that ends a ${…}: the template goes on
                templates.pop()
                braces.pop()
            end, opens = _template_end(js, pos + 1)
            if end == -1:
                raise ScriptError("a template literal is never closed", line)
            shown.add(unescape(js[pos + 1 : end]), line, joiner=" ")
            if opens:
                templates.append(pos)
                braces.append(0)
                pos, operand_next = end + 2, True
            else:
                pos, operand_next = end + 1, False
            continue
        if kind == "slash":
            if operand_next:
                end = _regex_end(js, pos)
                if end == -1:
                    raise ScriptError("a regular expression is never closed", line)
                pos, operand_next = end, False
            else:
                pos, operand_next = pos + 1, True
            continue
        if kind == "word":
            operand_next = token in _OPERAND_BEFORE
        elif kind in ("number", "close"):
            operand_next = False
        elif kind == "brace":
            braces[-1] -= 1
            operand_next = True
        else:
            if token == "{":
                braces[-1] += 1
            operand_next = True
        pos = match.end()
    if templates:
        raise ScriptError("a template literal's ${…} is never closed", js.count("\n") + 1)
    return shown


def unescape(text: str) -> str:
    """JavaScript string escapes decoded."""
    if "\\" not in text:
        return text
    return _ESCAPE.sub(_decode, text)


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
