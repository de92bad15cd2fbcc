from django.urls import path

from claims import editing_views, views

app_name = "claims"

urlpatterns = [
    path("", views.home, name="home"),
    path("actors/", views.actor_list, name="actor-list"),
    path("actors/suggest/", editing_views.actor_suggestions, name="actor-suggestions"),
    path("actors/<slug:slug>/", views.actor_detail, name="actor-detail"),
    path("actors/<slug:slug>/edit/", editing_views.actor_edit, name="actor-edit"),
    path("actors/<slug:slug>/merge/", editing_views.actor_merge, name="actor-merge"),
    path("statements/<int:pk>/", views.statement_detail, name="statement-detail"),
    path("statements/<int:pk>/review/", editing_views.statement_review, name="statement-review"),
    path("statements/<int:pk>/tags/", editing_views.statement_tags, name="statement-tags"),
    path("statements/<int:pk>/edit/", editing_views.statement_edit, name="statement-edit"),
    path("statements/<int:pk>/denials/", editing_views.statement_denials, name="statement-denials"),
    path("statements/<int:pk>/history/", editing_views.statement_history, name="statement-history"),
    path("tags/suggest/", editing_views.tag_suggestions, name="tag-suggestions"),
    path("articles/", views.article_list, name="article-list"),
    path("articles/<int:pk>/", views.article_detail, name="article-detail"),
    path("disputes/", views.dispute_list, name="dispute-list"),
    path("search/", views.search, name="search"),
]
