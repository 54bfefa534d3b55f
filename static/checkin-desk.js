// The check-in desk: every few seconds, the list of who has checked in and the count are read
// again and shown (the count is announced politely). Without scripts, reloading the page does.
const desk = document.querySelector('[data-desk-url]');
if (desk) {
	const summary = desk.querySelector('[data-desk-summary]');
	const list = desk.querySelector('[data-desk-list]');
	const empty = desk.querySelector('[data-desk-empty]');
	let wait = 5000;
	const poll = async () => {
		try {
			const response = await fetch(desk.dataset.deskUrl, { headers: { accept: 'application/json' } });
			const json = response.headers.get('content-type')?.includes('application/json');
			// Signed out or gone: the page, reloaded, says so.
			if ([401, 403, 404].includes(response.status) || (response.ok && !json)) return location.reload();
			if (!response.ok) throw new Error(String(response.status));
			const d = await response.json();
			wait = 5000;
			if (summary.textContent.trim() !== d.summary) summary.textContent = d.summary;
			const texts = d.items.map((i) => i.text);
			const shown = [...list.children].map((li) => li.textContent);
			if (texts.join('\n') !== shown.join('\n')) {
				list.replaceChildren(
					...texts.map((t) => {
						const li = document.createElement('li');
						li.textContent = t;
						return li;
					})
				);
			}
			empty.hidden = texts.length > 0;
		} catch {
			wait = Math.min(wait * 2, 30000); // offline or restarting for a moment
		}
		setTimeout(poll, wait);
	};
	setTimeout(poll, wait);
}
