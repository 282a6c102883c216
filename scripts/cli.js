// Runs a command from src/lib/server/cli/ through Vite, so it uses the app's own modules (the same
// database code, migrations and aliases as the server): `node scripts/cli.js admin-create --email …`.
import { createServer } from 'vite';

const [command, ...args] = process.argv.slice(2);
const COMMANDS = {
	'admin-create': ['admin-create.ts', 'main'],
	maintenance: ['maintenance.ts', 'main'],
	backup: ['backup.ts', 'main'],
	restore: ['backup.ts', 'restore']
};

if (!command || !(command in COMMANDS)) {
	console.error(`Usage: node scripts/cli.js <${Object.keys(COMMANDS).join('|')}> [options]`);
	process.exit(2);
}

const vite = await createServer({
	server: { middlewareMode: true, hmr: false, watch: null },
	appType: 'custom',
	logLevel: 'error',
	optimizeDeps: { noDiscovery: true, include: [] }
});
let code = 1;
try {
	const [file, name] = COMMANDS[command];
	const module = await vite.ssrLoadModule(`/src/lib/server/cli/${file}`);
	code = await module[name](args);
} catch (err) {
	console.error(err instanceof Error ? err.message : err);
} finally {
	await vite.close();
}
process.exit(code);
