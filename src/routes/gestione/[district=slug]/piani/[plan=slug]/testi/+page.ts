// The rich-text editors are enhanced in the browser; without JavaScript they are textareas.
export const csr = true;
