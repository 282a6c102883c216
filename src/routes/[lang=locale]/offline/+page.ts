// Read by the service worker when there is no connection: plain HTML, its list filled by offline.js.
export const csr = false;
