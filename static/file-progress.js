// Follows the making of a file: the bar and the step move every second; once the file is
// ready (or has failed) the page reloads to offer it. Without scripts, the "Aggiorna" link.
const box = document.querySelector('[data-progress-url]');
if (box) {
	const bar = box.querySelector('progress');
	const step = box.querySelector('[data-step]');
	const poll = async () => {
		try {
			const response = await fetch(box.dataset.progressUrl, { headers: { accept: 'application/json' } });
			if (response.ok) {
				const s = await response.json();
				if (s.status === 'done' || s.status === 'failed') return location.reload();
				bar.value = s.progress;
				bar.textContent = `${s.progress}%`;
				if (s.step && step.textContent !== s.step) step.textContent = s.step;
			}
		} catch {
			/* offline for a moment: try again */
		}
		setTimeout(poll, 1000);
	};
	setTimeout(poll, 500);
}
