// The wall is live in the browser (new notes and votes arrive without reload); every form
// on it also works without JavaScript.
export const csr = true;
