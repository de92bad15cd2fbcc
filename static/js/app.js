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

// An inline edit that fails where htmx shows nothing (403, 500, the network)
// says so instead of doing nothing. 409 is swapped (see base.html), not here.
function showRequestError(text) {
  const box = document.getElementById("request-error");
  if (!box) return;
  box.textContent = text;
  box.hidden = false;
  clearTimeout(showRequestError.timer);
  showRequestError.timer = setTimeout(() => { box.hidden = true; }, 8000);
}
document.addEventListener("htmx:responseError", (event) => {
  const status = event.detail.xhr.status;
  const reasons = {
    403: "Not allowed: your account cannot make this change (or your session ended: reload the page).",
    404: "This item no longer exists: reload the page.",
  };
  showRequestError(reasons[status] || `The server could not do this (error ${status}). Try again.`);
});
document.addEventListener("htmx:sendError", () => {
  showRequestError("The server cannot be reached. Check your connection and try again.");
});
document.addEventListener("htmx:beforeRequest", () => {
  const box = document.getElementById("request-error");
  if (box) box.hidden = true;
});
