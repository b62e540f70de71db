// One mobile device per state file, driven by a list of ops on stdin:
//   echo '[{"op":"create","table":"decks","id":"...","fields":{...}},{"op":"sync"},{"op":"dump"}]' \
//     | node device.js STATE.json http://127.0.0.1:PORT/api/v1/sync TOKEN
// Prints one JSON object on stdout: {"results": [...]}.
'use strict'
const { makeDatabase, sync, dump } = require('./wm')
const { hasUnsyncedChanges } = require('@nozbe/watermelondb/sync')

async function run(database, baseUrl, token, op) {
  switch (op.op) {
    case 'create': {
      let rec
      await database.write(async () => {
        rec = await database.get(op.table).create((r) => {
          if (op.id) r._raw.id = op.id
          for (const [col, v] of Object.entries(op.fields)) r._setRaw(col, v)
        })
      })
      return { op: 'create', id: rec.id }
    }
    case 'update': {
      await database.write(async () => {
        const rec = await database.get(op.table).find(op.id)
        await rec.update((r) => { for (const [col, v] of Object.entries(op.fields)) r._setRaw(col, v) })
      })
      return { op: 'update', id: op.id }
    }
    case 'delete': {
      await database.write(async () => { await (await database.get(op.table).find(op.id)).markAsDeleted() })
      return { op: 'delete', id: op.id }
    }
    case 'sync': {
      try {
        const log = await sync(database, baseUrl, token, op.options || {})
        return { op: 'sync', ok: true, lastPulledAt: log.lastPulledAt, newLastPulledAt: log.newLastPulledAt }
      } catch (e) {
        return { op: 'sync', ok: false, error: String((e && e.message) || e) }
      }
    }
    case 'unsynced':
      return { op: 'unsynced', value: await hasUnsyncedChanges({ database }) }
    case 'dump':
      return { op: 'dump', data: await dump(database) }
    default:
      throw new Error(`unknown op ${op.op}`)
  }
}

async function main() {
  const [stateFile, baseUrl, token] = process.argv.slice(2)
  const ops = JSON.parse(require('fs').readFileSync(0, 'utf8') || '[]')
  const database = makeDatabase(stateFile)
  const results = []
  for (const op of ops) results.push(await run(database, baseUrl, token, op))
  const loki = database.adapter.underlyingAdapter._driver.loki
  await new Promise((res, rej) => loki.saveDatabase((err) => (err ? rej(err) : res())))
  process.stdout.write(JSON.stringify({ results }) + '\n')
}

main().then(() => process.exit(0), (e) => {
  console.error(e)
  process.stdout.write(JSON.stringify({ fatal: String((e && e.stack) || e) }) + '\n')
  process.exit(1)
})
