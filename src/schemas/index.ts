export * from './common.ts';
export * from './dataset.ts';
export * from './partner.ts';
export * from './page.ts';
export * from './period.ts';
export * from './programme.ts';
export * from './site.ts';
export * from './story.ts';
