import { error } from '@sveltejs/kit';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { RequestHandler } from './$types';
import { IMAGE_NAME, uploadsDir } from '$lib/server/places/images';

const TYPES = {
	jpg: 'image/jpeg',
	png: 'image/png',
	webp: 'image/webp',
	avif: 'image/avif'
} as const;

/** Uploaded event images: only names we generated, only the three image types, never as HTML. */
export const GET: RequestHandler = async ({ params }) => {
	if (!IMAGE_NAME.test(params.file)) error(404, 'errors.notFoundText');
	let body: Buffer;
	try {
		body = await readFile(join(uploadsDir(), params.file));
	} catch {
		error(404, 'errors.notFoundText');
	}
	const ext = params.file.split('.').pop() as keyof typeof TYPES;
	return new Response(new Uint8Array(body), {
		headers: {
			'content-type': TYPES[ext],
			'content-length': String(body.length),
			'cache-control': 'public, max-age=31536000, immutable',
			'content-security-policy': "default-src 'none'; sandbox"
		}
	});
};
