import { listDatabasesEarly } from '../core/data/databaseListing';
import { prefetchCoreTexts } from '../core/i18n/resources';

// The first module the app evaluates (main.tsx imports it first): the two waits of the first
// screen that need no library start here, while React, Dexie and i18next still evaluate — the
// interface language's texts download, and IndexedDB says which databases exist at which version.
listDatabasesEarly();
prefetchCoreTexts();
