import { type CataloguePart, SearchCatalogue } from './catalogue';
import type { GramMeta, ListsPart } from './ngramIndex';
import type { EntriesPart } from './searchIndex';
import type { AnySearchSource } from './source';

/**
 * A built catalogue in messages, for a worker to hand over what it built: its entries and texts,
 * then the names and who shows them, each in parts small enough for the receiving thread to take
 * one in a few milliseconds (a message is deserialised in one task), then the posting lists as
 * typed arrays transferred without a copy, 4 MB at a time, and last the character ids.
 */
export type ImageMessage =
  | { type: 'entries'; part: EntriesPart }
  | { type: 'catalogue'; part: CataloguePart }
  | { type: 'lists'; part: ListsPart }
  | { type: 'grams'; meta: GramMeta };

/** Entries per message: about 200 KB of texts at 100 000 records (a few ms to deserialise and adopt). */
export const ENTRIES_PER_PART = 1000;
/** Names and dependents per message. */
export const ROWS_PER_PART = 2000;

/** The messages that rebuild `catalogue` elsewhere, each with what it transfers. */
export function* catalogueImage(
  catalogue: SearchCatalogue,
): Generator<{ message: ImageMessage; transfer: ArrayBuffer[] }> {
  for (const part of catalogue.index.entryParts(ENTRIES_PER_PART))
    yield { message: { type: 'entries', part }, transfer: [] };
  for (const part of catalogue.parts(ROWS_PER_PART)) yield { message: { type: 'catalogue', part }, transfer: [] };
  for (const part of catalogue.index.listParts())
    yield {
      message: { type: 'lists', part },
      transfer: [part.keys, part.starts, part.packed].map((a) => a.buffer as ArrayBuffer),
    };
  const meta = catalogue.index.gramMeta();
  yield { message: { type: 'grams', meta }, transfer: [meta.charIds.buffer as ArrayBuffer] };
}

/** Takes the messages of catalogueImage in order; `done` once the lists (the last) are in. */
export class CatalogueAdopter {
  readonly catalogue: SearchCatalogue;
  done = false;

  constructor(sources: readonly AnySearchSource[]) {
    this.catalogue = new SearchCatalogue(sources);
  }

  take(message: ImageMessage): void {
    if (this.done) throw new Error('catalogue image: a message after its lists');
    if (message.type === 'entries') this.catalogue.index.adoptEntries(message.part);
    else if (message.type === 'catalogue') this.catalogue.adoptPart(message.part);
    else if (message.type === 'lists') this.catalogue.index.adoptLists(message.part);
    else {
      this.catalogue.index.adoptMeta(message.meta);
      this.done = true;
    }
  }
}
