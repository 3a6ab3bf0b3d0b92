// The OCI API emulator (SPEC §7): public surface for the demo, the tests and the benchmarks.
export type { AuthFiles, WriteAuthOptions } from './auth/files.js';
export { CATALOG } from './catalog/index.js';
export type { CatalogEntry, GeneratedResource } from './catalog/types.js';
export type { DriftOptions, DriftResult } from './drift.js';
export type { FaultConfig, FaultSettings } from './faults.js';
export { parseFaultConfig } from './faults.js';
export { NASTY_NAME_KINDS } from './names.js';
export { REGION_CATALOG } from './regions.js';
export { type EmulatedTenancy, type Emulator, type EmulatorOptions, type RequestLogEntry, startEmulator } from './server.js';
export { GENERATOR_PROFILES, type GeneratorProfile, REALISTIC_PROFILE, resolveProfile, resolveSize, SIZE_PRESETS, type SizePreset, type TenancySize } from './sizes.js';
export { runStandaloneEmulator, type StandaloneOptions } from './standalone.js';
export { type PlantedSecrets, plantSecrets, type SecretSample, secretCorpus } from './secrets.js';
