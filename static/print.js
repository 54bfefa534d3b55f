// The "print" button of service pages: shown and working only where scripts run (the
// browser's own print command works everywhere).
for (const button of document.querySelectorAll('[data-print]')) {
	button.hidden = false;
	button.addEventListener('click', () => window.print());
}
