// The production entry (`npm start`): the built site (`build/`), in one process or, with
// WORKERS=n (or `auto`, one per core), in n worker processes sharing the port (node:cluster), so
// pages are rendered on every core. The primary process serves nothing: it starts the first worker
// alone (it migrates the database), then the others; restarts a worker that dies; passes SIGTERM
// and SIGINT on and waits for the workers' graceful shutdown; and keeps the day's one list of
// visitors for all workers, writing the unique-visitor counts (src/lib/server/daily-visitors.js).
import cluster from 'node:cluster';
import { availableParallelism } from 'node:os';

const workers = parseWorkers(process.env.WORKERS);

if (workers === null) {
	console.error('WORKERS must be a whole number from 1 to 64, or "auto" (one per core).');
	process.exit(2);
} else if (workers === 1 || cluster.isWorker) {
	if (cluster.isWorker) {
		// After the graceful shutdown (the last visit counts sent), let the primary know and go.
		process.once('sveltekit:shutdown', () => {
			process.send?.({ type: 'worker:done' }, () => process.disconnect());
		});
	}
	const { server } = await import('./build/index.js');
	answerCacheHitsFirst(server);
	// adapter-node's graceful shutdown waits for its server to close, and does nothing at all if
	// it is not listening yet: a worker told to stop while it was starting (a worker node:cluster
	// had not yet given the port) lived on, and the primary waited for it for ever. Such a worker
	// has answered nothing and counted nothing, so it leaves at once. (Looked at before
	// adapter-node's own listener, which stops the server listening.)
	for (const signal of /** @type {const} */ (['SIGTERM', 'SIGINT'])) {
		process.prependListener(signal, () => {
			if (!server?.server?.listening) process.exit(0);
		});
	}
} else {
	await runPrimary(workers);
}

/**
 * Pages in the anonymous page cache are answered before SvelteKit (hooks.server.ts,
 * answerFromCache; it declines anything but a plain hit). adapter-node's server (polka) takes
 * requests through one 'request' listener, `attach`: ours goes in its place and hands on whatever
 * it does not answer. Should adapter-node ever be built otherwise, every request simply goes to
 * SvelteKit as with `node build`.
 * @param {{ server?: import('node:http').Server, attach?: (req: unknown, res: unknown) => void }} app
 */
function answerCacheHitsFirst(app) {
	const answer = /** @type {((req: unknown, res: unknown) => boolean) | undefined} */ (
		/** @type {Record<symbol, unknown>} */ (globalThis)[
			Symbol.for('visit-lang-son.answer-from-cache')
		]
	);
	const { server: http, attach } = app ?? {};
	if (typeof answer !== 'function' || !http || !attach) return;
	if (!http.listeners('request').includes(attach)) return;
	http.removeListener('request', attach);
	http.prependListener('request', (req, res) => {
		if (!answer(req, res)) attach(req, res);
	});
}

/** @param {string | undefined} value */
function parseWorkers(value) {
	if (!value) return 1;
	if (value === 'auto') return availableParallelism();
	const n = Number(value);
	return Number.isInteger(n) && n >= 1 && n <= 64 ? n : null;
}

/** @param {number} count */
async function runPrimary(count) {
	const { default: Database } = await import('better-sqlite3');
	const { DailyVisitors, FIRST_VISITS } = await import('./src/lib/server/daily-visitors.js');
	const { BUSY_TIMEOUT_MS, writeWhenFree } = await import('./src/lib/server/write-when-free.js');
	const now = () => Math.floor(Date.now() / 1000);
	const visitors = new DailyVisitors(now());
	/** @type {Map<string, number>} new visitors per day, not yet written */
	const uniques = new Map();
	/** The database, opened on the first write (the first worker has migrated it by then). */
	const open = () => {
		const db = new Database(process.env.DATABASE_PATH || 'data/portal.db', { fileMustExist: true });
		db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
		const add = db.prepare(
			`INSERT INTO visit_day (date, dimension, value, views, uniques) VALUES (?, 'total', '', 0, ?)
			 ON CONFLICT (date, dimension, value) DO UPDATE SET uniques = uniques + excluded.uniques`
		);
		const addAll = db.transaction((/** @type {[string, number][]} */ counts) => {
			for (const [date, n] of counts) add.run(date, n);
		});
		return { db, addAll };
	};
	/** @type {ReturnType<typeof open> | null} */
	let store = null;
	let stopping = false;
	/** @type {Promise<void> | null} */
	let writing = null;

	// This process hands every new connection to a worker: while another process holds the write
	// lock it must not sleep in SQLite's wait, or new visitors wait with it (writeWhenFree).
	const writeUniques = () =>
		(writing ??= (async () => {
			if (uniques.size === 0) return;
			const counts = [...uniques];
			try {
				store ??= open();
				const { addAll } = store;
				await writeWhenFree(store.db, () => addAll.immediate(counts));
				// Visitors first seen while the write waited stay for the next one.
				for (const [date, n] of counts) {
					const left = (uniques.get(date) ?? 0) - n;
					if (left > 0) uniques.set(date, left);
					else uniques.delete(date);
				}
			} catch (err) {
				// Kept for the next try, as the workers keep their view counts.
				console.error(
					'Unique visitors not written yet, will retry:',
					/** @type {Error} */ (err).message
				);
			}
		})().finally(() => (writing = null)));

	/** @param {import('node:cluster').Worker} worker */
	const listen = (worker) => {
		worker.on('message', (message) => {
			if (message?.type !== FIRST_VISITS || !Array.isArray(message.keys)) return;
			const t = now();
			for (const key of message.keys) {
				if (typeof key === 'string' && visitors.isFirstVisit(key, t)) {
					uniques.set(visitors.date, (uniques.get(visitors.date) ?? 0) + 1);
				}
			}
		});
	};

	const fork = () => {
		const worker = cluster.fork();
		listen(worker);
		return worker;
	};

	// The first worker opens (and migrates) the database before the others start.
	await new Promise((resolve) => {
		const first = fork();
		const failed = (/** @type {number} */ code) => {
			console.error('Visit Lạng Sơn: the first worker stopped before it could serve.');
			process.exit(code || 1);
		};
		first.once('exit', failed);
		first.once('listening', () => {
			first.off('exit', failed);
			resolve(undefined);
		});
	});
	for (let i = 1; i < count; i++) fork();

	cluster.on('exit', (worker, code, signal) => {
		if (!stopping) {
			console.error(`Worker ${worker.process.pid} stopped (${signal ?? code}); starting another.`);
			fork();
		} else if (Object.keys(cluster.workers ?? {}).length === 0) {
			// After a write that may be under way, one more with whatever came in meanwhile.
			void (async () => {
				await writing;
				await writeUniques();
				store?.db.close();
				process.exit(0);
			})();
		}
	});

	const interval = setInterval(writeUniques, 5000);
	interval.unref();
	for (const signal of /** @type {const} */ (['SIGTERM', 'SIGINT'])) {
		process.on(signal, () => {
			if (stopping) return;
			stopping = true;
			for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
		});
	}
	console.log(`Visit Lạng Sơn: ${count} workers.`);
}
