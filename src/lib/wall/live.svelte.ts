// The wall in the browser: it follows the server's event stream, sends forms without
// reloading, and keeps notes typed while offline in this browser until they are sent.
import { deserialize } from '$app/forms';
import type { NoteView, WallState } from '$lib/server/wall';

export interface Pending {
	clientKey: string;
	columnId: string;
	themeId: string;
	body: string;
	authorName: string;
	/** Why it is not on the wall yet: waiting for the connection, or refused (with the reason). */
	error?: string;
}

export type ActionOutcome =
	{ ok: true; data: Record<string, unknown> } | { ok: false; errors: Record<string, string>; offline?: boolean };

export class LiveWall {
	state: WallState = $state()!;
	connected = $state(false);
	/** Read politely by screen readers: the latest arrivals. */
	announcement = $state('');
	outbox: Pending[] = $state([]);
	/** The facilitator's view of the room: screens connected and the live delay (p95, ms). */
	health: { screens: number; delay: number | null } | null = $state(null);
	private source: EventSource | undefined;
	private readyOnce = false;

	/** `projector`: read the wall as the room sees it (no hidden notes), even on the facilitator's screen. */
	constructor(
		private token: string,
		initial: WallState,
		private describe: (note: NoteView, state: WallState) => string,
		private projector = false
	) {
		this.state = initial;
	}

	private url(path: string) {
		return `/parete/${this.token}/${path}${this.projector ? '?proiettore' : ''}`;
	}

	get remaining(): number {
		return this.state.wall.dotBudget - Object.values(this.state.me.votes).reduce((a, b) => a + b, 0);
	}

	private get outboxKey() {
		return `pdz-parete-${this.token}`;
	}

	start() {
		try {
			this.outbox = JSON.parse(localStorage.getItem(this.outboxKey) ?? '[]');
		} catch {
			this.outbox = [];
		}
		const source = new EventSource(this.url('eventi'));
		this.source = source;
		source.addEventListener('ready', () => {
			this.connected = true;
			// After a reconnection the wall is read again: nothing that happened meanwhile is missed.
			if (this.readyOnce) void this.refresh();
			this.readyOnce = true;
			void this.flush();
		});
		source.addEventListener('note', (e) => this.upsert(JSON.parse((e as MessageEvent).data)));
		source.addEventListener('removed', (e) => this.remove(JSON.parse((e as MessageEvent).data).id));
		source.addEventListener('votes', (e) => this.votes(JSON.parse((e as MessageEvent).data)));
		source.addEventListener('health', (e) => (this.health = JSON.parse((e as MessageEvent).data)));
		source.addEventListener('stats', (e) => (this.state.stats = JSON.parse((e as MessageEvent).data)));
		source.addEventListener('wall', () => void this.refresh());
		// The facilitator's history changed (a move, or its undo): read it again.
		source.addEventListener('history', () => void this.refresh());
		source.addEventListener(
			'header',
			(e) => (this.state.wall = { ...JSON.parse((e as MessageEvent).data), manageUrl: this.state.wall.manageUrl })
		);
		source.onerror = () => (this.connected = false);
		addEventListener('online', this.onOnline);
	}

	stop() {
		this.source?.close();
		removeEventListener('online', this.onOnline);
	}

	private onOnline = () => void this.flush();

	async refresh() {
		const response = await fetch(this.url('stato'), { headers: { accept: 'application/json' } }).catch(() => null);
		if (response?.ok) this.state = await response.json();
	}

	private upsert(note: NoteView) {
		// A change to a note holding my dots (merged, hidden) moves them: read my budget again.
		if (this.state.me.votes[note.id] && note.votes < this.state.me.votes[note.id]) void this.refresh();
		const notes = this.state.notes;
		const i = notes.findIndex((n) => n.id === note.id);
		if (i >= 0) notes[i] = note;
		else {
			notes.push(note);
			this.announcement = this.describe(note, this.state);
		}
	}

	/** A note's new dot count. */
	private votes({ id, votes }: { id: number; votes: number }) {
		const note = this.state.notes.find((n) => n.id === id);
		if (note) note.votes = votes;
	}

	private remove(id: number) {
		if (this.state.me.votes[id]) void this.refresh();
		this.state.notes = this.state.notes.filter((n) => n.id !== id);
	}

	/** Sends a form to one of the wall's actions and reads SvelteKit's answer. */
	async send(action: string, body: FormData): Promise<ActionOutcome> {
		let response: Response;
		try {
			response = await fetch(`/parete/${this.token}?/${action}`, {
				method: 'POST',
				body,
				headers: { 'x-sveltekit-action': 'true', accept: 'application/json' }
			});
		} catch {
			return { ok: false, offline: true, errors: { _form: 'Connessione assente: riprova quando torna.' } };
		}
		const result = deserialize(await response.text());
		if (result.type === 'success') return { ok: true, data: (result.data ?? {}) as Record<string, unknown> };
		if (result.type === 'failure')
			return {
				ok: false,
				errors: (result.data as { errors?: Record<string, string> })?.errors ?? { _form: 'Operazione non riuscita.' }
			};
		if (result.type === 'redirect') {
			location.href = result.location;
			return { ok: true, data: {} };
		}
		return { ok: false, errors: { _form: result.error?.message ?? 'Operazione non riuscita.' } };
	}

	/** Posts a note; offline, it waits in this browser's outbox and is sent when the connection returns. */
	async post(pending: Omit<Pending, 'clientKey'>): Promise<ActionOutcome> {
		const item: Pending = { ...pending, clientKey: crypto.randomUUID() };
		const outcome = await this.sendPending(item);
		if (!outcome.ok && outcome.offline) {
			this.outbox = [...this.outbox, { ...item, error: undefined }];
			this.saveOutbox();
		}
		return outcome;
	}

	private sendPending(item: Pending) {
		const form = new FormData();
		for (const k of ['clientKey', 'columnId', 'themeId', 'body', 'authorName'] as const) form.set(k, item[k]);
		return this.send('post', form);
	}

	/** Sends what waits in the outbox; what the server refuses stays, marked with the reason. */
	async flush() {
		for (const item of [...this.outbox]) {
			if (item.error) continue;
			const outcome = await this.sendPending(item);
			if (!outcome.ok && outcome.offline) return;
			this.outbox = outcome.ok
				? this.outbox.filter((p) => p.clientKey !== item.clientKey)
				: this.outbox.map((p) =>
						p.clientKey === item.clientKey ? { ...p, error: Object.values(outcome.errors)[0] } : p
					);
			this.saveOutbox();
		}
	}

	discard(clientKey: string) {
		this.outbox = this.outbox.filter((p) => p.clientKey !== clientKey);
		this.saveOutbox();
	}

	private saveOutbox() {
		localStorage.setItem(this.outboxKey, JSON.stringify(this.outbox));
	}
}
