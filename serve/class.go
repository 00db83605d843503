package serve

import (
	"errors"
	"fmt"
	"log/slog"

	"github.com/omt-reference/omt/class"
	"github.com/omt-reference/omt/ui/classview"
)

// people is who the keys files say the class is: the students' names (nil
// when any key may connect) and the instructors', as the files read now.
func (s *Server) people() class.People {
	var p class.People
	if s.keys != nil {
		p.Students = s.keys.names()
	}
	if s.instructors != nil {
		p.Instructors = s.instructors.names()
	}
	return p
}

// Class is the class this server keeps, as the class view and omt class
// read it: the database's students, named by the keys files.
func (s *Server) Class() (*class.Class, error) {
	if s.cfg.Store == nil {
		return nil, errors.New("this server keeps no database, so it has no class")
	}
	all, decks := s.classCards()
	return class.New(class.Options{Store: s.cfg.Store, Cards: all, Decks: decks, People: s.people(), Now: s.cfg.Now})
}

// classView is an instructor's class view. Only chooseMode lets a session
// have modeClass, and only for a key of the instructors' file; this checks
// again, so that no other way in can ever open it.
func (st *session) classView(ascii bool) (classview.Program, error) {
	if !st.instructor || st.profile == "" {
		return classview.Program{}, errors.New("only an instructor may open the class view")
	}
	c, err := st.srv.Class()
	if err != nil {
		return classview.Program{}, err
	}
	by := class.Assigner{Profile: st.profile, Name: st.name}
	return classview.NewProgram(classview.Options{Class: c, By: by, Now: st.srv.cfg.Now, ASCII: ascii}), nil
}

// seen records that the session's student was seen now, at its start and
// its end, for the class's roster. An anonymous session keeps nothing.
func (st *session) seen(log *slog.Logger) {
	s := st.srv
	if st.profile == "" || s.cfg.Store == nil {
		return
	}
	if err := s.cfg.Store.Class().Seen(st.profile, s.cfg.Now()); err != nil {
		log.Error("the time this student was seen was not kept", "error", err)
	}
}

// People reads who a class is from its keys files, as omt serve reads
// them, for the commands that read the class at the host (omt class): the
// students' names from the authorized keys file ("" for none: every key
// seen is a student) and the instructors' from theirs ("" for none). A file
// that cannot be read or parsed is an error that names it.
func People(authorizedKeys, instructors string) (class.People, error) {
	var p class.People
	quiet := slog.New(slog.DiscardHandler)
	if authorizedKeys != "" {
		keys, err := loadAuthorizedKeys(authorizedKeys, quiet)
		if err != nil {
			return p, err
		}
		p.Students = keys.names()
	}
	if instructors != "" {
		keys, err := loadAuthorizedKeys(instructors, quiet)
		if err != nil {
			return p, fmt.Errorf("instructors: %w", err)
		}
		p.Instructors = keys.names()
	}
	return p, nil
}
