package class

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"
)

// Gradebook is one row per student, for an LMS's gradebook.
type Gradebook struct {
	// Made is when the gradebook was read.
	Made time.Time `json:"made"`
	// Assignments are the class's assignments, in the order of each row's
	// Assignments.
	Assignments []GradeColumn `json:"assignments"`
	// Rows are the students, by identifier.
	Rows []GradeRow `json:"students"`
	// Missing names the students left out because the students file gives
	// them no identifier (an LMS refuses a whole import for one row it
	// cannot match).
	Missing []string `json:"missing,omitempty"`
}

// GradeColumn is one assignment, as a column of the gradebook.
type GradeColumn struct {
	ID     int64     `json:"id"`
	Decks  []string  `json:"decks"`
	Titles []string  `json:"titles"`
	Due    time.Time `json:"due"`
}

// Heading is the column's heading in the CSV: its decks and due date.
func (g GradeColumn) Heading() string {
	return fmt.Sprintf("%s due %s (%%)", strings.Join(g.Titles, " + "), g.Due.Format("2006-01-02"))
}

// GradeRow is one student's grades.
type GradeRow struct {
	// ID is the school's identifier for the student (from the students
	// file), or their name when there is no file.
	ID string `json:"id"`
	// Name is the student's name in the keys file (else the fingerprint),
	// and Key the key's fingerprint.
	Name string `json:"name"`
	Key  string `json:"key"`
	// Assignments is the share of each assignment's cards done, from 0 to
	// 1, and Completion their mean (1 when nothing is assigned).
	Assignments []float64 `json:"assignments"`
	Completion  float64   `json:"completion"`
	// Reviews is every review the student has made; Retention the share of
	// their first tries answered right (-1 for none).
	Reviews   int     `json:"reviews"`
	Retention float64 `json:"retention"`
	// Exams is how many practice blocks they finished, and ExamMean their
	// mean score (-1 for none).
	Exams    int     `json:"exams"`
	ExamMean float64 `json:"exam_mean"`
}

// Gradebook reads the gradebook. ids maps a student's name in the keys file
// to the school's identifier; nil identifies each student by name, and a
// student it does not name is left out and listed in Missing.
func (c *Class) Gradebook(ids map[string]string) (Gradebook, error) {
	roster, err := c.Roster()
	if err != nil {
		return Gradebook{}, err
	}
	assignments, err := c.Assignments()
	if err != nil {
		return Gradebook{}, err
	}
	g := Gradebook{Made: c.now()}
	done := map[string][]float64{}
	for _, a := range assignments {
		g.Assignments = append(g.Assignments, GradeColumn{ID: a.ID, Decks: a.Decks, Titles: a.Titles, Due: a.Due.In(g.Made.Location())})
		for _, s := range a.Students {
			done[s.Profile] = append(done[s.Profile], s.Share())
		}
	}
	for _, s := range roster {
		id := s.Name
		if ids != nil {
			var ok bool
			if id, ok = ids[s.Name]; !ok {
				g.Missing = append(g.Missing, s.Name)
				continue
			}
		}
		row := GradeRow{ID: id, Name: s.Name, Key: s.Profile, Assignments: done[s.Profile], Completion: 1,
			Reviews: s.AllReviews, Retention: s.AllRetention(), Exams: s.Exams, ExamMean: -1}
		if row.Assignments == nil {
			row.Assignments = []float64{}
		}
		if len(row.Assignments) > 0 {
			row.Completion = 0
			for _, x := range row.Assignments {
				row.Completion += x / float64(len(row.Assignments))
			}
		}
		if s.Exams > 0 {
			row.ExamMean = s.ExamMean
		}
		g.Rows = append(g.Rows, row)
	}
	return g, nil
}

// CSV headings of the gradebook's fixed columns.
const (
	HeadingID         = "Student ID"
	HeadingName       = "Name"
	HeadingCompletion = "Assignments (%)"
	HeadingReviews    = "Reviews"
	HeadingRetention  = "Retention (%)"
	HeadingExams      = "Practice exams"
	HeadingExamMean   = "Practice exam mean (%)"
)

// WriteCSV writes the gradebook as Moodle's "Import grades from CSV" takes
// it: UTF-8, comma-separated, a heading row, one row per student. The
// Student ID column identifies the student (map it to the ID number, the
// username or the email address, whichever the students file gives); the
// Name column is for people (map it to nothing). Every other column is a
// number or empty (no grade): shares are percentages from 0 to 100, with one
// decimal; Reviews and Practice exams are counts, for a grade item whose
// maximum is large enough, or to leave out.
func (g Gradebook) WriteCSV(w io.Writer) error {
	cw := csv.NewWriter(w)
	head := []string{HeadingID, HeadingName}
	for _, a := range g.Assignments {
		head = append(head, a.Heading())
	}
	head = append(head, HeadingCompletion, HeadingReviews, HeadingRetention, HeadingExams, HeadingExamMean)
	if err := cw.Write(head); err != nil {
		return err
	}
	for _, r := range g.Rows {
		row := []string{textCell(r.ID), textCell(r.Name)}
		for _, x := range r.Assignments {
			row = append(row, percent(x))
		}
		row = append(row, percent(r.Completion), strconv.Itoa(r.Reviews), percent(r.Retention),
			strconv.Itoa(r.Exams), percent(r.ExamMean))
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// textCell keeps a cell a person wrote as text: a key's comment may start
// with =, +, -, @, a tab or a carriage return, which a spreadsheet opening
// the file would run as a formula (CSV injection), so such a cell gets a
// leading apostrophe, which spreadsheets read as "this is text". An LMS
// import matches identifiers as written, so an identifier that starts so
// will not match: no school issues one.
func textCell(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}

// percent is a share as a percentage with one decimal, or "" (no grade) for
// a share below zero (none measured).
func percent(x float64) string {
	if x < 0 {
		return ""
	}
	return strconv.FormatFloat(100*x, 'f', 1, 64)
}

// WriteJSON writes the gradebook as one indented JSON document.
func (g Gradebook) WriteJSON(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(g)
}
