import type { Plugin } from 'vite';

export const LANGUAGE_STORAGE_KEY: string;
export const DEFAULT_LANGUAGE: string;
export const DATABASE_NAME: string;
/** The early script's text: `chunks` maps each language to its texts' chunk, relative to the page. */
export function earlyScript(chunks: Record<string, string>): string;
/** The CSP source allowing exactly this inline script: `'sha256-…'`. */
export function inlineScriptHash(source: string): string;
/** index.html with the script inlined before its module script and its hash in the CSP meta tag. */
export function withEarlyScript(html: string, source: string): string;
export function earlyStartPlugin(): Plugin;
