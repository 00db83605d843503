package ui

// memo keeps the last string drawn for a key. Parts of the screen that
// change rarely (the footer, the list while only the detail scrolls) are
// drawn once and reused while their key stays the same. It is shared by
// pointer between copies of a model, which is safe because the key names
// every input of the drawing; where the key names a value by its address,
// the memo holds that value (pin) so that no other can take the address.
type memo struct {
	key, out string
	pin      any
}

// get returns the string drawn for key, drawing it with draw when the key changed.
func (c *memo) get(key string, pin any, draw func() string) string {
	if c == nil {
		return draw()
	}
	if c.key != key || key == "" {
		c.key, c.out, c.pin = key, draw(), pin
	}
	return c.out
}
