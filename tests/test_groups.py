import pytest
from django.contrib.auth.models import Group

pytestmark = pytest.mark.django_db


def codenames(group_name: str) -> set[str]:
    return set(Group.objects.get(name=group_name).permissions.values_list("codename", flat=True))


def test_analysts_read_only():
    perms = codenames("Analysts")
    assert {"view_statement", "view_actor", "view_article"} <= perms
    assert not any(p.startswith(("change_", "add_", "delete_")) for p in perms)


def test_editors_also_edit_statements_and_actors():
    perms = codenames("Editors")
    assert {"view_statement", "change_statement", "change_actor", "add_tag", "add_denial"} <= perms
    assert "delete_statement" not in perms  # statements are rejected, never deleted
