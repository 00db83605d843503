package class

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/omt-reference/omt/safetext"
)

// ReadStudentIDs reads a students file: CSV, one student a line, their name
// as the keys file's comment on their key, then the school's identifier for
// them (the LMS's ID number, username or email address):
//
//	# name in the keys file, school id
//	ana.lima,S1024
//	b.okafor,S1025
//
// Blank lines and lines starting with # are skipped, and so is a first line
// that reads "name,id". A line that is not two fields, a name or an id
// given twice, and an id a terminal would act on are errors that name the
// file and the line. name is the file's name, for the errors.
func ReadStudentIDs(r io.Reader, name string) (map[string]string, error) {
	cr := csv.NewReader(r)
	cr.Comment = '#'
	cr.FieldsPerRecord = -1
	cr.TrimLeadingSpace = true
	ids := map[string]string{}
	byID := map[string]string{}
	for first := true; ; first = false {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			return ids, nil
		}
		if err != nil {
			// FieldPos is only for a record read whole: after a parse
			// error it panics (an unterminated quote did).
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		line, _ := cr.FieldPos(0)
		if len(rec) != 2 {
			return nil, fmt.Errorf("%s, line %d: %d fields; want the name in the keys file, then the school's id", name, line, len(rec))
		}
		student, id := strings.TrimSpace(rec[0]), strings.TrimSpace(rec[1])
		if first && strings.EqualFold(student, "name") && strings.EqualFold(id, "id") {
			continue
		}
		switch {
		case student == "" || id == "":
			return nil, fmt.Errorf("%s, line %d: a name and an id are both needed", name, line)
		case !safetext.IsSafe(id) || !safetext.IsSafe(student):
			return nil, fmt.Errorf("%s, line %d: control characters in %q", name, line, safetext.Visible(student+","+id))
		case ids[student] != "":
			return nil, fmt.Errorf("%s, line %d: %s is given an id twice", name, line, student)
		case byID[id] != "":
			return nil, fmt.Errorf("%s, line %d: the id %s is given to %s and to %s", name, line, id, byID[id], student)
		}
		ids[student], byID[id] = id, student
	}
}
