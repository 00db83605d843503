package classcli

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/omt-reference/omt/class"
	"github.com/omt-reference/omt/safetext"
)

// maxStudentsFile bounds what --students reads: far above a school's list.
const maxStudentsFile = 4 << 20

func exportCommand(env Env, files *keysFiles) *cobra.Command {
	var format, students, output string
	cmd := &cobra.Command{
		Use:   "export",
		Short: "The gradebook: one row per student, for an LMS's grade import",
		Long: "Writes one row per student: assignment completion (each assignment, and their mean), reviews,\n" +
			"retention (first tries answered right) and practice exam scores. The CSV is what Moodle's\n" +
			"\"Import grades from CSV\" takes: map the Student ID column to the users' ID number (or username,\n" +
			"or email), leave Name unmapped, and map each other column to a grade item or a new one. Shares\n" +
			"are percentages, 0 to 100; Reviews and Practice exams are counts.\n\n" +
			"--students maps each key's comment to the school's id for the student, one \"name,id\" line each;\n" +
			"a student it does not list is left out (Moodle would refuse the whole file for one row it cannot\n" +
			"match) and named on standard error. Without it the Student ID is the key's comment.",
		Example: "  omt class export --format csv --students ids.csv --output gradebook.csv \\\n" +
			"      --authorized-keys /etc/omt/class_keys --instructors /etc/omt/instructors\n" +
			"  omt class export --format json",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if format != "csv" && format != "json" {
				return env.Usage(fmt.Sprintf("--format %q: the formats are csv and json", format))
			}
			ids, err := readStudents(env, students)
			if err != nil {
				return err
			}
			var g class.Gradebook
			err = open(env, files, false, func(c *class.Class, now func() time.Time) error {
				if c == nil {
					g = class.Gradebook{Made: now(), Rows: []class.GradeRow{}, Assignments: []class.GradeColumn{}}
					return nil
				}
				g, err = c.Gradebook(ids)
				return err
			})
			if err != nil {
				return err
			}
			err = env.WriteOutput(output, func(w io.Writer) error {
				if format == "json" {
					return env.WriteJSON(w, g)
				}
				return g.WriteCSV(w)
			})
			if err == nil && len(g.Missing) > 0 {
				fmt.Fprintf(env.Err, "omt: %s has no id for %d students, left out: %s\n",
					safetext.Visible(students), len(g.Missing), strings.Join(g.Missing, ", "))
			}
			return err
		},
	}
	f := cmd.Flags()
	f.StringVar(&format, "format", "csv", "csv (an LMS's grade import) or json")
	f.StringVar(&students, "students", "", "a CSV of \"name in the keys file,school id\" lines: the Student ID column")
	f.StringVarP(&output, "output", "o", "", "write here, not to standard output (as omt's other exports)")
	return cmd
}

// readStudents reads --students, if given.
func readStudents(env Env, path string) (map[string]string, error) {
	if path == "" {
		return nil, nil
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, env.Usage(fmt.Sprintf("--students: %v", err))
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, maxStudentsFile+1))
	if err != nil {
		return nil, fmt.Errorf("--students %s: %w", path, err)
	}
	if len(data) > maxStudentsFile {
		return nil, env.Usage(fmt.Sprintf("--students %s is over %d MB; it should be a list of names and ids", path, maxStudentsFile>>20))
	}
	ids, err := class.ReadStudentIDs(bytes.NewReader(data), path)
	if err != nil {
		return nil, env.Usage(err.Error())
	}
	return ids, nil
}
