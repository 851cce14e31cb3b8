/** Exit codes of the `sticky` command. */
export const EXIT = { ok: 0, unreadable: 1, usage: 2, belowThreshold: 3, internal: 4 } as const;
