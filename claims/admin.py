from django import forms
from django.contrib import admin, messages
from django.db import transaction
from django.db.models import Case, Count, QuerySet, When
from django.http import HttpRequest, HttpResponseRedirect, StreamingHttpResponse
from django.urls import reverse
from django.utils.html import format_html, format_html_join
from simple_history.admin import SimpleHistoryAdmin

from claims import export
from claims.editing import EditError, aliases_rekind
from claims.history import history_baseline, history_record
from claims.imports import UploadError, articles_reextract, import_job_start, upload_check
from claims.models import (
    Actor,
    ActorAlias,
    ActorRedirect,
    Article,
    Denial,
    ImportJob,
    ImportOutcome,
    ImportRecord,
    ImportStatus,
    Statement,
    Tag,
)
from claims.names import normalize_name


class ActorAliasInline(admin.TabularInline):
    model = ActorAlias
    fields = ["alias", "normalized", "actor_kind"]
    readonly_fields = ["normalized", "actor_kind"]
    extra = 0


class ActorAdminForm(forms.ModelForm):
    class Meta:
        model = Actor
        fields = ["name", "slug", "kind", "role", "affiliation", "country_code"]

    def clean_kind(self) -> str:
        """Aliases carry their actor's kind: a kind whose names another actor has is refused here."""
        kind = self.cleaned_data["kind"]
        if self.instance.pk and kind != self.instance.kind:
            try:
                with transaction.atomic():
                    aliases_rekind(self.instance, kind)
                    transaction.set_rollback(True)  # only a check: save_model makes the change
            except EditError as error:
                raise forms.ValidationError(str(error)) from None
        return kind


@admin.register(Actor)
class ActorAdmin(SimpleHistoryAdmin):
    form = ActorAdminForm
    list_display = ["name", "kind", "role", "affiliation", "country_code", "statement_count"]
    list_filter = ["kind"]
    list_select_related = ["affiliation"]
    search_fields = ["name", "role", "aliases__alias", "aliases__normalized"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["affiliation"]
    readonly_fields = ["version"]
    inlines = [ActorAliasInline]

    def get_queryset(self, request: HttpRequest) -> QuerySet[Actor]:
        return super().get_queryset(request).annotate(n_statements=Count("statements", distinct=True))

    @admin.display(description="statements", ordering="n_statements")
    def statement_count(self, actor: Actor) -> int:
        return actor.n_statements

    def save_model(self, request, obj, form, change):  # type: ignore[no-untyped-def]
        # An edit here is an edit like any other: the app's open forms on this actor must see a conflict.
        if change:
            obj.version += 1
            if "kind" in form.changed_data:
                obj.aliases.update(actor_kind=obj.kind)
        super().save_model(request, obj, form, change)

    def save_formset(self, request, form, formset, change):  # type: ignore[no-untyped-def]
        # Aliases typed in the inline get their derived columns from the actor.
        aliases = formset.save(commit=False)
        for alias in aliases:
            alias.normalized = normalize_name(alias.alias)
            alias.actor_kind = form.instance.kind
            alias.save()
        for alias in formset.deleted_objects:
            alias.delete()


@admin.register(ActorAlias)
class ActorAliasAdmin(admin.ModelAdmin):
    list_display = ["alias", "actor", "actor_kind", "normalized"]
    list_filter = ["actor_kind"]
    list_select_related = ["actor"]
    search_fields = ["alias", "normalized", "actor__name"]
    autocomplete_fields = ["actor"]
    readonly_fields = ["normalized", "actor_kind"]

    def save_model(self, request, obj, form, change):  # type: ignore[no-untyped-def]
        obj.normalized = normalize_name(obj.alias)
        obj.actor_kind = obj.actor.kind
        super().save_model(request, obj, form, change)


class StatementInline(admin.TabularInline):
    model = Statement
    fields = ["speaker", "kind", "cue", "content", "is_denial", "review_status"]
    readonly_fields = fields
    show_change_link = True
    extra = 0
    can_delete = False


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ["title", "source", "published", "statement_count", "ingested_at", "extractor_version"]
    list_filter = ["source", "published", "extractor_version"]
    search_fields = ["title", "byline", "url", "external_id"]
    date_hierarchy = "published"
    readonly_fields = ["content_hash", "ingested_at", "updated_at", "extractor_version"]
    inlines = [StatementInline]
    actions = ["reextract"]

    @admin.action(description="Re-run extraction for the selected articles (editors' work is kept)")
    def reextract(self, request: HttpRequest, queryset: QuerySet[Article]) -> None:
        job = articles_reextract(articles=queryset, user=request.user)
        url = reverse("admin:claims_importjob_change", args=[job.pk])
        self.message_user(
            request,
            format_html(
                '{} is <a href="{}">import {}</a>: its page shows how it goes.', job.name, url, job.pk
            ),
        )

    def get_queryset(self, request: HttpRequest) -> QuerySet[Article]:
        return super().get_queryset(request).annotate(n_statements=Count("statements"))

    @admin.display(description="statements", ordering="n_statements")
    def statement_count(self, article: Article) -> int:
        return article.n_statements


class DenialInline(admin.TabularInline):
    model = Denial
    fk_name = "statement"
    fields = ["denied_statement", "denied_actor", "confidence", "origin"]
    autocomplete_fields = ["denied_statement", "denied_actor"]
    extra = 0


@admin.register(Statement)
class StatementAdmin(SimpleHistoryAdmin):
    list_display = ["short_content", "speaker", "kind", "is_denial", "said_on", "review_status", "article"]
    list_filter = ["kind", "is_denial", "review_status", "said_on_precision", "tags"]
    list_select_related = ["speaker", "article"]
    search_fields = ["content", "speaker_text", "speaker__name", "speaker__aliases__alias", "cue"]
    autocomplete_fields = ["speaker", "conduit", "article"]
    filter_horizontal = ["tags"]
    readonly_fields = ["version", "created_at", "updated_at"]
    date_hierarchy = "timeline_date"
    inlines = [DenialInline]
    actions = ["export_csv", "export_json"]

    def save_model(self, request, obj, form, change):  # type: ignore[no-untyped-def]
        # The history row is written in save_related, once tags and denial links are saved too.
        if change:
            history_baseline([Statement.objects.get(pk=obj.pk)])
            obj.version += 1
        obj.save_without_historical_record()

    def save_related(self, request, form, formsets, change):  # type: ignore[no-untyped-def]
        super().save_related(request, form, formsets, change)
        reason = "changed in the admin" if change else "added in the admin"
        history_record([form.instance], user=request.user, reason=reason, history_type="~" if change else "+")

    @admin.action(description="Export selected statements (CSV)")
    def export_csv(self, request: HttpRequest, queryset: QuerySet[Statement]) -> StreamingHttpResponse:
        return self._export(request, queryset, "csv")

    @admin.action(description="Export selected statements (JSON)")
    def export_json(self, request: HttpRequest, queryset: QuerySet[Statement]) -> StreamingHttpResponse:
        return self._export(request, queryset, "json")

    def _export(self, request: HttpRequest, queryset: QuerySet[Statement], fmt: str) -> StreamingHttpResponse:
        statements = queryset.for_list().with_links().order_by("-timeline_date", "-id")
        rows = (
            export.statement_row(s, request.build_absolute_uri) for s in statements.iterator(chunk_size=1000)
        )
        return export.stream(rows, fields=export.STATEMENT_FIELDS, name="statements", fmt=fmt)

    @admin.display(description="content")
    def short_content(self, statement: Statement) -> str:
        return statement.content if len(statement.content) <= 80 else statement.content[:77] + "..."


@admin.register(Denial)
class DenialAdmin(admin.ModelAdmin):
    list_display = ["statement", "denied_statement", "denied_actor", "confidence", "origin", "created_at"]
    list_filter = ["origin"]
    list_select_related = ["statement__speaker", "denied_statement__speaker", "denied_actor"]
    search_fields = ["statement__content", "denied_statement__content", "denied_actor__name"]
    autocomplete_fields = ["statement", "denied_statement", "denied_actor"]


@admin.register(ActorRedirect)
class ActorRedirectAdmin(admin.ModelAdmin):
    list_display = ["old_slug", "actor", "created_at"]
    list_select_related = ["actor"]
    search_fields = ["old_slug", "actor__name", "actor__slug"]
    autocomplete_fields = ["actor"]


@admin.register(Tag)
class TagAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "statement_count"]
    search_fields = ["name", "slug"]
    prepopulated_fields = {"slug": ["name"]}

    def get_queryset(self, request: HttpRequest) -> QuerySet[Tag]:
        return super().get_queryset(request).annotate(n_statements=Count("statements"))

    @admin.display(description="statements", ordering="n_statements")
    def statement_count(self, tag: Tag) -> int:
        return tag.n_statements


class ImportJobAddForm(forms.ModelForm):
    """The add page asks for nothing but the file."""

    class Meta:
        model = ImportJob
        fields = ["file"]

    def __init__(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        super().__init__(*args, **kwargs)
        self.fields["file"].required = True  # blank in the model: re-extraction jobs have none

    def clean_file(self):  # type: ignore[no-untyped-def]
        upload = self.cleaned_data["file"]
        head = upload.read(4)
        upload.seek(0)
        try:
            upload_check(upload.name, head)
        except UploadError as error:
            raise forms.ValidationError(str(error)) from None
        return upload


@admin.register(ImportJob)
class ImportJobAdmin(admin.ModelAdmin):
    """Upload a file of articles; the job ingests it in the background (claims.imports)."""

    list_display = [
        "__str__",
        "status",
        "progress",
        "new",
        "unchanged",
        "updated",
        "rejected",
        "created_by",
        "created_at",
    ]
    list_filter = ["status"]
    list_select_related = ["created_by"]
    search_fields = ["name", "file"]
    date_hierarchy = "created_at"
    SHOWN = [
        "name",
        "state",
        "progress",
        "new",
        "unchanged",
        "updated",
        "rejected",
        "statements",
        "created_by",
        "created_at",
        "started_at",
        "finished_at",
        "task_id",
        "stored_file",
        "force",
        "report",
    ]

    def get_fields(self, request: HttpRequest, obj: ImportJob | None = None) -> list[str]:
        return ["file"] if obj is None else self.SHOWN

    def get_readonly_fields(self, request: HttpRequest, obj: ImportJob | None = None) -> list[str]:
        return [] if obj is None else self.SHOWN

    def get_form(self, request, obj=None, change=False, **kwargs):  # type: ignore[no-untyped-def]
        if obj is None:
            kwargs["form"] = ImportJobAddForm
        return super().get_form(request, obj, change, **kwargs)

    def has_change_permission(self, request: HttpRequest, obj: ImportJob | None = None) -> bool:
        return False  # a job is read, not edited: its page shows progress and the report

    def save_model(self, request, obj, form, change):  # type: ignore[no-untyped-def]
        obj.created_by = request.user
        obj.name = form.cleaned_data["file"].name[:255]
        super().save_model(request, obj, form, change)
        import_job_start(job=obj)

    def response_add(self, request, obj, post_url_continue=None):  # type: ignore[no-untyped-def]
        # The job starts when this request's transaction commits, after this method: its page tells.
        self.message_user(request, f"Upload received: {obj.file_name} is import {obj.pk}.", messages.SUCCESS)
        return HttpResponseRedirect(reverse("admin:claims_importjob_change", args=[obj.pk]))

    @admin.display(description="file")
    def stored_file(self, job: ImportJob) -> str:
        """Where the upload is kept (MEDIA_ROOT), as text: media files are not served."""
        return job.file.name if job.file else "none: stored articles, extracted again"

    @admin.display(description="state")
    def state(self, job: ImportJob) -> str:
        if job.status == ImportStatus.QUEUED:
            return (
                "Queued: waiting for a worker (python manage.py db_worker). This page follows its progress."
            )
        if job.status == ImportStatus.RUNNING:
            return f"Running: {job.processed} of {job.total or '?'} records so far."
        return f"{job.get_status_display()}: {job.message}"

    @admin.display(description="progress")
    def progress(self, job: ImportJob) -> str:
        if not job.total:
            return "—" if job.status == ImportStatus.QUEUED else f"{job.processed} records"
        return format_html(
            '<progress max="{}" value="{}"></progress> {} of {} records ({}%)',
            job.total,
            job.processed,
            job.processed,
            job.total,
            job.percent,
        )

    @admin.display(description="report")
    def report(self, job: ImportJob) -> str:
        """Rejected records first (with their reasons), then the others, up to REPORT_ROWS."""
        records = list(
            job.records.order_by(
                Case(When(outcome=ImportOutcome.REJECTED, then=0), default=1), "position"
            ).select_related("article")[: self.REPORT_ROWS]
        )
        if not records:
            return "No records yet."
        rows = format_html_join(
            "",
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            (
                (
                    r.position,
                    r.origin,
                    r.get_outcome_display(),
                    _article_link(r) if r.article_id else "",
                    r.reason or _statements(r),
                )
                for r in records
            ),
        )
        everything = reverse("admin:claims_importrecord_changelist") + f"?job__id__exact={job.pk}"
        return format_html(
            "<table><thead><tr><th>#</th><th>record</th><th>outcome</th><th>article</th><th>details</th></tr>"
            '</thead><tbody>{}</tbody></table><p><a href="{}">All {} records of this import</a></p>',
            rows,
            everything,
            job.records.count(),
        )

    REPORT_ROWS = 500


def _statements(record: ImportRecord) -> str:
    if record.outcome in (ImportOutcome.UNCHANGED, ImportOutcome.REJECTED):
        return ""
    return f"{record.statements} statement{'' if record.statements == 1 else 's'}"


def _article_link(record: ImportRecord) -> str:
    return format_html('<a href="{}">{}</a>', record.article.get_absolute_url(), record.article)


@admin.register(ImportRecord)
class ImportRecordAdmin(admin.ModelAdmin):
    list_display = ["job", "position", "origin", "outcome", "reason", "article", "statements"]
    list_filter = ["outcome", "job"]
    list_select_related = ["job", "article"]
    search_fields = ["origin", "reason"]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: ImportRecord | None = None) -> bool:
        return False
