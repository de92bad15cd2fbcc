// Progressive enhancement only: every page works without this file.

// Filters leave empty fields out of the URL that htmx pushes, so a shared or
// bookmarked link reads "?kind=direct", not "?q=&kind=direct&since=&until=".
document.addEventListener("htmx:configRequest", (event) => {
  if (event.detail.verb !== "get") return;
  const params = event.detail.parameters;
  for (const [name, value] of Array.from(params.entries())) {
    if (value === "") params.delete(name);
  }
});
