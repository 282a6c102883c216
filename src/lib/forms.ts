import type { SubmitFunction } from '@sveltejs/kit';

/**
 * `use:enhance` for forms with passwords: after a failed submit the password fields are emptied,
 * as they are when the page reloads without JavaScript, so a password never lingers in the page.
 */
export const enhanceClearingPasswords: SubmitFunction =
	() =>
	async ({ update, formElement, result }) => {
		await update();
		if (result.type === 'failure') {
			for (const input of formElement.querySelectorAll<HTMLInputElement>(
				'input[type="password"]'
			)) {
				input.value = '';
			}
		}
	};
