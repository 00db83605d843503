// Records what the reference implementation, ts-fsrs 5.4.1, schedules for
// random review histories, for reference_test.go to compare against.
//
// ts-fsrs is TypeScript; bundle its source for node with esbuild (a Go
// program, so the Go module proxy is enough):
//
//   git clone https://github.com/open-spaced-repetition/ts-fsrs
//   git -C ts-fsrs checkout cdec8d2f8340f8e62ced596c1da02e20e70073f0
//   go run github.com/evanw/esbuild/cmd/esbuild@v0.25.0 ts-fsrs/packages/fsrs/src/index.ts \
//     --bundle --platform=node --format=cjs --outfile=/tmp/tsfsrs.js
//   node fsrs/testdata/gen_reference.js /tmp/tsfsrs.js > fsrs/testdata/reference.json
//
// The histories come from a seeded generator, so the output is the same on
// every run.
'use strict'
const ts = require(process.argv[2])

// mulberry32: a small seeded generator, so that the histories are fixed.
function mulberry32(a) {
  return function () {
    a |= 0
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
const rand = mulberry32(20260701)
const pick = (xs) => xs[Math.floor(rand() * xs.length)]

const MINUTE = 60 * 1000
const DAY = 24 * 60 * MINUTE

// Each scenario is a scheduler and a history of reviews. Review times are
// drawn around the due time: on time, a few minutes or hours off, days
// late, or early the same day, and never before the previous review (the
// reference refuses negative elapsed time).
function scenario(index) {
  const params = {
    request_retention: pick([0.9, 0.9, 0.7, 0.8, 0.85, 0.95, 0.99]),
    maximum_interval: pick([36500, 36500, 365, 100, 30]),
    enable_fuzz: index % 2 === 1,
    learning_steps: pick([['1m', '10m'], ['1m', '10m'], [], ['1m'], ['5m', '30m', '120m']]),
    relearning_steps: pick([['10m'], ['10m'], [], ['10m', '60m'], ['5m', '10m', '20m']]),
  }
  const f = ts.fsrs(params)
  let now = Date.UTC(2024, 0, 1, 0, 0, 0) + Math.floor(rand() * 400 * DAY)
  let card = ts.createEmptyCard(new Date(now))
  const reviews = []
  for (let i = 0; i < 20; i++) {
    const due = card.due.getTime()
    const last = card.last_review ? card.last_review.getTime() : now
    switch (pick(['due', 'due', 'due', 'minutes', 'late', 'early'])) {
      case 'due': now = Math.max(due, last); break
      case 'minutes': now = Math.max(due + Math.floor((rand() - 0.5) * 240) * MINUTE, last); break
      case 'late': now = due + Math.floor(rand() * 90 * DAY); break
      case 'early': now = last + Math.floor(rand() * (due - last)); break
    }
    const rating = pick([1, 2, 3, 3, 3, 3, 4])
    const preview = f.repeat(card, new Date(now))
    const outcomes = [1, 2, 3, 4].map((g) => {
      const c = preview[g].card
      return [c.state, c.learning_steps, c.stability, c.difficulty, c.due.getTime(), c.scheduled_days, c.reps, c.lapses]
    })
    reviews.push({
      now,
      rating,
      retrievability: f.get_retrievability(card, new Date(now), false),
      elapsed_days: preview[rating].log.elapsed_days,
      outcomes,
    })
    card = preview[rating].card
  }
  return {
    scheduler: {
      desired_retention: params.request_retention,
      maximum_interval: params.maximum_interval,
      enable_fuzzing: params.enable_fuzz,
      learning_steps_minutes: params.learning_steps.map((s) => parseInt(s, 10)),
      relearning_steps_minutes: params.relearning_steps.map((s) => parseInt(s, 10)),
    },
    reviews,
  }
}

const scenarios = []
for (let i = 0; i < 32; i++) scenarios.push(scenario(i))
process.stdout.write(JSON.stringify({ generator: ts.FSRSVersion, scenarios }) + '\n')
