package cli

import (
	"bufio"
	"errors"
	"fmt"
	"io"

	"github.com/omt-reference/omt/cli/outputfile"
	"github.com/omt-reference/omt/safetext"
)

// outputUsage is the help of every --output flag.
const outputUsage = "write here, not to standard output: a file is replaced once the export is whole, " +
	"keeping its mode; a link is followed; a device or FIFO is written in place"

// writeOutput runs write on standard output, or on the --output path.
// A path it will not write (a directory, a block device) is a usage error;
// a write that fails is reported with the path and its reason ("writing
// /dev/full: no space left on device") and exits 74, as a failed standard
// output does; any other error write returns is returned as it is.
func (a *app) writeOutput(path string, write func(io.Writer) error) error {
	if path == "" {
		bw := bufio.NewWriter(a.io.Out)
		err := write(bw)
		if ferr := bw.Flush(); err == nil {
			err = ferr
		}
		return err
	}
	err := outputfile.Write(path, write)
	var refused *outputfile.RefusedError
	if errors.As(err, &refused) {
		return &usageError{refused.Error()}
	}
	if err != nil {
		return err
	}
	fmt.Fprintf(a.io.Err, "omt: wrote %s\n", safetext.Visible(path))
	return nil
}
