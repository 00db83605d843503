package notation

// onPhraseAhead reports whether "side on side" (also "left-on-right")
// starts k tokens ahead.
func (p *parser) onPhraseAhead(k int) bool {
	if _, ok := sideWord(p.peek(k)); !ok {
		return false
	}
	if p.peek(k+1).kind == tkDash {
		k++
	}
	return p.is(k+1, "on")
}

// directionWord reads forward/anterior or backward/posterior as a torsion
// direction.
func directionWord(t token) (TorsionDirection, bool) {
	switch t.lower {
	case "forward", "anterior":
		return Forward, t.kind == tkWord
	case "backward", "posterior":
		return Backward, t.kind == tkWord
	}
	return TorsionNone, false
}

// sacralAhead reports whether a sacral diagnosis (not starting with its
// on-phrase) starts here.
func (p *parser) sacralAhead() bool {
	if p.is(0, "unilateral", "bilateral", "sacral", "sacrum", "torsion") {
		return true
	}
	if _, ok := directionWord(p.cur()); ok {
		return p.is(1, "sacral", "sacrum", "torsion") || p.onPhraseAhead(1)
	}
	return false
}

// pelvicAhead reports whether an innominate or pubic diagnosis starts here.
func (p *parser) pelvicAhead() bool {
	return p.is(0, "anterior", "posterior", "superior", "inferior", "inflare", "outflare",
		"upslip", "downslip", "innominate", "pubic", "pubis")
}

// sacrum = [ side ] ( "unilateral" | "bilateral" ) [ sacral ] flexext [ side ]
//
//	| [ side ] sacral "shear" [ side ]
//	| [ direction ] [ sacral ] [ "torsion" ] [ "," ] onPhrase .
func (p *parser) sacrum(side Side, start token) (Diagnosis, error) {
	switch {
	case p.is(0, "unilateral", "bilateral"):
		bilateral := p.next().lower == "bilateral"
		p.accept("sacral", "sacrum")
		flexed, err := p.flexExt()
		if err != nil {
			return Diagnosis{}, err
		}
		s := Sacrum{Kind: UnilateralExtension}
		switch {
		case bilateral && flexed:
			s.Kind = BilateralFlexion
		case bilateral:
			s.Kind = BilateralExtension
		case flexed:
			s.Kind = UnilateralFlexion
		}
		return p.finishSided(side, start, bilateral, func(sd Side) Diagnosis {
			s.Side = sd
			return Diagnosis{Kind: KindSacrum, Sacrum: s}
		})
	case p.is(0, "sacral", "sacrum") && p.is(1, "shear"):
		// "Sacral shear" is the older name for a unilateral sacral flexion;
		// some tables call a unilateral extension a shear too, so say so.
		p.next()
		p.next()
		return p.finishSided(side, start, false, func(sd Side) Diagnosis {
			p.readAs = append(p.readAs, "Read \"sacral shear\" as "+sd.String()+" unilateral sacral flexion, its usual "+
				"synonym (the sacral map names that row the "+sd.String()+" sacral shear). The map counts a unilateral "+
				"extension among the shears as well: if that side of the base is held back (shallow sulcus, spring "+
				"and sphinx tests positive), enter \""+sd.String()+" unilateral sacral extension\" instead.")
			return Diagnosis{Kind: KindSacrum, Sacrum: Sacrum{Kind: UnilateralFlexion, Side: sd}}
		})
	}
	if side != SideNone {
		return Diagnosis{}, p.errAt(start, "a sacral torsion is named 'X on Y' without another side, as in left on left sacral torsion")
	}
	dir, hasDir := directionWord(p.cur())
	if hasDir {
		p.next()
	}
	p.accept("sacral", "sacrum")
	if p.is(0, "flexion", "flexed", "extension", "extended") {
		return Diagnosis{}, p.errAt(p.cur(), "say unilateral (with a side) or bilateral, as in bilateral sacral flexion")
	}
	p.accept("torsion")
	for p.cur().kind == tkComma {
		p.next()
	}
	if !p.onPhraseAhead(0) {
		return Diagnosis{}, p.errAt(p.cur(), "expected the torsion as 'X on Y', as in left on left")
	}
	d, err := p.torsionCore()
	if err != nil {
		return Diagnosis{}, err
	}
	if err := p.expectEOF("the torsion"); err != nil {
		return Diagnosis{}, err
	}
	return p.checkTorsionDirection(d, dir, hasDir, start)
}

// torsion = onPhrase [ direction ] [ sacral ] [ "torsion" ] .
func (p *parser) torsion() (Diagnosis, error) {
	start := p.cur()
	d, err := p.torsionCore()
	if err != nil {
		return Diagnosis{}, err
	}
	dirTok := p.cur()
	dir, hasDir := directionWord(dirTok)
	if hasDir {
		p.next()
	}
	p.accept("sacral", "sacrum")
	p.accept("torsion")
	if err := p.expectEOF("the torsion"); err != nil {
		return Diagnosis{}, err
	}
	if hasDir {
		start = dirTok
	}
	return p.checkTorsionDirection(d, dir, hasDir, start)
}

// torsionCore reads onPhrase = side [ "-" ] "on" [ "-" ] side .
func (p *parser) torsionCore() (Diagnosis, *Error) {
	rot, _ := sideWord(p.next())
	if p.cur().kind == tkDash {
		p.next()
	}
	p.next() // "on", checked by onPhraseAhead
	if p.cur().kind == tkDash {
		p.next()
	}
	axis, ok := sideWord(p.cur())
	if !ok {
		return Diagnosis{}, p.errAt(p.cur(), "expected the side of the oblique axis after 'on'")
	}
	p.next()
	return Diagnosis{Kind: KindSacrum, Sacrum: Sacrum{Kind: Torsion, Side: rot, Axis: axis}}, nil
}

// checkTorsionDirection refuses a direction word that contradicts the sides:
// left on left is forward, left on right backward (torsionDirection).
func (p *parser) checkTorsionDirection(d Diagnosis, dir TorsionDirection, hasDir bool, at token) (Diagnosis, error) {
	s := d.Sacrum
	if want := torsionDirection(s.Side, s.Axis); hasDir && dir != want {
		return Diagnosis{}, p.errAt(at, s.Side.String()+" on "+s.Axis.String()+" is a "+want.String()+" torsion")
	}
	return d, nil
}

// flexExt reads flexion/flexed (true) or extension/extended (false).
func (p *parser) flexExt() (bool, *Error) {
	switch {
	case p.accept("flexion", "flexed"):
		return true, nil
	case p.accept("extension", "extended"):
		return false, nil
	}
	return false, p.errAt(p.cur(), "expected flexion or extension")
}

// finishSided reads the optional trailing side, checks that a one-sided
// dysfunction names its side and a bilateral one none, and that nothing
// follows.
func (p *parser) finishSided(side Side, start token, bilateral bool, build func(Side) Diagnosis) (Diagnosis, error) {
	at := p.cur()
	side, err := p.trailingSide(side)
	if err != nil {
		return Diagnosis{}, err
	}
	if err := p.expectEOF("the diagnosis"); err != nil {
		return Diagnosis{}, err
	}
	switch {
	case bilateral && side != SideNone:
		if at.kind == tkEOF {
			at = start
		}
		return Diagnosis{}, p.errAt(at, "a bilateral dysfunction has no side")
	case !bilateral && side == SideNone:
		return Diagnosis{}, p.errAt(p.cur(), "name the side: left or right")
	}
	return build(side), nil
}

// pelvis = [ side ] ( innominate | pubic ) [ side ] .
//
//	innominate = [ "innominate" ] ( ("anterior" | "posterior") [ "innominate" ] [ "rotation" | "rotated" ]
//	           | ("superior" | "inferior") [ "innominate" ] "shear"
//	           | "upslip" | "downslip" | "inflare" | "outflare" ) .
//	pubic      = ("superior" | "inferior") ("pubic" | "pubis") [ "shear" ]
//	           | ("pubic" | "pubis") ("superior" | "inferior") [ "shear" ] .
func (p *parser) pelvis(side Side, start token) (Diagnosis, error) {
	named := p.accept("innominate")
	t := p.cur()
	var d Diagnosis
	switch {
	case p.accept("anterior", "posterior"):
		d = innominateDiagnosis(AnteriorRotation)
		if t.lower == "posterior" {
			d = innominateDiagnosis(PosteriorRotation)
		}
		named = p.accept("innominate") || named
		if !p.accept("rotation", "rotated") && !named {
			return Diagnosis{}, p.errAt(t, "say what is "+t.lower+": "+t.lower+" innominate rotation")
		}
	case p.accept("superior", "inferior"):
		superior := t.lower == "superior"
		if !named && p.accept("pubic", "pubis") {
			p.accept("shear")
			d = pubicDiagnosis(superior)
			break
		}
		p.accept("innominate")
		if !p.accept("shear") {
			return Diagnosis{}, p.errAt(p.cur(), "expected 'shear', as in "+t.lower+" innominate shear")
		}
		d = innominateDiagnosis(InferiorShear)
		if superior {
			d = innominateDiagnosis(SuperiorShear)
		}
	case p.accept("upslip"):
		d = innominateDiagnosis(SuperiorShear)
	case p.accept("downslip"):
		d = innominateDiagnosis(InferiorShear)
	case p.accept("inflare"):
		d = innominateDiagnosis(Inflare)
	case p.accept("outflare"):
		d = innominateDiagnosis(Outflare)
	case !named && p.accept("pubic", "pubis"):
		if !p.is(0, "superior", "inferior") {
			return Diagnosis{}, p.errAt(p.cur(), "expected superior or inferior, as in left superior pubic shear")
		}
		d = pubicDiagnosis(p.next().lower == "superior")
		p.accept("shear")
	default:
		return Diagnosis{}, p.errAt(t, "expected anterior, posterior, superior, inferior, inflare or outflare")
	}
	return p.finishSided(side, start, false, func(sd Side) Diagnosis {
		d.Innominate.Side, d.Pubic.Side = sd, sd
		if d.Kind == KindPubic {
			d.Innominate = Innominate{}
		} else {
			d.Pubic = Pubic{}
		}
		return d
	})
}

func innominateDiagnosis(k InnominateKind) Diagnosis {
	return Diagnosis{Kind: KindInnominate, Innominate: Innominate{Kind: k}}
}

func pubicDiagnosis(superior bool) Diagnosis {
	k := PubicInferior
	if superior {
		k = PubicSuperior
	}
	return Diagnosis{Kind: KindPubic, Pubic: Pubic{Kind: k}}
}
