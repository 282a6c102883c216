// cli/: the commands operators run beside the server (scripts/cli.js): admin-create, maintenance, backup.
import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import { createAdmin, findLogin } from '../accounts/accounts';
import { getDb } from '../platform/db';
import { hashPassword, passwordProblem } from '../accounts/passwords';

const PROBLEMS: Record<string, string> = {
	'accountErrors.passwordTooShort': 'The password must have at least 8 characters.',
	'accountErrors.passwordTooLong': 'The password must have at most 128 characters.',
	'accountErrors.passwordCommon': 'That password is one of the most common ones; choose another.',
	'accountErrors.passwordLikeAccount': 'Do not use the e-mail address as the password.'
};

/** Reads one line from stdin; on a terminal without echoing it. */
async function readSecret(prompt: string): Promise<string> {
	const tty = process.stdin.isTTY;
	let muted = false;
	const output = new Writable({
		write(chunk, _encoding, done) {
			if (!muted) process.stderr.write(chunk);
			done();
		}
	});
	const rl = createInterface({ input: process.stdin, output, terminal: !!tty });
	if (tty) process.stderr.write(prompt);
	muted = !!tty;
	const line = await new Promise<string>((resolve) => {
		rl.once('line', resolve);
		rl.once('close', () => resolve(''));
	});
	rl.close();
	if (tty) process.stderr.write('\n');
	return line.replace(/\r$/, '');
}

/**
 * `npm run admin:create -- --email someone@example.org`: a department admin account. The password
 * comes from a prompt (or a line on stdin), never from the command line, where other users of the
 * machine and the shell history could read it.
 */
export async function main(argv: string[]): Promise<number> {
	let email: string | undefined;
	try {
		({ email } = parseArgs({ args: argv, options: { email: { type: 'string' } } }).values);
	} catch (err) {
		console.error((err as Error).message);
		return 2;
	}
	email = email?.trim().toLowerCase();
	if (!email || !/^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/.test(email) || email.length > 254) {
		console.error('Usage: npm run admin:create -- --email name@example.org');
		return 2;
	}
	const db = getDb();
	if (findLogin(db, email)) {
		console.error(`An account with the e-mail ${email} already exists.`);
		return 1;
	}
	const password = await readSecret('Password for the new admin: ');
	const problem = passwordProblem(password, [email]);
	if (problem) {
		console.error(PROBLEMS[problem] ?? problem);
		return 1;
	}
	if (process.stdin.isTTY && (await readSecret('Type it again: ')) !== password) {
		console.error('The two passwords are not the same.');
		return 1;
	}
	const id = createAdmin(db, email, await hashPassword(password));
	console.log(`Admin ${email} created (user ${id}). Log in at /vi/login.`);
	db.close();
	return 0;
}
