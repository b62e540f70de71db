// The real WatermelonDB sync engine under plain Node (LokiJS adapter), as a mobile client of /api/v1/sync/.
// Notes: /work/shared/recipes/watermelondb_node_client.md. Library chatter goes to stderr; stdout stays JSON.
'use strict'
console.log = (...a) => console.error(...a)
console.warn = (...a) => console.error(...a)

const fs = require('fs')
const { Database, Model, appSchema, tableSchema } = require('@nozbe/watermelondb')
const LokiJSAdapter = require('@nozbe/watermelondb/adapters/lokijs').default
const { synchronize } = require('@nozbe/watermelondb/sync')

// The app's schema: the same columns the server's sync registry sends (sync/registry.py).
const schema = appSchema({
  version: 1,
  tables: [
    tableSchema({ name: 'decks', columns: [
      { name: 'name', type: 'string' },
      { name: 'language', type: 'string' },
      { name: 'new_per_day', type: 'number' },
      { name: 'reviews_per_day', type: 'number' },
      { name: 'created_at', type: 'number' },
      { name: 'updated_at', type: 'number' },
    ] }),
    tableSchema({ name: 'cards', columns: [
      { name: 'deck_id', type: 'string', isIndexed: true },
      { name: 'kind', type: 'string' },
      { name: 'front', type: 'string' },
      { name: 'back', type: 'string' },
      { name: 'context', type: 'string' },
      { name: 'state', type: 'string' },
      { name: 'due', type: 'number' },
      { name: 'suspended', type: 'boolean' },
      { name: 'created_at', type: 'number' },
      { name: 'updated_at', type: 'number' },
    ] }),
    tableSchema({ name: 'review_logs', columns: [
      { name: 'card_id', type: 'string', isIndexed: true },
      { name: 'rating', type: 'number' },
      { name: 'state', type: 'string' },
      { name: 'reviewed_at', type: 'number' },
      { name: 'duration_ms', type: 'number' },
    ] }),
    // a scenario by its slug, a folder by its name
    tableSchema({ name: 'scenario_bookmarks', columns: [
      { name: 'scenario', type: 'string', isIndexed: true },
      { name: 'folder', type: 'string', isOptional: true },
      { name: 'created_at', type: 'number' },
      { name: 'updated_at', type: 'number' },
    ] }),
    tableSchema({ name: 'scenario_ratings', columns: [
      { name: 'scenario', type: 'string', isIndexed: true },
      { name: 'stars', type: 'number' },
      { name: 'review', type: 'string' },
      { name: 'created_at', type: 'number' },
      { name: 'updated_at', type: 'number' },
    ] }),
  ],
})

// Models with `updatedAt` get updated_at touched by WatermelonDB on every local change (used by latest_timestamp).
const touched = (Klass) => Object.defineProperty(Klass.prototype, 'updatedAt', {
  configurable: true, get() { return this._getRaw('updated_at') }, set(v) { this._setRaw('updated_at', v) } })
class Deck extends Model { static table = 'decks'
  static associations = { cards: { type: 'has_many', foreignKey: 'deck_id' } } }
class Card extends Model { static table = 'cards'
  static associations = { decks: { type: 'belongs_to', key: 'deck_id' } } }
class ReviewLog extends Model { static table = 'review_logs' }
class ScenarioBookmark extends Model { static table = 'scenario_bookmarks' }
class ScenarioRating extends Model { static table = 'scenario_ratings' }
touched(Deck)
touched(Card)
touched(ScenarioBookmark)
touched(ScenarioRating)

// A file-backed Loki persistence adapter that tolerates a missing file (LokiFsAdapter does not).
const jsonFileAdapter = () => ({
  loadDatabase(name, cb) { fs.readFile(name, 'utf8', (err, data) => cb(err ? (err.code === 'ENOENT' ? null : err) : data)) },
  saveDatabase(name, data, cb) { fs.writeFile(name + '~', data, (err) => (err ? cb(err) : fs.rename(name + '~', name, (e) => cb(e || null)))) },
  deleteDatabase(name, cb) { fs.unlink(name, (err) => cb(err && err.code !== 'ENOENT' ? err : undefined)) },
})

function makeDatabase(file) {
  const adapter = new LokiJSAdapter({
    schema, dbName: file, useWebWorker: false, useIncrementalIndexedDB: false,
    extraLokiOptions: { adapter: jsonFileAdapter(), autosave: false },
    onSetUpError: (e) => { console.error('setUpError', e); process.exit(3) },
  })
  return new Database({ adapter, modelClasses: [Deck, Card, ReviewLog, ScenarioBookmark, ScenarioRating] })
}

async function sync(database, baseUrl, token, { strict = false } = {}) {
  const headers = { 'Content-Type': 'application/json', Authorization: `Device ${token}` }
  if (strict) headers['X-Sync-Strict'] = 'true'
  const log = {}
  await synchronize({
    database, log, sendCreatedAsUpdated: true,
    pullChanges: async ({ lastPulledAt, schemaVersion }) => {
      const r = await fetch(`${baseUrl}/pull?last_pulled_at=${lastPulledAt ?? 'null'}&schema_version=${schemaVersion}`, { headers })
      if (!r.ok) throw new Error(`pull failed: HTTP ${r.status} ${await r.text()}`)
      return await r.json()
    },
    pushChanges: async ({ changes, lastPulledAt }) => {
      const r = await fetch(`${baseUrl}/push?last_pulled_at=${lastPulledAt}`, { method: 'POST', headers, body: JSON.stringify({ changes }) })
      if (!r.ok) throw new Error(`push failed: HTTP ${r.status} ${await r.text()}`)
    },
  })
  return log
}

async function dump(database) {
  const out = {}
  for (const table of ['decks', 'cards', 'review_logs', 'scenario_bookmarks', 'scenario_ratings']) {
    const rows = await database.get(table).query().fetch()
    out[table] = rows.map((r) => ({ ...r._raw })).sort((a, b) => a.id.localeCompare(b.id))
  }
  return out
}

module.exports = { makeDatabase, sync, dump }
