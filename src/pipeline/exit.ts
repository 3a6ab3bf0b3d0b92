// SPEC §3 exit codes, in a module of their own so the CLI's entry can name them without
// loading the pipeline.
export const EXIT = { OK: 0, INTERNAL: 1, USAGE: 2, AUTH: 3, PARTIAL: 4, DRIFT: 5, UNREACHABLE: 6, SIGINT: 130, SIGTERM: 143 } as const;
