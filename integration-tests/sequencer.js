// The order files start in. Jest starts the slowest first when it has timed them before; a fresh
// clone (CI) has no timings and Jest would go by file size, leaving the start-up specs (small
// files, minutes each: they boot Kassa as a process, some several times) to the end, where one
// worker runs them alone while the other has nothing left. Untimed, they go first, then the
// browser specs (an app and Chromium each), then the rest by size.
const Sequencer = require("@jest/test-sequencer").default

const group = (file) => (/integration-tests[\\/]start[\\/]/.test(file) ? 0 : /integration-tests[\\/]browser[\\/]/.test(file) ? 1 : 2)

class KassaSequencer extends Sequencer {
  sort(tests) {
    const sorted = super.sort(tests)
    if (sorted.some((t) => t.duration != null)) return sorted
    return sorted.map((t, i) => [t, i]).sort(([a, i], [b, j]) => group(a.path) - group(b.path) || i - j).map(([t]) => t)
  }
}

module.exports = KassaSequencer
