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
	const poll = async () => {
		try {
			const response = await fetch(box.dataset.progressUrl, { headers: { accept: 'application/json' } });
			// Gone, or the session ended: the page itself says what happened.
			if (!response.ok || !response.headers.get('content-type')?.includes('application/json')) return finish();
			const s = await response.json();
			if (s.status === 'done' || s.status === 'failed') return finish();
			if (s.status === 'running' && label.dataset.running) label.textContent = label.dataset.running;
			bar.value = s.progress;
			bar.textContent = `${s.progress}%`;
			if (s.step && step.textContent !== s.step) step.textContent = s.step;
		} catch {
			/* offline for a moment: try again */
		}
		setTimeout(poll, 1000);
	};
	setTimeout(poll, 500);
}
