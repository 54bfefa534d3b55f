// Presents the results report full screen: the button opens it, arrow keys and Page Up/Down
// move between slides, Esc leaves. Without scripts the slides are simply read on the page.
const slides = document.getElementById('slides');
const button = document.querySelector('[data-present]');
if (slides && button && document.fullscreenEnabled) {
	button.hidden = false;
	const all = [...slides.querySelectorAll('.slide')];
	let current = 0;
	const show = (n) => {
		current = Math.max(0, Math.min(all.length - 1, n));
		all[current].scrollIntoView({ block: 'start' });
		all[current].focus({ preventScroll: true });
	};
	button.addEventListener('click', () => slides.requestFullscreen().then(() => show(0)));
	document.addEventListener('keydown', (e) => {
		if (document.fullscreenElement !== slides) return;
		if (['ArrowRight', 'PageDown', ' '].includes(e.key)) (e.preventDefault(), show(current + 1));
		if (['ArrowLeft', 'PageUp'].includes(e.key)) (e.preventDefault(), show(current - 1));
	});
}
