/** The annual assessment's public entry (renderer): nothing another system needs yet. */
export {};
