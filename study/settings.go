package study

import (
	"fmt"
	"strconv"

	"github.com/omt-reference/omt/fsrs"
)

// Settings are the student's choices, kept in the store.
type Settings struct {
	Retention float64 // the desired probability of recall when a card comes due
	NewPerDay int     // how many cards a day are shown for the first time
}

// The settings' defaults.
const (
	DefaultRetention = 0.90
	DefaultNewPerDay = 20
)

// The settings' keys in the store.
const (
	retentionKey = "study.retention"
	newPerDayKey = "study.new_per_day"
)

// DefaultSettings are FSRS's default retention and twenty new cards a day.
func DefaultSettings() Settings {
	return Settings{Retention: DefaultRetention, NewPerDay: DefaultNewPerDay}
}

// Settings reads the student's settings, defaults for those never set (and
// all of them without a database). A value that does not read or is out of
// range is an error that names it.
func (s Student) Settings() (Settings, error) {
	set := DefaultSettings()
	if s.personal == nil {
		return set, nil
	}
	if v, ok, err := s.personal.Setting(retentionKey); err != nil {
		return set, err
	} else if ok {
		r, err := strconv.ParseFloat(v, 64)
		if err != nil {
			return set, fmt.Errorf("setting %s: %q is not a number", retentionKey, v)
		}
		set.Retention = r
	}
	if v, ok, err := s.personal.Setting(newPerDayKey); err != nil {
		return set, err
	} else if ok {
		n, err := strconv.Atoi(v)
		if err != nil {
			return set, fmt.Errorf("setting %s: %q is not a whole number", newPerDayKey, v)
		}
		set.NewPerDay = n
	}
	return set, set.Validate()
}

// settingsOrDefaults is the student's settings, or the defaults when they do
// not read: what a count uses, since a number in a header or a list is no
// place to stop on a broken setting (a session, which schedules by them,
// reads them with Settings and stops).
func (s Student) settingsOrDefaults() Settings {
	set, err := s.Settings()
	if err != nil {
		return DefaultSettings()
	}
	return set
}

// SaveSettings keeps the settings, once Validate finds nothing wrong with
// them, so that what is saved always reads back.
func (s Student) SaveSettings(set Settings) error {
	if err := set.Validate(); err != nil {
		return err
	}
	if s.personal == nil {
		return ErrNoDatabase
	}
	if err := s.personal.SetSetting(retentionKey, strconv.FormatFloat(set.Retention, 'f', -1, 64)); err != nil {
		return err
	}
	return s.personal.SetSetting(newPerDayKey, strconv.Itoa(set.NewPerDay))
}

// Validate says what is wrong with settings out of range.
func (s Settings) Validate() error {
	if s.NewPerDay < 0 || s.NewPerDay > 1000 {
		return fmt.Errorf("new cards a day must be 0 to 1000, not %d", s.NewPerDay)
	}
	if err := s.Scheduler().Validate(); err != nil {
		return fmt.Errorf("retention %.2f: %w", s.Retention, err)
	}
	return nil
}

// Scheduler is FSRS with its published defaults and this retention.
func (s Settings) Scheduler() fsrs.Scheduler {
	sch := fsrs.DefaultScheduler()
	sch.DesiredRetention = s.Retention
	return sch
}
