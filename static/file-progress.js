// Follows the making of a file: the label, the bar and the step move every second; once the
// file is ready (or has failed, or is gone) the page is loaded again at its result, which
// takes the focus. Without scripts, the "Aggiorna" link does the same by hand.
const box = document.querySelector('[data-progress-url]');
if (box) {
	const bar = box.querySelector('progress');
	const label = box.querySelector('label');
	const step = box.querySelector('[data-step]');
	const finish = () => {
		history.replaceState(null, '', '#esito');
		location.reload();
	};
	let wait = 1000;
	const poll = async () => {
		try {
			const response = await fetch(box.dataset.progressUrl, { headers: { accept: 'application/json' } });
			// Gone, no longer allowed, or the session ended (a login page): the page itself says what happened.
			const json = response.headers.get('content-type')?.includes('application/json');
			if ([401, 403, 404].includes(response.status) || (response.ok && !json)) return finish();
			// The server restarting or busy: try again a little later.
			if (!response.ok) throw new Error(String(response.status));
			wait = 1000;
			const s = await response.json();
			if (s.status === 'done' || s.status === 'failed') return finish();
			if (s.status === 'running' && label.dataset.running) label.textContent = label.dataset.running;
			bar.value = s.progress;
			bar.textContent = `${s.progress}%`;
			if (s.step && step.textContent !== s.step) step.textContent = s.step;
		} catch {
			wait = Math.min(wait * 2, 15000); // offline or restarting for a moment
		}
		setTimeout(poll, wait);
	};
	setTimeout(poll, 500);
}
