/** Now, in unix seconds: what the database stores; every time a person sees is shown in Vietnam time. */
export const nowSeconds = (): number => Math.floor(Date.now() / 1000);
