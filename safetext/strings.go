package safetext

import "reflect"

// Strings applies Visible to every string that ptr reaches and can set:
// fields, including those of named string types, elements of slices and
// arrays, values of maps, and what pointers and interfaces hold. It is how a
// record decoded from a file (a school overlay's technique) is made safe
// whole, without a list of its fields that a new field would be missing
// from. Unexported fields are left alone, and so is anything ptr does not
// point at.
func Strings(ptr any) {
	v := reflect.ValueOf(ptr)
	if v.Kind() != reflect.Pointer || v.IsNil() {
		return
	}
	visit(v.Elem())
}

func visit(v reflect.Value) {
	switch v.Kind() {
	case reflect.String:
		if v.CanSet() {
			if s := v.String(); !IsSafe(s) {
				v.SetString(Visible(s))
			}
		}
	case reflect.Pointer:
		if !v.IsNil() {
			visit(v.Elem())
		}
	case reflect.Interface:
		visitInterface(v)
	case reflect.Struct:
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				visit(v.Field(i))
			}
		}
	case reflect.Slice, reflect.Array:
		for i := range v.Len() {
			visit(v.Index(i))
		}
	case reflect.Map:
		visitMap(v)
	}
}

// visitInterface replaces what an interface holds by a safe copy, since a
// value inside an interface cannot be set in place.
func visitInterface(v reflect.Value) {
	if v.IsNil() || !v.CanSet() {
		return
	}
	held := reflect.New(v.Elem().Type()).Elem()
	held.Set(v.Elem())
	visit(held)
	v.Set(held)
}

// visitMap makes each value safe through a copy, since map values cannot be
// set in place. The keys are left as they are: rewriting one could merge it
// with another.
func visitMap(v reflect.Value) {
	if v.IsNil() {
		return
	}
	iter := v.MapRange()
	for iter.Next() {
		value := reflect.New(iter.Value().Type()).Elem()
		value.Set(iter.Value())
		visit(value)
		v.SetMapIndex(iter.Key(), value)
	}
}
