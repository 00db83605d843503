package notation

// segment = spinalRange motion .
func (p *parser) segment() (Diagnosis, error) {
	levelStart := p.cur().pos
	r, err := p.spinalRange()
	if err != nil {
		return Diagnosis{}, err
	}
	levelEnd := p.toks[p.i-1].end
	if reason := segmentLevelProblem(r); reason != "" {
		return Diagnosis{}, p.errSpan(levelStart, levelEnd, reason)
	}
	m, from, to, err := p.motion()
	if err != nil {
		return Diagnosis{}, err
	}
	seg := Segment{Range: r, Position: m.position}
	if m.hasRot {
		seg.Rotation = m.rotation
	}
	if m.hasBend {
		seg.SideBend = m.bend
	}
	if reason := segmentMotionProblem(seg, m.hasRot, m.hasBend); reason != "" {
		return Diagnosis{}, p.errSpan(from, to, reason)
	}
	return Diagnosis{Kind: KindSegment, Segment: seg}, nil
}
