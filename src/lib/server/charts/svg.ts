// ECharts' SVG with the role and text a screen reader announces. The label goes in through a
// function, never as a replacement string: there "$'", "$`" and "$&" would splice parts of
// the SVG into the text (a note "$' x" made the wall's chart invalid XML).
export function labelled(svg: string, label: string): string {
	const attribute = label.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
	return svg.replace('<svg ', () => `<svg role="img" aria-label="${attribute}" `);
}
