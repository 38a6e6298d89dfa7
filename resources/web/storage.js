// The local copy: IndexedDB keeps every unacknowledged chunk of every upload, with what is
// needed to resume it, so that a tab that dies (or a device that goes offline) loses nothing.
// Without IndexedDB every function here quietly does nothing: the audio then lives in memory.

let db = null;

export async function open() {
  if (!window.indexedDB) return;
  try {
    db = await new Promise((resolve, reject) => {
      const request = indexedDB.open('earshot', 1);
      request.onupgradeneeded = () => {
        request.result.createObjectStore('uploads', { keyPath: 'localId' });
        request.result.createObjectStore('chunks', { keyPath: ['localId', 'offset'] });
      };
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  } catch (error) {
    console.warn('Earshot: no IndexedDB, unsent audio lives in memory only', error);
  }
}

// A failed write only costs the copy on this device; the upload in memory goes on.
function write(action) {
  if (!db) return;
  try {
    const tx = db.transaction(['uploads', 'chunks'], 'readwrite');
    action(tx.objectStore('uploads'), tx.objectStore('chunks'));
    tx.onerror = () => console.warn('Earshot: could not keep audio on this device', tx.error);
  } catch (error) {
    console.warn('Earshot: could not keep audio on this device', error);
  }
}

const chunksOf = (localId) => IDBKeyRange.bound([localId, 0], [localId, Infinity]);

export function saveUpload(upload) {
  write((uploads) => uploads.put(upload.record()));
}

export function saveChunk(upload, chunk) {
  write((uploads, chunks) => chunks.put({ localId: upload.localId, offset: chunk.offset, data: chunk.data, mediaMs: chunk.mediaMs }));
}

export function dropChunks(upload, dropped) {
  write((uploads, chunks) => {
    for (const chunk of dropped) chunks.delete([upload.localId, chunk.offset]);
    uploads.put(upload.record());
  });
}

export function forget(upload) {
  write((uploads, chunks) => {
    uploads.delete(upload.localId);
    chunks.delete(chunksOf(upload.localId));
  });
}

// Every upload an earlier visit left: [{ record, chunks }].
export async function loadAll() {
  if (!db) return [];
  const tx = db.transaction(['uploads', 'chunks'], 'readonly');
  const all = (request) => new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const records = await all(tx.objectStore('uploads').getAll());
  return Promise.all(records.map(async (record) => ({
    record,
    chunks: await all(tx.objectStore('chunks').getAll(chunksOf(record.localId))),
  })));
}
