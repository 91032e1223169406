/** System 1's public entry (shared rules). Other systems use nothing of it yet. */
export {};
