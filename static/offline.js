// Lists the pages kept on this phone in the offline page's language (see src/service-worker.ts).
(function () {
	var list = document.getElementById('kept-pages');
	var none = document.getElementById('kept-none');
	if (!list || !('caches' in window)) return;
	var lang = list.getAttribute('data-lang');
	var decode = function (html) {
		return new DOMParser().parseFromString(html, 'text/html').documentElement.textContent;
	};
	caches
		.keys()
		.then(function (names) {
			var pages = names.filter(function (name) {
				return name.indexOf('pages-') === 0;
			});
			return Promise.all(
				pages.map(function (name) {
					return caches.open(name).then(function (cache) {
						return cache.keys().then(function (requests) {
							return Promise.all(
								requests.map(function (request) {
									return cache.match(request).then(function (response) {
										return { url: new URL(request.url), response: response };
									});
								})
							);
						});
					});
				})
			);
		})
		.then(function (groups) {
			var seen = {};
			groups.flat().forEach(function (entry) {
				var title = entry.response && entry.response.headers.get('x-title');
				// My trip is kept once per list it showed; it is one page to the visitor.
				var trip = /\/trip$/.test(entry.url.pathname);
				var path = entry.url.pathname + (trip ? '' : entry.url.search);
				if (!title || seen[path] || entry.url.pathname.split('/')[1] !== lang) return;
				if (entry.url.pathname === '/' + lang + '/offline') return;
				seen[path] = true;
				var item = document.createElement('li');
				var link = document.createElement('a');
				link.href = path;
				// Without the site's name after the dot: every title has it.
				link.textContent = decode(decodeURIComponent(title)).split(' · ')[0];
				item.appendChild(link);
				list.appendChild(item);
			});
			if (list.children.length > 0 && none) none.hidden = true;
		});
})();
