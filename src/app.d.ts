import type { Actor, districts } from '$lib/server/kernel';

declare global {
	namespace App {
		interface Locals {
			/** The signed-in person; `passwordChangeRequired`: their password was given to them and must be changed first. */
			user: { id: string; name: string; email: string; passwordChangeRequired: boolean } | null;
			/**
			 * The member acting in the district of a back-office URL (/gestione/<district>/...),
			 * set by the hook; reading it redirects to the login page or refuses a non-member.
			 */
			actor: Actor;
			/** The district of a public or staff page, when the page cache has read it for this request. */
			district?: typeof districts.$inferSelect;
		}
		interface PageData {
			actor?: Actor | null;
		}
		interface Error {
			message: string;
		}
	}
}

export {};
