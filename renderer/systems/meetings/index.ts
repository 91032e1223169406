/** System 1's public entry (renderer). Other systems use nothing of it yet. */
export {};
