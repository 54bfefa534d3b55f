// The minutes editor is enhanced in the browser; everything else works without JavaScript too.
export const csr = true;
