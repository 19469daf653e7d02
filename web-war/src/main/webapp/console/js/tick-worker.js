// The worker behind ticker.js: told a period, it posts a message every period.
onmessage = event => setInterval(() => postMessage('tick'), event.data);
