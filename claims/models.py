"""Articles, the actors quoted in them, what they said, and who denies whom.

The field names here are an interface: ingest, the pages and outside checks
query them. Each QuerySet class sits directly above its model.
"""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.db.models import Count, F, Prefetch, Q
from django.urls import reverse
from simple_history.models import HistoricalRecords

from claims import search
from claims.names import normalize_name


class ArticleQuerySet(models.QuerySet["Article"]):
    def newest_first(self) -> ArticleQuerySet:
        return self.order_by(F("published").desc(nulls_last=True), "-ingested_at", "-id")

    def from_outlet(self, outlet: str) -> ArticleQuerySet:
        return self.filter(source=outlet) if outlet else self

    def titled(self, words: str) -> ArticleQuerySet:
        return self.filter(title__icontains=words) if words else self

    def with_counts(self) -> ArticleQuerySet:
        """Each article's statements that analysts see, as `n_statements`.

        A correlated count, computed for the rows of the page only; a join and
        GROUP BY would count every statement in the table before the LIMIT.
        """
        return self.annotate(
            n_statements=_count(Statement.objects.visible().filter(article=models.OuterRef("pk")))
        )


class Article(models.Model):
    title = models.CharField(max_length=500, blank=True)
    byline = models.CharField(max_length=300, blank=True)
    source = models.CharField("outlet", max_length=200, blank=True)
    url = models.URLField(max_length=2000, blank=True, default="")
    external_id = models.CharField(
        max_length=300, blank=True, help_text="The record's id in the file it came from, if it had one."
    )
    published = models.DateField(null=True, blank=True)
    text = models.TextField(help_text="The body that statement offsets refer to.")
    caption = models.TextField(blank=True)
    content_hash = models.CharField(max_length=64, unique=True, help_text="SHA-256 of the normalised body.")
    ingested_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    extractor_version = models.CharField(max_length=40, blank=True)

    objects = ArticleQuerySet.as_manager()

    class Meta:
        ordering = ["-published", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["url"], condition=~Q(url=""), name="claims_article_url_unique_when_present"
            ),
        ]
        indexes = [models.Index(fields=["published", "id"], name="claims_article_published_idx")]

    def __str__(self) -> str:
        return self.title or f"Article {self.pk}"

    def get_absolute_url(self) -> str:
        return reverse("claims:article-detail", args=[self.pk])


class ActorKind(models.TextChoices):
    PERSON = "person", "Person"
    ORGANIZATION = "organization", "Organisation"
    COUNTRY = "country", "Country"
    GROUP = "group", "Group"
    MEDIA = "media", "Media"
    UNKNOWN = "unknown", "Unknown"


class ActorQuerySet(models.QuerySet["Actor"]):
    def matching(self, text: str) -> ActorQuerySet:
        """Actors whose name or any alias contains `text` (case- and accent-insensitive)."""
        key = normalize_name(text)
        if not key:
            return self
        # A subquery rather than a join: no duplicate rows, so no DISTINCT that
        # would force every annotation to be computed before LIMIT.
        by_alias = ActorAlias.objects.filter(normalized__contains=key).values("actor_id")
        return self.filter(Q(name__icontains=text) | Q(id__in=by_alias))

    def of_kind(self, kind: str) -> ActorQuerySet:
        return self.filter(kind=kind) if kind else self

    def with_counts(self) -> ActorQuerySet:
        """`n_statements` and `n_denials` made (what analysts see), `n_denied`: denials received.

        Correlated subqueries, not joins: counted only for the rows of the page.
        """
        said = Statement.objects.visible().filter(speaker=models.OuterRef("pk"))
        return self.annotate(
            n_statements=_count(said),
            n_denials=_count(said.filter(is_denial=True)),
            n_denied=_count(Denial.objects.against_ref(models.OuterRef("pk"))),
        )

    def in_disputes(self) -> ActorQuerySet:
        """Actors on either side of at least one dispute."""
        disputes = Denial.objects.disputes()
        return self.filter(
            Q(id__in=disputes.values("statement__speaker"))
            | Q(id__in=disputes.values("denied_actor"))
            | Q(id__in=disputes.values("claimant"))
        )

    def most_active(self, since: dt.date, until: dt.date) -> ActorQuerySet:
        """Actors by how many statements they made between the two days, most first.

        The window is a WHERE (the filter before the annotation restricts the
        joined rows), so only those days' statements are read.
        """
        return (
            self.filter(
                statements__timeline_date__range=(since, until),
                statements__review_status__in=VISIBLE_STATUSES,
            )
            .annotate(n_recent=Count("statements"))
            .order_by("-n_recent", "name")
        )


class SubqueryCount(models.Subquery):
    """How many rows a (correlated) subquery has: 0, never NULL."""

    template = "(SELECT COUNT(*) FROM (%(subquery)s) _counted)"
    output_field = models.IntegerField()


def _count(queryset: models.QuerySet) -> SubqueryCount:
    return SubqueryCount(queryset.order_by().values("id"))


class Actor(models.Model):
    name = models.CharField(max_length=300, help_text="Canonical display name.")
    slug = models.SlugField(max_length=320, unique=True)
    kind = models.CharField(max_length=20, choices=ActorKind.choices, default=ActorKind.UNKNOWN)
    role = models.CharField(max_length=300, blank=True, help_text='e.g. "national security spokesman"')
    affiliation = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="members"
    )
    country_code = models.CharField(max_length=2, blank=True, help_text="ISO 3166-1 alpha-2, for countries.")
    version = models.PositiveIntegerField(default=1, help_text="Bumped by every edit (optimistic locking).")
    created_at = models.DateTimeField(auto_now_add=True)

    objects = ActorQuerySet.as_manager()
    history = HistoricalRecords(
        excluded_fields=["created_at"], history_change_reason_field=models.TextField(null=True)
    )

    class Meta:
        ordering = ["name"]
        indexes = [models.Index(fields=["kind", "name"], name="claims_actor_kind_name_idx")]
        constraints = [
            models.CheckConstraint(condition=~Q(affiliation=F("id")), name="claims_actor_not_own_affiliate"),
        ]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("claims:actor-detail", args=[self.slug])


class ActorRedirect(models.Model):
    """An actor's slug from before a merge: its old URL redirects to the actor it became part of."""

    old_slug = models.SlugField(max_length=320, unique=True)
    actor = models.ForeignKey(Actor, on_delete=models.CASCADE, related_name="redirects")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["old_slug"]

    def __str__(self) -> str:
        return f"{self.old_slug} → {self.actor_id}"


class ActorAlias(models.Model):
    """Another name for an actor: "DPRK" and "Pyongyang" for North Korea.

    `normalized` is unique per actor kind, so one name can mean one person and
    one organisation at most, and lookups by name are a single indexed query.
    """

    actor = models.ForeignKey(Actor, on_delete=models.CASCADE, related_name="aliases")
    alias = models.CharField(max_length=300)
    normalized = models.CharField(max_length=300)
    actor_kind = models.CharField(max_length=20, choices=ActorKind.choices)

    class Meta:
        verbose_name_plural = "actor aliases"
        ordering = ["alias"]
        constraints = [
            models.UniqueConstraint(fields=["normalized", "actor_kind"], name="claims_alias_unique_per_kind"),
        ]

    def __str__(self) -> str:
        return f"{self.alias} → {self.actor_id}"

    @classmethod
    def for_actor(cls, actor: Actor, alias: str) -> ActorAlias:
        """An unsaved alias row with its derived columns filled in."""
        return cls(actor=actor, alias=alias, normalized=normalize_name(alias), actor_kind=actor.kind)


class Tag(models.Model):
    name = models.CharField(max_length=100, unique=True)
    slug = models.SlugField(max_length=120, unique=True)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class StatementKind(models.TextChoices):
    DIRECT = "direct", "Direct quote"
    INDIRECT = "indirect", "Reported speech"
    MIXED = "mixed", "Mixed"


class DatePrecision(models.TextChoices):
    DAY = "day", "Day"
    MONTH = "month", "Month"
    YEAR = "year", "Year"


class ReviewStatus(models.TextChoices):
    EXTRACTED = "extracted", "Extracted"
    CONFIRMED = "confirmed", "Confirmed"
    CORRECTED = "corrected", "Corrected"
    REJECTED = "rejected", "Rejected"


VISIBLE_STATUSES = [ReviewStatus.EXTRACTED, ReviewStatus.CONFIRMED, ReviewStatus.CORRECTED]
LIST_DEFERRED = ("search_vector", "article__text", "article__caption")

Cursor = tuple[dt.date, int]


class StatementQuerySet(models.QuerySet["Statement"]):
    def visible(self) -> StatementQuerySet:
        """What analysts see: everything an editor has not rejected."""
        return self.exclude(review_status=ReviewStatus.REJECTED)

    def by_speaker(self, actor: Actor) -> StatementQuerySet:
        return self.filter(speaker=actor)

    def denials(self) -> StatementQuerySet:
        return self.filter(is_denial=True)

    def between(self, since: dt.date | None, until: dt.date | None) -> StatementQuerySet:
        qs = self
        if since:
            qs = qs.filter(timeline_date__gte=since)
        if until:
            qs = qs.filter(timeline_date__lte=until)
        return qs

    def of_kind(self, kind: str) -> StatementQuerySet:
        return self.filter(kind=kind) if kind else self

    def tagged(self, tag: Tag | None) -> StatementQuerySet:
        return self.filter(tags=tag) if tag else self

    def narrowed(
        self,
        *,
        kind: str = "",
        tag: Tag | None = None,
        since: dt.date | None = None,
        until: dt.date | None = None,
        denials_only: bool = False,
        words: str = "",
    ) -> StatementQuerySet:
        """Every list filter at once; empty values leave the list as it is."""
        narrowed = self.of_kind(kind).tagged(tag).between(since, until).matching(words)
        return narrowed.denials() if denials_only else narrowed

    def matching(self, words: str) -> StatementQuerySet:
        """Full-text filter (web-search syntax), unranked: see claims.search."""
        return search.matching(self, words) if words.strip() else self

    def search(self, words: str) -> StatementQuerySet:
        """Full-text search, best match first, annotated with `rank`."""
        return search.ranked(self, words).order_by("-rank", "-timeline_date", "-id")

    def denying(self, actor: Actor) -> StatementQuerySet:
        """Statements analysts see that deny `actor` or one of `actor`'s (visible) statements.

        The denial rows are picked on their own columns (`Denial.against` less
        the join back to the denying statement, whose tests are made here on
        the outer rows): the database then reads only the actor's denials.
        """
        against = Denial.objects.filter(Denial.objects.against_q(actor))
        return self.visible().filter(is_denial=True, id__in=against.values("statement_id"))

    def disputed_with(self, counterpart: Actor) -> StatementQuerySet:
        """Statements that deny `counterpart`, or that `counterpart` denies."""
        return self.filter(
            Q(id__in=Denial.objects.against(counterpart).values("statement_id"))
            | Q(id__in=Denial.objects.visible().by(counterpart).values("denied_statement_id"))
        )

    def before(self, cursor: Cursor | None) -> StatementQuerySet:
        """Keyset pagination: rows after `cursor` in timeline order (newest first).

        The redundant `timeline_date <= day` bounds the index range scan of
        claims_statement_timeline_idx, so page 400 costs what page 1 costs.
        """
        if cursor is None:
            return self
        day, pk = cursor
        return self.filter(timeline_date__lte=day).filter(Q(timeline_date__lt=day) | Q(id__lt=pk))

    def timeline(self) -> StatementQuerySet:
        """Newest first by when it was said, with what a list row shows."""
        return self.for_list().order_by("-timeline_date", "-id")

    def for_list(self) -> StatementQuerySet:
        """What a list row shows, without the article bodies and search vectors it does not."""
        return self.select_related("speaker", "conduit", "article").defer(*LIST_DEFERRED)

    def with_links(self) -> StatementQuerySet:
        """Also prefetch tags and the denial links both ways (see `statement_links`)."""
        return self.prefetch_related(*statement_links())


def statement_links() -> list[Prefetch]:
    """What `includes/_statement.html` shows besides the row: for lists built in Python
    (the timeline merges two queries) pass these to `prefetch_related_objects`."""
    return [
        Prefetch("tags"),
        Prefetch(
            "denials",
            queryset=Denial.objects.select_related("denied_statement__speaker", "denied_actor").order_by(
                "id"
            ),
        ),
        Prefetch(
            "denied_by",
            queryset=Denial.objects.visible().select_related("statement__speaker").order_by("id"),
        ),
    ]


class StatementSnapshot(models.Model):
    """What each historical statement row keeps besides the statement's own columns.

    Tags and denial links live in other tables; a copy of them in every
    history row makes each row a whole state, so any of them can be compared
    with the one before and restored. Filled in by `claims.history`.
    """

    tags_snapshot = models.JSONField(default=list, blank=True, help_text="Tag names, sorted.")
    denials_snapshot = models.JSONField(
        default=list,
        blank=True,
        help_text='What the statement denies: [{"statement": id or null, "actor": id or null}, ...].',
    )

    class Meta:
        abstract = True


class Statement(models.Model):
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="statements")
    speaker = models.ForeignKey(
        Actor, null=True, blank=True, on_delete=models.PROTECT, related_name="statements"
    )
    speaker_text = models.CharField(max_length=500, blank=True, help_text="The words naming the speaker.")
    speaker_start = models.PositiveIntegerField(null=True, blank=True)
    speaker_end = models.PositiveIntegerField(null=True, blank=True)
    conduit = models.ForeignKey(
        Actor,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="conveyed_statements",
        help_text="Who passed the words on: KCNA, TASS, a spokesperson.",
    )
    cue = models.CharField(max_length=200, blank=True)
    cue_start = models.PositiveIntegerField(null=True, blank=True)
    cue_end = models.PositiveIntegerField(null=True, blank=True)
    kind = models.CharField(max_length=10, choices=StatementKind.choices, default=StatementKind.INDIRECT)
    content = models.TextField()
    start = models.PositiveIntegerField(help_text="Character offset into article.text.")
    end = models.PositiveIntegerField()
    said_on = models.DateField(null=True, blank=True)
    said_on_precision = models.CharField(max_length=5, choices=DatePrecision.choices, blank=True)
    timeline_date = models.DateField(
        help_text="said_on, else the article's publication date: the timeline's sort key."
    )
    is_denial = models.BooleanField(default=False)
    review_status = models.CharField(
        max_length=10, choices=ReviewStatus.choices, default=ReviewStatus.EXTRACTED
    )
    version = models.PositiveIntegerField(default=1, help_text="Bumped by every edit (optimistic locking).")
    tags = models.ManyToManyField(Tag, blank=True, related_name="statements")
    search_vector = SearchVectorField(
        null=True,
        editable=False,
        help_text="PostgreSQL: kept current by a trigger (see claims/search.py). "
        "Unused on SQLite, which has the FTS5 table claims_statement_fts.",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = StatementQuerySet.as_manager()
    history = HistoricalRecords(
        bases=[StatementSnapshot],
        excluded_fields=["search_vector", "created_at", "updated_at"],
        history_change_reason_field=models.TextField(null=True),
    )

    class Meta:
        ordering = ["article", "start"]
        constraints = [
            models.UniqueConstraint(fields=["article", "start", "end"], name="claims_statement_span_unique"),
            models.CheckConstraint(condition=Q(end__gt=F("start")), name="claims_statement_span_not_empty"),
        ]
        indexes = [
            models.Index(fields=["speaker", "-timeline_date", "-id"], name="claims_statement_timeline_idx"),
            models.Index(
                fields=["-timeline_date", "-id"],
                condition=Q(is_denial=True),
                name="claims_statement_denials_idx",
            ),
            models.Index(fields=["-timeline_date", "-id"], name="claims_statement_recent_idx"),
            models.Index(fields=["review_status"], name="claims_statement_review_idx"),
            models.Index(
                fields=["speaker", "-timeline_date", "-id"],
                condition=Q(is_denial=True),
                name="claims_statement_denier_idx",
            ),
        ]

    def __str__(self) -> str:
        who = self.speaker.name if self.speaker_id and self.speaker else (self.speaker_text or "unknown")
        words = self.content if len(self.content) <= 60 else self.content[:57] + "..."
        return f"{who}: {words}"

    def get_absolute_url(self) -> str:
        return reverse("claims:statement-detail", args=[self.pk])

    @staticmethod
    def timeline_date_for(said_on: dt.date | None, article: Article) -> dt.date:
        """The sort key: said_on, else publication, else the day it was ingested."""
        if said_on:
            return said_on
        if article.published:
            return article.published
        return (article.ingested_at or dt.datetime.now(dt.UTC)).date()


class DenialOrigin(models.TextChoices):
    EXTRACTED = "extracted", "Extracted"
    EDITOR = "editor", "Editor"


class DenialQuerySet(models.QuerySet["Denial"]):
    def visible(self) -> DenialQuerySet:
        """Denials made by a statement analysts see that is (still) flagged as a denial."""
        return self.filter(statement__review_status__in=VISIBLE_STATUSES, statement__is_denial=True)

    def by(self, actor: Actor) -> DenialQuerySet:
        """Denials made by `actor`: walks claims_statement_denier_idx, not all they said."""
        return self.filter(statement__speaker=actor, statement__is_denial=True)

    def against(self, actor: Actor) -> DenialQuerySet:
        """Visible denials of `actor` or of one of `actor`'s (visible) statements.

        Both tests are on the denial row itself (denied_actor; claimant, the
        denied statement's speaker copied there by triggers), so the database
        ORs two index lookups and never walks the actor's statements.
        """
        return self.visible().filter(self.against_q(actor))

    def against_ref(self, actor: models.OuterRef) -> DenialQuerySet:
        """`against` for a correlated subquery (one row of a list)."""
        return self.visible().filter(self.against_q(actor))

    @staticmethod
    def against_q(actor: Actor | models.OuterRef) -> Q:
        return Q(denied_actor=actor) | Q(claimant=actor, denied_statement__review_status__in=VISIBLE_STATUSES)

    def disputes(self) -> DenialQuerySet:
        """Claim-and-denial pairs, newest denial first, with what a row shows.

        A denial of an actor's claims with no one statement identified is a
        dispute too (its claim side is the actor); a rejected claim is not.
        """
        return (
            self.visible()
            .filter(
                Q(denied_statement__isnull=True) | Q(denied_statement__review_status__in=VISIBLE_STATUSES)
            )
            .select_related(
                "statement__speaker",
                "statement__article",
                "denied_statement__speaker",
                "denied_statement__article",
                "denied_actor",
            )
            .order_by("-statement__timeline_date", "-id")
        )

    def between_actors(self, a: Actor | None, b: Actor | None) -> DenialQuerySet:
        """Disputes where `a` is one side and `b` (if given) the other, either way round."""
        if a is None:
            a, b = b, None
        if a is None:
            return self
        claimed_by_a = Q(claimant=a) | Q(denied_actor=a)
        if b is None:
            return self.filter(claimed_by_a | Q(statement__speaker=a))
        claimed_by_b = Q(claimant=b) | Q(denied_actor=b)
        return self.filter(
            (claimed_by_a & Q(statement__speaker=b)) | (claimed_by_b & Q(statement__speaker=a))
        )


class Denial(models.Model):
    """A denying statement and what it rejects: a statement, an actor, or both."""

    statement = models.ForeignKey(Statement, on_delete=models.CASCADE, related_name="denials")
    denied_statement = models.ForeignKey(
        Statement, null=True, blank=True, on_delete=models.CASCADE, related_name="denied_by"
    )
    denied_actor = models.ForeignKey(
        Actor, null=True, blank=True, on_delete=models.SET_NULL, related_name="denials_received"
    )
    claimant = models.ForeignKey(
        Actor,
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The denied statement's speaker, copied by database triggers (claims.claimants).",
    )
    confidence = models.FloatField(default=1.0)
    origin = models.CharField(max_length=10, choices=DenialOrigin.choices, default=DenialOrigin.EXTRACTED)
    created_at = models.DateTimeField(auto_now_add=True)

    objects = DenialQuerySet.as_manager()

    class Meta:
        ordering = ["-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["statement", "denied_statement"], name="claims_denial_unique_pair"
            ),
            models.UniqueConstraint(
                fields=["statement", "denied_actor"],
                condition=Q(denied_statement__isnull=True),
                name="claims_denial_unique_actor_only",
            ),
            models.CheckConstraint(
                condition=~Q(statement=F("denied_statement")), name="claims_denial_not_self"
            ),
            models.CheckConstraint(
                condition=Q(denied_statement__isnull=False) | Q(denied_actor__isnull=False),
                name="claims_denial_has_target",
            ),
            models.CheckConstraint(
                condition=Q(confidence__gte=0) & Q(confidence__lte=1), name="claims_denial_confidence_range"
            ),
        ]

    def __str__(self) -> str:
        target = f"statement {self.denied_statement_id}" if self.denied_statement_id else "a claim"
        return f"Statement {self.statement_id} denies {target}"


class ImportStatus(models.TextChoices):
    QUEUED = "queued", "Queued"
    RUNNING = "running", "Running"
    DONE = "done", "Done"
    FAILED = "failed", "Failed"


class ImportJob(models.Model):
    """One uploaded file of articles, ingested in the background (claims.imports)."""

    file = models.FileField(
        upload_to="imports/%Y/%m/%d/",
        blank=True,
        help_text="A .zip of articles, or one .jsonl, .json, .csv, .txt or .html file.",
    )
    name = models.CharField(max_length=255, blank=True, help_text="The uploaded file's own name.")
    articles = models.JSONField(
        default=list, blank=True, help_text="Stored articles to extract again, instead of a file (ids)."
    )
    force = models.BooleanField(default=False, help_text="Extract again articles whose text is unchanged.")
    status = models.CharField(max_length=10, choices=ImportStatus.choices, default=ImportStatus.QUEUED)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="import_jobs"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    total = models.PositiveIntegerField(default=0, help_text="Records read from the file.")
    processed = models.PositiveIntegerField(
        default=0, help_text="Records written, skipped or rejected so far."
    )
    new = models.PositiveIntegerField(default=0)
    unchanged = models.PositiveIntegerField(default=0)
    updated = models.PositiveIntegerField(default=0)
    rejected = models.PositiveIntegerField(default=0)
    statements = models.PositiveIntegerField(default=0, help_text="Statement rows written.")
    message = models.TextField(blank=True, help_text="The summary, or why the job failed.")
    task_id = models.CharField(max_length=64, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["status", "created_at"], name="claims_import_status_idx")]

    def __str__(self) -> str:
        return f"Import {self.pk}: {self.file_name}"

    @property
    def file_name(self) -> str:
        return self.name or (self.file.name.rsplit("/", 1)[-1] if self.file else "")

    @property
    def percent(self) -> int:
        return 100 * self.processed // self.total if self.total else (100 if self.finished_at else 0)


class ImportOutcome(models.TextChoices):
    NEW = "new", "New"
    UNCHANGED = "unchanged", "Unchanged"
    UPDATED = "updated", "Updated"
    REJECTED = "rejected", "Rejected"


class ImportRecord(models.Model):
    """What became of one record of an import: the per-record report."""

    job = models.ForeignKey(ImportJob, on_delete=models.CASCADE, related_name="records")
    position = models.PositiveIntegerField(help_text="Order in the upload, from 1.")
    origin = models.CharField(max_length=500, help_text="File name and line or row, as the reader names it.")
    outcome = models.CharField(max_length=10, choices=ImportOutcome.choices)
    reason = models.TextField(blank=True, help_text="Why it was rejected, or a warning.")
    article = models.ForeignKey(
        Article, null=True, blank=True, on_delete=models.SET_NULL, related_name="import_records"
    )
    statements = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["job", "position"]
        constraints = [
            models.UniqueConstraint(fields=["job", "position"], name="claims_importrecord_unique_position")
        ]
        indexes = [models.Index(fields=["job", "outcome"], name="claims_import_outcome_idx")]

    def __str__(self) -> str:
        return f"{self.origin}: {self.outcome}"
