//go:build race

package ui

// raceDetector is set when the tests run under -race, which makes each frame
// several times slower: the sweep and the storm then take fewer steps.
const raceDetector = true
