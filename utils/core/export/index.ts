// The export format, pure: build, write, read, migrate, encrypt; no database here.
export * from './envelope';
export * from './issues';
export * from './crypto';
export * from './csv';
export * from './filters';
export * from './migrate';
export * from './read-export';
export * from './write-export';
export * from './backup';
export * from './stats';
export { sha256Hex } from './sha256';
export * from './canonical';
export * from './date-checks';
export * from './meaning-checks';
export * from './unknown-keys';
export * from './fingerprint';
export * from './merge';
export * from './revisions';
