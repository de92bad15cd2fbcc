from django.urls import path

from claims import views

app_name = "claims"

urlpatterns = [
    path("", views.home, name="home"),
    path("actors/<slug:slug>/", views.actor_detail, name="actor-detail"),
    path("articles/<int:pk>/", views.article_detail, name="article-detail"),
    path("statements/<int:pk>/", views.statement_detail, name="statement-detail"),
]
