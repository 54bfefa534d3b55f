import type { Actor } from '$lib/server/accounts/policy';

declare global {
	namespace App {
		interface Locals {
			user: { id: string; name: string; email: string } | null;
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
