package render

import (
	"fmt"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/charmbracelet/x/ansi"

	"github.com/omt-reference/omt/cards"
	"github.com/omt-reference/omt/exam"
)

// ExamBlockJSON is a practice block in `omt exam history --json` and
// `omt exam show --json`.
type ExamBlockJSON struct {
	ID           int64      `json:"id"`
	Started      time.Time  `json:"started"`
	Finished     *time.Time `json:"finished,omitempty"`
	Mode         exam.Mode  `json:"mode"`
	State        exam.State `json:"state"`
	Size         int        `json:"size"`
	LimitSeconds int        `json:"limit_seconds,omitempty"`
	UsedSeconds  int        `json:"used_seconds"`
	Decks        []string   `json:"decks"`
	CountReviews bool       `json:"count_reviews"`
	// Answered counts the questions answered so far.
	Answered int `json:"answered"`
	// Score is the block's final score, given once it has ended: a block
	// that can still be sat keeps its answers to itself (exam.Block.Reveals).
	Score exam.Score `json:"score"`
	// Questions are in show's output only.
	Questions []ExamQuestionJSON `json:"questions,omitempty"`
}

// ExamQuestionJSON is one question of a block with the student's answer.
type ExamQuestionJSON struct {
	Number     int      `json:"number"`
	Card       string   `json:"card"`
	Topic      string   `json:"topic"`
	TopicTitle string   `json:"topic_title"`
	Stem       string   `json:"stem"`
	Options    []string `json:"options"`
	// Answer, Right and Explanation are empty while the block may not show
	// them (exam.Block.Reveals).
	Answer      string       `json:"answer,omitempty"`
	Chosen      *string      `json:"chosen"`
	Right       bool         `json:"right"`
	Flagged     bool         `json:"flagged"`
	Explanation string       `json:"explanation,omitempty"`
	Source      cards.Source `json:"source"`
}

// NewExamBlockJSON is b as JSON, with its questions when questions is set.
func NewExamBlockJSON(b exam.Block, questions bool) ExamBlockJSON {
	out := ExamBlockJSON{ID: b.ID, Started: b.Started.UTC(), Mode: b.Mode, State: b.State, Size: len(b.Items),
		LimitSeconds: int(b.Limit / time.Second), UsedSeconds: int(b.Used / time.Second),
		Decks: append([]string{}, b.Decks...), CountReviews: b.CountReviews, Answered: b.Answered()}
	if b.State.Finished() {
		out.Score = b.Score()
	}
	if !b.Finished.IsZero() {
		f := b.Finished.UTC()
		out.Finished = &f
	}
	if !questions {
		return out
	}
	for i, it := range b.Items {
		q := ExamQuestionJSON{Number: i + 1, Card: it.CardID, Topic: it.Topic, TopicTitle: it.TopicTitle, Stem: it.Stem,
			Options: it.Options, Flagged: it.Flagged, Source: it.Source}
		if b.Reveals(it) {
			q.Answer, q.Right, q.Explanation = exam.Letter(it.Answer), it.Right(), it.Explanation
		}
		if it.Answered() {
			chosen := exam.Letter(it.Chosen)
			q.Chosen = &chosen
		}
		out.Questions = append(out.Questions, q)
	}
	return out
}

// ExamHistory lists the practice blocks, each with its weakest topics
// under it, or says there are none.
func (o Out) ExamHistory(blocks []exam.Block) error {
	if len(blocks) == 0 {
		_, err := fmt.Fprintln(o.W, "No practice exams yet: omt exam starts one.")
		return err
	}
	tw := tabwriter.NewWriter(o.W, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "BLOCK\tSTARTED\tMODE\tQUESTIONS\tSCORE\tSTATE")
	for _, b := range blocks {
		if !b.State.Finished() {
			fmt.Fprintf(tw, "%d\t%s\t%s\t%d\t%d answered\t%s\n\tnot finished: omt exam --resume takes it up\n",
				b.ID, when(b.Started), b.Mode, len(b.Items), b.Answered(), b.State)
			continue
		}
		sc := b.Score()
		fmt.Fprintf(tw, "%d\t%s\t%s\t%d\t%d/%d (%d%%)\t%s\n", b.ID, when(b.Started), b.Mode, len(b.Items),
			sc.Right, sc.Total, sc.Percent, b.State)
		fmt.Fprintf(tw, "\t%s\n", weakestTopics(sc, max(20, o.Width-8)))
	}
	return tw.Flush()
}

// weakestTopics names the weakest topics that fit in w columns.
func weakestTopics(sc exam.Score, w int) string {
	line := "weakest:"
	for i, t := range sc.ByTopic {
		part := fmt.Sprintf(" %s %d/%d", t.Title, t.Right, t.Total)
		if i > 0 {
			part = "," + part
		}
		more := fmt.Sprintf(", and %d more", len(sc.ByTopic)-i)
		if Width(line)+Width(part)+len(more) > w && i > 0 {
			return line + more
		}
		line += part
	}
	return line
}

// ExamBlock prints a block's results: a heading, the score overall and by
// topic, then every question with the answer chosen, the right one and the
// explanation.
func (o Out) ExamBlock(b exam.Block) error {
	w, width := o.W, o.Width
	fmt.Fprintf(w, "Block %d: %s, %d questions, %s, started %s\n", b.ID, b.Mode, len(b.Items), b.State, when(b.Started))
	used := Elapsed(b.Used)
	if b.Limit > 0 {
		used += " of " + Elapsed(b.Limit)
	}
	if err := o.examScore(b, used); err != nil {
		return err
	}
	for i, it := range b.Items {
		shown := b.Reveals(it)
		fmt.Fprintf(w, "\n%d. %s\n", i+1, examVerdict(it, b.State.Finished(), shown))
		fmt.Fprintln(w, indentLines(wrapLines(it.Stem, width-3), "   "))
		for j, opt := range it.Options {
			fmt.Fprintln(w, indentLines(wrapLines(optionMark(it, j, shown)+exam.Letter(j)+". "+opt, width-3), "   "))
		}
		if !shown {
			continue
		}
		fmt.Fprintln(w)
		fmt.Fprintln(w, indentLines(wrapLines(it.Explanation, width-3), "   "))
		fmt.Fprintln(w, indentLines(wrapLines(fmt.Sprintf("From the catalogue's %s %q (%s). Topic: %s.", it.Source.Kind,
			it.Source.Name, it.Source.Field, it.TopicTitle), width-3), "   "))
	}
	return nil
}

// examScore prints a block's score overall and by topic, or, while it can
// still be sat, how far it has gone and how to take it up.
func (o Out) examScore(b exam.Block, used string) error {
	w := o.W
	if !b.State.Finished() {
		_, err := fmt.Fprintf(w, "Not finished: %d of %d answered. Time: %s. omt exam --resume takes it up; the score comes when it ends.\n",
			b.Answered(), len(b.Items), used)
		return err
	}
	sc := b.Score()
	fmt.Fprintf(w, "Score: %d of %d right (%d%%); %d wrong, %d not answered. Time: %s.\n\nBy topic, weakest first\n",
		sc.Right, sc.Total, sc.Percent, sc.Wrong, sc.Omitted, used)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	for _, t := range sc.ByTopic {
		fmt.Fprintf(tw, "  %s\t%d of %d\t%d%%\n", t.Title, t.Right, t.Total, t.Percent)
	}
	return tw.Flush()
}

// examVerdict heads a question: right, wrong (with the answer), or not
// answered, and flagged.
func examVerdict(it exam.Item, ended, shown bool) string {
	v := "not answered; the answer is " + exam.Letter(it.Answer)
	switch {
	case !shown && it.Answered():
		v = exam.Letter(it.Chosen) + " chosen"
	case !ended && !it.Answered():
		v = "not answered yet"
	case it.Right():
		v = "right (" + exam.Letter(it.Chosen) + ")"
	case it.Answered():
		v = "wrong: " + exam.Letter(it.Chosen) + " chosen; the answer is " + exam.Letter(it.Answer)
	}
	if it.Flagged {
		v += " (flagged)"
	}
	return v
}

// optionMark marks the right option, where it may be shown, and the one
// chosen.
func optionMark(it exam.Item, j int, shown bool) string {
	switch {
	case !shown && j == it.Chosen:
		return "> "
	case !shown:
		return "  "
	case j == it.Answer:
		return "* "
	case j == it.Chosen:
		return "x "
	}
	return "  "
}

// wrapLines wraps each line of s to w columns (20 at least).
func wrapLines(s string, w int) string {
	var out []string
	for _, line := range strings.Split(strings.TrimRight(s, "\n"), "\n") {
		out = append(out, ansi.Wrap(line, max(20, w), ""))
	}
	return strings.Join(out, "\n")
}

// indentLines starts every line of s with by.
func indentLines(s, by string) string { return by + strings.ReplaceAll(s, "\n", "\n"+by) }

// Elapsed writes a duration as m:ss, or h:mm:ss from an hour.
func Elapsed(d time.Duration) string {
	sec := int(max(0, d) / time.Second)
	if sec >= 3600 {
		return fmt.Sprintf("%d:%02d:%02d", sec/3600, sec/60%60, sec%60)
	}
	return fmt.Sprintf("%d:%02d", sec/60, sec%60)
}
