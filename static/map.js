// The map on pages without a framework script (MapView.svelte writes its settings into the page;
// static/site.js loads this file when the map comes into view). Leaflet and its clustering plugin
// come from files the build copies as they are.
(function () {
	const box = document.querySelector('[data-map]');
	if (!box) return;
	const config = JSON.parse(box.getAttribute('data-map'));
	const placeholder = box.querySelector('.loading');
	if (placeholder) placeholder.textContent = config.labels.loading;

	const load = (src) =>
		new Promise((resolve, reject) => {
			const script = document.createElement('script');
			script.src = src;
			script.onload = resolve;
			script.onerror = reject;
			document.head.appendChild(script);
		});
	/** Lets the browser handle input and paint before the next step (a new task). */
	const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));
	const escapeHtml = (text) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

	async function draw() {
		for (const href of config.assets.css) {
			// The map page has them in its head already.
			if (document.querySelector(`link[href="${href}"]`)) continue;
			const link = document.createElement('link');
			link.rel = 'stylesheet';
			link.href = href;
			document.head.appendChild(link);
		}
		// The clustering plugin extends the global `L`, as its authors document.
		await load(config.assets.leaflet);
		await load(config.assets.cluster);
		const L = window.L;
		placeholder?.remove();
		const map = L.map(box, { scrollWheelZoom: false });
		// The view first, so the tiles are asked for at once; markers and controls follow in later
		// tasks, each short, so a phone stays responsive while the map builds.
		const places = config.places;
		const pins = [...places, ...config.events].map((p) => [p.lat, p.lon]);
		const focused = places.find((p) => p.slug === config.focus);
		if (focused) map.setView([focused.lat, focused.lon], 15);
		// One pin (a trip with one place) would otherwise zoom to the street's paving stones.
		else if (pins.length > 0)
			map.fitBounds(L.latLngBounds(pins), { padding: [30, 30], maxZoom: 16 });
		else map.setView([21.84778, 106.75778], 13);
		// Offline, or the tile server is down: after a few failures and no success, stop asking (each
		// failure costs a phone on a weak signal) and say so; markers and the list still work.
		let loaded = 0;
		let failed = 0;
		const tiles = L.tileLayer(config.tiles.url, {
			attribution: config.tiles.attribution,
			maxZoom: 19
		})
			.on('tileload', () => loaded++)
			.on('tileerror', () => {
				if (++failed >= 4 && loaded === 0) {
					map.removeLayer(tiles);
					const note = box.parentElement.querySelector('.tiles-failed');
					if (note) note.hidden = false;
				}
			})
			.addTo(map);

		await nextTask();
		const pin = (colour) =>
			L.divIcon({
				className: 'place-marker',
				html: `<svg viewBox="0 0 28 40" width="28" height="40" aria-hidden="true"><path d="M14 1C6.8 1 1 6.7 1 13.8 1 23.5 14 39 14 39s13-15.5 13-25.2C27 6.7 21.2 1 14 1z" fill="${colour}" stroke="#fff" stroke-width="2"/><circle cx="14" cy="14" r="5" fill="#fff"/></svg>`,
				iconSize: [28, 40],
				iconAnchor: [14, 39],
				popupAnchor: [0, -34]
			});
		// Places close together (the walking street and the market, the caves) form a cluster that
		// opens as the map zooms in. The layer control shows or hides a category's markers in it.
		// chunkedLoading: the clusters are worked out in short steps, not one long task.
		const cluster = L.markerClusterGroup({
			showCoverageOnHover: false,
			maxClusterRadius: 40,
			chunkedLoading: true
		});
		map.addLayer(cluster);
		const markers = {};
		const groups = {};
		for (const place of places) {
			// Built as DOM nodes, never as HTML strings: names come from the database.
			const popup = document.createElement('div');
			const title = document.createElement('strong');
			title.textContent = place.name;
			const link = document.createElement('a');
			link.href = `/${config.locale}/places/${encodeURIComponent(place.slug)}`;
			link.textContent = config.labels.openPlace;
			popup.append(title, document.createElement('br'), link);
			const marker = L.marker([place.lat, place.lon], {
				icon: pin(config.colours[place.category]),
				title: place.name,
				alt: place.name,
				riseOnHover: true
			}).bindPopup(popup);
			// Leaflet makes a new element each time a layer is shown again.
			marker.on('add', () => marker.getElement()?.setAttribute('data-slug', place.slug));
			(markers[place.category] ??= []).push(marker);
			groups[place.category] ??= L.layerGroup().addTo(map);
		}
		cluster.addLayers(Object.values(markers).flat());
		const categoryOf = new Map(Object.entries(groups).map(([c, g]) => [g, c]));
		map.on('overlayadd', (e) => cluster.addLayers(markers[categoryOf.get(e.layer)] ?? []));
		map.on('overlayremove', (e) => cluster.removeLayers(markers[categoryOf.get(e.layer)] ?? []));

		// This week's events, as star pins; popups again built from DOM nodes.
		let eventGroup = null;
		if (config.events.length > 0) {
			eventGroup = L.layerGroup().addTo(map);
			const star = L.divIcon({
				className: 'place-marker',
				html: '<svg viewBox="0 0 28 28" width="28" height="28" aria-hidden="true"><path d="M14 1l3.9 8 8.6 1.2-6.3 6 1.6 8.6L14 20.7l-7.8 4.1 1.6-8.6-6.3-6L10.1 9z" fill="#d9a21b" stroke="#3d0b19" stroke-width="1.5"/></svg>',
				iconSize: [28, 28],
				iconAnchor: [14, 14],
				popupAnchor: [0, -12]
			});
			for (const event of config.events) {
				const popup = document.createElement('div');
				const link = document.createElement('a');
				link.href = `/${config.locale}/events/${event.id}`;
				link.textContent = event.title;
				popup.append(link);
				const marker = L.marker([event.lat, event.lon], {
					icon: star,
					title: event.title,
					alt: event.title,
					// Events sit on top of the places they happen at.
					zIndexOffset: 1000
				}).bindPopup(popup);
				marker.on('add', () => marker.getElement()?.setAttribute('data-event', String(event.id)));
				eventGroup.addLayer(marker);
			}
		}

		await nextTask();
		if (config.layers && Object.keys(groups).length > 1) {
			const overlays = {};
			for (const [category, label] of Object.entries(config.labels.categories)) {
				if (!groups[category]) continue;
				overlays[`<span class="swatch swatch-${category}"></span>${escapeHtml(label)}`] =
					groups[category];
			}
			if (eventGroup) {
				overlays[`<span class="swatch swatch-event"></span>${escapeHtml(config.labels.events)}`] =
					eventGroup;
			}
			L.control.layers(undefined, overlays, { collapsed: window.innerWidth < 640 }).addTo(map);
		}
	}

	draw().catch(() => {
		if (placeholder) placeholder.textContent = config.labels.unavailable;
	});
})();
