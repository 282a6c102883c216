// The one script every page loads, including pages that ship no other JavaScript: it counts the
// view (the root layout says which page, if it is counted), installs the offline copy, stops a form
// sent without a connection (saying why, so nothing typed is lost), and runs the stars of My trip
// and the share buttons.
(function () {
	var me = document.currentScript;
	var path = me && me.getAttribute('data-count');
	var offlineText = me && me.getAttribute('data-offline');
	if (path) {
		var query = new URLSearchParams({ p: path, r: document.referrer });
		new Image().src = '/count?' + query;
	}
	if ('serviceWorker' in navigator) {
		addEventListener('load', function () {
			navigator.serviceWorker.register('/service-worker.js');
		});
	}
	var sent = null;
	var tell = function (form) {
		if (!form || !offlineText) return;
		var note = form.querySelector('.offline-note');
		if (!note) {
			note = document.createElement('p');
			note.className = 'offline-note';
			note.setAttribute('role', 'alert');
			form.appendChild(note);
		}
		note.textContent = offlineText;
	};
	// Capturing, so the form's own handlers (a hydrated page's) never start sending.
	document.addEventListener(
		'submit',
		function (event) {
			sent = event.target;
			if (navigator.onLine || !offlineText) return;
			event.preventDefault();
			event.stopImmediatePropagation();
			tell(sent);
		},
		true
	);

	// My trip: starred places, events and dishes, kept on this phone only (never sent anywhere but
	// in the address of the trip page, which is the link a visitor may share).
	var KEY = 'visit-lang-son-trip';
	var saved = function () {
		try {
			var list = JSON.parse(localStorage.getItem(KEY) || '[]');
			return Array.isArray(list)
				? list.filter(function (item) {
						return typeof item === 'string';
					})
				: [];
		} catch {
			return [];
		}
	};
	var save = function (list) {
		try {
			localStorage.setItem(KEY, JSON.stringify(list));
		} catch {
			// Private browsing with storage off: the star simply does not stay.
		}
	};
	var showStars = function () {
		var list = saved();
		document.querySelectorAll('[data-trip]').forEach(function (button) {
			var on = list.indexOf(button.getAttribute('data-trip')) >= 0;
			button.hidden = false;
			button.setAttribute('aria-pressed', on ? 'true' : 'false');
			var label = button.getAttribute(on ? 'data-saved' : 'data-save');
			button.querySelector('.trip-label').textContent = label;
			// Heard with what it saves: a list has many stars.
			button.setAttribute('aria-label', label + ': ' + button.getAttribute('data-name'));
		});
		document.querySelectorAll('[data-trip-add]').forEach(function (button) {
			var all = button.getAttribute('data-trip-add').split(',');
			button.hidden = all.every(function (item) {
				return list.indexOf(item) >= 0;
			});
		});
	};
	// The trip page is drawn by the server from its address: without one, the saved list's.
	var arrived = function () {
		if (document.querySelector('[data-trip-page]') && !location.search && saved().length > 0) {
			location.replace('?items=' + saved().sort().join(','));
		}
		showStars();
		document.querySelectorAll('[data-share]').forEach(function (button) {
			button.hidden = !navigator.share && !(navigator.clipboard && window.isSecureContext);
		});
	};
	arrived();
	// A map is drawn when it comes into view (static/map.js, then Leaflet), after the page's text.
	var map = document.querySelector('[data-map][data-script]');
	if (map && 'IntersectionObserver' in window) {
		var watch = new IntersectionObserver(
			function (entries) {
				if (!entries.some(function (entry) {
					return entry.isIntersecting;
				})) return;
				watch.disconnect();
				var script = document.createElement('script');
				script.src = map.getAttribute('data-script');
				document.head.appendChild(script);
			},
			{ rootMargin: '200px' }
		);
		watch.observe(map);
	}
	// "Open now" is the server's answer when it drew the page; past its time it is not said.
	document.querySelectorAll('[data-until]').forEach(function (line) {
		if (Date.now() / 1000 < Number(line.getAttribute('data-until'))) return;
		line.classList.remove('open');
		line.classList.add('unknown');
		line.lastChild.textContent = line.getAttribute('data-stale');
	});
	// A hydrated page drew another without loading it (src/routes/+layout.svelte).
	document.addEventListener('visit:navigated', arrived);
	document.addEventListener('click', function (event) {
		var star = event.target.closest && event.target.closest('[data-trip]');
		var add = event.target.closest && event.target.closest('[data-trip-add]');
		var share = event.target.closest && event.target.closest('[data-share]');
		if (star) {
			var list = saved();
			var item = star.getAttribute('data-trip');
			var at = list.indexOf(item);
			if (at >= 0) list.splice(at, 1);
			else list.push(item);
			save(list);
			showStars();
		} else if (add) {
			var mine = saved();
			add
				.getAttribute('data-trip-add')
				.split(',')
				.forEach(function (item) {
					if (mine.indexOf(item) < 0) mine.push(item);
				});
			save(mine);
			showStars();
		} else if (share) {
			var url = share.getAttribute('data-share');
			if (navigator.share) {
				navigator.share({ title: share.getAttribute('data-title'), url: url }).catch(function () {
					// Closed without sharing.
				});
			} else {
				navigator.clipboard.writeText(url).then(function () {
					share.querySelector('.share-label').textContent = share.getAttribute('data-copied');
				});
			}
		}
	});

	// The phone thought it was online; the service worker found it was not and kept the page.
	if ('serviceWorker' in navigator) {
		navigator.serviceWorker.addEventListener('message', function (event) {
			if (event.data && event.data.type === 'form-offline') tell(sent);
		});
	}
})();
