"""POST /statements/<id>/tags/: add (existing or new) and remove tags; suggestions as you type."""

import pytest

from claims.editing import EditError, statement_tag
from claims.models import Statement, Tag
from tests.factories import TagFactory, UserFactory, editor

pytestmark = pytest.mark.django_db

HTMX = {"HX-Request": "true"}


def names(statement) -> list[str]:
    return sorted(Statement.objects.get(pk=statement.pk).tags.values_list("name", flat=True))


def test_adding_existing_and_new_tags_by_name(as_editor, world):
    TagFactory(name="Border security")
    response = as_editor.post(
        f"/statements/{world.drones.pk}/tags/", {"add": "border security, Drones ,", "version": 1}
    )
    assert response.status_code == 302
    assert names(world.drones) == ["Border security", "Drones"]  # matched whatever the case; one created
    assert Tag.objects.count() == 2
    assert Tag.objects.get(name="Drones").slug == "drones"


def test_removing_a_tag_keeps_the_tag_itself(as_editor, world):
    world.drones.tags.add(TagFactory(name="drones"), TagFactory(name="rebels"))
    response = as_editor.post(f"/statements/{world.drones.pk}/tags/", {"remove": "rebels", "version": 1})
    assert response.status_code == 302
    assert names(world.drones) == ["drones"]
    assert Tag.objects.filter(name="rebels").exists()


def test_htmx_returns_the_card_with_the_tag_editor_closed_and_the_tags_shown(as_editor, world):
    response = as_editor.post(
        f"/statements/{world.drones.pk}/tags/", {"add": "cargo", "version": 1}, headers=HTMX
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert '<ul class="tags" aria-label="Tags">' in html
    assert "?tag=cargo" in html
    assert "Tags saved." in html


def test_the_tag_editor_opens_in_the_card(as_editor, world):
    world.drones.tags.add(TagFactory(name="drones"))
    html = as_editor.get(f"/statements/{world.drones.pk}/tags/", headers=HTMX).content.decode()
    assert f'id="statement-{world.drones.pk}-add"' in html
    assert 'name="remove" value="drones"' in html
    assert "<h1>" not in html  # a fragment, not a page
    page = as_editor.get(f"/statements/{world.drones.pk}/tags/").content.decode()
    assert "<h1>Tag a statement</h1>" in page


def test_nothing_to_do_is_a_form_error(as_editor, world):
    response = as_editor.post(
        f"/statements/{world.drones.pk}/tags/", {"add": " , ", "version": 1}, headers=HTMX
    )
    assert response.status_code == 200
    assert "Type a tag to add, or pick one to remove." in response.content.decode()
    assert Statement.objects.get(pk=world.drones.pk).version == 1


def test_a_tag_without_letters_is_refused_in_the_form(as_editor, world):
    response = as_editor.post(f"/statements/{world.drones.pk}/tags/", {"add": "!!!", "version": 1})
    assert response.status_code == 400
    assert "needs at least one letter or digit" in response.content.decode()
    assert not Tag.objects.exists()


def test_only_users_who_may_add_tags_create_them(world):
    from django.contrib.auth.models import Permission

    user = UserFactory(username="retagger")
    user.user_permissions.add(Permission.objects.get(codename="change_statement"))
    TagFactory(name="drones")
    statement_tag(statement=world.drones, editor=user, version=1, add=["drones"], create=False)
    with pytest.raises(EditError, match="may not create tags"):
        statement_tag(statement=world.drones, editor=user, version=2, add=["brand new"], create=False)


def test_the_history_says_which_tags_came_and_went(world):
    user = editor()
    statement_tag(statement=world.drones, editor=user, version=1, add=["drones", "rebels"])
    statement_tag(statement=world.drones, editor=user, version=2, add=["cargo"], remove=["rebels"])
    reasons = list(
        Statement.history.filter(id=world.drones.pk)
        .order_by("history_date")
        .values_list("history_change_reason", "tags_snapshot")
    )
    assert reasons == [
        (None, []),  # the factory's save; ingest's bulk_create writes none: see test_statement_history
        ("tags: +drones +rebels", ["drones", "rebels"]),
        ("tags: +cargo −rebels", ["cargo", "drones"]),
    ]


def test_suggestions_list_matching_tags_for_the_datalist(as_editor):
    for name in ("drones", "drone strikes", "harbour"):
        TagFactory(name=name)
    html = as_editor.get("/tags/suggest/", {"add": "border, dro"}).content.decode()
    assert html == '<option value="drone strikes"></option><option value="drones"></option>\n'


def test_suggestions_are_for_editors_only(client):
    from tests.factories import analyst

    client.force_login(analyst())
    assert client.get("/tags/suggest/?q=dro").status_code == 403
