"""Editors' forms: each validates one write endpoint's POST (field names are an interface).

Every form carries `version`, the version of the object it was built from
(optimistic locking: the service refuses a stale one).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.urls import reverse

from claims.editing import REVIEWABLE, Correction, actors_named
from claims.models import Actor, ActorKind, DatePrecision, ReviewStatus, Statement, StatementKind

DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


class TextList(forms.MultipleChoiceField):
    """Any number of values under one name (`?add=a&add=b`), each also split on commas if `split`."""

    widget = forms.MultipleHiddenInput

    def __init__(self, *, split: bool = False, **kwargs: Any) -> None:
        kwargs.setdefault("required", False)
        super().__init__(**kwargs)
        self.split = split

    def to_python(self, value: Any) -> list[str]:
        values = [value] if isinstance(value, str) else list(value or [])
        if self.split:
            values = [part for item in values for part in str(item).split(",")]
        return [str(v).strip() for v in values if str(v).strip()]

    def validate(self, value: list[str]) -> None:
        if self.required and not value:
            raise ValidationError(self.error_messages["required"], code="required")


class VersionedForm(forms.Form):
    version = forms.IntegerField(min_value=1, widget=forms.HiddenInput)


class ReviewForm(VersionedForm):
    status = forms.ChoiceField(choices=[(s.value, s.label) for s in REVIEWABLE])


class TagsForm(VersionedForm):
    add = TextList(split=True, label="Add tags")
    remove = TextList(label="Remove tags")

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        if not data.get("add") and not data.get("remove") and not self.errors:
            raise ValidationError("Type a tag to add, or pick one to remove.")
        return data


class CorrectionForm(VersionedForm):
    """A statement's speaker, kind, date and words, as an editor corrects them."""

    speaker = forms.CharField(
        label="Speaker",
        required=False,
        max_length=300,
        help_text="A name or alias of a known actor; empty when no one is identified.",
    )
    create_speaker = forms.BooleanField(label="Create this actor if no one has this name", required=False)
    speaker_kind = forms.ChoiceField(
        label="Kind of new actor", choices=ActorKind.choices, initial=ActorKind.PERSON, required=False
    )
    kind = forms.ChoiceField(label="Kind", choices=StatementKind.choices)
    said_on = forms.DateField(label="Said on", required=False, widget=DATE)
    said_on_precision = forms.ChoiceField(
        label="Known to the",
        choices=DatePrecision.choices,
        initial=DatePrecision.DAY,
        required=False,
    )
    content = forms.CharField(
        label="Words",
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="Exactly as in the article; the nearest place they occur is taken.",
    )
    start = forms.IntegerField(min_value=0, required=False, widget=forms.HiddenInput)
    end = forms.IntegerField(min_value=0, required=False, widget=forms.HiddenInput)
    is_denial = forms.BooleanField(label="It denies someone's claim", required=False)

    def __init__(self, *args: Any, statement: Statement, can_create_actors: bool, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.statement = statement
        self.can_create_actors = can_create_actors
        self.speaker_actor: Actor | None = None
        # Names as you type: htmx fills the datalist from the suggestions endpoint.
        options = f"statement-{statement.pk}-actors"
        self.fields["speaker"].widget.attrs.update(
            {
                "list": options,
                "autocomplete": "off",
                "autofocus": True,  # htmx focuses it when the editor opens in place
                "hx-get": reverse("claims:actor-suggestions"),
                "hx-trigger": "input changed delay:250ms",
                "hx-target": f"#{options}",
                "hx-swap": "innerHTML",
            }
        )

    @classmethod
    def initial_for(cls, statement: Statement) -> dict[str, Any]:
        return {
            "version": statement.version,
            "speaker": statement.speaker.name if statement.speaker else "",
            "kind": statement.kind,
            "said_on": statement.said_on,
            "said_on_precision": statement.said_on_precision or DatePrecision.DAY,
            "content": statement.content,
            "is_denial": statement.is_denial,
        }

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        if "speaker" in data:
            self._speaker(data)
        if "content" in data:
            self._span(data)
        return data

    def _speaker(self, data: dict[str, Any]) -> None:
        text = data["speaker"].strip()
        if not text:
            return
        found = actors_named(text)
        if len(found) == 1:
            self.speaker_actor = found[0]
        elif len(found) > 1:
            choices = ", ".join(f"{a.name} ({a.get_kind_display().lower()}): {a.slug}" for a in found[:5])
            self.add_error(
                "speaker", f"“{text}” names several actors; type the one you mean by its id: {choices}."
            )
        elif not data.get("create_speaker"):
            self.add_error("speaker", f"No actor is called “{text}”. Tick the box below to create one.")
        elif not self.can_create_actors:
            self.add_error("speaker", f"No actor is called “{text}”, and you may not create actors.")

    def _span(self, data: dict[str, Any]) -> None:
        text = self.statement.article.text
        start, end = data.get("start"), data.get("end")
        words = data.get("content", "").strip()
        if start is not None and end is not None and (not words or text[start:end] == words):
            if not 0 <= start < end <= len(text):
                self.add_error("content", "The start and end offsets are outside the article's text.")
            data["start"], data["end"] = start, end
            return
        if not words:
            self.add_error("content", "The statement needs its words.")
            return
        found = _nearest(text, words, self.statement.start)
        if found is None:
            self.add_error("content", "These words are not in the article: copy them exactly from its text.")
            return
        data["start"], data["end"] = found, found + len(words)

    def correction(self, speaker: Actor | None) -> Correction:
        data = self.cleaned_data
        said_on: dt.date | None = data.get("said_on")
        return Correction(
            speaker=speaker,
            kind=data["kind"],
            said_on=said_on,
            said_on_precision=(data.get("said_on_precision") or DatePrecision.DAY) if said_on else "",
            start=data["start"],
            end=data["end"],
            is_denial=data["is_denial"],
        )


def _nearest(text: str, words: str, near: int) -> int | None:
    """Where `words` occur in `text`, the occurrence closest to `near`."""
    found, position = [], text.find(words)
    while position != -1:
        found.append(position)
        position = text.find(words, position + 1)
    return min(found, key=lambda p: abs(p - near)) if found else None


class DenialsForm(VersionedForm):
    """What a denial rejects: statements by id, actors (their claims in general) by slug."""

    add = TextList(split=True, label="Link statements")
    remove = TextList(split=True, label="Unlink statements")
    add_actor = TextList(split=True, label="Deny an actor's claims")
    remove_actor = TextList(split=True, label="Stop denying an actor's claims")

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        for name in ("add", "remove"):
            data[name] = self._statements(name, data.get(name, []))
        for name in ("add_actor", "remove_actor"):
            data[name] = self._actors(name, data.get(name, []))
        if not self.errors and not any(data[n] for n in ("add", "remove", "add_actor", "remove_actor")):
            raise ValidationError("Pick a statement to link or unlink.")
        return data

    def _statements(self, name: str, values: list[str]) -> list[Statement]:
        ids = []
        for value in values:
            number = value.lstrip("#")
            if not number.isdigit():
                self.add_error(name, f"“{value}” is not a statement number.")
                return []
            ids.append(int(number))
        found = {s.pk: s for s in Statement.objects.select_related("speaker").filter(pk__in=ids)}
        missing = [str(i) for i in ids if i not in found]
        if missing:
            self.add_error(name, f"No statement {', '.join(missing)}.")
        return [found[i] for i in dict.fromkeys(ids) if i in found]

    def _actors(self, name: str, values: list[str]) -> list[Actor]:
        found = {a.slug: a for a in Actor.objects.filter(slug__in=values)}
        missing = [v for v in values if v not in found]
        if missing:
            self.add_error(name, f"No actor {', '.join(missing)}.")
        return [found[v] for v in dict.fromkeys(values) if v in found]


class RestoreForm(VersionedForm):
    restore = forms.IntegerField(min_value=1, widget=forms.HiddenInput, label="History entry")


class ActorForm(VersionedForm):
    name = forms.CharField(label="Name", max_length=300, widget=forms.TextInput(attrs={"autofocus": True}))
    kind = forms.ChoiceField(label="Kind", choices=ActorKind.choices)
    role = forms.CharField(label="Role", max_length=300, required=False)
    affiliation = forms.CharField(
        label="Belongs to",
        max_length=300,
        required=False,
        help_text="A name, alias or id of another actor; empty for none.",
    )

    @classmethod
    def initial_for(cls, actor: Actor) -> dict[str, Any]:
        return {
            "version": actor.version,
            "name": actor.name,
            "kind": actor.kind,
            "role": actor.role,
            "affiliation": actor.affiliation.slug if actor.affiliation else "",
        }

    def clean_affiliation(self) -> Actor | None:
        return (
            _one_actor(self.cleaned_data["affiliation"]) if self.cleaned_data["affiliation"].strip() else None
        )


class MergeForm(VersionedForm):
    into = forms.CharField(
        label="Merge into", max_length=320, help_text="The actor that stays: its id (slug) or its name."
    )

    def clean_into(self) -> Actor:
        return _one_actor(self.cleaned_data["into"])


def _one_actor(text: str) -> Actor:
    found = actors_named(text)
    if not found:
        raise ValidationError(f"No actor is called “{text.strip()}”.")
    if len(found) > 1:
        choices = ", ".join(f"{a.name} ({a.get_kind_display().lower()}): {a.slug}" for a in found[:5])
        raise ValidationError(
            f"“{text.strip()}” names several actors; type the id of the one you mean: {choices}."
        )
    return found[0]


REVIEW_LABELS = {
    ReviewStatus.CONFIRMED: "Confirm",
    ReviewStatus.REJECTED: "Reject",
    ReviewStatus.EXTRACTED: "Undo review",
}
