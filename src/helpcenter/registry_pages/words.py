"""The few words generated content needs, in each site language."""

from __future__ import annotations

from helpcenter.contacts.kinds import Kind

#: Kinds in the order the contact page lists them (people look for a phone or email first).
KIND_ORDER = (
    Kind.PHONE,
    Kind.EMAIL,
    Kind.WEBSITE,
    Kind.APP_STORE,
    Kind.TELEGRAM,
    Kind.WHATSAPP,
    Kind.WECHAT,
    Kind.QQ,
    Kind.X,
    Kind.DISCORD,
    Kind.OTHER_URL,
)

KIND_NAMES: dict[str, dict[Kind, str]] = {
    "zh": {
        Kind.PHONE: "电话",
        Kind.EMAIL: "邮箱",
        Kind.WEBSITE: "网站",
        Kind.APP_STORE: "下载",
        Kind.TELEGRAM: "Telegram",
        Kind.WHATSAPP: "WhatsApp",
        Kind.WECHAT: "微信",
        Kind.QQ: "QQ",
        Kind.X: "X（推特）",
        Kind.DISCORD: "Discord",
        Kind.OTHER_URL: "其他链接",
    },
    "en": {
        Kind.PHONE: "Phone",
        Kind.EMAIL: "Email",
        Kind.WEBSITE: "Websites",
        Kind.APP_STORE: "Downloads",
        Kind.TELEGRAM: "Telegram",
        Kind.WHATSAPP: "WhatsApp",
        Kind.WECHAT: "WeChat",
        Kind.QQ: "QQ",
        Kind.X: "X (Twitter)",
        Kind.DISCORD: "Discord",
        Kind.OTHER_URL: "Other links",
    },
}

#: One item of a kind (the grouped list uses the plural headings above).
KIND_SINGULAR = {
    "zh": KIND_NAMES["zh"],
    "en": {
        **KIND_NAMES["en"],
        Kind.WEBSITE: "Website",
        Kind.APP_STORE: "Download page",
        Kind.OTHER_URL: "Link",
    },
}

LANGUAGE_NAMES = {"zh": {"zh": "中文", "en": "英语"}, "en": {"zh": "Chinese", "en": "English"}}

DAY_NAMES = {
    "zh": {
        "mon": "周一",
        "tue": "周二",
        "wed": "周三",
        "thu": "周四",
        "fri": "周五",
        "sat": "周六",
        "sun": "周日",
    },
    "en": {
        "mon": "Mon",
        "tue": "Tue",
        "wed": "Wed",
        "thu": "Thu",
        "fri": "Fri",
        "sat": "Sat",
        "sun": "Sun",
    },
}

#: Names readers know official time zones by; any other zone is shown by its IANA name.
ZONE_NAMES = {
    "zh": {"Asia/Shanghai": "北京时间", "Europe/London": "伦敦时间", "UTC": "协调世界时"},
    "en": {"Asia/Shanghai": "China time", "Europe/London": "London time", "UTC": "UTC"},
}

TEXT: dict[str, dict[str, str]] = {
    "zh": {
        "every_day": "每天",
        "day_range": "{first}至{last}",
        "list_sep": "、",
        "next_day": "（次日）",
        "languages": "服务语言",
        "hours": "服务时间",
        "always": "随时可用",
        "your_time": "你的当地时间",
        "js_needed": "开启 JavaScript 后在此显示",
        "channel": "渠道",
        "official_time": "服务时间（官方时区）",
        "holidays": "节假日",
        "reported_on": "报告日期",
        "kind": "类型",
        "fake_value": "假冒的联系方式",
        "how_used": "手法",
        "no_impostors": "目前没有已报告的假冒渠道。",
        "more_impostors": (
            "这里只列出最近的 {shown} 条，共 {total} 条举报；核查工具会比对全部记录。"
        ),
        "dst": "{winter}，夏令时 {summer}",
        "demo_title": "演示站点",
        "demo_notice": (
            "本站是演示用的帮助中心，“示例钱包”是虚构的品牌。站内所有电话、邮箱、网址和社交账号"
            "均为虚构，请勿拨打、发邮件或添加。社交平台上的同名账号可能属于他人，与本站无关。"
        ),
    },
    "en": {
        "every_day": "Every day",
        "day_range": "{first}–{last}",
        "list_sep": ", ",
        "next_day": " (next day)",
        "languages": "Languages",
        "hours": "Hours",
        "always": "Always available",
        "your_time": "In your time zone",
        "js_needed": "shown here with JavaScript on",
        "channel": "Channel",
        "official_time": "Hours (official time zone)",
        "holidays": "Holidays",
        "reported_on": "Reported on",
        "kind": "Kind",
        "fake_value": "Fake contact",
        "how_used": "How it is used",
        "no_impostors": "No impostors have been reported yet.",
        "more_impostors": (
            "Only the {shown} most recent of {total} reports are listed here; the contact "
            "checker compares a contact with all of them."
        ),
        "dst": "{winter}, {summer} in summer",
        "demo_title": "Demo site",
        "demo_notice": (
            "This is a demonstration help center: Example Wallet is a fictional brand, and every "
            "phone number, email address, website and social media account on this site is "
            "fictional. Do not call, email or add any of them: accounts with these names on "
            "social platforms may belong to someone else."
        ),
    },
}


def lang_key(lang: str) -> str:
    """``zh`` or ``en`` for a page locale (``zh_CN`` → ``zh``); fails on others."""
    key = lang.split("_", 1)[0].split("-", 1)[0].lower()
    if key not in TEXT:
        raise ValueError(f"no generated-content words for language {lang!r}; add them to words.py")
    return key
