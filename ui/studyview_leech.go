package ui

import (
	"fmt"

	tea "charm.land/bubbletea/v2"

	"github.com/omt-reference/omt/cards"
	"github.com/omt-reference/omt/study"
)

// studySuspendedMsg says that the card was suspended (on) or unsuspended.
type studySuspendedMsg struct {
	id  string
	on  bool
	err error
}

// toggleSuspended suspends the card on show, or unsuspends it if it was
// suspended in this session. The session goes on: the student may still
// answer it, and it is in no later session until unsuspended.
func (v *studyView) toggleSuspended() tea.Cmd {
	card, _, ok := v.current()
	if !ok {
		return nil
	}
	on, data := !v.suspended[card.ID], v.data
	return func() tea.Msg {
		st, _, err := data.student()
		if err != nil {
			return studySuspendedMsg{id: card.ID, on: on, err: err}
		}
		if on {
			_, err = st.Suspend([]string{card.ID}, data.now())
		} else {
			_, err = st.Unsuspend([]string{card.ID})
		}
		return studySuspendedMsg{id: card.ID, on: on, err: err}
	}
}

// suspendedNow keeps what a suspension did; one that failed changes nothing
// and says so on the card.
func (v *studyView) suspendedNow(msg studySuspendedMsg) {
	if msg.err != nil {
		v.suspendErr = msg.err.Error()
		return
	}
	v.suspendErr = ""
	v.suspended[msg.id] = msg.on
}

// leechLines are what the card says of its leech mark and its suspension,
// above its question.
func (v *studyView) leechLines(card cards.Card, it study.Item) string {
	s := v.Styles
	var out string
	switch {
	case v.suspendErr != "":
		out += s.Absolute.Render(v.wrap("The card could not be suspended: "+v.suspendErr)) + "\n"
	case v.suspended[card.ID]:
		out += s.WarningTitle.Render(v.wrap("Suspended: no session shows it until you unsuspend it (@ again, or omt study unsuspend "+card.ID+").")) + "\n"
	case study.IsLeech(it.Card):
		out += s.WarningTitle.Render(v.wrap(fmt.Sprintf("Leech: forgotten %d times. @ suspends it.", it.Card.Lapses))) + "\n"
	}
	return out
}

// leechNote is the foot's word on a grade that just made the card a leech.
func (v *studyView) leechNote() string {
	if v.leechLapses == 0 {
		return ""
	}
	return fmt.Sprintf(" This card is a leech: forgotten %d times. @ suspends it.", v.leechLapses)
}
