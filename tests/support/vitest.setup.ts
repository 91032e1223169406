// Data-layer tests run Dexie on fake-indexeddb; real Chromium is used by e2e and the bench.
import 'fake-indexeddb/auto';
