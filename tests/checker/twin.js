// Runs the checker's own scripts (the files the browser loads, in the order it loads them) in
// Node for tests/checker/test_twins.py: one long-lived process fed JSON lines.
//
// argv: <folder of the published data: channels.json grammar.json confusables.json
//        suffixes.json phones.json> <script> [<script> ...]
// stdin, one JSON object a line, answered by one line:
//   {"text": t, "region": r}  -> {"hits": [[kind, key, verdict, raw], ...], "verdict": v, "channel": c}
//   {"names": true}           -> {"modules": {"contacts": {"text": ["fold", ...], ...}, ...}}
"use strict"
const fs = require("fs")
const path = require("path")
const readline = require("readline")

const [folder, ...scripts] = process.argv.slice(2)
for (const script of scripts) require(path.resolve(script))
const read = (name) => JSON.parse(fs.readFileSync(path.join(folder, name), "utf-8"))
const data = {
  registry: read("channels.json"),
  grammar: read("grammar.json"),
  confusables: read("confusables.json"),
  suffixes: read("suffixes.json"),
  phones: read("phones.json"),
}
const reader = globalThis.hcChecker.reader(data)
const verdict = globalThis.hcChecker.verdict

function names(modules) {
  const out = {}
  for (const [name, module] of Object.entries(modules)) out[name] = Object.keys(module).sort()
  return out
}

function answer(request) {
  if (request.names) {
    const C = globalThis.hcContacts(data)
    const R = globalThis.hcRegistry(C)
    return {
      modules: {
        contacts: names(C),
        registry: names(R),
        read: names(globalThis.hcRead(C, R)),
        checker: names({ verdict: verdict }),
      },
    }
  }
  const hits = reader.checker.checkText(request.text, request.region)
  const worst = verdict.checkerVerdict(reader.checker, request.text, request.region)
  return {
    hits: hits.map((h) => {
      const c = h.judgement.contact
      return [c ? c.kind : null, c ? c.key : null, h.judgement.verdict, h.raw]
    }),
    verdict: worst ? worst.verdict : "none",
    channel: worst ? worst.channelId : null,
  }
}

const lines = readline.createInterface({ input: process.stdin })
lines.on("line", (line) => {
  let reply
  try {
    reply = answer(JSON.parse(line))
  } catch (error) {
    reply = { error: String(error && error.stack ? error.stack : error) }
  }
  process.stdout.write(JSON.stringify(reply) + "\n")
})
