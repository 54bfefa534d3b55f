// TODO(shape): the public face of the documents module.
export * from './blocks';
export * from './chart-image';
export * from './content';
export * from './docx';
export * from './fonts';
export * from './generators';
export * from './pdf';
export * from './report';
export * from './schema';
export * from './template';
