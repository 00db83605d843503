// Package exam owns the rules of practice exams (issue 21): a block of
// board-style questions drawn across the decks, answered against a clock or
// with the explanation after each answer, then scored overall and by topic.
//
//   - Build draws a block from the generated cards: only the multiple-choice
//     ones (graded by the choice, never self-graded), each scored under one
//     topic (a deck), its options shuffled for this block. The seed is kept,
//     so a block can be drawn again exactly.
//   - A Session is the state machine a screen drives: answer, flag, next,
//     previous, jump, submit, and the clock running out. It never reads the
//     clock itself: it is handed one, so tests run a whole timed block in no
//     time.
//   - Timed mode allows COMLEX's pace, Pace an item (a 40-item block has an
//     hour); tutor mode has no limit and shows the explanation after each
//     answer, and the answer is then final.
//   - A Keeper keeps blocks in the store, so one left with Ctrl+C or killed
//     can be resumed with the time it had left, and lists them for history.
//
// A block never touches the study schedule, unless the student asked for it
// when building it (Options.CountReviews): then, once the block ends, each
// answer is recorded as a review through the study package, right answers as
// Good and wrong ones as Again, as a study session grades a choice.
//
// A card the student suspended is still asked. Suspension is about spaced
// review (study never queues a suspended card), not about what the boards
// may ask: a block samples the whole bank, as a question bank's block does.
// Recording its answer leaves it suspended.
//
// It draws nothing: what a screen or a command shows of a block is theirs.
package exam
