/** Checks the rule files and brings the generated files up to date (with `check`, only reports). */
export function writeCatalogue(options?: { check?: boolean }): Promise<{ rules: number; problems: string[]; stale: string[] }>;

/** A build step (Vite plugin) that refuses a damaged rule file and regenerates what derives from the rule files. */
export function ruleCatalogue(): { name: string; buildStart(): Promise<void> };
