// Pages are rendered on the server and work without JavaScript; none needs the client
// router yet. A page that needs live behaviour (e.g. the participation wall) opts in.
export const csr = false;
