export interface TileConfig {
	url: string;
	/** HTML set by whoever deploys the portal (never by a user of it). */
	attribution: string;
}

const OSM: TileConfig = {
	url: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
	attribution:
		'&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors'
};

/** Map tiles from TILE_URL (and TILE_ATTRIBUTION), OpenStreetMap's standard tiles by default. */
export function tileConfig(env: Record<string, string | undefined> = process.env): TileConfig {
	const url = env.TILE_URL?.trim();
	if (!url) return OSM;
	return { url, attribution: env.TILE_ATTRIBUTION?.trim() || OSM.attribution };
}
