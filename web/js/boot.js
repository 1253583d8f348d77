// boot.js - a classic script (not a module), so that it runs even when the page is
// opened from disk: there the browser refuses the page's modules and data requests,
// and the page would say "Loading…" for ever. It says at once how to serve it.
if (location.protocol === 'file:') {
	document.addEventListener('DOMContentLoaded', () => {
		const p = document.querySelector('#main .loading');
		if (!p) return;
		p.className = 'note file-note';
		p.id = 'file-note';
		p.textContent = 'This page reads its data over HTTP, which the browser does not do for a ' +
			'page opened from disk (file://). Serve this folder and open it over http instead: ' +
			'in this folder run "python3 -m http.server 8000" and open http://127.0.0.1:8000/ ' +
			'(or run "inforce serve" for the live answers).';
	});
}
