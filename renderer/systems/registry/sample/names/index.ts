/** Chinese vocabulary for sample data, split by topic. */
export * from './units';
export * from './places';
export * from './people';
export * from './employers';
