// Public pages are text, links and plain forms: they ship no framework script (static/site.js counts
// the view and keeps the offline copy). A page with a live part (the map, My trip) turns this back on.
export const csr = false;
