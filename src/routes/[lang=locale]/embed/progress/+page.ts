// A figure on someone else's page: plain HTML, no script of ours.
export const csr = false;
