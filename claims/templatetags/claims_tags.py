"""Dates as people read them, inside <time datetime> for machines."""

import datetime as dt
from urllib.parse import urlsplit

from django import template
from django.utils.dateformat import format as date_format
from django.utils.html import format_html
from django.utils.safestring import SafeString

from claims.models import DatePrecision, Statement

register = template.Library()

FORMATS = {DatePrecision.MONTH: ("Y-m", "F Y"), DatePrecision.YEAR: ("Y", "Y")}


@register.simple_tag
def human_date(day: dt.date | None, style: str = "j F Y") -> SafeString | str:
    """<time datetime="2026-02-10">10 February 2026</time>; "" for no date."""
    if not day:
        return ""
    return format_html('<time datetime="{}">{}</time>', day.isoformat(), date_format(day, style))


@register.simple_tag
def said_date(statement: Statement) -> SafeString:
    """When it was said, as precisely as known, else when it was published."""
    if statement.said_on:
        machine, human = FORMATS.get(statement.said_on_precision, ("Y-m-d", "j F Y"))
        return format_html(
            '<time datetime="{}">{}</time>',
            date_format(statement.said_on, machine),
            date_format(statement.said_on, human),
        )
    return format_html(
        '<time datetime="{}" title="{}">{}</time>',
        statement.timeline_date.isoformat(),
        "When it was said is unknown: publication date",
        date_format(statement.timeline_date, "j F Y"),
    )


@register.filter
def web_url(url: str) -> str:
    """`url` if it is http(s), else "": an ingested `javascript:` URL never becomes a link."""
    return url if urlsplit(url or "").scheme.lower() in {"http", "https"} else ""
