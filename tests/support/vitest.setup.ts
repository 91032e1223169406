// Data-layer tests run Dexie on fake-indexeddb; real Chromium is used by e2e and the bench.
import 'fake-indexeddb/auto';
// The systems are installed as the app installs them: the database, texts and errors come from their manifests.
import '../../renderer/app/install';
