"""The "Analysts" group reads; the "Editors" group also edits statements, actors and tags."""

from django.db import migrations

READ = ["view_article", "view_actor", "view_actoralias", "view_statement", "view_denial", "view_tag"]
EDIT = [
    "change_statement",
    "add_denial", "change_denial", "delete_denial",
    "add_tag", "change_tag",
    "add_actor", "change_actor",
    "add_actoralias", "change_actoralias", "delete_actoralias",
]


def create_groups(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    # Permissions are normally made after all migrations; make ours now. The
    # historical app config is a stub without models_module, which
    # create_permissions checks only to skip apps that have no models.
    app_config = apps.get_app_config("claims")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")

    def perms(codenames):
        return Permission.objects.filter(content_type__app_label="claims", codename__in=codenames)

    analysts, _ = Group.objects.get_or_create(name="Analysts")
    analysts.permissions.add(*perms(READ))
    editors, _ = Group.objects.get_or_create(name="Editors")
    editors.permissions.add(*perms(READ + EDIT))


def remove_groups(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=["Analysts", "Editors"]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("claims", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_groups, remove_groups)]
