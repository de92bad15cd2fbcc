"""Filter forms: each page's query string, validated.

An invalid value (a bad date, an unknown actor) shows its error next to the
control and is left out; the valid filters still apply. `cleaned_data` after
`is_valid()` holds only the valid ones.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from django import forms
from django.core.exceptions import ValidationError

from claims.models import Actor, ActorKind, Cursor, StatementKind, StatementQuerySet, Tag
from claims.timeline import Timeline

DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


class FilterForm(forms.Form):
    """Bound to request.GET; never raises, never redirects."""

    def __init__(self, data: Any, **kwargs: Any) -> None:
        super().__init__(data, **kwargs)
        self.is_valid()

    def value(self, name: str, default: Any = None) -> Any:
        return self.cleaned_data.get(name) or default


class StatementFilter(FilterForm):
    """What any list of statements can be narrowed by."""

    q = forms.CharField(
        label="Words",
        required=False,
        max_length=200,
        widget=forms.TextInput(
            attrs={"type": "search", "placeholder": 'e.g. drones -rebels "cargo flights"'}
        ),
    )
    kind = forms.ChoiceField(label="Kind", required=False, choices=[("", "Any kind"), *StatementKind.choices])
    denials = forms.BooleanField(label="Denials only", required=False)
    since = forms.DateField(label="From", required=False, widget=DATE)
    until = forms.DateField(label="To", required=False, widget=DATE)
    tag = forms.ModelChoiceField(
        label="Tag", required=False, queryset=Tag.objects.all(), to_field_name="slug", empty_label="Any tag"
    )

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        since, until = data.get("since"), data.get("until")
        if since and until and since > until:
            self.add_error("until", "The end date is before the start date.")
        return data

    def apply(self, statements: StatementQuerySet, *, words: bool = True) -> StatementQuerySet:
        """`statements` narrowed by every valid filter (`words=False`: all but `q`)."""
        return statements.narrowed(
            kind=self.value("kind", ""),
            tag=self.value("tag"),
            since=self.value("since"),
            until=self.value("until"),
            denials_only=bool(self.value("denials")),
            words=self.value("q", "") if words else "",
        )


class TimelineFilter(StatementFilter):
    counterpart = forms.ChoiceField(label="Disputes with", required=False)
    before = forms.CharField(required=False, widget=forms.HiddenInput)

    def __init__(self, data: Any, *, counterparts: list[Actor], **kwargs: Any) -> None:
        self.counterparts = {actor.slug: actor for actor in counterparts}
        super().__init__(data, **kwargs)

    def full_clean(self) -> None:
        # Choices must be in place before validation (__init__ validates at once).
        choices = [(slug, actor.name) for slug, actor in self.counterparts.items()]
        self.fields["counterpart"].choices = [("", "Anyone"), *choices]
        super().full_clean()

    def clean_counterpart(self) -> Actor | None:
        slug = self.cleaned_data["counterpart"]
        return self.counterparts.get(slug) if slug else None

    def clean_before(self) -> Cursor | None:
        return parse_cursor(self.cleaned_data["before"])

    def timeline(self, actor: Actor) -> Timeline:
        """`actor`'s timeline narrowed by every valid filter."""
        return Timeline(
            actor,
            kind=self.value("kind", ""),
            denials_only=bool(self.value("denials")),
            words=self.value("q", ""),
            since=self.value("since"),
            until=self.value("until"),
            tag=self.value("tag"),
            counterpart=self.value("counterpart"),
        )


class SearchFilter(StatementFilter):
    speaker = forms.SlugField(required=False, widget=forms.HiddenInput)
    page = forms.IntegerField(required=False, min_value=1, widget=forms.HiddenInput)

    def clean_speaker(self) -> Actor | None:
        slug = self.cleaned_data["speaker"]
        if not slug:
            return None
        actor = Actor.objects.filter(slug=slug).first()
        if actor is None:
            raise ValidationError(f"No actor {slug!r}.")
        return actor


class ActorFilter(FilterForm):
    q = forms.CharField(
        label="Name or alias",
        required=False,
        max_length=200,
        widget=forms.TextInput(attrs={"type": "search", "autocomplete": "off"}),
    )
    kind = forms.ChoiceField(label="Kind", required=False, choices=[("", "Any kind"), *ActorKind.choices])
    sort = forms.ChoiceField(
        label="Order",
        required=False,
        choices=[("", "Name"), ("statements", "Most statements"), ("denied", "Most denied")],
    )
    page = forms.IntegerField(required=False, min_value=1, widget=forms.HiddenInput)


class ArticleFilter(FilterForm):
    q = forms.CharField(
        label="Title",
        required=False,
        max_length=200,
        widget=forms.TextInput(attrs={"type": "search"}),
    )
    outlet = forms.ChoiceField(label="Outlet", required=False)
    page = forms.IntegerField(required=False, min_value=1, widget=forms.HiddenInput)

    def __init__(self, data: Any, *, outlets: list[str], **kwargs: Any) -> None:
        self.outlets = outlets
        super().__init__(data, **kwargs)

    def full_clean(self) -> None:
        self.fields["outlet"].choices = [("", "Any outlet"), *((name, name) for name in self.outlets)]
        super().full_clean()


class DisputeFilter(FilterForm):
    a = forms.ChoiceField(label="Between", required=False)
    b = forms.ChoiceField(label="and", required=False)
    page = forms.IntegerField(required=False, min_value=1, widget=forms.HiddenInput)

    def __init__(self, data: Any, *, actors: list[Actor], **kwargs: Any) -> None:
        self.actors = {actor.slug: actor for actor in actors}
        super().__init__(data, **kwargs)

    def full_clean(self) -> None:
        choices = [(slug, actor.name) for slug, actor in self.actors.items()]
        self.fields["a"].choices = [("", "Anyone"), *choices]
        self.fields["b"].choices = [("", "Anyone"), *choices]
        super().full_clean()

    def clean_a(self) -> Actor | None:
        return self.actors.get(self.cleaned_data["a"])

    def clean_b(self) -> Actor | None:
        return self.actors.get(self.cleaned_data["b"])


def parse_cursor(value: str) -> Cursor | None:
    """ "2026-02-10.123" -> (date(2026, 2, 10), 123): the last row of the previous page."""
    if not value:
        return None
    day, _, pk = value.partition(".")
    try:
        return dt.date.fromisoformat(day), int(pk)
    except ValueError as error:
        raise ValidationError("Not a timeline position: start again from the newest.") from error


def format_cursor(cursor: Cursor) -> str:
    return f"{cursor[0].isoformat()}.{cursor[1]}"
