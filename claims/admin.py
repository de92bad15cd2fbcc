from django.contrib import admin
from django.db.models import Count, QuerySet
from django.http import HttpRequest

from claims.models import Actor, ActorAlias, Article, Denial, Statement, Tag
from claims.names import normalize_name


class ActorAliasInline(admin.TabularInline):
    model = ActorAlias
    fields = ["alias", "normalized", "actor_kind"]
    readonly_fields = ["normalized", "actor_kind"]
    extra = 0


@admin.register(Actor)
class ActorAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "role", "affiliation", "country_code", "statement_count"]
    list_filter = ["kind"]
    list_select_related = ["affiliation"]
    search_fields = ["name", "role", "aliases__alias", "aliases__normalized"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["affiliation"]
    inlines = [ActorAliasInline]

    def get_queryset(self, request: HttpRequest) -> QuerySet[Actor]:
        return super().get_queryset(request).annotate(n_statements=Count("statements", distinct=True))

    @admin.display(description="statements", ordering="n_statements")
    def statement_count(self, actor: Actor) -> int:
        return actor.n_statements

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
class StatementAdmin(admin.ModelAdmin):
    list_display = ["short_content", "speaker", "kind", "is_denial", "said_on", "review_status", "article"]
    list_filter = ["kind", "is_denial", "review_status", "said_on_precision", "tags"]
    list_select_related = ["speaker", "article"]
    search_fields = ["content", "speaker_text", "speaker__name", "speaker__aliases__alias", "cue"]
    autocomplete_fields = ["speaker", "conduit", "article"]
    filter_horizontal = ["tags"]
    readonly_fields = ["version", "created_at", "updated_at"]
    date_hierarchy = "timeline_date"
    inlines = [DenialInline]

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
