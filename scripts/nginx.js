// Real nginx (Debian's package) in front of the app on loopback, with deploy/nginx.conf as
// production runs it: only the ports, the cache folder and the logs move to a throwaway folder.
// Used by the tests behind nginx (tests/e2e/nginx.test.ts) and by `npm run bench`.
import { execFileSync, spawn } from 'node:child_process';
import {
	chmodSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	readFileSync,
	rmSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const NGINX = process.env.NGINX_PATH || '/usr/sbin/nginx';

/**
 * nginx on 127.0.0.1:`port`, proxying to the app on 127.0.0.1:`appPort`.
 * @param {number} port
 * @param {number} appPort
 * @returns {Promise<{ base: string, dir: string, stop: () => Promise<void> }>}
 */
export async function startNginx(port, appPort) {
	if (!existsSync(NGINX)) throw new Error(`nginx not found at ${NGINX}: .ci/run installs it`);
	const dir = mkdtempSync(join(tmpdir(), 'visit-lang-son-nginx-'));
	// Started as root, nginx's workers run as an unprivileged user: they must reach the cache.
	chmodSync(dir, 0o755);
	mkdirSync(join(dir, 'cache'));
	const site = readFileSync('deploy/nginx.conf', 'utf8')
		.replace('/var/cache/nginx/visit-lang-son', join(dir, 'cache'))
		.replace('server 127.0.0.1:3000;', `server 127.0.0.1:${appPort};`)
		.replace('listen 80;', `listen 127.0.0.1:${port};`)
		.replace('listen [::]:80;', '');
	writeFileSync(join(dir, 'site.conf'), site);
	const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
		.map((name) => `${name}_temp_path ${dir}/${name};`)
		.join('\n\t');
	writeFileSync(
		join(dir, 'nginx.conf'),
		`daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
worker_processes 1;
events { worker_connections 1024; }
http {
	include /etc/nginx/mime.types;
	access_log off;
	${temp}
	include ${dir}/site.conf;
}
`
	);
	const conf = ['-p', dir, '-c', join(dir, 'nginx.conf')];
	execFileSync(NGINX, ['-t', '-q', ...conf]);
	const child = spawn(NGINX, conf, { stdio: 'ignore' });
	const base = `http://127.0.0.1:${port}`;
	for (let i = 0; i < 100; i++) {
		try {
			await fetch(`${base}/robots.txt`);
			break;
		} catch {
			await new Promise((resolve) => setTimeout(resolve, 100));
		}
	}
	return {
		base,
		dir,
		stop: async () => {
			if (child.exitCode === null) {
				const exited = new Promise((resolve) => child.once('exit', resolve));
				child.kill('SIGQUIT');
				await exited;
			}
			rmSync(dir, { recursive: true, force: true });
		}
	};
}
