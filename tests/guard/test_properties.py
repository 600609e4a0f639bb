"""Property: hiding an unofficial contact never makes it pass (it is found and fails)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from helpcenter.guard.read.check import Checker

UNOFFICIAL = [
    "scam@evil.test",
    "support@examplewallet-help.test",
    "https://examplewallet-support.test/login",
    "https://examp1e.test",
    "evil.test/verify",
    "Telegram @ExampleWallet_Support",
    "WhatsApp +1 202 555 0177",
    "热线 +1 202-555-0199",
    "电话 +44 20 7946 0999",
    "微信号：ExampleWallet_KF",
    "QQ 123456789",
]
ZERO_WIDTH = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"]
SPELLED = {"@": [" [at] ", "(at)", " 艾特 ", "＠", "&commat;"], ".": ["[dot]", "(dot)", "．"]}


@st.composite
def hidden(draw: st.DrawFn) -> str:
    """One unofficial contact with each character kept or hidden in one of many ways."""
    contact = draw(st.sampled_from(UNOFFICIAL))
    out = []
    for char in contact:
        how = draw(st.sampled_from(["keep", "entity", "hex", "wide", "invisible", "span", "spell"]))
        if how == "entity":
            out.append(f"&#{ord(char)};")
        elif how == "hex":
            out.append(f"&#x{ord(char):x};")
        elif how == "wide" and "!" <= char <= "~":
            out.append(chr(ord(char) + 0xFEE0))
        elif how == "invisible":
            out.append(char + draw(st.sampled_from(ZERO_WIDTH)))
        elif how == "span" and char.isalnum():
            out.append(f"<span>{char}</span>")
        elif how == "spell" and char in SPELLED:
            out.append(draw(st.sampled_from(SPELLED[char])))
        else:
            out.append(char)
    before = draw(st.sampled_from(["", "请联系 ", "Contact: ", "<p>", "| 渠道 | "]))
    after = draw(st.sampled_from(["", "。", " now.", "</p>", " |"]))
    return before + "".join(out) + after


@settings(max_examples=300, deadline=None)
@given(text=hidden())
def test_hiding_an_unofficial_contact_never_makes_it_pass(checker: Checker, text: str) -> None:
    hits = checker.check_text(text, region="CN")
    assert any(not h.judgement.verdict.passes for h in hits), (text, hits)
